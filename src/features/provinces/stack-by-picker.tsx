import { pick, type Text } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import type { StackBy } from "./to-option";

const CHOICES: readonly [StackBy, Text][] = [
  ["province", { zh: "按省份", en: "By province" }],
  ["meetingType", { zh: "按会议类型", en: "By meeting type" }],
];

/** Stack the timeline's bars by province or by meeting type. */
export function StackByPicker({ value, onChange }: { value: StackBy; onChange: (stackBy: StackBy) => void }) {
  const lang = useLang();
  return (
    <div
      role="radiogroup"
      aria-label={pick(lang, { zh: "堆叠方式", en: "Stack by" })}
      className="mb-2 flex gap-3 text-sm"
    >
      {CHOICES.map(([key, label]) => (
        <label key={key} className="flex items-center gap-1">
          <input type="radio" name="stack-by" checked={value === key} onChange={() => onChange(key)} />
          {pick(lang, label)}
        </label>
      ))}
    </div>
  );
}
