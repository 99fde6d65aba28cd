import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** Meetings under the view's filters that the map cannot place: national, or no province the text tells. */
export function useUnplacedMeetings() {
  const { state } = useViewState();
  return useQuery(aggregateQuery("unplacedMeetings", state.filters, {}));
}
