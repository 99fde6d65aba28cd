import { FIELD } from "../../components/styles";
import { pick, type Text } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";

/** A select that adds one more value to a list filter; values already chosen are not offered. */
export function AddFilter({
  id,
  testId,
  label,
  prompt,
  values,
  chosen,
  valueLabel,
  onAdd,
}: {
  id: string;
  testId: string;
  label: Text;
  prompt: Text;
  values: readonly string[] | undefined;
  chosen: readonly string[];
  valueLabel: (value: string) => string;
  onAdd: (value: string) => void;
}) {
  const lang = useLang();
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        {pick(lang, label)}
      </label>
      <select id={id} className={FIELD} data-testid={testId} value="" onChange={(e) => onAdd(e.target.value)}>
        <option value="">{pick(lang, prompt)}</option>
        {values
          ?.filter((v) => !chosen.includes(v))
          .map((v) => (
            <option key={v} value={v}>
              {valueLabel(v)}
            </option>
          ))}
      </select>
    </>
  );
}
