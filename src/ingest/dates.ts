/**
 * Dates as ISO strings. Reports often write only month and day (10月26日); the year then comes
 * from the publication date or from years the file mentions, else it stays "--MM-DD".
 */
import { anyOf } from "./lexicon/pattern";
import { iso } from "./date-lines";
import { numberOf, weekdayNumber } from "./numerals";
import {
  DATELINE,
  DAY_ONLY,
  EVENT_DATE,
  FUTURE_BEFORE_DATE,
  NUMERIC_EVENT_DATE,
  RECENT_DAYS,
  RELATIVE_DAYS,
  WEEKDAY,
} from "./lexicon/dates";
import type { Outlook } from "./year-tally";
import { DAY_MS, dayOfYear, inferYear, ISO_DATE, shiftDays } from "./year-inference";

const SENTENCE_END = /[。！？!?\n]/;
/** A sentence whose subject is a national meeting held (党的十九届四中全会于…在北京召开, 全国两会…闭幕), its days perhaps first (10月24日至27日,党的…). */
const BACKGROUND_MEETING =
  /^\s*(?:\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?[,，])?(?:党的|中国共产党第|中共中央|中央|全国|十[一二三四五六七八九]?届全国)[^,，。;；]{0,30}?(?:全会|会议|大会|两会)[^,，。;；]{0,30}?(?:召开|举行|闭幕|开幕)/;
/**
 * The national leader's visit a report goes on to study (5月16日下午,习近平总书记…莅临山西运城…考察。5月18日晚,
 * 区委召开…): its background too, dated apart from the meeting that studies it.
 */
const BACKGROUND_VISIT =
  /^\s*(?:\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?(?:[上下]午|晚上?)?[,，]?)?(?:中共中央总书记、国家主席、中央军委主席)?习近平(?:总书记)?[^。;；]{0,60}?(?:考察|视察|调研)/;
/** A call or a visit a headline reports, which the lead's sentences may date apart from a meeting beside it. */
const HEADLINE_EVENT_VERB = /会见|拜会|会晤|接见|看望|慰问|调研|考察|视察/;
/**
 * A communiqué's note of its adoption, a line of its own under the headline: (2021年11月26日…全体会议通过).
 * It dates the last day; the meeting's own days (于11月25日至26日举行) follow it.
 */
const ADOPTION_NOTE = /^\s*[(（][^()（）]{4,80}(?:通过|批准)[)）]\s*$/;
/** A sentence that dates the adoption of the meeting's communiqué (10月23日,…全会通过公报,全文如下), not its days. */
const ADOPTED_COMMUNIQUE = /通过了?(?:[^,，。;；]{0,8})(?:公报|决议)(?![^。]*(?:召开|举行|开幕))/;

export interface DateContext {
  published: string | null;
  /** Years the whole file mentions, most telling first. */
  fileYears: readonly number[];
  /** Whether the first two of `fileYears` are named as often as each other. */
  fileYearsTied?: boolean;
  /** Whether the text plans the year ahead (明年, 对2031年工作作出安排) or reviews the year past (过去的一年). */
  fileOutlook?: Outlook;
  /** The year whose review the file holds once that year is over (2030年度民主生活会). */
  fileReviewed?: number | null;
  /** Dates the file announces with their year (决定…于2032年1月8日召开): the day as `dayOfYear` (108). */
  fileAnnounced?: readonly { year: number; day: number }[];
  /** The day a digest's heading dates its issue (12月23日要闻), with no year: read like a publication date. */
  issueDay?: { month: number; day: number } | null;
  /** Whether a day alone (14日) or a relative day (昨日) may be read against the publication date. */
  relativeDays?: boolean;
  /** The days the file writes with their month (3月3日), for a day its lead writes alone: read on first use. */
  fileMonthDays?: () => readonly { month: number; day: number }[];
  /** The year the meeting's own name gives it (主持召开2031年第14次厅务会): its year, whatever the page's date. */
  meetingYear?: number | null;
}

const RELATIVE_DAY = new RegExp(anyOf([...RELATIVE_DAYS.keys()]));

/** A date found for the event: the value, the words that gave it, where they stand, and how sure it is. */
export interface DateFinding {
  date: string;
  /** Which text `index` points into. */
  part: "lead" | "title";
  index: number;
  quote: string;
  confidence: number;
}

interface Sentence {
  text: string;
  part: "lead" | "title";
  start: number;
}

/** The sentences of a text with where each starts. */
function sentencesOf(text: string, part: Sentence["part"]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const piece of text.split(SENTENCE_END)) {
    sentences.push({ text: piece, part, start });
    start += piece.length + 1;
  }
  return sentences;
}

/** How sure a month and day are of their year: written, from publication, from the file's years, or unknown. */
const YEAR_CONFIDENCE = { written: 1, published: 0.9, unknown: 0.8, file: 0.6 } as const;

/** The first written date of a sentence that is not one still to come (决定…于6月29日召开). */
/** How sure a date a report announces (将于…召开) is: the event may not have been held as planned. */
const ANNOUNCED_CONFIDENCE = 0.6;

/** The first date a sentence announces (将于12月21日召开): the event's date when the report gives no other. */
function announcedDate(sentence: Sentence, context: DateContext): DateFinding | null {
  for (const m of sentence.text.matchAll(EVENT_DATE)) {
    if (!FUTURE_BEFORE_DATE.test(sentence.text.slice(0, m.index))) continue;
    const month = numberOf(m[2]!);
    const day = numberOf(m[3]!);
    const year = m[1] ? numberOf(m[1]) : (inferYear(month, day, context, true)?.year ?? null);
    const date = iso(year, month, day);
    if (date)
      return {
        date,
        part: sentence.part,
        index: sentence.start + m.index,
        quote: m[0],
        confidence: ANNOUNCED_CONFIDENCE,
      };
  }
  return null;
}

function writtenDate(sentence: Sentence, context: DateContext, notAfter: number): DateFinding | null {
  const numeric = NUMERIC_EVENT_DATE.exec(sentence.text);
  const inWords = firstWrittenDate(sentence, context, notAfter);
  if (numeric && (!inWords || numeric.index < inWords.index - sentence.start)) {
    const date = FUTURE_BEFORE_DATE.test(sentence.text.slice(0, numeric.index))
      ? null
      : iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
    if (date)
      return { date, part: sentence.part, index: sentence.start + numeric.index, quote: numeric[0], confidence: 1 };
  }
  return inWords;
}

/**
 * The first date in a sentence that is not still to come: announced (决定…于6月29日召开), or, without
 * its year, later than the wire dateline the report was filed under (`notAfter`: 5月9日电 … 于5月10日开幕).
 */
function firstWrittenDate(sentence: Sentence, context: DateContext, notAfter: number): DateFinding | null {
  for (const m of sentence.text.matchAll(EVENT_DATE)) {
    if (FUTURE_BEFORE_DATE.test(sentence.text.slice(0, m.index))) continue;
    const month = numberOf(m[2]!);
    const day = numberOf(m[3]!);
    if (!m[1] && dayOfYear(month, day) > notAfter) continue;
    const inferred = m[1] ? null : inferYear(month, day, context);
    const date = iso(m[1] ? numberOf(m[1]) : (inferred?.year ?? null), month, day);
    if (!date) continue;
    const confidence = YEAR_CONFIDENCE[m[1] ? "written" : (inferred?.from ?? "unknown")];
    return { date, part: sentence.part, index: sentence.start + m.index, quote: m[0], confidence };
  }
  return null;
}

/** How sure a day alone is: relative to publication (昨日), or a day number read in a known month. */
const DAY_CONFIDENCE = { relative: 0.8, dayOnly: 0.7 } as const;

/**
 * A day alone (14日) or relative to publication (昨日), read against the publication date, or
 * against a wire dateline's month (新华社北京3月9日电 … 9日下午) with the year unknown.
 */
function dayOnlyDate(sentence: Sentence, reference: Reference): DateFinding | null {
  const text = sentence.text;
  const relative = RELATIVE_DAY.exec(text);
  const dayOnly = [...text.matchAll(DAY_ONLY)].find((m) => !FUTURE_BEFORE_DATE.test(text.slice(0, m.index)));
  const found = (date: string | null, m: RegExpExecArray | RegExpMatchArray, confidence: number) =>
    date ? { date, part: sentence.part, index: sentence.start + (m.index ?? 0), quote: m[0], confidence } : null;
  if (relative && (!dayOnly || relative.index < dayOnly.index!)) {
    const shift = RELATIVE_DAYS.get(relative[0])!;
    // A paper's dateline with no year (某省日报8月2日讯 今天…): its day, counted back within its month.
    const date = reference.year
      ? shiftDays(reference.year, reference.month, reference.day, shift)
      : shift <= 0 && reference.day + shift >= 1
        ? iso(null, reference.month, reference.day + shift)
        : null;
    if (date) return found(date, relative, DAY_CONFIDENCE.relative);
  }
  const runTogether = RUN_TOGETHER_DATE.exec(text);
  if (runTogether && reference.fromPublication && reference.year) {
    const date = runTogetherDate(runTogether[1]!, reference as Reference & { year: number });
    if (date) return found(date, runTogether, DAY_CONFIDENCE.dayOnly);
  }
  const weekday = WEEKDAY.exec(text);
  if (weekday && reference.fromPublication && reference.year && (!dayOnly || weekday.index < dayOnly.index!)) {
    const date = weekdayBefore(reference as Reference & { year: number }, weekday[1]!, weekdayNumber(weekday[2]!));
    return found(date, weekday, DAY_CONFIDENCE.relative);
  }
  if (!dayOnly) return null;
  const written = Number(dayOnly[1]);
  // 上月28日: a day of the month before the reference's.
  if (text.slice(Math.max(0, dayOnly.index! - 2), dayOnly.index).endsWith("上月")) {
    const date =
      reference.month === 1
        ? iso(reference.year && reference.year - 1, 12, written)
        : iso(reference.year, reference.month - 1, written);
    return found(date, dayOnly, DAY_CONFIDENCE.dayOnly);
  }
  // A day later than the reference day was in the month before.
  const date =
    written <= reference.day + 1
      ? iso(reference.year, reference.month, written)
      : reference.month === 1
        ? iso(reference.year && reference.year - 1, 12, written)
        : iso(reference.year, reference.month - 1, written);
  return found(date, dayOnly, DAY_CONFIDENCE.dayOnly);
}

/**
 * A month and day that lost the 月 between them, opening a lead (111日,区领导…): digits of one reading
 * only got their 月 back in normalization (normalize/lost-months.ts); those of two are read only against a
 * publication date, which the day must come shortly before.
 */
const RUN_TOGETHER_DATE = /(?:^|[\s)）])(\d{3,4})日(?:上午|下午|晚上|晚)?[,，]/;
/** How many days before its publication a run-together date may stand. */
const RUN_TOGETHER_REACH = 62;

/** The reading of the digits (1226 → 12月26日, 530 → 5月30日) nearest before the publication date, if any. */
function runTogetherDate(digits: string, reference: Reference & { year: number }): string | null {
  const splits = digits.length === 4 ? [2] : [1, 2];
  let best: { date: string; before: number } | null = null;
  for (const at of splits) {
    const [month, day] = [Number(digits.slice(0, at)), Number(digits.slice(at))];
    for (const year of [reference.year, reference.year - 1]) {
      const date = iso(year, month, day);
      if (!date) continue;
      const before =
        (Date.UTC(reference.year, reference.month - 1, reference.day) - Date.UTC(year, month - 1, day)) / DAY_MS;
      if (before >= 0 && before <= RUN_TOGETHER_REACH && (!best || before < best.before)) best = { date, before };
    }
  }
  return best?.date ?? null;
}

interface Reference {
  year: number | null;
  month: number;
  day: number;
  /** Whether it is the publication date (not a wire dateline's). */
  fromPublication: boolean;
}

/** The date of a weekday in the week of publication (本周五, 周五 not after it) or the week before (上周五). */
function weekdayBefore(reference: Reference & { year: number }, week: string, weekday: number): string | null {
  const published = new Date(Date.UTC(reference.year, reference.month - 1, reference.day));
  const today = published.getUTCDay() || 7;
  let by = weekday - today;
  if (week.startsWith("上")) by -= 7;
  else if (!week.startsWith("本") && by > 0) by -= 7;
  return shiftDays(reference.year, reference.month, reference.day, by);
}

/** What a day alone counts from: the wire dateline when the lead has one (its year from publication or the file), else publication. */
function referenceOf(context: DateContext, lead: string): Reference | null {
  const published = ISO_DATE.exec(context.published ?? "");
  const dateline = DATELINE.exec(lead);
  if (dateline) {
    const [month, day] = [numberOf(dateline[1]!), numberOf(dateline[2]!)];
    // With no publication date, the year the file names, as for a month and day written in the text.
    const year = published
      ? Number(published[1]) - (month > Number(published[2]) ? 1 : 0)
      : (inferYear(month, day, context)?.year ?? null);
    return { year, month, day, fromPublication: false };
  }
  if (published)
    return {
      year: Number(published[1]),
      month: Number(published[2]),
      day: Number(published[3]),
      fromPublication: true,
    };
  return context.issueDay ? { year: null, ...context.issueDay, fromPublication: true } : null;
}

/**
 * The event's date: the first written date in a sentence of the lead that reports the event, else
 * in the title (a headline may announce another date: 决定…6月29日召开), else a day alone.
 */
export function findEventDate(
  lead: string,
  title: string | null,
  context: DateContext,
  isEventSentence: (sentence: string) => boolean,
): DateFinding | null {
  const sentences = [...sentencesOf(lead, "lead"), ...sentencesOf(title ?? "", "title")].filter((s) =>
    isEventSentence(s.text),
  );
  const dateline = DATELINE.exec(lead);
  const notAfter = dateline ? dayOfYear(numberOf(dateline[1]!), numberOf(dateline[2]!)) : Infinity;
  const headlineVerb = title ? HEADLINE_EVENT_VERB.exec(title)?.[0] : undefined;
  let background: DateFinding | null = null;
  let adoption: DateFinding | null = null;
  let aside: DateFinding | null = null;
  for (const sentence of sentences) {
    const found = writtenDate(sentence, context, notAfter);
    if (!found) continue;
    // A headline's call or visit (甲拜会乙) is dated by the lead's sentence that reports it, not by the
    // meeting it came with (…会议5月30日至31日举行。5月29日晚,甲拜会前来出席会议的乙).
    if (headlineVerb && !aside && sentence.part === "lead" && !sentence.text.includes(headlineVerb)) {
      aside = found;
      continue;
    }
    if (!adoption && (ADOPTION_NOTE.test(sentence.text) || ADOPTED_COMMUNIQUE.test(sentence.text))) {
      adoption = found;
      continue;
    }
    // A national meeting a report goes on to study (党的…全会于10月28日至31日在北京召开。11月4日,集团召开…)
    // is its background: a later dated sentence of the lead reports the event.
    if (
      !background &&
      sentence.part === "lead" &&
      (BACKGROUND_MEETING.test(sentence.text) || BACKGROUND_VISIT.test(sentence.text))
    ) {
      background = found;
      continue;
    }
    return found;
  }
  if (aside) return aside;
  if (adoption ?? background) return adoption ?? background;
  // A lead that dates its event by the day before (昨天,…) and nothing to count back from gives no date:
  // not the one it announces for another meeting (决定…将于3月28日举行).
  const announced = () =>
    sentences.some((s) => RELATIVE_DAY.test(s.text)) ? null : firstAnnounced(sentences, context);
  const reference = context.relativeDays === false ? null : referenceOf(context, lead);
  if (!reference) return dayOfAMonthInFile(sentences, context) ?? announced();
  for (const sentence of sentences) {
    const found = dayOnlyDate(sentence, reference);
    if (found) return found;
  }
  return recentMonth(sentences, reference) ?? announced() ?? wireDate(lead, reference);
}

/**
 * A day the lead writes alone (…第四次会议3日下午在人民大会堂开幕) with nothing to read it against: the month
 * the file writes that day with elsewhere (a caption's 3月3日), when it writes it with one month only.
 */
function dayOfAMonthInFile(sentences: readonly Sentence[], context: DateContext): DateFinding | null {
  const monthDays = context.fileMonthDays?.() ?? [];
  if (!monthDays.length) return null;
  for (const sentence of sentences) {
    const m = [...sentence.text.matchAll(DAY_ONLY)].find(
      (d) => !FUTURE_BEFORE_DATE.test(sentence.text.slice(0, d.index)),
    );
    if (!m) continue;
    const day = Number(m[1]);
    const months = new Set(monthDays.filter((d) => d.day === day).map((d) => d.month));
    if (months.size !== 1) return null;
    const month = [...months][0]!;
    const date = iso(inferYear(month, day, context)?.year ?? null, month, day);
    return date
      ? { date, part: sentence.part, index: sentence.start + m.index, quote: m[0], confidence: DAY_CONFIDENCE.dayOnly }
      : null;
  }
  return null;
}

/** How sure a wire dateline's date is as the event's: a wire report is filed on the day of its news. */
const WIRE_CONFIDENCE = 0.6;

/**
 * The date of a wire report (新华社北京3月9日电, 人民网太原5月6日电) that gives no other: the day it was
 * filed. A local outlet's 讯 heads features and round-ups too, and dates none.
 */
function wireDate(lead: string, reference: Reference): DateFinding | null {
  const wire = DATELINE.exec(lead);
  if (!wire || reference.fromPublication || !wire[0].endsWith("电")) return null;
  const date = iso(reference.year, reference.month, reference.day);
  return date ? { date, part: "lead", index: wire.index, quote: wire[0], confidence: WIRE_CONFIDENCE } : null;
}

function firstAnnounced(sentences: readonly Sentence[], context: DateContext): DateFinding | null {
  for (const sentence of sentences) {
    const found = announcedDate(sentence, context);
    if (found) return found;
  }
  return null;
}

/** How sure the month of 近日 is: reports of "recent days" come out within days of the event. */
const RECENT_CONFIDENCE = 0.5;
/** Up to this day of its month a page may report 近日 an event of the month before: no month is given. */
const RECENT_SPAN_DAYS = 7;

/** "近日,…召开": the month of publication ("2024-03"), when the page came out late enough in it. */
function recentMonth(sentences: readonly Sentence[], reference: Reference): DateFinding | null {
  if (!reference.fromPublication || !reference.year || reference.day <= RECENT_SPAN_DAYS) return null;
  for (const sentence of sentences) {
    const m = RECENT_DAYS.exec(sentence.text);
    if (!m) continue;
    const quote = m[0].replace(/^[,，\s)]/, "");
    const index = sentence.start + m.index + m[0].length - quote.length;
    const date = `${reference.year}-${String(reference.month).padStart(2, "0")}`;
    return { date, part: sentence.part, index, quote, confidence: RECENT_CONFIDENCE };
  }
  return null;
}

/** The event's date alone; see `findEventDate`. */
export function eventDate(
  lead: string,
  title: string | null,
  context: DateContext,
  isEventSentence: (sentence: string) => boolean,
): string | null {
  return findEventDate(lead, title, context, isEventSentence)?.date ?? null;
}
