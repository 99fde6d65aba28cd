/**
 * List pages whose items each stand under a date line of their own ("2023/02/01", then the item's
 * fields or text): each is an article published that day. A headline written right before its date
 * line belongs to the item that date opens.
 */
import { DATE_ALONE } from "./lexicon/dates";
import { hasHan } from "./line-shape";

/** The fewest date lines that make a list page. */
const MIN_DATED_ITEMS = 3;

export interface DatedItem {
  /** The item's date line; null for a last item cut off before its own. */
  published: string | null;
  lines: string[];
}

const pad = (n: string) => n.padStart(2, "0");

function dateOf(line: string): string | null {
  const m = DATE_ALONE.exec(line);
  if (!m) return null;
  const [month, day] = [Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` : null;
}

/** Chinese characters an item's text holds at least: less after the last date line is a page's footer. */
const MIN_ITEM_HAN = 30;
/** What a press release prints between its text and its date: its end mark (完, -完-), its time (香港时间16时30分). */
const END_MARK = /^[(（\-—]*完[)）\-—]*$/;
const TIME_LINE = /^[\u4e00-\u9fff]{0,4}时间\s*\d{1,2}[时:]\d{1,2}分?$/;

/**
 * Press releases that print their date under their text (…完, 2031年3月4日(星期二), 香港时间16时30分):
 * each date line closes the release above it. Their end marks and times are not text.
 */
function closedItems(
  lines: readonly string[],
  dated: readonly DateLine[],
  /** Whether each item is a headline over its text, the text after the last date line an item cut off before its date. */
  cutOff: boolean,
  isHeadline: (line: string) => boolean,
): DatedItem[] {
  const items: DatedItem[] = dated.map(({ at, date }, i) => ({
    published: date,
    lines: lines
      .slice(i ? dated[i - 1]!.at + 1 : 0, at)
      .filter((line) => !END_MARK.test(line) && !TIME_LINE.test(line)),
  }));
  if (!cutOff) return items;
  // The page's furniture above the first headline is no part of the first item.
  const first = items[0]!.lines;
  const text = first.findIndex((line) => hasHan(line, MIN_ITEM_HAN));
  if (text > 0 && isHeadline(first[text - 1]!)) items[0]!.lines = first.slice(text - 1);
  items.push({ published: null, lines: lines.slice(dated[dated.length - 1]!.at + 1) });
  return items;
}

interface DateLine {
  at: number;
  date: string;
}

/**
 * Whether the items between two date lines end with text, most of them under a headline, and the text
 * after the last date line opens with a headline too: a news list whose dates close their items (headline, text,
 * "要闻 2031年4月9日"), its last item cut off before its date.
 */
function headlinesOverText(
  lines: readonly string[],
  dated: readonly DateLine[],
  isHeadline: (line: string) => boolean,
): boolean {
  const between = dated.slice(1).map(({ at }, i) => lines.slice(dated[i]!.at + 1, at).filter(Boolean));
  const after = lines.slice(dated[dated.length - 1]!.at + 1).filter(Boolean);
  const headed = between.filter((item) => isHeadline(item[0]!)).length;
  return (
    between.every((item) => item.length >= 2 && !isHeadline(item[item.length - 1]!)) &&
    headed * 2 > between.length &&
    after.length > 0 &&
    isHeadline(after[0]!)
  );
}

/**
 * Whether each of a page's date lines stands under a headline and over its item's text, with no
 * text above the first headline: two such items already make a list page ("工作动态" over two news).
 */
function headlinedItems(lines: readonly string[], dated: readonly DateLine[], isHeadline: (line: string) => boolean) {
  const first = dated[0]!.at;
  return (
    first > 0 &&
    !hasHan(lines.slice(0, first - 1).join(""), MIN_ITEM_HAN) &&
    dated.every(({ at }, i) => {
      const end = i + 1 < dated.length ? dated[i + 1]!.at - 1 : lines.length;
      return at > 0 && isHeadline(lines[at - 1]!) && hasHan(lines.slice(at + 1, end).join(""), MIN_ITEM_HAN);
    })
  );
}

/**
 * The items of a page of dated items, or null when its lines hold fewer than `MIN_DATED_ITEMS`
 * date lines (two, when both are headlined items). What stands before the first item is the page's introduction, not an article; when
 * text stands before the first date line and none after the last, the dates close their items.
 */
export function datedItems(lines: readonly string[], isHeadline: (line: string) => boolean): DatedItem[] | null {
  const dated = lines.flatMap((line, i) => {
    const date = dateOf(line);
    return date ? [{ at: i, date }] : [];
  });
  if (dated.length < 2 || (dated.length < MIN_DATED_ITEMS && !headlinedItems(lines, dated, isHeadline))) return null;
  const textBefore = hasHan(lines.slice(0, dated[0]!.at).join(""), MIN_ITEM_HAN);
  const textAfter = hasHan(lines.slice(dated[dated.length - 1]!.at + 1).join(""), MIN_ITEM_HAN);
  if (textBefore && !textAfter) return closedItems(lines, dated, false, isHeadline);
  if (textBefore && headlinesOverText(lines, dated, isHeadline)) return closedItems(lines, dated, true, isHeadline);
  const starts = dated.map(({ at }, i) => {
    const before = at - 1;
    // The item before keeps at least one line after its date line.
    const earliest = i ? dated[i - 1]!.at + 2 : 0;
    return before >= earliest && isHeadline(lines[before]!) ? before : at;
  });
  return dated.map(({ at, date }, i) => ({
    published: date,
    lines: [...lines.slice(starts[i], at), ...lines.slice(at + 1, starts[i + 1] ?? lines.length)],
  }));
}
