/** One article draft → the extracted Article: date, place, meeting, people, phrases. */
import type { ArticleDraft } from "./layout";
import { eventDate, type DateContext } from "./dates";
import { classifyMeeting } from "./meeting-types";
import { extractPeople } from "./people";
import { extractPhrases } from "./phrases";
import { pickPlace, placesIn } from "./places";
import type { Article } from "./types";

const SOURCE_LINE = /[(](据|根据|来源[:]|稿源[:]|供稿[:]?)([^()]{2,30})[)]/g;
const EVENT_SENTENCE =
  /(召开|举行|举办|开班|开幕|闭幕|主持|出席|会议|学习|座谈|调研|部署|在[\u4e00-\u9fff]{2,8}(市|县|区))/;

export interface FileContext extends DateContext {
  fullNamesInFile: readonly string[];
}

function leadOf(paragraphs: readonly string[]): string {
  return paragraphs.slice(0, 2).join("").slice(0, 300);
}

function isSpeechTranscript(title: string | null, paragraphs: readonly string[]): boolean {
  return /(讲话|发言|致辞|报告)$/.test(title ?? "") || /^(同志们|各位(领导|代表|同志))/.test(paragraphs[0] ?? "");
}

export function buildArticle(draft: ArticleDraft, context: FileContext): Article {
  const title = draft.title;
  const text = (title ? `${title}\n` : "") + draft.paragraphs.join("\n");
  const lead = leadOf(draft.paragraphs);
  const { isMeeting, meetingType } = classifyMeeting(title, lead);
  const published = draft.published;
  const sources = [...text.matchAll(SOURCE_LINE)].map((m) => m[2]!).join(" ");
  const { province, city } = pickPlace([
    ...placesIn(title ?? "", 3),
    ...placesIn(lead, 2),
    ...placesIn(sources, 3),
    ...placesIn(draft.meta, 2),
    ...placesIn(text, 1),
  ]);
  const date = isMeeting
    ? eventDate(
        (title ? `${title}。` : "") + lead,
        { published: published ?? context.published, fileYears: context.fileYears },
        (s) => EVENT_SENTENCE.test(s),
      )
    : null;
  return {
    title,
    date,
    published,
    province,
    city,
    isMeeting,
    meetingType,
    people: extractPeople(text, {
      isSpeech: isSpeechTranscript(title, draft.paragraphs),
      fullNamesInFile: context.fullNamesInFile,
    }),
    phrases: extractPhrases(text),
    text,
  };
}
