/** The global filter bar: every filter is in the URL, so a link shares the exact state. */
import { useQuery } from "@tanstack/react-query";
import { meetingTypeLabel, pick, provinceLabel, personLabel, type Text } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { NO_FILTERS, type Filters } from "../../model/filters";
import { aggregateQuery } from "../../queries/reads";

type ListKey = "provinces" | "meetingTypes" | "people" | "phrases";

const field = "rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-800";

function Chip({
  label,
  kind,
  onRemove,
  removeLabel,
}: {
  label: string;
  kind: Text;
  onRemove: () => void;
  removeLabel: string;
}) {
  const lang = useLang();
  return (
    <li
      className="flex items-center gap-1 rounded-full bg-rose-100 py-0.5 pl-2 pr-1 text-sm text-rose-950 dark:bg-rose-950 dark:text-rose-100"
      data-testid="filter-chip"
    >
      <span className="text-xs opacity-70">{pick(lang, kind)}</span>
      <span>{label}</span>
      <button
        type="button"
        aria-label={removeLabel}
        onClick={onRemove}
        className="rounded-full px-1.5 hover:bg-rose-200 dark:hover:bg-rose-900"
      >
        ×
      </button>
    </li>
  );
}

export function FilterBar() {
  const lang = useLang();
  const { state, setFilters } = useViewState();
  const filters = state.filters;
  const { data: options } = useQuery(aggregateQuery("filterOptions", NO_FILTERS, {}));
  const remove = (key: ListKey, value: string) =>
    setFilters({ [key]: filters[key].filter((v) => v !== value) } as Partial<Filters>);
  const add = (key: ListKey, value: string) =>
    value && !filters[key].includes(value) && setFilters({ [key]: [...filters[key], value] } as Partial<Filters>);
  const label = (key: ListKey, value: string) =>
    key === "provinces"
      ? provinceLabel(value, lang)
      : key === "meetingTypes"
        ? meetingTypeLabel(value, lang)
        : key === "people"
          ? personLabel(value.slice(value.indexOf(":") + 1), lang)
          : value;
  const kinds: Record<ListKey, Text> = {
    provinces: { zh: "省份", en: "Province" },
    meetingTypes: { zh: "类型", en: "Type" },
    people: { zh: "人物", en: "Person" },
    phrases: { zh: "提法", en: "Phrase" },
  };
  const active = (Object.keys(kinds) as ListKey[]).flatMap((key) => filters[key].map((value) => ({ key, value })));
  const any = active.length > 0 || filters.from || filters.to;

  return (
    <section
      aria-label={pick(lang, { zh: "筛选", en: "Filters" })}
      className="border-b border-stone-200 bg-stone-100/60 dark:border-stone-800 dark:bg-stone-900/60"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-2 px-4 py-2">
        <label className="flex items-center gap-1 text-sm">
          {pick(lang, { zh: "从", en: "From" })}
          <input
            type="month"
            className={field}
            data-testid="filter-from"
            value={filters.from?.slice(0, 7) ?? ""}
            min={options?.months[0]}
            max={options?.months.at(-1)}
            onChange={(e) => setFilters({ from: e.target.value || null })}
          />
        </label>
        <label className="flex items-center gap-1 text-sm">
          {pick(lang, { zh: "到", en: "To" })}
          <input
            type="month"
            className={field}
            data-testid="filter-to"
            value={filters.to?.slice(0, 7) ?? ""}
            min={options?.months[0]}
            max={options?.months.at(-1)}
            onChange={(e) => setFilters({ to: e.target.value || null })}
          />
        </label>
        <label className="sr-only" htmlFor="filter-province">
          {pick(lang, { zh: "添加省份", en: "Add a province" })}
        </label>
        <select
          id="filter-province"
          className={field}
          data-testid="filter-province"
          value=""
          onChange={(e) => add("provinces", e.target.value)}
        >
          <option value="">{pick(lang, { zh: "+ 省份", en: "+ Province" })}</option>
          {options?.provinces
            .filter((p) => !filters.provinces.includes(p))
            .map((p) => (
              <option key={p} value={p}>
                {provinceLabel(p, lang)}
              </option>
            ))}
        </select>
        <label className="sr-only" htmlFor="filter-type">
          {pick(lang, { zh: "添加会议类型", en: "Add a meeting type" })}
        </label>
        <select
          id="filter-type"
          className={field}
          data-testid="filter-type"
          value=""
          onChange={(e) => add("meetingTypes", e.target.value)}
        >
          <option value="">{pick(lang, { zh: "+ 会议类型", en: "+ Meeting type" })}</option>
          {options?.meetingTypes
            .filter((t) => !filters.meetingTypes.includes(t))
            .map((t) => (
              <option key={t} value={t}>
                {meetingTypeLabel(t, lang)}
              </option>
            ))}
        </select>
        <ul className="flex flex-wrap gap-1" data-testid="filter-chips">
          {active.map(({ key, value }) => (
            <Chip
              key={`${key}:${value}`}
              kind={kinds[key]}
              label={label(key, value)}
              onRemove={() => remove(key, value)}
              removeLabel={`${pick(lang, { zh: "移除", en: "Remove" })} ${label(key, value)}`}
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
