/**
 * One meeting, however many reports. Two reports describe the same meeting when they are in
 * the same province, on the same day (a report without a year matches on month and day), of
 * a compatible type, and either their titles are alike or they name the same people present.
 */
import { datesAgree } from "../../model/partial-date";

export interface MeetingFacts {
  province: string | null;
  date: string | null;
  meetingType: string | null;
  title: string | null;
  presentNames: readonly string[];
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
