/**
 * One person, one record. People are matched by name within a province: the same name in
 * two provinces is two people. National figures (总书记, a ministry's 部长, 国务院 …) are
 * matched nationally, whichever province's report names them.
 */
import { NATIONAL_LEADERS } from "../../ingest/lexicon/leaders";
import { NATIONAL_TITLES } from "../../ingest/lexicon/titles";

const NATIONAL_TITLE = /^(国家|国务院|中央|中共中央|全国)|^[^省市县区州盟旗]{0,6}部(副)?部长$|^(副)?部长$/;

export function isNationalFigure(name: string, titles: readonly string[]): boolean {
  return (
    NATIONAL_LEADERS.has(name) ||
    titles.some((t) => NATIONAL_TITLE.test(t) || NATIONAL_TITLES.some((n) => t.includes(n)))
  );
}

export function personId(name: string, province: string | null, titles: readonly string[]): string {
  return isNationalFigure(name, titles) ? `*:${name}` : `${province ?? "?"}:${name}`;
}

/** Titles in first-seen order, without repeats. */
export function mergeTitles(known: readonly string[], seen: readonly string[]): string[] {
  return [...new Set([...known, ...seen])];
}
