/**
 * Digests of news: short headlines each over its one story ("港府政情"), or a page of two reports or
 * more, each an event headline over its story.
 */
import { isBareHeadline, isDated, isHeading } from "./paragraph-shapes";

/** A digest's headline: short, no clause, no date ("市长晤访问团团长"); it may exclaim (携手同行!…——首站某地). */
export const isDigestHeadline = (p: string) =>
  p.length >= 6 && p.length <= DIGEST_HEADLINE_LENGTH && !CLAUSE_MARK.test(p) && !isDated(p) && !isHeading(p);
const DIGEST_HEADLINE_LENGTH = 40;
const CLAUSE_MARK = /[,，。;；:：]/;
/** A digest's story under its headline: a paragraph of text, not another headline. */
export const MIN_STORY_LENGTH = 30;
/** The fewest stories that make a digest, and how much of the page its headlines and stories are at least. */
const MIN_DIGEST_STORIES = 4;
const DIGEST_SHARE = 0.8;

/**
 * How many headlines stand each over exactly one story, the next headline right after it: a digest
 * of news ("港府政情"). A report's section headings stand over several paragraphs each.
 */
function digestStories(body: readonly string[]): number {
  return body.filter(
    (p, i) =>
      isDigestHeadline(p) &&
      (body[i + 1]?.length ?? 0) >= MIN_STORY_LENGTH &&
      (i + 2 >= body.length || isDigestHeadline(body[i + 2]!)),
  ).length;
}

/** The fewest reports a page of reports must hold when each is a headline over one story and a later one is dated. */
export const MIN_PAIRED_STORIES = 2;

/**
 * Whether the page is nothing but event headlines each over its one story, a story after the first
 * opening with its date ("甲会议闭幕 / 大会主席团…; 省委常委会召开会议 / 1月16日,…"): a page of two
 * reports or more. A report's subheading is no event, and the paragraph under it gives no date.
 */
export function pairedReports(body: readonly string[]): boolean {
  if (body.length < MIN_PAIRED_STORIES * 2 || body.length % 2) return false;
  for (let i = 0; i < body.length; i += 2)
    if (!isBareHeadline(body[i]!) || body[i + 1]!.length < MIN_STORY_LENGTH || isBareHeadline(body[i + 1]!))
      return false;
  for (let i = 3; i < body.length; i += 2) if (isDated(body[i]!)) return true;
  return false;
}

/** Whether the paragraphs are a digest of headlines, each over its one story. */
export function isDigest(paragraphs: readonly string[]): boolean {
  const body = paragraphs.filter((p) => !isHeading(p));
  const stories = digestStories(body);
  return (stories >= MIN_DIGEST_STORIES && stories * 2 >= body.length * DIGEST_SHARE) || pairedReports(body);
}
