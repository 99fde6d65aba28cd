/**
 * Pages that hold many short items, each an article: daily briefs ("12月18日,省政协召开…"),
 * chronicles (大事记: one entry per date, under year headings), bulletins whose items open with
 * ◆, and rundowns of numbered headlines ("1、全区…会议召开 甲出席并讲话").
 */
import { EVENT_SENTENCE } from "./lexicon/event-verbs";
import { isDigest, isDigestHeadline, MIN_PAIRED_STORIES, MIN_STORY_LENGTH, pairedReports } from "./digests";
import { HEADLINE_LENGTH, isBareHeadline, isDated, isHeading, withoutHeadlineBullet } from "./paragraph-shapes";
import { splitRunTogether } from "./chronicle-runs";
import { numberOf } from "./numerals";
import { teaserItems } from "./teasers";
import { keywordItems, labelledItems } from "./labelled-items";
import { runInHeadline, runInItems } from "./run-in-items";
import { isTitleLike } from "./line-shape";
import {
  datedMeetingReports,
  isEventLead,
  isPurposeLead,
  isRelativeDayLead,
  isWireLed,
  MIN_WIRE_ITEMS,
  relativeDayReports,
} from "./report-leads";
import {
  BARE_DAY,
  bareDayEntries,
  bareDayOf,
  isBareDayEntry,
  isChronicleEntry,
  isDayEntry,
  MIN_CHRONICLE_ENTRIES,
  MONTH_DAY,
  NAMED_SAME_MONTH,
  SAME_DAY,
  withoutDateMark,
} from "./chronicle-entries";
import {
  BULLET,
  DATE_HEADING,
  DAY_HEADING,
  DATED_BULLET,
  DAY_LED,
  MONTH_HEADING,
  NUMBERED_HEADING,
  PERIOD_HEADING,
  YEAR_HEADING,
} from "./lexicon/dates";

export interface Item {
  title: string | null;
  paragraphs: string[];
  /** The year heading the item stands under in a chronicle (1989年), which dates it. */
  year: number | null;
  /** In a yearbook's chronicle of days, the month heading and the day the entry stands under. */
  day?: { month: number; day: number };
}

/** A digest's issue dates on a line of their own ("2031年5月31日—2031年6月6日"): its header, not an item. */
const DATES_ONLY = /^[\d年月日\s—\-–~至()（）]+$/;

/** A photo's caption: a short paragraph that ends with its credit in brackets ("(某某日报记者某某摄,图片来源:…)"). */
const PHOTO_CREDIT_END = /[(（][^()（）]{0,30}摄[^()（）]{0,30}[)）]$/;
const CAPTION_LENGTH = 150;
const isPhotoCaption = (p: string) => p.length <= CAPTION_LENGTH && PHOTO_CREDIT_END.test(p);

/** An entry shorter than this is a fragment (a cut-off "△市政协"), not an article. */
const MIN_ENTRY_LENGTH = 8;

/** The fewest items that make a page of items. */
const MIN_ITEMS = 3;
/** A page of items with a title of its own (松岭县大事记) needs more of them, and most of its paragraphs. */
const MIN_ITEMS_UNDER_TITLE = 5;
const SENTENCE_PUNCT = /[。;；!?！？]/;

function isHeadline(paragraph: string): boolean {
  const rest = paragraph.replace(NUMBERED_HEADING, "");
  return rest !== paragraph && rest.length >= 6 && rest.length <= HEADLINE_LENGTH && !SENTENCE_PUNCT.test(rest);
}

/** A yearbook chronicle's month as a number alone on its line ("1" over "3日 市委召开…"), read only in a chronicle. */
const BARE_MONTH_HEADING = /^(1[0-2]|[1-9])$/;

/** A page that calls itself a chronicle (大事记): two entries make it a page of items. */
export const CHRONICLE_TITLE = /大事记|大事纪要|要事记|(?:执政|工作|政务)纪事/;
/** How many paragraphs of notes may stand before a chronicle's first entry. */
const CHRONICLE_NOTES = 2;
/** A headline over an item of a page of dated items. */
const isItemTitle = (p: string) => !isDated(p) && (isHeadline(p) || isBareHeadline(p));
const isBulleted = (p: string) => BULLET.test(p);
const isDatedBullet = (p: string) => DATED_BULLET.test(p);
/** An item's credit on a line of its own, in brackets: its reporters ("(甲乙 丙丁)"), no sentence. */
const CREDIT_LINE = /^[(（][^()（）,，。;；:：]{2,24}[)）]$/;

/**
 * Whether dated bulleted items ("●11月26日,…") are most of the paragraphs from the first of them to the
 * last, their credit lines not counted: a brief page, each item an event of its own, whatever tail
 * (副市长某某参加汇报会。) or credit stands under an item and whatever furniture follows the last.
 */
function datedBrief(body: readonly string[], titled: boolean): boolean {
  // Under a title of its own (某街道 | 一周工作播报), a brief needs more items.
  const fewest = titled ? MIN_ITEMS_UNDER_TITLE : MIN_ITEMS;
  const first = body.findIndex(isDatedBullet);
  if (first < 0) return false;
  const last = body.findLastIndex(isDatedBullet);
  const span = body.slice(first, last + 1).filter((p) => !CREDIT_LINE.test(p));
  const items = span.filter(isDatedBullet).length;
  return (items >= fewest && items * 2 >= span.length) || (!titled && onlyDatedBullets(body));
}

/** A page of two dated items and nothing else but their credits ("●1月12日,…" "●1月12日,…" "(记者 某某)"): two reports. */
function onlyDatedBullets(body: readonly string[]): boolean {
  const text = body.filter((p) => !CREDIT_LINE.test(p));
  return text.length >= 2 && text.every(isDatedBullet);
}

const isDateHeading = (p: string) => DATE_HEADING.test(p);
/** A paragraph that goes on with the entry above it (会议强调…, 他指出…), not an event of its own. */
const GOES_ON = /^(?:会议|会上|会前|会后|他|她|其间|期间|随后|此外|同时|并|强调|指出|要求|据悉|据了解)/;
/** The fewest dates on lines of their own that make a chronicle of them. */
const MIN_DATE_HEADINGS = 2;

/** Whether a line opens a chronicle's entry: an item's opener, a day (十二日…) or the same day or month (同日…). */
export function opensEntry(line: string): boolean {
  return opensItem(line) || DAY_LED.test(line) || SAME_DAY.test(line) || NAMED_SAME_MONTH.test(line);
}

/** Whether a line opens an item of a page of items: a date, a day, a bullet or a numbered headline. */
export function opensItem(line: string): boolean {
  return (
    isDated(withoutDateMark(line)) ||
    DAY_HEADING.test(line) ||
    isBulleted(line) ||
    isDatedBullet(line) ||
    isHeadline(line) ||
    isPurposeLead(line) ||
    runInHeadline(line) !== null
  );
}

/** A year or month heading on a line of its own: a paragraph alone. */
export function isChronicleHeading(line: string): boolean {
  return isHeading(line);
}

/** How many dated paragraphs stand under a headline of their own (a newsletter's items). */
export function headedItemCount(paragraphs: readonly string[]): number {
  return paragraphs.filter((p, i) => isDated(p) && i > 0 && isItemTitle(paragraphs[i - 1]!)).length;
}

/** The fewest headed items that make a newsletter, its first headline taken for the page's title. */
export const MIN_HEADED_ITEMS = MIN_ITEMS;

/**
 * A date written as an entry's label, the entry's text right after it: no comma, no time of day,
 * no 在 (1月18日县委召开…, as a chronicle writes it; a report writes 1月18日,… or 1月18日上午…).
 */
const LABEL_DATE = /^(?:\d{4}年)?(\d{1,2})月(\d{1,2})日(?=[\u4e00-\u9fff])(?![上下中早晚凌午前后起以至到是在])/;

/** Whether the dated paragraphs are entries: each opens with a label date, each later than the one before. */
function labelledEntries(dated: readonly string[]): boolean {
  let last = 0;
  for (const paragraph of dated) {
    const m = LABEL_DATE.exec(paragraph);
    const day = m ? Number(m[1]) * 100 + Number(m[2]) : 0;
    if (day <= last) return false;
    last = day;
  }
  return dated.length >= MIN_CHRONICLE_ENTRIES;
}

/** Which kind of opener splits these paragraphs into items, if any. */
function openerOf(
  paragraphs: readonly string[],
  titled: boolean,
  chronicle: boolean,
  monthKnown: boolean,
): ((p: string) => boolean) | null {
  const body = paragraphs.filter((p) => !isHeading(p));
  const count = (test: (p: string) => boolean) => body.filter(test).length;
  // A chronicle of one month whose entries open with their day alone (3 市委…, 10 市长…).
  if (chronicle && monthKnown && bareDayEntries(body)) return isBareDayEntry;
  // A year heading of its own (1989年) makes a page a chronicle as its title does.
  chronicle ||= paragraphs.some((p) => YEAR_HEADING.test(p));
  // A chronicle's entries start at once, or after a note (按:…) or two.
  if (chronicle && body.slice(0, CHRONICLE_NOTES + 1).some(isDated) && count(isChronicleEntry) >= MIN_CHRONICLE_ENTRIES)
    return isChronicleEntry;
  // Dates on lines of their own (△12月3日(星期四)), each over the day's entries.
  if (count(isDateHeading) >= MIN_DATE_HEADINGS) return isDateHeading;
  // Untitled entries, each under its label date (1月18日县委召开…): two make a page of entries.
  if (!titled && LABEL_DATE.test(body[0] ?? "") && labelledEntries(body.filter(isDated))) return isChronicleEntry;
  const most = (n: number) => n >= MIN_ITEMS_UNDER_TITLE && n * 2 >= body.length;
  const dated = count(isDated);
  const eventful = count((p) => isDated(p) && EVENT_SENTENCE.test(p.slice(0, 80)));
  // A brief without a title opens with its first dated item, or dated entries are most of it; with a
  // title, dated entries are most of the page, and more of them.
  const untitledMost = !titled && dated >= MIN_ITEMS && dated * 2 >= body.length;
  // A round-up under lines of furniture and an introduction: from its first dated item on, dated events are most of it.
  const firstDated = body.findIndex(isDated);
  const roundUp = !titled && eventful >= MIN_ITEMS && firstDated >= 0 && dated * 2 >= body.length - firstDated;
  // A page of leads without titles, each dated after its subject or purpose (某常委会2月27日召开会议…,
  // 为贯彻…,4月23日,…): each paragraph is an event of its own when all of them are such leads.
  const leads = count(isEventLead);
  if (!titled && leads >= MIN_ITEMS && leads === body.length && leads > dated) return isEventLead;
  // Wire reports one after another, each opening with its dateline (新华社北京2月24日电 …): two make a page of them.
  const wires = count(isWireLed);
  if (wires >= MIN_WIRE_ITEMS && wires * 2 >= body.length) return isWireLed;
  if (relativeDayReports(body)) return isRelativeDayLead;
  if (!titled && datedMeetingReports(body)) return isDated;
  // A newsletter's items: each a headline (numbered or bare) over a dated paragraph.
  if (headedItemCount(body) >= MIN_ITEMS || twoHeadedItems(body)) return isDated;
  if ((!titled && eventful >= MIN_ITEMS && isDated(body[0] ?? "")) || untitledMost || roundUp || most(dated))
    return isDated;
  // A yearbook's days: "1日…" entries, and △ entries under them; under a month heading one day may hold them all.
  const days = count((p) => DAY_LED.test(p) && !isDated(p));
  const entries = count(isDayEntry);
  const underMonth = paragraphs.some((p) => MONTH_HEADING.test(p));
  if ((days >= 2 || (days === 1 && underMonth)) && entries >= MIN_ITEMS && entries * 2 >= body.length)
    return isDayEntry;
  const bulleted = count(isBulleted);
  if ((!titled && bulleted >= MIN_ITEMS && bulleted * 2 >= body.length) || most(bulleted)) return isBulleted;
  if (datedBrief(body, titled)) return isDatedBullet;
  const headlines = count(isHeadline);
  if (headlines >= MIN_ITEMS && headlines * 2 >= body.length && dated === 0) return isHeadline;
  return isDigest(body) ? isDigestHeadline : null;
}

/**
 * A page that opens with a headline and whose every dated paragraph stands under one of its own: two
 * such items already make a newsletter (a bulletin's page of two reports).
 */
function twoHeadedItems(body: readonly string[]): boolean {
  const headed = headedItemCount(body);
  return headed === 2 && isItemTitle(body[0] ?? "") && body.filter(isDated).length === headed;
}

/** Whether the last item is a headline without its story yet: a short line under it is its story, cut short. */
const headlineAbove = (items: readonly Item[]) => items.length > 0 && items[items.length - 1]!.paragraphs.length === 0;

/**
 * The items of a page of items, or null when the paragraphs are one article. Paragraphs before the
 * first item are the page's introduction; a paragraph that opens no item belongs to the item before
 * it; a numbered headline over a dated item is its title.
 */
export function pageItems(
  written: readonly string[],
  titled: boolean,
  chronicle: { year: number | null; month?: number | null } | null = null,
): Item[] | null {
  const marked = written.map(withoutDateMark);
  const paragraphs = chronicle || marked.some((p) => YEAR_HEADING.test(p)) ? splitRunTogether(marked) : marked;
  const teasers = teaserItems(paragraphs);
  if (teasers) return teasers;
  const runIn = runInItems(paragraphs) ?? labelledItems(paragraphs) ?? keywordItems(paragraphs);
  if (runIn) return runIn;
  const opens = openerOf(paragraphs, titled, chronicle !== null, Boolean(chronicle?.month));
  if (!opens) return null;
  const items: Item[] = [];
  // A chronicle's title names its year ("…大事记(2031年3月)"): its entries stand under it.
  let year: number | null = chronicle?.year ?? null;
  let month: number | null = chronicle?.month ?? null;
  let day: number | null = null;
  let pendingTitle: string | null = null;
  /** A newsletter: its items are headlines over dated ledes. */
  const headedPage = opens === isDated && headedItemCount(paragraphs) >= MIN_ITEMS;
  /** A list page of dated leads, none under a headline of its own. */
  const unheadedLeads = opens === isDated && headedItemCount(paragraphs) === 0;
  /** The date on a line of its own that the next paragraphs stand under ("12月3日"), which opens each entry. */
  let dateAbove: string | null = null;
  for (const [at, paragraph] of paragraphs.entries()) {
    const heading = YEAR_HEADING.exec(paragraph);
    const monthHeading =
      MONTH_HEADING.exec(paragraph) ??
      (chronicle && DAY_LED.test(paragraphs[at + 1] ?? "") ? BARE_MONTH_HEADING.exec(paragraph) : null);
    const period = PERIOD_HEADING.exec(paragraph);
    if (heading) {
      year = numberOf(heading[1]!);
    } else if (monthHeading) {
      month = numberOf(monthHeading[1]!);
    } else if (period) {
      [year, month] = [Number(period[1]), Number(period[2])];
    } else if (items.length && isPhotoCaption(paragraph)) {
      // A photo's caption under an item (…调研,察看…(记者某某摄)): the item's, however it is dated.
      items[items.length - 1]!.paragraphs.push(paragraph);
    } else if (opens === isDateHeading && isDateHeading(paragraph)) {
      const date = DATE_HEADING.exec(paragraph)!;
      dateAbove = `${date[1]}月${date[2]}日`;
    } else if (opens === isDateHeading && dateAbove && !(GOES_ON.test(paragraph) && items.length)) {
      items.push({ title: null, paragraphs: [dateAbove, paragraph], year });
    } else if (opens === isDigestHeadline && isDigestHeadline(paragraph)) {
      if (headlineAbove(items)) items[items.length - 1]!.paragraphs.push(paragraph);
      else items.push({ title: paragraph, paragraphs: [], year });
    } else if (opens === isDayEntry && isDayEntry(paragraph)) {
      const dayLed = DAY_LED.exec(paragraph);
      if (dayLed) day = numberOf(dayLed[1]!);
      const dated = month && day ? { day: { month, day } } : {};
      items.push({ title: null, paragraphs: [paragraph.replace(BULLET, "")], year, ...dated });
    } else if (opens === isBareDayEntry && month && isBareDayEntry(paragraph)) {
      day = bareDayOf(paragraph)!;
      items.push({ title: null, paragraphs: [paragraph.replace(BARE_DAY, "")], year, day: { month, day } });
    } else if (opens === isHeadline && isHeadline(paragraph)) {
      items.push({ title: paragraph.replace(NUMBERED_HEADING, ""), paragraphs: [], year });
    } else if (opens !== isHeadline && isHeadline(paragraph)) {
      const title = paragraph.replace(NUMBERED_HEADING, "");
      const next = paragraphs[at + 1] ?? "";
      // A newsletter's numbered item whose lede gives no date (为…,某台推出…): its headline still opens it.
      if (headedPage && !isDated(next) && !isHeadline(next) && next.length >= MIN_STORY_LENGTH)
        items.push({ title, paragraphs: [], year });
      else pendingTitle = title;
    } else if (opens === isDated && isBareHeadline(paragraph) && isDated(paragraphs[at + 1] ?? "")) {
      pendingTitle = withoutHeadlineBullet(paragraph);
    } else if (headedPage && isBareHeadline(paragraph) && (paragraphs[at + 1] ?? "").length >= MIN_STORY_LENGTH) {
      // A newsletter's item whose lede gives no date (近日,…; cut short): its headline still opens it.
      items.push({ title: paragraph, paragraphs: [], year });
    } else if (opens === isChronicleEntry && month && DAY_LED.test(paragraph) && !isDated(paragraph)) {
      // A day alone under an entry that named its month (2月18日…, then 26日…): an entry of that month.
      day = numberOf(DAY_LED.exec(paragraph)![1]!);
      items.push({ title: null, paragraphs: [paragraph], year, day: { month, day } });
    } else if (opens === isChronicleEntry && isChronicleEntry(paragraph)) {
      const monthDay = MONTH_DAY.exec(paragraph);
      if (monthDay) [month, day] = [Number(monthDay[1]), Number(monthDay[2])];
      const sameDay = SAME_DAY.test(paragraph) && month && day ? { day: { month, day } } : {};
      items.push({ title: null, paragraphs: [paragraph.replace(BULLET, "")], year, ...sameDay });
    } else if (
      opens === isDated &&
      unheadedLeads &&
      items.length &&
      isTitleLike(paragraph, false) &&
      isPurposeLead(paragraphs[at + 1] ?? "")
    ) {
      // A page of leads none of which stands under a headline: a headline between them is an item
      // printed as its headline alone, not the title of the lead after it.
      items.push({ title: paragraph, paragraphs: [], year });
    } else if (opens === isDated && isPurposeLead(paragraph)) {
      items.push({ title: pendingTitle, paragraphs: [paragraph], year });
      pendingTitle = null;
    } else if (opens(paragraph)) {
      const text = paragraph.replace(opens === isDatedBullet ? DATED_BULLET : BULLET, "");
      items.push({ title: pendingTitle, paragraphs: [text], year });
      pendingTitle = null;
    } else if (
      (opens === isBulleted || opens === isDatedBullet || opens === isDated) &&
      SAME_DAY.test(paragraph) &&
      items.length
    ) {
      // A bulleted or dated entry's next event of the same day (★8月4日…, then 同日…): an entry of that day.
      // Its date is the entry's before it, written over it as a dated line would be.
      const monthDay = MONTH_DAY.exec(items[items.length - 1]!.paragraphs[0] ?? "");
      const date = monthDay ? [`${monthDay[1]}月${monthDay[2]}日`] : [];
      items.push({ title: null, paragraphs: [...date, paragraph], year });
    } else if (items.length) {
      items[items.length - 1]!.paragraphs.push(paragraph);
    }
  }
  const entries = items.filter(
    (item) =>
      (item.title ?? "").length + item.paragraphs.join("").length >= MIN_ENTRY_LENGTH &&
      (item.title !== null || !DATES_ONLY.test(item.paragraphs.join(""))),
  );
  const fewest =
    opens === isChronicleEntry || opens === isBareDayEntry
      ? MIN_CHRONICLE_ENTRIES
      : opens === isWireLed || opens === isRelativeDayLead
        ? MIN_WIRE_ITEMS
        : (opens === isDated && twoHeadedItems(paragraphs) && entries.every((item) => item.title !== null)) ||
            (opens === isDatedBullet && onlyDatedBullets(paragraphs)) ||
            (opens === isDated && !titled && datedMeetingReports(paragraphs.filter((p) => !isHeading(p))))
          ? 2
          : opens === isDigestHeadline && pairedReports(paragraphs.filter((p) => !isHeading(p)))
            ? MIN_PAIRED_STORIES
            : MIN_ITEMS;
  return entries.length >= fewest ? entries : null;
}
