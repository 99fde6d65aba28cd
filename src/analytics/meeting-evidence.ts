/**
 * What lies behind a province's count on the map and the ranking (or a month's on the
 * timeline): its meetings, each report with the sentences its province, date and meeting type
 * were read from.
 */
import type { ArticleEvidence, FactEvidence } from "../ingest/types";
import { sentenceAround } from "../ingest/sentence";
import type { Aggregate } from "./aggregate";
import type { MeetingRow } from "../db/records";
import { articleDate, passing, passingArticleSet } from "./apply-filters";
import { columnsOf } from "./columns";
import { compareCodes } from "./collation";
import { indexDataset } from "./dataset-index";
import { EVIDENCE_LIMIT, newestFirst } from "./link-evidence";

export type Fact = keyof ArticleEvidence;

/**
 * One source of a report's facts: a sentence of the text with the deciding words of each fact
 * read in it, or a line of the page outside the text (its date or source line, `inText` false).
 */
export interface FactSource {
  sentence: string;
  inText: boolean;
  marks: { fact: Fact; quote: string; confidence: number }[];
}

/** A fact an analyst corrected: what the parser read, and what the views now show. */
export interface CorrectedFact {
  fact: Fact;
  parsed: string | null;
  value: string | null;
}

export interface ReportEvidence {
  articleId: string;
  title: string | null;
  date: string | null;
  /** Where the parser read each fact; a corrected fact's source is what it read before the correction. */
  sources: FactSource[];
  corrected: CorrectedFact[];
}

export interface EvidenceMeeting {
  meetingId: string;
  date: string | null;
  province: string | null;
  title: string | null;
  meetingType: string | null;
  reports: ReportEvidence[];
}

export interface MeetingEvidence {
  meetings: EvidenceMeeting[];
  /** Meetings that pass but are not given (past the limit). */
  more: number;
}

export interface MeetingEvidenceParams {
  /** The province's meetings (a short map name), or every province's when null. */
  province: string | null;
  /** Only the meetings of this month ("YYYY-MM") on the timeline's axis, when given. */
  month: string | null;
}

const FACTS: readonly Fact[] = ["province", "date", "meetingType"];

/** The facts of one report grouped by where they were read: one sentence read for two facts is shown once. */
export function factSources(evidence: ArticleEvidence, text: string): FactSource[] {
  const sources: FactSource[] = [];
  for (const fact of FACTS) {
    const e: FactEvidence | null = evidence[fact];
    if (!e) continue;
    const inText = e.span !== null;
    const sentence = e.span ? sentenceAround(text, e.span) : e.quote;
    const mark = { fact, quote: e.quote, confidence: e.confidence };
    const same = sources.find((s) => s.sentence === sentence && s.inText === inText);
    if (same) same.marks.push(mark);
    else sources.push({ sentence, inText, marks: [mark] });
  }
  return sources;
}

const meetingEvidence: Aggregate<MeetingEvidenceParams, Promise<MeetingEvidence>> = async (
  data,
  filters,
  { province, month },
  read,
) => {
  const index = indexDataset(data);
  const passingArticles = passingArticleSet(data, filters);
  const c = columnsOf(data);
  const pass = passing(data, filters);
  const provinceCode = province === null ? -1 : c.provinces.find(province);
  const monthCode = month === null ? -1 : c.months.indexOf(month);
  const meetings: MeetingRow[] = [];
  if ((province === null || provinceCode >= 0) && (month === null || monthCode >= 0))
    for (let m = 0; m < c.meetings; m++)
      if (
        pass.meetings[m] &&
        (province === null || c.meetingProvince[m] === provinceCode) &&
        (month === null || c.meetingTimelineMonth[m] === monthCode)
      )
        meetings.push(data.meetings[m]!);
  meetings.sort((a, b) => newestFirst(a, b) || compareCodes(a.id, b.id));
  const shown = meetings.slice(0, EVIDENCE_LIMIT);
  const reports = (ids: readonly string[]) => ids.filter((id) => passingArticles.has(id));
  const bodies = new Map((await read(shown.flatMap((m) => reports(m.articleIds)))).map((b) => [b.id, b]));
  return {
    meetings: shown.map((m) => ({
      meetingId: m.id,
      date: m.date,
      province: m.province,
      title: m.title,
      meetingType: m.meetingType,
      reports: reports(m.articleIds).map((id) => {
        const article = index.articleById.get(id)!;
        const body = bodies.get(id);
        return {
          articleId: id,
          title: article.title,
          date: articleDate(article),
          sources: body ? factSources(body.evidence, body.text) : [],
          corrected: body
            ? FACTS.filter((f) => article[f] !== body.parsed[f]).map((f) => ({
                fact: f,
                parsed: body.parsed[f],
                value: article[f],
              }))
            : [],
        };
      }),
    })),
    more: meetings.length - shown.length,
  };
};

export const meetingEvidenceAggregates = { meetingEvidence };
