/** One article draft → the extracted Article: date, place, meeting, people, phrases. */
import type { ArticleDraft } from "./layout";
import { eventDate, type DateContext } from "./dates";
import { classifyMeeting } from "./meeting-types";
import { extractPeople } from "./people";
import { extractPhrases } from "./phrases";
import { pickPlace, placesIn } from "./places";
import { EVENT_SENTENCE } from "./lexicon/event-verbs";
import { SOURCE_NOTES } from "./lexicon/source-lines";
import { SALUTATION, SPEECH_TITLE } from "./lexicon/speeches";
import type { Article } from "./types";

export interface FileContext extends DateContext {
  fullNamesInFile: readonly string[];
}

function leadOf(paragraphs: readonly string[]): string {
  return paragraphs.slice(0, 2).join("").slice(0, 300);
}

function isSpeechTranscript(title: string | null, paragraphs: readonly string[]): boolean {
  return SPEECH_TITLE.test(title ?? "") || SALUTATION.test(paragraphs[0] ?? "");
}

export function buildArticle(draft: ArticleDraft, context: FileContext): Article {
  const title = draft.title;
  const text = (title ? `${title}\n` : "") + draft.paragraphs.join("\n");
  const lead = leadOf(draft.paragraphs);
  const { isMeeting, meetingType } = classifyMeeting(title, lead);
  const published = draft.published;
  const sources = [...text.matchAll(SOURCE_NOTES)].map((m) => m[1]!).join(" ");
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
