import { useId, useState, type FormEvent } from "react";
import { useFocusFirstField } from "./use-focus-first-field";
import { FIELD, SMALL_BUTTON } from "../../components/styles";
import { FIELD_LABELS } from "../../lib/correction-text";
import { PROVINCE_EN, pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import type { CorrectedArticleField } from "../../model/correction";

type Value = string | boolean | null;

/** "YYYY-MM-DD", "YYYY-MM" or "--MM-DD" (year unknown), as the parser writes dates. */
const DATE = /^(\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/;

function toValue(field: CorrectedArticleField, text: string): Value | undefined {
  if (field === "isMeeting") return text === "yes";
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (field === "date" && !DATE.test(trimmed)) return undefined;
  return trimmed;
}

function Input({
  field,
  id,
  text,
  onText,
}: {
  field: CorrectedArticleField;
  id: string;
  text: string;
  onText: (t: string) => void;
}) {
  const lang = useLang();
  if (field === "province" || field === "isMeeting") {
    const options: [string, string][] =
      field === "province"
        ? [
            ["", pick(lang, { zh: "不详", en: "unknown" })],
            ...Object.keys(PROVINCE_EN).map((p): [string, string] => [p, provinceLabel(p, lang)]),
          ]
        : [
            ["yes", pick(lang, { zh: "是会议", en: "a meeting" })],
            ["no", pick(lang, { zh: "不是会议", en: "not a meeting" })],
          ];
    return (
      <select
        id={id}
        className={FIELD}
        value={text}
        onChange={(e) => onText(e.target.value)}
        data-testid={`fact-input-${field}`}
      >
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      id={id}
      className={`${FIELD} w-48`}
      value={text}
      placeholder={field === "date" ? "2024-03-01" : ""}
      onChange={(e) => onText(e.target.value)}
      data-testid={`fact-input-${field}`}
    />
  );
}

/** One fact's correction form: the value as it reads now, changed and saved, or left. */
export function FactEditor({
  field,
  value,
  onSave,
  onCancel,
}: {
  field: CorrectedArticleField;
  value: Value;
  onSave: (value: Value) => void;
  onCancel: () => void;
}) {
  const lang = useLang();
  const id = useId();
  const [text, setText] = useState(typeof value === "boolean" ? (value ? "yes" : "no") : (value ?? ""));
  const parsed = toValue(field, text);
  const form = useFocusFirstField();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parsed !== undefined && parsed !== value) onSave(parsed);
    else if (parsed === value) onCancel();
  };
  return (
    <form
      ref={form}
      className="mt-1 flex flex-wrap items-center gap-1"
      onSubmit={submit}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <label htmlFor={id} className="sr-only">
        {pick(lang, FIELD_LABELS[field])}
      </label>
      <Input field={field} id={id} text={text} onText={setText} />
      <button type="submit" className={SMALL_BUTTON} disabled={parsed === undefined} data-testid="fact-save">
        {pick(lang, { zh: "保存", en: "Save" })}
      </button>
      <button type="button" className={SMALL_BUTTON} onClick={onCancel}>
        {pick(lang, { zh: "取消", en: "Cancel" })}
      </button>
      {parsed === undefined && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {pick(lang, {
            zh: "日期格式：2024-03-01、2024-03 或 --03-01",
            en: "Dates read 2024-03-01, 2024-03 or --03-01",
          })}
        </span>
      )}
    </form>
  );
}
