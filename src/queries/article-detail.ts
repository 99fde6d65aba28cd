/** One article for the reader: its row, the parsed text with spans, and the raw document. */
import { queryOptions } from "@tanstack/react-query";
import { fetchArticleDetail } from "./database";

export const articleDetailQuery = (id: string) =>
  queryOptions({ queryKey: ["db", "article", id], queryFn: () => fetchArticleDetail(id) });
