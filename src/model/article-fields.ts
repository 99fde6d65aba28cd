/**
 * The facts of an article that travel without its text: the slim database row, the CLI's JSON
 * and test summaries all carry exactly these, in this order.
 */
export const ARTICLE_FACTS = ["title", "date", "published", "province", "city", "isMeeting", "meetingType"] as const;
export type ArticleFact = (typeof ARTICLE_FACTS)[number];

export function pickFacts<T extends { [K in ArticleFact]: unknown }>(article: T): Pick<T, ArticleFact> {
  return Object.fromEntries(ARTICLE_FACTS.map((k) => [k, article[k]])) as Pick<T, ArticleFact>;
}
