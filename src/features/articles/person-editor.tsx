import { useId, useState, type FormEvent } from "react";
import { FIELD, SMALL_BUTTON } from "../../components/styles";
import { ROLES, type PersonMention } from "../../ingest/types";
import { pick, roleLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import type { CorrectionChange } from "../../model/correction";
import type { PersonId } from "../../model/person-id";
import { SamePersonSearch } from "./same-person-search";
import { useFocusFirstField } from "./use-focus-first-field";

const splitTitles = (text: string) =>
  text
    .split(/[、,，;；]/)
    .map((t) => t.trim())
    .filter(Boolean);

/** The changes a saved form makes: one correction per field that differs from what the reader shows. */
function changesOf(person: PersonMention, parsedName: string, form: { name: string; titles: string; role: string }) {
  const changes: CorrectionChange[] = [];
  const titles = splitTitles(form.titles);
  if (form.role !== person.role)
    changes.push({ kind: "person", name: parsedName, field: "role", old: person.role, value: form.role });
  if (titles.join("、") !== person.titles.join("、"))
    changes.push({ kind: "person", name: parsedName, field: "titles", old: person.titles, value: titles });
  if (form.name.trim() && form.name.trim() !== person.name)
    changes.push({ kind: "person", name: parsedName, field: "name", old: person.name, value: form.name.trim() });
  return changes;
}

/** A person's correction form: name, titles, role; "not a person"; "same person as …". */
export function PersonEditor({
  person,
  parsedName,
  personId,
  onSave,
  onCancel,
}: {
  person: PersonMention;
  parsedName: string;
  personId: string | undefined;
  onSave: (changes: CorrectionChange[], acrossArticles?: boolean) => void;
  onCancel: () => void;
}) {
  const lang = useLang();
  const id = useId();
  const ref = useFocusFirstField();
  const [form, setForm] = useState({
    name: person.name,
    titles: person.titles.join("、"),
    role: person.role as string,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changes = changesOf(person, parsedName, form);
    if (changes.length) onSave(changes);
    else onCancel();
  };
  const field = (key: keyof typeof form, label: { zh: string; en: string }) => (
    <label className="flex items-center gap-1 text-xs" htmlFor={`${id}-${key}`}>
      <span className="w-10 text-stone-600 dark:text-stone-400">{pick(lang, label)}</span>
      {key === "role" ? (
        <select
          id={`${id}-${key}`}
          className={FIELD}
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value })}
          data-testid="person-input-role"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r, lang)}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={`${id}-${key}`}
          className={`${FIELD} grow`}
          value={form[key]}
          onChange={(e) => setForm({ ...form, [key]: e.target.value })}
          data-testid={`person-input-${key}`}
        />
      )}
    </label>
  );
  return (
    <form
      ref={ref}
      className="mt-1 space-y-1 rounded border border-stone-300 p-2 dark:border-stone-600"
      onSubmit={submit}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
      data-testid="person-editor"
    >
      {field("name", { zh: "姓名", en: "Name" })}
      {field("titles", { zh: "职务", en: "Titles" })}
      {field("role", { zh: "角色", en: "Role" })}
      <div className="flex flex-wrap gap-1">
        <button type="submit" className={SMALL_BUTTON} data-testid="person-save">
          {pick(lang, { zh: "保存", en: "Save" })}
        </button>
        <button
          type="button"
          className={SMALL_BUTTON}
          data-testid="not-a-person"
          onClick={() => onSave([{ kind: "person", name: parsedName, field: "notPerson", old: false, value: true }])}
        >
          {pick(lang, { zh: "不是人物", en: "Not a person" })}
        </button>
        <button type="button" className={SMALL_BUTTON} onClick={onCancel}>
          {pick(lang, { zh: "取消", en: "Cancel" })}
        </button>
      </div>
      {personId !== undefined && (
        <SamePersonSearch
          self={personId}
          onPick={(sameAs) =>
            onSave([{ kind: "samePerson", personId: personId as PersonId, sameAs: sameAs as PersonId }], true)
          }
        />
      )}
    </form>
  );
}
