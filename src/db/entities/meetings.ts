/**
 * One meeting, however many reports. Two reports describe the same meeting when they are in
 * the same province, on the same day (a report without a year matches on month and day), of
 * a compatible type, and either their titles are alike or they name the same people present.
 */
export interface MeetingFacts {
  province: string | null;
  date: string | null;
  meetingType: string | null;
  title: string | null;
  presentNames: readonly string[];
}

/** A date to the day: "2023-10-26", or "--10-26" when the year is unknown. */
const TO_THE_DAY = /^(\d{4}|-)-\d{2}-\d{2}$/;

export function datesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b || !TO_THE_DAY.test(a) || !TO_THE_DAY.test(b)) return false;
  if (a.startsWith("--") || b.startsWith("--")) return a.slice(-5) === b.slice(-5);
  return a === b;
}

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/\s+/g, "")];
  return new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]));
}

/** Share of the shorter title's character pairs that the other title has too. */
export function titleSimilarity(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const x = bigrams(a);
  const y = bigrams(b);
  const shared = [...x].filter((g) => y.has(g)).length;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

export function sameMeeting(a: MeetingFacts, b: MeetingFacts): boolean {
  if (!a.province || a.province !== b.province) return false;
  if (a.meetingType && b.meetingType && a.meetingType !== b.meetingType) return false;
  if (!datesAgree(a.date, b.date)) return false;
  const sharedPeople = a.presentNames.filter((n) => b.presentNames.includes(n)).length;
  return titleSimilarity(a.title, b.title) >= 0.6 || sharedPeople >= 1;
}

/** The more precise of two dates for the same meeting: a full date over "--MM-DD". */
export function preciserDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length || (a.startsWith("--") && !b.startsWith("--")) ? b : a;
}

export function monthOfDate(date: string | null): string | null {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}
