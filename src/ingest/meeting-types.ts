import { CONVENES_MEETING, MEETING_TYPES, MEETING_VERBS } from "./lexicon/meeting-types";

/** The meeting type named earliest in the text, or null. */
export function meetingTypeIn(text: string): string | null {
  let best: { index: number; type: string } | null = null;
  for (const { pattern, type } of MEETING_TYPES) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, type };
  }
  return best?.type ?? null;
}

/** Whether the title and lead report a meeting, and of which type. */
export function classifyMeeting(
  title: string | null,
  lead: string,
): { isMeeting: boolean; meetingType: string | null } {
  const meetingType = (title ? meetingTypeIn(title) : null) ?? meetingTypeIn(lead);
  const isMeeting = meetingType !== null || MEETING_VERBS.test(title ?? "") || CONVENES_MEETING.test(lead);
  return { isMeeting, meetingType };
}
