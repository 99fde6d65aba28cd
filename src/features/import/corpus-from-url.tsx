import { useEffect } from "react";
import { pick } from "../../lib/i18n";
import { problemText } from "../../lib/problem-text";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { useCorpusState } from "./corpus-store";
import { REPARSED, wasReparsed } from "./corpus-text";
import { useOpenCorpusFlow } from "./use-open-corpus";

const PROBLEM =
  "border-b border-red-300 bg-red-50 px-4 py-2 text-sm text-red-900 " +
  "dark:border-red-800 dark:bg-red-950 dark:text-red-100";
const NOTICE =
  "border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 " +
  "dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100";

const opened = new Set<string>();

/** `corpus=` as an address the worker can fetch: relative to the page, http or https only. */
function corpusAddress(given: string): string {
  try {
    return new URL(given, window.location.href).href;
  } catch {
    return given;
  }
}

/**
 * Opens the corpus the URL names (`?corpus=…`), once per visit, and tells above every view why it
 * could not be opened, or that it was parsed here because another parser made it.
 */
export function CorpusFromUrl() {
  const lang = useLang();
  const { state } = useViewState();
  const open = useOpenCorpusFlow();
  const { last } = useCorpusState();
  const address = state.corpus ? corpusAddress(state.corpus) : null;

  useEffect(() => {
    if (!address || opened.has(address)) return;
    opened.add(address);
    void open({ url: address });
  }, [address, open]);

  if (!last || !address || last.name !== address) return null;
  if (last.problem)
    return (
      <p role="alert" data-testid="corpus-problem" className={PROBLEM}>
        {problemText(last.problem, last.name, lang)}
      </p>
    );
  if (wasReparsed(last))
    return (
      <p role="status" data-testid="corpus-reparsed-notice" className={NOTICE}>
        {pick(lang, REPARSED)}
      </p>
    );
  return null;
}
