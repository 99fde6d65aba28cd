import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** A province's (or a month's) meetings under the view's filters, each report with the sentences its facts were read from. */
export function useMeetingEvidence(province: string | null, month: string | null) {
  const { state } = useViewState();
  return useQuery(aggregateQuery("meetingEvidence", state.filters, { province, month }));
}
