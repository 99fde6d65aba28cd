/**
 * Leads that open reports of their own on a page that runs them one after another without titles: a
 * lead dated after its subject or purpose, a wire dateline, a paper's 昨天… lead, a dated lead that
 * holds a meeting of its own. `pageItems` splits a page at them.
 */
import { EVENT_SENTENCE } from "./lexicon/event-verbs";
import { DATE_LED, RELATIVE_DAY_LEDE, WIRE_LED } from "./lexicon/dates";
import { isDated } from "./paragraph-shapes";

/**
 * A lead that names its date after its subject or its purpose, as a page of leads writes it: 某党委常委会2月27日上午
 * 召开会议…, 为贯彻…精神,4月23日,…论坛在某市举行. An event of its own, whatever paragraph stands before it.
 */
const SUBJECT_DATED = /^[^,，。;；、“”]{2,24}?\d{1,2}月\d{1,2}日[上下中]?午?(?:召开|举行|主持召开|组织召开)/;
const PURPOSE_DATED = /^(?:为|为了|根据|按照|围绕)[^。;；]{2,120}?[,，]\d{1,2}月\d{1,2}日[上下中]?午?[,，]/;
export const isEventLead = (p: string) =>
  (isDated(p) || SUBJECT_DATED.test(p) || PURPOSE_DATED.test(p)) && EVENT_SENTENCE.test(p.slice(0, 160));
/** A page of dated items' lead that names its purpose or basis before its date (根据…计划,11月11日,…召开…). */
export const isPurposeLead = (p: string) => PURPOSE_DATED.test(p) && EVENT_SENTENCE.test(p.slice(0, 160));

export const isWireLed = (p: string) => WIRE_LED.test(p);
/** The fewest wire reports that make a page of them. */
export const MIN_WIRE_ITEMS = 2;

/**
 * A paper's lead of a meeting by the day before or the same day (昨天上午,市人大常委会召开主任会议…):
 * group 1 is the meeting it reports.
 */
const RELATIVE_DAY_LEAD = new RegExp(
  `${RELATIVE_DAY_LEDE.source}[^,，。;；]{2,24}?(?:召开|举行)([^,，。;；]{0,24}?会议)`,
);
export const isRelativeDayLead = (p: string) => RELATIVE_DAY_LEAD.test(p);

/**
 * Whether a page is reports run one after another, each a lead of its own meeting by the day before
 * (昨天上午,…举行会议,传达…; 昨天,…召开第四次主任会议…): the page opens with one, and no two report the
 * same meeting, as a report's second day of one session would.
 */
export function relativeDayReports(body: readonly string[]): boolean {
  const meetings = body.map((p) => RELATIVE_DAY_LEAD.exec(p)?.[1]).filter((m) => m !== undefined);
  const first = body.findIndex(isRelativeDayLead);
  return meetings.length >= 2 && first >= 0 && first <= 1 && new Set(meetings).size === meetings.length;
}

/** A dated lead's meeting, named after the verb that holds it (5月6日,公司召开2022年二季度党委理论学习中心组学习…): group 1. */
const DATED_MEETING = /(?:召开|举行)([^,，。;；]{2,30}?(?:会议|大会|会|学习|座谈))/;
/** The fewest characters of a lead that is a report of its own, not a line of a report. */
const MIN_LEAD_REPORT = 60;

/**
 * Whether an untitled page is two or more reports, each a paragraph that opens with its date and holds
 * its own meeting (5月7日,公司召开…表彰大会…; 5月6日,公司召开…中心组学习…): every paragraph is such a
 * lead, each of another day and meeting. A report of one session's two days names no second meeting
 * it holds (5月7日,大会闭幕).
 */
export function datedMeetingReports(body: readonly string[]): boolean {
  if (body.length < 2) return false;
  const leads = body.map((p) => {
    const meeting = isDated(p) && p.length >= MIN_LEAD_REPORT ? DATED_MEETING.exec(p.slice(0, 160)) : null;
    return meeting ? { meeting: meeting[1]!, day: DATE_LED.exec(p)![0] } : null;
  });
  if (leads.some((lead) => lead === null)) return false;
  const distinct = (key: "meeting" | "day") => new Set(leads.map((lead) => lead![key])).size === leads.length;
  return distinct("meeting") && distinct("day");
}
