import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { openingLabel } from "./corpus-text";
import { useCorpusState } from "./corpus-store";
import type { ImportPace } from "./import-pace";

/** The last part of an address (`team.tifa-corpus`), or the name as it is. */
export function shortName(name: string): string {
  try {
    return new URL(name).pathname.split("/").pop() || name;
  } catch {
    return name;
  }
}

/**
 * The import bar's words while a corpus opens: documents done of its total, its pace (articles/s,
 * time left) and whether it is parsed here.
 */
export function CorpusOpeningLabel({ done, total, pace }: { done: number; total: number; pace: ImportPace | null }) {
  const lang = useLang();
  const { opening } = useCorpusState();
  if (!opening) return null;
  const label = openingLabel(shortName(opening.name), done, total, pace, opening.reparsing);
  return <span data-testid="corpus-opening">{pick(lang, label)}</span>;
}
