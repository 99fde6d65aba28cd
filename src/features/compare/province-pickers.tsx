import { FIELD } from "../../components/styles";
import { pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { useProvinceChoices } from "./use-comparison";

/** The two provinces compared, each chosen from the provinces in the data. */
export function ProvincePickers({ a, b }: { a: string; b: string }) {
  const lang = useLang();
  const { update } = useViewState();
  const provinces = useProvinceChoices().data?.provinces ?? [];
  const choices = (value: string) => [...new Set([value, ...provinces])].filter(Boolean);
  const picker = (key: "compareA" | "compareB", value: string, label: string) => (
    <label className="flex items-center gap-1">
      <span className="sr-only">{label}</span>
      <select
        className={FIELD}
        data-testid={`compare-${key === "compareA" ? "a" : "b"}`}
        value={value}
        onChange={(e) => update({ [key]: e.target.value }, { replace: true })}
      >
        <option value="">{pick(lang, { zh: "选择省份", en: "choose a province" })}</option>
        {choices(value).map((p) => (
          <option key={p} value={p}>
            {provinceLabel(p, lang)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {picker("compareA", a, pick(lang, { zh: "第一个省份", en: "First province" }))}
      <span>{pick(lang, { zh: "对比", en: "and" })}</span>
      {picker("compareB", b, pick(lang, { zh: "第二个省份", en: "Second province" }))}
    </div>
  );
}
