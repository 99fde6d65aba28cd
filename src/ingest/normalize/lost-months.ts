/**
 * Some pages lose the character 月 between a month and its day (35日 for 3月5日, 611日 for 6月11日,
 * 2022年33日 for 2022年3月3日), as a stored copy drops it. A day number no month can hold (above 31)
 * that reads as one month and one day in only one way is written back with its 月 — not a count of
 * days (45日内, 提前45日, 第120日).
 */
const RUN_TOGETHER = /(?<![\d.\-/:：月第每共近约达满前历])(\d{2,4})日(?![内以之后前])/g;

const LAST_DAY = 31;
const MONTHS = 12;

/** The month and day a run of digits above 31 can only be, or null when it is none or two. */
function monthAndDay(digits: string): [number, number] | null {
  if (Number(digits) <= LAST_DAY) return null;
  const readings: [number, number][] = [];
  for (const cut of [1, 2]) {
    const [monthDigits, dayDigits] = [digits.slice(0, cut), digits.slice(cut)];
    if (!dayDigits || monthDigits.startsWith("0") || dayDigits.startsWith("0")) continue;
    const [month, day] = [Number(monthDigits), Number(dayDigits)];
    if (month <= MONTHS && day <= LAST_DAY) readings.push([month, day]);
  }
  return readings.length === 1 ? readings[0]! : null;
}

/**
 * A chronicle's entry opening with its day (3日): there a run of digits (69日) is more likely a range that
 * lost its dash. Entries that open with no day a month holds (71日, 73日) are a chronicle's that lost its 月.
 */
const DAY_ENTRY = /^[ \t\u3000]*(\d{1,2})日/gm;
/** What stands before a run of digits that opens its line: spaces only. */
const LINE_OPENING = /^[ \t\u3000]*$/;
const FEWEST_DAY_ENTRIES = 2;

export function restoreLostMonths(text: string): string {
  if (!text.includes("日")) return text;
  let dayEntries = 0;
  for (const m of text.matchAll(DAY_ENTRY)) if (Number(m[1]) <= LAST_DAY) dayEntries++;
  const chronicle = dayEntries >= FEWEST_DAY_ENTRIES;
  return text.replace(RUN_TOGETHER, (whole, digits: string, at: number) => {
    const found = monthAndDay(digits);
    if (!found || (chronicle && LINE_OPENING.test(text.slice(text.lastIndexOf("\n", at) + 1, at)))) return whole;
    return `${found[0]}月${found[1]}日`;
  });
}
