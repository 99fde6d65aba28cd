/** The chips of the filter bar: one per value of a list filter, labelled in the reader's language. */
import { meetingTypeLabel, pick, personLabel, provinceLabel, type Text } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { LIST_FILTER_KEYS, type Filters, type ListFilterKey } from "../../model/filters";
import { nameOfPerson } from "../../model/person-id";

/** What kind of filter a chip is. */
export const CHIP_KINDS: Record<ListFilterKey, Text> = {
  provinces: { zh: "省份", en: "Province" },
  meetingTypes: { zh: "类型", en: "Type" },
  people: { zh: "人物", en: "Person" },
  phrases: { zh: "提法", en: "Phrase" },
  dating: { zh: "日期", en: "Date" },
};

export interface ActiveFilter {
  key: ListFilterKey;
  value: string;
}

/** One chip per value of each list filter, in the schema's order (provinces, types, people, phrases). */
export function activeFilters(filters: Filters): ActiveFilter[] {
  return LIST_FILTER_KEYS.flatMap((key) => filters[key].map((value) => ({ key, value })));
}

/** A chip's text: a province or meeting type in the reader's language, a person by name (of "江苏:谢晓军"). */
export function chipLabel({ key, value }: ActiveFilter, lang: Lang): string {
  switch (key) {
    case "provinces":
      return provinceLabel(value, lang);
    case "meetingTypes":
      return meetingTypeLabel(value, lang);
    case "people":
      return personLabel(nameOfPerson(value), lang);
    case "phrases":
      return value;
    case "dating":
      return value === "undated" ? pick(lang, { zh: "无日期或年份不详", en: "no date or year" }) : value;
  }
}
