/** One article draft → the extracted Article: date, place, meeting, people, phrases. */
import type { ArticleDraft } from "./layout";
import { eventDate, type DateContext } from "./dates";
import { readablePart } from "./limits";
import { classifyMeeting } from "./meeting-types";
import { extractPeople } from "./people";
import { extractPhrases } from "./phrases";
import { pickPlace, placesIn, tally, type PlaceEvidence } from "./places";
import { EVENT_SENTENCE } from "./lexicon/event-verbs";
import { SOURCE_NOTES } from "./lexicon/source-lines";
import { SALUTATION, SPEECH_TITLE } from "./lexicon/speeches";
import type { Article } from "./types";

/**
 * The place evidence of the file's date and source lines, which every article of the file shares:
 * read once per file, not once per article (a digest of thousands of items under a page of source
 * lines took minutes).
 */
export function metaPlacesOnce(): (meta: string) => PlaceEvidence[] {
  let read: { meta: string; places: PlaceEvidence[] } | null = null;
  return (meta) => {
    if (read?.meta !== meta) read = { meta, places: tally(placesIn(readablePart(meta), 2)) };
    return read.places;
  };
}

export interface FileContext extends DateContext {
  /** Full names found anywhere in the file, read on first use. */
  fullNamesInFile: () => readonly string[];
  /** See `metaPlacesOnce`. */
  metaPlaces: (meta: string) => PlaceEvidence[];
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
  // Spans point into the whole text; evidence is read in its first READ_LIMIT characters.
  const readable = readablePart(text);
  const lead = leadOf(draft.paragraphs);
  const { isMeeting, meetingType } = classifyMeeting(title, lead);
  const published = draft.published;
  const sources = [...readable.matchAll(SOURCE_NOTES)].map((m) => m[1]!).join(" ");
  const { province, city } = pickPlace([
    ...placesIn(readablePart(title ?? ""), 3),
    ...placesIn(lead, 2),
    ...placesIn(sources, 3),
    ...context.metaPlaces(draft.meta),
    ...placesIn(readable, 1),
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
    people: extractPeople(readable, {
      isSpeech: isSpeechTranscript(title, draft.paragraphs),
      fullNamesInFile: context.fullNamesInFile,
    }),
    phrases: extractPhrases(readable),
    text,
  };
}
