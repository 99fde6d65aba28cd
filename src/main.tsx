import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import seedSummary from "virtual:seed-summary";
import "./index.css";
import { App } from "./app/App";
import { preloadView } from "./app/views";
import { planFirstDraw, afterFirstDraw } from "./lib/first-draw";
import { readStoredFirstDraw } from "./lib/stored-first-draw";
import { parseViewState } from "./lib/url-state";
import { hasFilters } from "./model/filters";
import { startWorkerAfter } from "./worker/client";

/**
 * Plans the first draw (lib/first-draw): the counts the unfiltered map, and on a return the months
 * the timeline, can draw before the worker answers.
 */
async function planEarlyMap(): Promise<void> {
  const state = parseViewState(window.location.search);
  if (state.view !== "provinces" || hasFilters(state.filters)) return planFirstDraw(null, false);
  const stored = await readStoredFirstDraw();
  if (!stored.database) return planFirstDraw(seedSummary.meetingsByProvince, true);
  planFirstDraw(stored.summary?.meetingsByProvince ?? null, false, stored.summary?.meetingsByMonth ?? null);
}

// The first view's code loads while the stored counts are read.
preloadView(parseViewState(window.location.search).view);
await planEarlyMap();
startWorkerAfter(afterFirstDraw());

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
