import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./index.css";
import { App } from "./app/App";
import { planFirstDraw, afterFirstDraw } from "./lib/first-draw";
import { hasFilters } from "./model/filters";
import { parseViewState } from "./lib/url-state";
import { startWorkerAfter } from "./worker/client";

/** A browser that has never stored this app's database: the bundled articles are about to be imported. */
async function isFirstVisit(): Promise<boolean> {
  try {
    const databases = await indexedDB.databases();
    return !databases.some((d) => d.name === "tifa");
  } catch {
    return false;
  }
}

// On a first visit to the unfiltered map, the map draws from the bundled articles' summary while
// the worker, the other chart types and pinyin wait for it (lib/first-draw).
const state = parseViewState(window.location.search);
const mapFirst = state.view === "provinces" && !hasFilters(state.filters);
planFirstDraw(mapFirst && (await isFirstVisit()));
startWorkerAfter(afterFirstDraw());

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
