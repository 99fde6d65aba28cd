/** One article draft → the extracted Article: date, place, meeting, people, phrases. */
import type { ArticleDraft } from "./layout";
import { iso } from "./date-lines";
import { findEventDate, type DateContext } from "./dates";
import { readablePart } from "./limits";
import { classifyMeeting } from "./meeting-types";
import { addressedIn, asProvincialReport, extractPeople, type KnownNames } from "./people";
import { extractPhrases } from "./phrases";
import { hostOf, hostProvince, visitedProvince } from "./host";
import { leaderPlaces } from "./leader-places";
import { nicknamePlaces, outletPlace, pickPlace, placesIn, tally, type PlaceEvidence } from "./places";
import { repeatedBarePlaces, zonePlaces } from "./bare-county-names";
import { BRACKETED_DATE_LINE, DATE_LED, DAY_LED, NUMBERED_MEETING_OF_YEAR, OUTLET_DATELINE } from "./lexicon/dates";
import { EVENT_SENTENCE } from "./lexicon/event-verbs";
import { SOURCE_NOTES } from "./lexicon/source-lines";
import { SALUTATION, SPEECH_TITLE } from "./lexicon/speeches";
import type { Article, ArticleEvidence, FactEvidence, PersonMention, Span } from "./types";

/**
 * The place evidence of the file's date and source lines, which every article of the file shares:
 * read once per file, not once per article (a digest of thousands of items under a page of source
 * lines took minutes).
 */
export function metaPlacesOnce(): (meta: string) => PlaceEvidence[] {
  let read: { meta: string; places: PlaceEvidence[] } | null = null;
  return (meta) => {
    if (read?.meta !== meta) {
      const readable = readablePart(meta);
      read = { meta, places: tally([...placesIn(readable, 2), ...outletPlace(readable, 3)]) };
    }
    return read.places;
  };
}

export interface FileContext extends DateContext {
  /** Full names found anywhere in the file, read on first use. */
  fullNamesInFile: () => readonly string[];
  /** See `PeopleOptions.namesOfOtherItems`. */
  namesOfOtherItems: () => KnownNames | null;
  /** See `metaPlacesOnce`. */
  metaPlaces: (meta: string) => PlaceEvidence[];
  /** The places the page's site names: its web address and its owner's footer line (see `sitePlaces`). */
  sitePlaces: readonly PlaceEvidence[];
  /** Places named anywhere in the file, lightly weighted; read on first use. */
  placesInFile: () => PlaceEvidence[];
}

/** The opening of the text, paragraphs kept apart: a short line of furniture may come before the lead. */
function leadOf(paragraphs: readonly string[]): string {
  return paragraphs.join("\n").slice(0, LEAD_LENGTH);
}

/**
 * The lead with what stands before an outlet's dateline blanked, same length ("…11月27日上午,大会开幕。
 * 甲一平摄 某某新闻客户端讯 1月27日上午,…"): a photo's caption or a headline's deck may stand above
 * it, and the report's own words start at it. Null when no dateline stands inside the lead.
 */
function fromDateline(lead: string): string | null {
  const dateline = OUTLET_DATELINE.exec(lead);
  if (!dateline || dateline.index === 0) return null;
  return lead.slice(0, dateline.index).replace(/[^\n]/g, " ") + lead.slice(dateline.index);
}

function isSpeechTranscript(title: string | null, paragraphs: readonly string[]): boolean {
  return SPEECH_TITLE.test(title ?? "") || SALUTATION.test(paragraphs[0] ?? "");
}

const LEAD_LENGTH = 300;
/** Where one of a page's date and source lines ends in the file's meta text. */
const META_SEPARATOR = /\s{2,}|(?=来源|发布时间|稿源)/;

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

/** Every occurrence of these names blanked: the places a whole file names, not its people's names (滕四平). */
export function maskNames(text: string, names: readonly string[]): string {
  let masked = text;
  for (const name of names) if (masked.includes(name)) masked = masked.replaceAll(name, BLANK.repeat(name.length));
  return masked;
}

/** Below this confidence the province is not given: the text names places too weakly to tell. */
export const MIN_PROVINCE_CONFIDENCE = 0.15;

/** Where the words first stand in the article text (the title comes first in it); null when not in it. */
function spanOf(text: string, words: string): Span | null {
  const at = text.indexOf(words);
  return at < 0 ? null : { start: at, end: at + words.length };
}

/** A national body under the State Council or a central state firm (教育部, 国家能源局, 国家电网有限公司), not a top body. */
const MINISTRY_OR_FIRM = /^(?!全国|中央|中共中央|中国人民政治协商会议|政协).*(?:部|局|委|署|集团|公司)$/;

/** The one province some evidence names, or null when it names none or several. */
function onlyProvince(evidence: readonly PlaceEvidence[]): string | null {
  const provinces = new Set(evidence.map((e) => e.province));
  return provinces.size === 1 ? [...provinces][0]! : null;
}

/**
 * Whether a local outlet's dateline is read right. One read as a county or a district by its name alone
 * may be another place's: not when the rest of the text names another province more heavily than the
 * dateline weighs (金山网讯 is 镇江's outlet, not 上海's 金山区, when the report names 镇江 and 南京 again
 * and again). A city's or a province's outlet holds, however often the place its officials visit is named.
 */
function outletHolds(outlet: readonly PlaceEvidence[], others: readonly PlaceEvidence[]): boolean {
  const own = outlet[0];
  if (!own) return false;
  if (own.city !== null || own.name === own.province) return true;
  const { province } = pickPlace(others);
  const weight = others.reduce((sum, e) => (e.province === province ? sum + e.weight : sum), 0);
  return !province || province === own.province || weight <= own.weight;
}

/** How far into the lead the meeting's numbered name is looked for: its first sentences. */
const MEETING_NAME_REACH = 200;

/** The year the meeting's own name gives it, in the title or the lead's start (召开2031年第14次厅务会). */
function meetingYearOf(title: string | null, lead: string): number | null {
  const m = NUMBERED_MEETING_OF_YEAR.exec(`${title ?? ""}\n${lead.slice(0, MEETING_NAME_REACH)}`);
  return m ? Number(m[1]) : null;
}

export function buildArticle(draft: ArticleDraft, context: FileContext): Article {
  const title = draft.title;
  const text = (title ? `${title}\n` : "") + draft.paragraphs.join("\n");
  const leadStart = title ? title.length + 1 : 0;
  // Spans point into the whole text; evidence is read in its first READ_LIMIT characters.
  const readable = readablePart(text);
  const lead = leadOf(draft.paragraphs);
  const { isMeeting, meetingType, finding: typeFinding } = classifyMeeting(title, lead);
  const published = draft.published;
  const sources = [...readable.matchAll(SOURCE_NOTES)].map((m) => m[1]!).join(" ");
  const isSpeech = isSpeechTranscript(title, draft.paragraphs);
  // Read once as a national body's report; a province's report then hears national leaders as mentioned.
  const firstPeople = extractPeople(readable, {
    isSpeech,
    fullNamesInFile: context.fullNamesInFile,
    // A chronicle's entries and a report run on with 又讯 name their leaders bare; other articles are not
    // read for names they use.
    namesOfOtherItems:
      draft.year !== undefined || draft.day !== undefined || draft.runOn ? context.namesOfOtherItems : undefined,
    nationalEvent: true,
  });
  // The title and the lead are the start of the text: masked once with it, by the people's spans.
  const masked = maskSpans(readable, firstPeople);
  const maskedTitle = masked.slice(0, title?.length ?? 0);
  const maskedLead = masked.slice(leadStart, leadStart + lead.length);
  const host = hostOf(maskedTitle || null, maskedLead);
  const national = host.nationalBody !== null;
  // A local outlet's dateline (滁州网讯) names its own place: it weighs like a host clause.
  const dateline = outletPlace(draft.paragraphs[0] ?? "", 8);
  const evidenceBesideOutlet = [
    ...host.places,
    ...placesIn(maskedTitle, 3),
    ...placesIn(maskedLead, 2),
    ...placesIn(sources, 3),
    ...leaderPlaces(firstPeople, 3),
    ...context.metaPlaces(draft.meta),
    ...context.sitePlaces,
    ...placesIn(masked, 1),
  ];
  const outlet = outletHolds(dateline, evidenceBesideOutlet) ? dateline : [];
  const evidenceInText = [...evidenceBesideOutlet, ...outlet];
  // The host's province decides, however often the text names another place as its topic; when
  // the host clause names no place, a local outlet reports on its own place's officials.
  // A meeting during a delegation's visit is held where it goes (代表团在山南市考察…举行座谈会), however
  // its own province is named; a study tour alone, or one its own place's outlet reports, is that place's news.
  const visited = isMeeting && !outlet.length ? visitedProvince(maskedLead) : null;
  // A province's body named bare as the host (省委常委会) is the province the page's own lines name (a
  // chronicle's 某省委史志研究室 title, a source line), however often its text names other places as topics.
  const ownBody = host.provincialBody ? onlyProvince(context.metaPlaces(draft.meta)) : null;
  const hosting = visited ?? hostProvince(host) ?? outlet[0]?.province ?? ownBody;
  const pickInText = (evidence: PlaceEvidence[]) =>
    pickPlace(hosting ? evidence.filter((e) => e.province === hosting) : evidence);
  let inText = pickInText(evidenceInText);
  // Names a place is called by only where it cannot be a word, read when the places named leave it unknown:
  // county-level names written bare again and again or naming a development zone, the province's literary names.
  if (!inText.province || inText.confidence < MIN_PROVINCE_CONFIDENCE)
    inText = pickInText([
      ...evidenceInText,
      ...repeatedBarePlaces(masked, 1),
      ...zonePlaces(masked, 1),
      ...nicknamePlaces(maskedTitle, 3),
      ...nicknamePlaces(maskedLead, 2),
      ...nicknamePlaces(masked, 1),
    ]);
  // An item of a list page that names no place, or too weakly, takes the places named anywhere in the file.
  const placed =
    inText.province && inText.confidence >= MIN_PROVINCE_CONFIDENCE ? inText : pickPlace(context.placesInFile());
  const known = !national && placed.province !== null && placed.confidence >= MIN_PROVINCE_CONFIDENCE;
  // At a national body's meeting, national leaders attend, and so do its officials visiting a
  // province's body (莅临); in a province's report they are otherwise quoted.
  // A ministry's or a central firm's meeting quotes the national leaders, as a province's report does.
  const leadersAttend = national && !MINISTRY_OR_FIRM.test(host.nationalBody!);
  const people =
    leadersAttend || host.nationalGuest
      ? firstPeople
      : asProvincialReport(firstPeople, addressedIn(readable, firstPeople));
  // A speech's "今天" is the day it was given, which its publication date does not tell; a
  // chronicle's entry is dated by the year it stands under.
  const leadIsDated = DATE_LED.test(draft.paragraphs[0] ?? "");
  const dateContext: DateContext = draft.year
    ? { published: null, fileYears: [draft.year], relativeDays: false }
    : {
        published: published ?? context.published,
        fileYears: context.fileYears,
        fileYearsTied: context.fileYearsTied,
        fileOutlook: context.fileOutlook,
        fileReviewed: context.fileReviewed,
        fileAnnounced: context.fileAnnounced,
        fileMonthDays: context.fileMonthDays,
        issueDay: context.issueDay,
        relativeDays: !isSpeech,
        meetingYear: meetingYearOf(title, lead),
      };
  // A lead that opens with its date (a chronicle's entry, a brief) is dated by it, whatever it reports.
  // A date alone in brackets under the title (a speech's, a document's) dates it too.
  const isDateSentence = (s: string) => leadIsDated || EVENT_SENTENCE.test(s) || BRACKETED_DATE_LINE.test(s);
  // The date is read in the report's own words, from its dateline on; above it when they give none.
  const ownWords = fromDateline(lead);
  const inOwnWords = ownWords === null ? null : findEventDate(ownWords, title, dateContext, isDateSentence);
  const dateFound =
    inOwnWords && inOwnWords.part === "lead" ? inOwnWords : findEventDate(lead, title, dateContext, isDateSentence);
  const at = (part: "title" | "lead", index: number) => (part === "title" ? index : leadStart + index);
  // A yearbook's entry under no year heading takes the one year its page names ("2007年是…关键一年"), if only one.
  const pageYear = context.fileYears.length === 1 ? context.fileYears[0]! : null;
  const dayEntry = draft.day ? dayEntryDate(draft.day, draft.year ?? pageYear, lead, leadStart) : null;
  const evidence: ArticleEvidence = {
    province: national
      ? { quote: host.nationalBody!, span: spanOf(text, host.nationalBody!), confidence: 0.9 }
      : known && placed.strongest
        ? placeEvidence(text, draft.meta, placed.strongest.name, placed.confidence)
        : null,
    date:
      dayEntry?.evidence ??
      (dateFound && {
        quote: dateFound.quote,
        span: {
          start: at(dateFound.part, dateFound.index),
          end: at(dateFound.part, dateFound.index) + dateFound.quote.length,
        },
        confidence: dateFound.confidence,
      }),
    meetingType: typeFinding && {
      quote: typeFinding.quote,
      span: {
        start: at(typeFinding.part, typeFinding.index),
        end: at(typeFinding.part, typeFinding.index) + typeFinding.quote.length,
      },
      confidence: typeFinding.confidence,
    },
  };
  return {
    title,
    date: dayEntry?.date ?? dateFound?.date ?? null,
    published,
    province: known ? placed.province : null,
    city: known ? placed.city : null,
    isMeeting,
    meetingType,
    people,
    phrases: extractPhrases(readable),
    evidence,
    text,
  };
}

/** How sure the date of a yearbook's entry is: its month and day are headings, its year may be unknown. */
const DAY_ENTRY_CONFIDENCE = 0.8;

/**
 * The date of a yearbook's entry from the month heading and the day it stands under; the evidence is
 * the day that opens the entry ("1日"), or none in the text for a △ entry of the same day.
 */
function dayEntryDate(
  heading: { month: number; day: number },
  year: number | null,
  lead: string,
  leadStart: number,
): { date: string; evidence: FactEvidence } | null {
  const date = iso(year, heading.month, heading.day);
  if (!date) return null;
  const day = DAY_LED.exec(lead);
  const span = day ? { start: leadStart, end: leadStart + day[0].length } : null;
  return {
    date,
    evidence: { quote: day?.[0] ?? `${heading.month}月${heading.day}日`, span, confidence: DAY_ENTRY_CONFIDENCE },
  };
}

/** The page's source or date line that names a place; read once per file, which all its articles share. */
let lastMetaLine: { meta: string; name: string; line: string } | null = null;

function metaLineNaming(meta: string, name: string): string {
  if (lastMetaLine?.meta !== meta || lastMetaLine.name !== name) {
    const at = meta.indexOf(name);
    const line =
      at < 0
        ? name
        : meta
            .slice(0, at + name.length + 40)
            .split(META_SEPARATOR)
            .find((p) => p.includes(name));
    lastMetaLine = { meta, name, line: line?.trim() || name };
  }
  return lastMetaLine.line;
}

/** The place's words in the text, or the page's source or date line that names it. */
function placeEvidence(text: string, meta: string, name: string, confidence: number): FactEvidence {
  const span = spanOf(text, name);
  return span ? { quote: name, span, confidence } : { quote: metaLineNaming(meta, name), span: null, confidence };
}
