import {
  CEREMONY_TITLE,
  CONVENES_MEETING,
  MEETING_TYPES,
  MEETING_VERBS,
  PARTY_DAY,
  STUDIED_MEETING_AFTER,
  VISIT_TITLE,
} from "./lexicon/meeting-types";
import { SPEECH_ON_A_VISIT } from "./lexicon/hosts";

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

/** The first match of the pattern in a lead that is not a meeting whose spirit is studied (…会议精神). */
function heldMeeting(pattern: RegExp, text: string, part: MeetingTypeFinding["part"]): RegExpExecArray | null {
  const m = pattern.exec(text);
  if (!m || part === "title" || !STUDIED_MEETING_AFTER.test(text.slice(m.index + m[0].length))) return m;
  const rest = heldMeeting(pattern, text.slice(m.index + m[0].length), part);
  if (rest) rest.index += m.index + m[0].length;
  return rest;
}

function typeNamedIn(text: string, part: MeetingTypeFinding["part"]): MeetingTypeFinding | null {
  let best: MeetingTypeFinding | null = null;
  for (const { pattern, type } of MEETING_TYPES) {
    const m = heldMeeting(pattern, text, part);
    if (m && (!best || m.index < best.index))
      best = { type, part, index: m.index, quote: m[0], confidence: PART_CONFIDENCE[part] };
  }
  return best;
}

/** The meeting type named earliest in the text, or null. */
export function meetingTypeIn(text: string): string | null {
  return typeNamedIn(text, "lead")?.type ?? null;
}

const SENTENCE_END = /[。！？!?\n]/;

/** The lead's first sentence. */
function firstSentence(lead: string): string {
  const end = lead.search(SENTENCE_END);
  return end < 0 ? lead : lead.slice(0, end);
}

/**
 * What opens the lead: its first sentence, or the first two when the first only brings a delegation
 * (某省党政代表团抵某地考察。下午,两省在某市举行工作交流座谈会): the visit's meeting is what is reported.
 */
function openingOf(lead: string): string {
  const first = firstSentence(lead);
  if (!first.includes("代表团") || first.length >= lead.length) return first;
  return `${first}。${firstSentence(lead.slice(first.length + 1))}`;
}

/** Whether the title and lead report a meeting, and of which type, with the words that named it. */
/** The title of a notice, a bulletin or a public list: 关于召开各部门负责人会议的通知. */
const NOTICE_TITLE = /^关于[^。]{2,80}的(?:通知|通告|公告|公示|函)$/;

export function classifyMeeting(
  title: string | null,
  lead: string,
): { isMeeting: boolean; meetingType: string | null; finding: MeetingTypeFinding | null } {
  const inTitle = title ? typeNamedIn(title, "title") : null;
  // A visit's title (参观…, 考察…) says what is reported: a meeting its lead names is on the way. With
  // no title, the lead's first sentence says it (省长甲在某州调研时强调…), when it names no meeting held.
  const opening = title === null ? openingOf(lead) : null;
  const visit =
    !inTitle &&
    (title !== null
      ? (VISIT_TITLE.test(title.replace(SPEECH_ON_A_VISIT, "")) && !MEETING_VERBS.test(title)) ||
        CEREMONY_TITLE.test(title)
      : VISIT_TITLE.test(opening!) &&
        !MEETING_VERBS.test(opening!) &&
        !CONVENES_MEETING.test(opening!) &&
        !typeNamedIn(opening!, "lead"));
  // A 主题党日 its title or its lead's opening reports, with no meeting named there: the meetings
  // further on are not what is reported either.
  const said = title ?? opening!;
  const partyDay = !inTitle && said.includes("党日") && PARTY_DAY.test(said) && !typeNamedIn(said, "lead");
  const finding = inTitle ?? (visit || partyDay ? null : typeNamedIn(lead, "lead"));
  // A notice (关于召开…会议的通知) announces a meeting or something else: it reports none.
  if (title !== null && NOTICE_TITLE.test(title)) return { isMeeting: false, meetingType: null, finding: null };
  const isMeeting =
    finding !== null ||
    (!partyDay && !visit && MEETING_VERBS.test(title ?? "")) ||
    (!visit && !partyDay && CONVENES_MEETING.test(lead));
  return { isMeeting, meetingType: finding?.type ?? null, finding };
}
