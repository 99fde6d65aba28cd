import type { ArticleRow } from "../db/records";

/** The article's best date: the event's, else the publication's. */
export function articleDate(article: Pick<ArticleRow, "date" | "published">): string | null {
  return article.date ?? article.published;
}
