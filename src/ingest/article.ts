/** One article draft → the extracted Article: date, place, meeting, people, phrases. */
import type { ArticleDraft } from "./layout";
import { eventDate, type DateContext } from "./dates";
import { readablePart } from "./limits";
import { classifyMeeting } from "./meeting-types";
import { extractPeople } from "./people";
import { extractPhrases } from "./phrases";
import { hostOf } from "./host";
import { datelinePlace, pickPlace, placesIn, tally, type PlaceEvidence } from "./places";
import { EVENT_SENTENCE } from "./lexicon/event-verbs";
import { SOURCE_NOTES } from "./lexicon/source-lines";
import { SALUTATION, SPEECH_TITLE } from "./lexicon/speeches";
import type { Article, PersonMention } from "./types";

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
  /** Places named anywhere in the file, lightly weighted; read on first use. */
  placesInFile: () => PlaceEvidence[];
}

/** The opening of the text, paragraphs kept apart: a short line of furniture may come before the lead. */
function leadOf(paragraphs: readonly string[]): string {
  return paragraphs.join("\n").slice(0, LEAD_LENGTH);
}

function isSpeechTranscript(title: string | null, paragraphs: readonly string[]): boolean {
  return SPEECH_TITLE.test(title ?? "") || SALUTATION.test(paragraphs[0] ?? "");
}

const LEAD_LENGTH = 300;

/** Blanks of the same length: a name that holds a place (李南宁, 王安庆) is not evidence of it. */
const BLANK = "□";

function maskSpans(text: string, people: readonly PersonMention[]): string {
  const spans = people.flatMap((p) => p.spans).sort((a, b) => a.start - b.start);
  let masked = "";
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    masked += text.slice(at, span.start) + BLANK.repeat(span.end - span.start);
    at = span.end;
  }
  return masked + text.slice(at);
}

function maskNames(text: string, people: readonly PersonMention[]): string {
  let masked = text;
  for (const person of people)
    for (const form of [person.name, ...person.aliases])
      if (form.length > 1) masked = masked.split(form).join(BLANK.repeat(form.length));
  return masked;
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
  const isSpeech = isSpeechTranscript(title, draft.paragraphs);
  const firstPeople = extractPeople(readable, {
    isSpeech,
    fullNamesInFile: context.fullNamesInFile,
  });
  const maskedTitle = maskNames(title ?? "", firstPeople);
  const maskedLead = maskNames(lead, firstPeople);
  const host = hostOf(maskedTitle || null, maskedLead);
  const placed = host.national
    ? { province: null, city: null }
    : pickPlace([
        ...host.places,
        ...placesIn(readablePart(maskedTitle), 3),
        ...placesIn(maskedLead, 2),
        ...placesIn(sources, 3),
        ...datelinePlace(draft.paragraphs[0] ?? "", 3),
        ...context.metaPlaces(draft.meta),
        ...placesIn(maskSpans(readable, firstPeople), 1),
      ]);
  // An item of a list page that names no place takes the places named anywhere in the file.
  const { province, city } = placed.province || host.national ? placed : pickPlace(context.placesInFile());
  // At a national body's meeting, national leaders attend; in a province's report they are quoted.
  const people = host.national
    ? extractPeople(readable, {
        isSpeech,
        fullNamesInFile: context.fullNamesInFile,
        nationalEvent: true,
      })
    : firstPeople;
  // A speech's "今天" is the day it was given, which its publication date does not tell.
  const date = eventDate(
    lead,
    title,
    { published: published ?? context.published, fileYears: context.fileYears, relativeDays: !isSpeech },
    (s) => EVENT_SENTENCE.test(s),
  );
  return {
    title,
    date,
    published,
    province,
    city,
    isMeeting,
    meetingType,
    people,
    phrases: extractPhrases(readable),
    text,
  };
}
