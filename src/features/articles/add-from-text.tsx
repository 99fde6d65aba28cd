import { useId, useState, type FormEvent } from "react";
import { FIELD, SMALL_BUTTON } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import type { CorrectionChange } from "../../model/correction";

/** Text chosen in the article: what it says and where it stands in the normalized text. */
export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

/** A person or phrase the parser missed, at the chosen place in the text. */
export function additionOf(kind: "person" | "phrase", { text, start, end }: TextSelection): CorrectionChange {
  return kind === "person"
    ? { kind: "addPerson", name: text, role: "出席", titles: [], start, end }
    : { kind: "addPhrase", phrase: text, start, end };
}

/** Above the text while something is selected in it: add it as a person or as a phrase. */
export function SelectionBar({
  selection,
  onAdd,
}: {
  selection: TextSelection;
  onAdd: (change: CorrectionChange) => void;
}) {
  const lang = useLang();
  return (
    <div
      className="mb-2 flex flex-wrap items-center gap-2 rounded bg-sky-50 p-2 text-sm dark:bg-sky-950"
      data-testid="selection-bar"
    >
      <span>
        {pick(lang, { zh: "选中：", en: "Selected: " })}
        <q className="font-medium">{selection.text}</q>
      </span>
      <button type="button" className={SMALL_BUTTON} onClick={() => onAdd(additionOf("person", selection))}>
        {pick(lang, { zh: "添加为人物", en: "Add as person" })}
      </button>
      <button type="button" className={SMALL_BUTTON} onClick={() => onAdd(additionOf("phrase", selection))}>
        {pick(lang, { zh: "添加为提法", en: "Add as phrase" })}
      </button>
    </div>
  );
}

/** The keyboard's way to the same: type the words; the first place they stand in the text is taken. */
export function AddByName({
  kind,
  text,
  onAdd,
}: {
  kind: "person" | "phrase";
  text: string;
  onAdd: (change: CorrectionChange) => void;
}) {
  const lang = useLang();
  const id = useId();
  const [value, setValue] = useState("");
  const words = value.trim();
  const start = words ? text.indexOf(words) : -1;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (start < 0) return;
    onAdd(additionOf(kind, { text: words, start, end: start + words.length }));
    setValue("");
  };
  const label = kind === "person" ? { zh: "添加人物", en: "Add a person" } : { zh: "添加提法", en: "Add a phrase" };
  return (
    <form className="mt-1 flex flex-wrap items-center gap-1 text-xs" onSubmit={submit}>
      <label htmlFor={id}>{pick(lang, label)}</label>
      <input
        id={id}
        className={`${FIELD} w-32`}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        data-testid={`add-${kind}-input`}
      />
      <button type="submit" className={SMALL_BUTTON} disabled={start < 0} data-testid={`add-${kind}`}>
        {pick(lang, { zh: "添加", en: "Add" })}
      </button>
      {words && start < 0 && (
        <span role="status" className="text-red-700 dark:text-red-300">
          {pick(lang, { zh: "原文中没有这些字", en: "not in the text" })}
        </span>
      )}
    </form>
  );
}
