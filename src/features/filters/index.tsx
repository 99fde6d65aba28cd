/** The global filter bar: every filter is in the URL, so a link shares the exact state. */
import { meetingTypeLabel, pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { NO_FILTERS, type Filters, type ListFilterKey } from "../../model/filters";
import { AddFilter } from "./add-filter";
import { activeFilters, chipLabel, CHIP_KINDS } from "./chips";
import { FilterChip } from "./filter-chip";
import { MonthBound } from "./month-bound";
import { useFilterOptions } from "./use-filter-options";

export function FilterBar() {
  const lang = useLang();
  const { state, setFilters } = useViewState();
  const filters = state.filters;
  const { data: options } = useFilterOptions();
  const setList = (key: ListFilterKey, values: string[]) => {
    const patch: Partial<Filters> = {};
    patch[key] = values;
    setFilters(patch);
  };
  const add = (key: ListFilterKey, value: string) =>
    value && !filters[key].includes(value) && setList(key, [...filters[key], value]);
  const active = activeFilters(filters);
  const any = active.length > 0 || filters.from || filters.to;

  return (
    <section
      aria-label={pick(lang, { zh: "筛选", en: "Filters" })}
      className="border-b border-stone-200 bg-stone-100/60 dark:border-stone-800 dark:bg-stone-900/60"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-2 px-4 py-2">
        <MonthBound bound="from" />
        <MonthBound bound="to" />
        <AddFilter
          id="filter-province"
          testId="filter-province"
          label={{ zh: "添加省份", en: "Add a province" }}
          prompt={{ zh: "+ 省份", en: "+ Province" }}
          values={options?.provinces}
          chosen={filters.provinces}
          valueLabel={(p) => provinceLabel(p, lang)}
          onAdd={(p) => add("provinces", p)}
        />
        <AddFilter
          id="filter-type"
          testId="filter-type"
          label={{ zh: "添加会议类型", en: "Add a meeting type" }}
          prompt={{ zh: "+ 会议类型", en: "+ Meeting type" }}
          values={options?.meetingTypes}
          chosen={filters.meetingTypes}
          valueLabel={(t) => meetingTypeLabel(t, lang)}
          onAdd={(t) => add("meetingTypes", t)}
        />
        <ul className="flex flex-wrap gap-1" data-testid="filter-chips">
          {active.map((chip) => (
            <FilterChip
              key={`${chip.key}:${chip.value}`}
              kind={CHIP_KINDS[chip.key]}
              label={chipLabel(chip, lang)}
              onRemove={() =>
                setList(
                  chip.key,
                  filters[chip.key].filter((v) => v !== chip.value),
                )
              }
              removeLabel={`${pick(lang, { zh: "移除", en: "Remove" })} ${chipLabel(chip, lang)}`}
            />
          ))}
        </ul>
        {any && (
          <button
            type="button"
            className="ml-auto text-sm text-rose-800 underline dark:text-rose-300"
            data-testid="filter-clear"
            onClick={() => setFilters(NO_FILTERS)}
          >
            {pick(lang, { zh: "清除筛选", en: "Clear filters" })}
          </button>
        )}
      </div>
    </section>
  );
}
