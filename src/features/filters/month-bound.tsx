import { FIELD } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import type { BoundFilterKey } from "../../model/filters";
import { monthOf } from "../../model/partial-date";
import { useFilterOptions } from "./use-filter-options";

const LABELS = { from: { zh: "从", en: "From" }, to: { zh: "到", en: "To" } };

/** A month picker for one date bound, limited to the months in the data. */
export function MonthBound({ bound }: { bound: BoundFilterKey }) {
  const lang = useLang();
  const { state, setFilters } = useViewState();
  const months = useFilterOptions().data?.months;
  return (
    <label className="flex items-center gap-1 text-sm">
      {pick(lang, LABELS[bound])}
      <input
        type="month"
        className={FIELD}
        data-testid={`filter-${bound}`}
        value={monthOf(state.filters[bound]) ?? ""}
        min={months?.[0]}
        max={months?.at(-1)}
        onChange={(e) => setFilters({ [bound]: e.target.value || null })}
      />
    </label>
  );
}
