import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** Up to 200 articles matching the view's filters and a search. */
export function useArticleList(q: string) {
  const { state } = useViewState();
  return useQuery(aggregateQuery("articleList", state.filters, { q, limit: 200 }));
}
