import type { ViewState } from "../../lib/url-state";
import type { Selection } from "./messages";

/** The user selections between two view states: provinces toggled, a person or a phrase focused. */
export function selectionsBetween(before: ViewState, after: ViewState): Selection[] {
  const selections: Selection[] = [];
  const was = new Set(before.filters.provinces);
  const is = new Set(after.filters.provinces);
  for (const p of after.filters.provinces)
    if (!was.has(p)) selections.push({ kind: "province", value: p, selected: true });
  for (const p of before.filters.provinces)
    if (!is.has(p)) selections.push({ kind: "province", value: p, selected: false });
  if (after.focusPerson && after.focusPerson !== before.focusPerson)
    selections.push({ kind: "person", value: after.focusPerson });
  if (after.focusPhrase && after.focusPhrase !== before.focusPhrase)
    selections.push({ kind: "phrase", value: after.focusPhrase });
  return selections;
}
