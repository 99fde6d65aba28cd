/**
 * Cross-filtering: which articles (and so which meetings) pass the global filters.
 * Every view aggregates over the same passing set, so a click in one narrows all.
 */
import type { Dataset } from "../db/records";
import { LIST_FILTER_KEYS, type Filters, type ListFilterKey } from "../model/filters";
import { inDateRange, monthOf } from "../model/partial-date";
import { columnsOf, type Codes, type Columns } from "./columns";

export { articleDate } from "./article-date";

/** "dated" when a report can be placed on a month axis, else "undated" (no date, or "--MM-DD"). */
export function datingOf(date: string | null): "dated" | "undated" {
  return monthOf(date) ? "dated" : "undated";
}

/** The articles and meetings that pass, by their index in the Dataset's arrays. */
export interface Passing {
  /** 1 for each passing article. */
  articles: Uint8Array;
  /** The passing articles, in the Dataset's order. */
  articleList: Int32Array;
  /** 1 for each meeting with at least one passing report. */
  meetings: Uint8Array;
  /** Those meetings, in the order of their first passing report. */
  meetingList: Int32Array;
}

/** 1 for each code among `wanted`. */
function marks(codes: Codes, wanted: readonly string[]): Uint8Array {
  const marked = new Uint8Array(codes.size);
  for (const value of wanted) {
    const code = codes.find(value);
    if (code >= 0) marked[code] = 1;
  }
  return marked;
}

type ArticleTest = (article: number) => boolean;

/**
 * The test of each list filter but provinces (read through their own index, see `windowAndProvinces`):
 * an article passes when it has any of the listed values. A new list filter in `model/filters.ts` is
 * a type error here until it has one.
 */
const LIST_FILTER_TESTS: {
  [K in Exclude<ListFilterKey, "provinces">]: (c: Columns, wanted: readonly string[]) => ArticleTest;
} = {
  meetingTypes: (c, wanted) => {
    const marked = marks(c.meetingTypes, wanted);
    return (i) => marked[c.articleType[i]!] === 1;
  },
  people: (c, wanted) => {
    const marked = marks(c.people, wanted);
    const { start, items } = c.articleMentions;
    return (i) => {
      for (let k = start[i]!; k < start[i + 1]!; k++) if (marked[c.mentionPerson[items[k]!]!] === 1) return true;
      return false;
    };
  },
  phrases: (c, wanted) => {
    const marked = marks(c.phrases, wanted);
    const { start, items } = c.articlePhrases;
    return (i) => {
      for (let k = start[i]!; k < start[i + 1]!; k++) if (marked[c.phrasePhrase[items[k]!]!] === 1) return true;
      return false;
    };
  },
  dating: (c, wanted) => {
    const passes = Uint8Array.from(c.dates, (d) => Number(wanted.includes(datingOf(d))));
    return (i) => passes[c.articleDate[i]!] === 1;
  },
};

/**
 * 1 for each article in the month window and, when provinces are asked for, in one of them: those
 * provinces' articles alone are read, not every article.
 */
function windowAndProvinces(c: Columns, filters: Filters): Uint8Array {
  const inRange =
    filters.from || filters.to
      ? Uint8Array.from(c.dates, (d) => Number(inDateRange(d, filters.from, filters.to)))
      : null;
  const dates = c.articleDate;
  if (filters.provinces.length) {
    const articles = new Uint8Array(c.articles);
    const { start, items } = c.provinceArticles;
    for (const province of new Set(filters.provinces)) {
      const code = c.provinces.find(province);
      if (code < 0) continue;
      for (let k = start[code]!; k < start[code + 1]!; k++) {
        const i = items[k]!;
        articles[i] = inRange ? inRange[dates[i]!]! : 1;
      }
    }
    return articles;
  }
  const articles = new Uint8Array(c.articles);
  if (!inRange) return articles.fill(1);
  for (let i = 0; i < articles.length; i++) articles[i] = inRange[dates[i]!]!;
  return articles;
}

function computePassing(c: Columns, filters: Filters): Passing {
  const articles = windowAndProvinces(c, filters);
  // One filter at a time over every article still passing: tight loops, no closure per article and filter.
  for (const key of LIST_FILTER_KEYS) {
    if (key === "provinces" || !filters[key].length) continue;
    const test = LIST_FILTER_TESTS[key](c, filters[key]);
    for (let i = 0; i < articles.length; i++) if (articles[i] && !test(i)) articles[i] = 0;
  }
  const meetings = new Uint8Array(c.meetings);
  const articleList = new Int32Array(c.articles);
  const meetingList = new Int32Array(c.meetings);
  let passed = 0;
  let met = 0;
  for (let i = 0; i < articles.length; i++) {
    if (!articles[i]) continue;
    articleList[passed++] = i;
    const meeting = c.articleMeeting[i]!;
    if (meeting >= 0 && !meetings[meeting]) {
      meetings[meeting] = 1;
      meetingList[met++] = meeting;
    }
  }
  return { articles, articleList: articleList.slice(0, passed), meetings, meetingList: meetingList.slice(0, met) };
}

/** The last few passing sets, per dataset: views ask for the same filters in turn, and some ask for two. */
const KEPT = 8;
let recent: { data: Dataset; byKey: Map<string, Passing & { ids?: Set<string>; meetingIds?: Set<string> }> } | null =
  null;

export function passing(data: Dataset, filters: Filters): Passing & { ids?: Set<string>; meetingIds?: Set<string> } {
  if (recent?.data !== data) recent = { data, byKey: new Map() };
  const key = JSON.stringify(filters);
  const kept = recent.byKey.get(key);
  if (kept) return kept;
  const computed = computePassing(columnsOf(data), filters);
  if (recent.byKey.size >= KEPT) recent.byKey.delete(recent.byKey.keys().next().value!);
  recent.byKey.set(key, computed);
  return computed;
}

const places = new WeakMap<Passing, Int32Array>();

/** Each passing meeting's place in `meetingList` (-1 for the others), kept with the passing set. */
export function placesInList(pass: Passing): Int32Array {
  let place = places.get(pass);
  if (!place) {
    place = new Int32Array(pass.meetings.length).fill(-1);
    pass.meetingList.forEach((m, at) => (place![m] = at));
    places.set(pass, place);
  }
  return place;
}

/** Ids of the articles that pass, in the Dataset's order. */
export function passingArticleIds(data: Dataset, filters: Filters): Set<string> {
  const result = passing(data, filters);
  result.ids ??= new Set(Array.from(result.articleList, (i) => data.articles[i]!.id));
  return result.ids;
}

/** Ids of the meetings with at least one passing report, in the order of their first passing report. */
export function passingMeetingIds(data: Dataset, filters: Filters): Set<string> {
  const result = passing(data, filters);
  result.meetingIds ??= new Set(Array.from(result.meetingList, (i) => data.meetings[i]!.id));
  return result.meetingIds;
}

/** Whether an article passes, by id. */
export interface ArticleSet {
  has(id: string): boolean;
}

/** The passing articles as a lookup by id, without building a set of every passing id. */
export function passingArticleSet(data: Dataset, filters: Filters): ArticleSet {
  const { articles } = passing(data, filters);
  const index = columnsOf(data).articleIndex;
  return { has: (id) => articles[index.get(id) ?? -1] === 1 };
}
