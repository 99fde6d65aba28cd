/** The year a chronicle's or a yearbook's entries stand in, from the page's title and first lines. */
import { numberOf } from "./numerals";
import { CHRONICLE_TITLE } from "./items";

const YEAR_NAMED = /(\d{4}|[〇零○一二三四五六七八九]{4})年(?:(\d{1,2})月)?/;
/** A month's chronicle named with its year and month run together or dotted: "盐城大事记202008", "大事记2020.08". */
const COMPACT_MONTH = /(?<!\d)((?:19|20)\d{2})[.-]?(0[1-9]|1[0-2])(?!\d)/;
/** The period a chronicle covers, on the line under its title: "(2011年6月)". */
const PERIOD_LINE = /^[(（]?(\d{4})年(?:(\d{1,2})月)?[)）]?$/;

/**
 * Whether a page calls itself a chronicle (大事记), in its title or first paragraph, and the year
 * (and month) it names there or on the line under it.
 */
export function chronicleOf(
  title: string | null,
  paragraphs: readonly string[],
): { year: number | null; month: number | null } | null {
  // A site's name may stand above the page's own title as its first line (盐城档案局 over 盐城大事记202008).
  const heads = [title, ...paragraphs.slice(0, 2)];
  const at = heads.findIndex((line) => line && CHRONICLE_TITLE.test(line));
  if (at < 0) return null;
  const period = heads
    .slice(at)
    .map((line) =>
      !line
        ? null
        : CHRONICLE_TITLE.test(line)
          ? (YEAR_NAMED.exec(line) ?? COMPACT_MONTH.exec(line))
          : PERIOD_LINE.exec(line),
    )
    .find((found) => found);
  return { year: period ? numberOf(period[1]!) : null, month: period?.[2] ? Number(period[2]) : null };
}

/** A yearbook's volume, named for the year it came out: "2013卷保定年鉴", "保定年鉴(2013卷)". */
const YEARBOOK_VOLUME = /(\d{4})卷[^\s,，。]{0,12}年鉴|年鉴[(（]?(\d{4})卷/;
/** How many lines at the top of a page (its furniture too) may name its yearbook's volume. */
const VOLUME_LINES = 5;

/** The year a yearbook's volume records, the one before the volume's own, from the page's first lines. */
export function yearbookYear(lines: readonly string[]): number | null {
  const m = YEARBOOK_VOLUME.exec(lines.slice(0, VOLUME_LINES).join("\n"));
  return m ? Number(m[1] ?? m[2]) - 1 : null;
}
