import { useQuery } from "@tanstack/react-query";
import { articleDetailQuery } from "../../queries/reads";

/** One article for the reader: its row, the parsed text with spans, and the raw document. */
export function useArticleDetail(id: string) {
  return useQuery(articleDetailQuery(id));
}
