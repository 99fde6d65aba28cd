import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** The meetings behind a link of the graph, with the sentences naming the two, under the view's filters. */
export function useLinkEvidence(a: string, b: string) {
  const { state } = useViewState();
  return useQuery(aggregateQuery("linkEvidence", state.filters, { a, b, includeMentioned: state.mentioned }));
}

/** The people a person is linked to in the graph: each link's way in from the keyboard. */
export function usePersonLinks(personId: string) {
  const { state } = useViewState();
  return useQuery(aggregateQuery("personLinks", state.filters, { personId, includeMentioned: state.mentioned }));
}

/** A person's titles, each with the sentence it was read in. */
export function useTitleSources(personId: string) {
  const { state } = useViewState();
  return useQuery(aggregateQuery("titleSources", state.filters, { personId }));
}
