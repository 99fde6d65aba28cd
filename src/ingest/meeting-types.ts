import { CONVENES_MEETING, MEETING_TYPES, MEETING_VERBS } from "./lexicon/meeting-types";

/** Where a meeting type is named: the type, the words that name it and where they stand. */
export interface MeetingTypeFinding {
  type: string;
  part: "title" | "lead";
  index: number;
  quote: string;
  confidence: number;
}

/** A type named in the title is the report's subject; one in the lead may be another meeting it mentions. */
const PART_CONFIDENCE = { title: 0.9, lead: 0.7 } as const;

function typeNamedIn(text: string, part: MeetingTypeFinding["part"]): MeetingTypeFinding | null {
  let best: MeetingTypeFinding | null = null;
  for (const { pattern, type } of MEETING_TYPES) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.index))
      best = { type, part, index: m.index, quote: m[0], confidence: PART_CONFIDENCE[part] };
  }
  return best;
}

/** The meeting type named earliest in the text, or null. */
export function meetingTypeIn(text: string): string | null {
  return typeNamedIn(text, "lead")?.type ?? null;
}

/** Whether the title and lead report a meeting, and of which type, with the words that named it. */
export function classifyMeeting(
  title: string | null,
  lead: string,
): { isMeeting: boolean; meetingType: string | null; finding: MeetingTypeFinding | null } {
  const finding = (title ? typeNamedIn(title, "title") : null) ?? typeNamedIn(lead, "lead");
  const isMeeting = finding !== null || MEETING_VERBS.test(title ?? "") || CONVENES_MEETING.test(lead);
  return { isMeeting, meetingType: finding?.type ?? null, finding };
}
