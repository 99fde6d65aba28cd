/**
 * Where people are named: after a title chain (省民政厅党组书记、厅长庄严) or before a title
 * (易炼红书记, 李强总理, 治原部长). Each find carries the titles the text gives at that place.
 */
import { AFTER_NAME } from "./lexicon/names";
import { NOT_ORGANISATIONS, ORGANISATION_END } from "./lexicon/organisations";
import { anyOf } from "./lexicon/pattern";
import { BEFORE_POSTPOSED_NAME, CHAIN_CONNECTORS, SEGMENT_BREAKS } from "./lexicon/title-chains";
import { GIVEN_NAME_TITLES, POSTPOSED_TITLES, TITLE_WORD_LIST } from "./lexicon/titles";
import { isFullName, isGivenNameOnly } from "./names";

export interface NameFind {
  name: string;
  start: number;
  end: number;
  titles: string[];
  /** Found as a given name alone (治原部长): joined to a full name when the text has one. */
  givenNameOnly: boolean;
}

const TITLE = new RegExp(anyOf(TITLE_WORD_LIST), "g");
const POSTPOSED = new RegExp(anyOf(POSTPOSED_TITLES), "g");
const ENDS_WITH_TITLE = new RegExp(`${anyOf(TITLE_WORD_LIST)}$`);
const CHAIN_STOP = /[,，。;；:：!?！？\n“”"()（）《》]/;
const BOUNDARY_BEFORE = /[,，。;；:：、\n“"(（]/;

/** The title chain before a name: back to the last clause break, split at 、. */
function clauseBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 50 && !CHAIN_STOP.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** A long segment keeps only what follows its last conjunction: "…精神和省委书记" → "省委书记". */
function tailOfLongSegment(segment: string): string {
  if (segment.length <= 24) return segment;
  const cut = Math.max(...SEGMENT_BREAKS.map((word) => segment.lastIndexOf(word)));
  return cut >= 0 ? segment.slice(cut + 1) : segment;
}

export function titleChainBefore(text: string, end: number): string[] {
  return (
    clauseBefore(text, end)
      .split("、")
      .map((t) => tailOfLongSegment(t.replace(CHAIN_CONNECTORS, "").trim()))
      // A segment that does not end with a title is an earlier name in the list (局长李建国、局长赵海燕).
      .filter((t) => t.length >= 2 && ENDS_WITH_TITLE.test(t))
  );
}

function nameAfter(text: string, at: number): string | null {
  for (const length of [4, 3, 2]) {
    const candidate = text.slice(at, at + length);
    if (candidate.length === length && isFullName(candidate) && AFTER_NAME.test(text.slice(at + length)))
      return candidate;
  }
  return null;
}

export function findAfterTitles(text: string): NameFind[] {
  const finds: NameFind[] = [];
  for (const m of text.matchAll(TITLE)) {
    let at = m.index + m[0].length;
    const titles = titleChainBefore(text, at);
    // One title for several names: 副县长刘伟、陈晓东 — the names after 、 share it.
    for (let name = nameAfter(text, at); name; name = text[at] === "、" ? nameAfter(text, ++at) : null) {
      finds.push({ name, start: at, end: at + name.length, titles, givenNameOnly: false });
      at += name.length;
    }
  }
  return finds;
}

/** The organisation written right before a name that a title follows: 省委易炼红书记 → 省委. */
function organisationBefore(text: string, start: number): string {
  const before = (clauseBefore(text, start).split("、").pop() ?? "").replace(CHAIN_CONNECTORS, "");
  return ORGANISATION_END.test(before) && !NOT_ORGANISATIONS.has(before) && !ENDS_WITH_TITLE.test(before) ? before : "";
}

export function findBeforeTitles(text: string): NameFind[] {
  const finds: NameFind[] = [];
  for (const m of text.matchAll(POSTPOSED)) {
    const end = m.index;
    for (const length of [4, 3, 2]) {
      const start = end - length;
      if (start < 0) continue;
      const candidate = text.slice(start, end);
      const full = isFullName(candidate);
      const givenOnly =
        !full &&
        length === 2 &&
        GIVEN_NAME_TITLES.has(m[0]) &&
        (start === 0 || BOUNDARY_BEFORE.test(text[start - 1]!)) &&
        isGivenNameOnly(candidate);
      if (!full && !givenOnly) continue;
      if (full && start > 0 && !BEFORE_POSTPOSED_NAME.test(text.slice(Math.max(0, start - 2), start))) continue;
      const title = organisationBefore(text, start) + m[0];
      finds.push({ name: candidate, start, end, titles: [title], givenNameOnly: givenOnly });
      break;
    }
  }
  return finds;
}
