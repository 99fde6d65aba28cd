import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { openingLabel } from "./corpus-text";
import { useCorpusState } from "./corpus-store";

/** The last part of an address (`team.tifa-corpus`), or the name as it is. */
export function shortName(name: string): string {
  try {
    return new URL(name).pathname.split("/").pop() || name;
  } catch {
    return name;
  }
}

/** The import bar's words while a corpus opens: documents done of its total, articles/s, and whether it is parsed here. */
export function CorpusOpeningLabel({ done, total }: { done: number; total: number }) {
  const lang = useLang();
  const { opening } = useCorpusState();
  if (!opening) return null;
  const label = openingLabel(shortName(opening.name), done, total, opening.articlesPerSecond, opening.reparsing);
  return <>{pick(lang, label)}</>;
}
