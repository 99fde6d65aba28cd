import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { pick, type Text } from "../lib/i18n";
import { useLang } from "../lib/use-lang";
import { noteQuery, useSaveNote } from "../queries/analysis";
import type { NoteSubject } from "../services";
import { FIELD, SMALL_BUTTON } from "./styles";

const NOTE_BOX = "rounded border border-amber-200 bg-amber-50 p-2 text-sm dark:border-amber-800 dark:bg-amber-950";

/**
 * The analyst's note on an article or a person: shown when there is one, written in a small
 * textarea, saved in the database (and in the `.tifa` file). Saving it empty removes it.
 */
export function NoteEditor({ subject, label }: { subject: NoteSubject; label: Text }) {
  const lang = useLang();
  const inputId = useId();
  const { data: note, isPending } = useQuery(noteQuery(subject));
  const save = useSaveNote(subject);
  const [draft, setDraft] = useState<string | null>(null);
  if (isPending) return null;
  const editing = draft !== null;
  // A failed save keeps the draft and says so (save.isError); nothing is left unhandled.
  const submit = () =>
    void save.mutateAsync(draft ?? "").then(
      () => setDraft(null),
      () => undefined,
    );
  return (
    <section data-testid="note" aria-label={pick(lang, label)} className="my-2 space-y-1">
      {note && !editing && (
        <div className={NOTE_BOX}>
          <p className="text-xs font-medium text-amber-900 dark:text-amber-200">{pick(lang, label)}</p>
          <p data-testid="note-text" className="whitespace-pre-wrap break-words">
            {note.text}
          </p>
        </div>
      )}
      {editing ? (
        <form
          className="space-y-1"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <label htmlFor={inputId} className="block text-xs text-stone-600 dark:text-stone-400">
            {pick(lang, label)}
          </label>
          <textarea
            id={inputId}
            data-testid="note-input"
            className={`${FIELD} block min-h-20 w-full`}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoFocus
          />
          <div className="flex gap-2">
            <button type="submit" data-testid="note-save" className={SMALL_BUTTON} disabled={save.isPending}>
              {pick(lang, { zh: "保存笔记", en: "Save note" })}
            </button>
            <button type="button" className={SMALL_BUTTON} onClick={() => setDraft(null)}>
              {pick(lang, { zh: "取消", en: "Cancel" })}
            </button>
          </div>
          {save.isError && (
            <p role="alert" className="text-xs text-red-800 dark:text-red-300">
              {pick(lang, { zh: "笔记未保存，请重试。", en: "The note was not saved; try again." })}
            </p>
          )}
        </form>
      ) : (
        <button
          type="button"
          data-testid={note ? "note-edit" : "note-add"}
          className={SMALL_BUTTON}
          onClick={() => setDraft(note?.text ?? "")}
        >
          {note ? pick(lang, { zh: "编辑笔记", en: "Edit note" }) : pick(lang, { zh: "添加笔记", en: "Add a note" })}
        </button>
      )}
    </section>
  );
}
