/**
 * The hot columns of a Dataset as integer codes in typed arrays, built once per Dataset object:
 * at 100,000 articles a query can afford one pass over numbers, not joins through string maps.
 * Rows keep their index in the Dataset's arrays; strings are coded in first-seen order.
 */
import type { Dataset } from "../db/records";
import { monthOf, sortKeyUndatedLast } from "../model/partial-date";
import { articleDate } from "./article-date";
import { compareCodes } from "./collation";

/** Codes for a set of strings, in first-seen order. */
export class Codes {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) this.codes.set(value, (code = this.values.push(value) - 1));
    return code;
  }

  /** The code of a known value, -1 for null or an unknown one. */
  find(value: string | null): number {
    return value === null ? -1 : (this.codes.get(value) ?? -1);
  }

  get size(): number {
    return this.values.length;
  }
}

/** Rows grouped by a key, as one array of items and where each key's run starts (compressed sparse rows). */
export interface Groups {
  start: Int32Array;
  items: Int32Array;
}

/** Groups `count` items by `keyOf(i)` (in 0..keys-1, or -1 for none), keeping item order within a group. */
export function groupItems(keys: number, count: number, keyOf: (i: number) => number): Groups {
  const start = new Int32Array(keys + 1);
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    if (key >= 0) start[key + 1]!++;
  }
  for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!;
  const items = new Int32Array(start[keys]!);
  const fill = start.slice(0, keys);
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    if (key >= 0) items[fill[key]!++] = i;
  }
  return { start, items };
}

export interface Columns {
  articles: number;
  articleIndex: Map<string, number>;
  provinces: Codes;
  meetingTypes: Codes;
  people: Codes;
  phrases: Codes;
  /** Distinct best dates of the articles and phrase rows (null included), and each one's months code. */
  dates: (string | null)[];
  /** Month codes index `months`, sorted; -1: no month. */
  months: string[];
  dateMonth: Int32Array;
  /** Rank of each date code in ascending `sortKeyUndatedLast` order (equal keys share a rank). */
  dateRankUndatedLast: Int32Array;
  articleDate: Int32Array;
  articleMonth: Int32Array;
  articleProvince: Int32Array;
  /** Article indexes by province code, in the Dataset's order (articles without a province in none). */
  provinceArticles: Groups;
  articleType: Int32Array;
  articleMeeting: Int32Array;
  articleCorrected: Uint8Array;
  /** Per article: its mention rows and its phrase rows (indexes into the Dataset's arrays), in row order. */
  articleMentions: Groups;
  articlePhrases: Groups;
  mentionPerson: Int32Array;
  /** Each mention row's article index (-1: an article not in the Dataset). */
  mentionArticle: Int32Array;
  /** Each person code's place among the person ids in plain code order (`compareCodes`). */
  personIdRank: Int32Array;
  /** Mention rows by person code, in row order. */
  personMentions: Groups;
  phrasePhrase: Int32Array;
  phraseArticle: Int32Array;
  phraseProvince: Int32Array;
  phraseDate: Int32Array;
  phraseCorrected: Uint8Array;
  /** Phrase rows by phrase code, in row order. */
  phraseRows: Groups;
  meetings: number;
  meetingIndex: Map<string, number>;
  meetingProvince: Int32Array;
  meetingType: Int32Array;
  /** Article indexes of each meeting, in the meeting's `articleIds` order. */
  meetingArticles: Groups;
  /** The month a meeting stands at on the timeline: its own, else its first report's that has a date. */
  meetingTimelineMonth: Int32Array;
}

const cache = new WeakMap<Dataset, Columns>();

export function columnsOf(data: Dataset): Columns {
  const cached = cache.get(data);
  if (cached) return cached;
  const built = buildColumns(data);
  cache.set(data, built);
  return built;
}

function buildColumns(data: Dataset): Columns {
  const provinces = new Codes();
  const meetingTypes = new Codes();
  const people = new Codes();
  const phrases = new Codes();
  const dateCodes = new Codes();
  const NULL_DATE = "\u0000null";
  const dateCode = (date: string | null) => dateCodes.code(date ?? NULL_DATE);
  const code = (codes: Codes, value: string | null) => (value === null ? -1 : codes.code(value));

  const n = data.articles.length;
  const articleIndex = new Map<string, number>();
  const articleDateCode = new Int32Array(n);
  const articleProvince = new Int32Array(n);
  const articleType = new Int32Array(n);
  const articleCorrected = new Uint8Array(n);
  data.articles.forEach((a, i) => {
    articleIndex.set(a.id, i);
    articleDateCode[i] = dateCode(articleDate(a));
    articleProvince[i] = code(provinces, a.province);
    articleType[i] = code(meetingTypes, a.meetingType);
    if (a.corrected) articleCorrected[i] = 1;
  });

  const meetingIndex = new Map<string, number>();
  data.meetings.forEach((m, i) => meetingIndex.set(m.id, i));
  const articleMeeting = new Int32Array(n);
  data.articles.forEach(
    (a, i) => (articleMeeting[i] = a.meetingId === null ? -1 : (meetingIndex.get(a.meetingId) ?? -1)),
  );

  const mentionArticle = new Int32Array(data.mentions.length);
  const mentionPerson = new Int32Array(data.mentions.length);
  // The rows of one article come together: the last article found is most often the next one asked for.
  let lastId: string | null = null;
  let lastIndex = -1;
  const articleAt = (id: string) => {
    if (id !== lastId) [lastId, lastIndex] = [id, articleIndex.get(id) ?? -1];
    return lastIndex;
  };
  data.mentions.forEach((m, i) => {
    mentionArticle[i] = articleAt(m.articleId);
    mentionPerson[i] = people.code(m.personId);
  });
  const p = data.phrases.length;
  const phraseArticle = new Int32Array(p);
  const phrasePhrase = new Int32Array(p);
  const phraseProvince = new Int32Array(p);
  const phraseDate = new Int32Array(p);
  data.phrases.forEach((r, i) => {
    phraseArticle[i] = articleAt(r.articleId);
    phrasePhrase[i] = phrases.code(r.phrase);
    // An article's phrase rows carry its province and date: most rows repeat the row before.
    const before = data.phrases[i - 1];
    phraseProvince[i] =
      before !== undefined && before.province === r.province ? phraseProvince[i - 1]! : code(provinces, r.province);
    phraseDate[i] = before !== undefined && before.date === r.date ? phraseDate[i - 1]! : dateCode(r.date);
  });

  const meetingArticleIds: number[] = [];
  const meetingStart = new Int32Array(data.meetings.length + 1);
  data.meetings.forEach((m, i) => {
    for (const id of m.articleIds) {
      const at = articleIndex.get(id);
      if (at !== undefined) meetingArticleIds.push(at);
    }
    meetingStart[i + 1] = meetingArticleIds.length;
  });
  const meetingArticles = { start: meetingStart, items: Int32Array.from(meetingArticleIds) };

  const dates = dateCodes.values.map((d) => (d === NULL_DATE ? null : d));
  const monthCodes = new Codes();
  const meetingMonthText = data.meetings.map((m, i) => {
    if (m.month !== null) return m.month;
    // As the timeline reads it: the first report with a date (its month may still be unknown).
    for (let k = meetingStart[i]!; k < meetingStart[i + 1]!; k++) {
      const date = dates[articleDateCode[meetingArticles.items[k]!]!]!;
      if (date) return monthOf(date);
    }
    return null;
  });
  const dateMonthText = dates.map((d) => monthOf(d));
  for (const month of [...new Set([...dateMonthText, ...meetingMonthText])].filter((m) => m !== null).sort())
    monthCodes.code(month);
  const dateMonth = Int32Array.from(dateMonthText, (m) => monthCodes.find(m));
  const rankKeys = [...new Set(dates.map(sortKeyUndatedLast))].sort(compareCodes);
  const rankOf = new Map(rankKeys.map((key, rank) => [key, rank]));

  return {
    articles: n,
    articleIndex,
    provinces,
    meetingTypes,
    people,
    phrases,
    dates,
    months: monthCodes.values,
    dateMonth,
    dateRankUndatedLast: Int32Array.from(dates, (d) => rankOf.get(sortKeyUndatedLast(d))!),
    articleDate: articleDateCode,
    articleMonth: Int32Array.from(articleDateCode, (d) => dateMonth[d]!),
    articleProvince,
    provinceArticles: groupItems(provinces.size, n, (i) => articleProvince[i]!),
    articleType,
    articleMeeting,
    articleCorrected,
    articleMentions: groupItems(n, data.mentions.length, (i) => mentionArticle[i]!),
    articlePhrases: groupItems(n, p, (i) => phraseArticle[i]!),
    mentionPerson,
    mentionArticle,
    personIdRank: rankInCodeOrder(people.values),
    personMentions: groupItems(people.size, data.mentions.length, (i) => mentionPerson[i]!),
    phrasePhrase,
    phraseArticle,
    phraseProvince,
    phraseDate,
    phraseCorrected: Uint8Array.from(data.phrases, (r) => Number(r.corrected === true)),
    phraseRows: groupItems(phrases.size, p, (i) => phrasePhrase[i]!),
    meetings: data.meetings.length,
    meetingIndex,
    meetingProvince: Int32Array.from(data.meetings, (m) => code(provinces, m.province)),
    meetingType: Int32Array.from(data.meetings, (m) => code(meetingTypes, m.meetingType)),
    meetingArticles,
    meetingTimelineMonth: Int32Array.from(meetingMonthText, (m) => monthCodes.find(m)),
  };
}

function rankInCodeOrder(values: readonly string[]): Int32Array {
  const rank = new Int32Array(values.length);
  values
    .map((value, code) => ({ value, code }))
    .sort((a, b) => compareCodes(a.value, b.value))
    .forEach(({ code }, i) => (rank[code] = i));
  return rank;
}
