import type { Dataset } from "../db/records";
import type { Article, ArticleEvidence } from "../ingest/types";
import type { Filters } from "../model/filters";

/**
 * The text of articles, read on demand: the dataset holds no article text, nor the evidence of
 * its facts, nor the facts as parsed (the rows hold them as corrected).
 */
export type ArticleTexts = (ids: readonly string[]) => Promise<
  {
    id: string;
    province: string | null;
    text: string;
    evidence: ArticleEvidence;
    parsed: Pick<Article, "date" | "province" | "meetingType">;
  }[]
>;

/**
 * An aggregate is a pure function of the dataset, the global filters and its own parameters;
 * the few that need article text get a reader for it and answer asynchronously. It runs in the
 * worker (or in the page as a fallback), so its parameters and result must be plain data.
 */
export type Aggregate<P, R> = (data: Dataset, filters: Filters, params: P, texts: ArticleTexts) => R;
