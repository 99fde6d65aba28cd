/**
 * List pages whose items each stand under a date line of their own ("2023/02/01", then the item's
 * fields or text): each is an article published that day. A headline written right before its date
 * line belongs to the item that date opens.
 */
import { DATE_ALONE } from "./lexicon/dates";

/** The fewest date lines that make a list page. */
const MIN_DATED_ITEMS = 3;

export interface DatedItem {
  published: string;
  lines: string[];
}

const pad = (n: string) => n.padStart(2, "0");

function dateOf(line: string): string | null {
  const m = DATE_ALONE.exec(line);
  if (!m) return null;
  const [month, day] = [Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` : null;
}

/**
 * The items of a page of dated items, or null when its lines hold fewer than `MIN_DATED_ITEMS`
 * date lines. What stands before the first item is the page's introduction, not an article.
 */
export function datedItems(lines: readonly string[], isHeadline: (line: string) => boolean): DatedItem[] | null {
  const dated = lines.flatMap((line, i) => {
    const date = dateOf(line);
    return date ? [{ at: i, date }] : [];
  });
  if (dated.length < MIN_DATED_ITEMS) return null;
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
