import { lazy, Suspense, useEffect } from "react";
import { useActiveTabInView } from "./active-tab";
import { ErrorBoundary } from "../components/error-boundary";
import { Loading } from "../components/states";
import { FilterBar } from "../features/filters";
import {
  CorpusFromUrl,
  EmptyDatabase,
  GlobalDropZone,
  SeedImportStatus,
  StorageFullNotice,
  useBundledArticles,
} from "../features/import";
import { useDark } from "../lib/use-dark";
import { useLang } from "../lib/use-lang";
import { useViewState } from "../lib/view-state";
import { Header } from "./header";
import { afterFirstDraw } from "../lib/first-draw";
import { VIEW_COMPONENTS } from "./views";

const EmbedBridge = lazy(() => import("./embed/embed-bridge"));
// The service worker registers after the first chart has drawn: its bytes are not the map's.
const ReloadPrompt = lazy(() =>
  afterFirstDraw()
    .then(() => import("./pwa/reload-prompt"))
    .then((m) => ({ default: m.ReloadPrompt })),
);

export function Shell() {
  const context = useViewState();
  const { state } = context;
  const lang = useLang();
  const dark = useDark();

  useBundledArticles();
  useActiveTabInView(state.view, lang);
  useEffect(() => {
    document.documentElement.classList.toggle("dark", dark);
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  }, [dark, lang]);

  const View = VIEW_COMPONENTS[state.view];
  const main = (
    <main className="mx-auto w-full max-w-7xl px-3 py-3 sm:px-4">
      <ErrorBoundary resetKey={state.view}>
        <Suspense fallback={<Loading />}>
          <View />
        </Suspense>
      </ErrorBoundary>
    </main>
  );

  if (state.embed) {
    return (
      <div className="bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
        <Suspense fallback={null}>
          <EmbedBridge context={context} />
        </Suspense>
        <SeedImportStatus />
        <StorageFullNotice />
        <CorpusFromUrl />
        <EmptyDatabase />
        {main}
      </div>
    );
  }
  return (
    <GlobalDropZone>
      <div className="min-h-screen bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
        <Header />
        <SeedImportStatus />
        <StorageFullNotice />
        <CorpusFromUrl />
        <EmptyDatabase />
        {state.view !== "data" && <FilterBar />}
        {main}
        <Suspense fallback={null}>
          <ReloadPrompt />
        </Suspense>
      </div>
    </GlobalDropZone>
  );
}
