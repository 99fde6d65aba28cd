import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import type { CorrectionChange } from "../../model/correction";
import type { ArticleDetail } from "../../services";

const PHRASE = "rounded bg-amber-100 px-1.5 text-amber-950 hover:bg-amber-200 dark:bg-amber-800 dark:text-amber-50";
const REMOVE =
  "ml-0.5 rounded px-1 text-xs text-stone-600 hover:bg-red-100 hover:text-red-800 " +
  "dark:text-stone-300 dark:hover:bg-red-900 dark:hover:text-red-100";

/** The article's phrases, each opening its detail; in correcting mode each can be removed. */
export function ArticlePhrases({
  article,
  editing,
  onCorrect,
}: {
  article: ArticleDetail["article"];
  editing: boolean;
  onCorrect: (changes: CorrectionChange[]) => void;
}) {
  const lang = useLang();
  const { update } = useViewState();
  return (
    <ul className="mt-1 flex flex-wrap gap-1" data-testid="reader-phrases">
      {article.phrases.map((p) => (
        <li key={p.phrase} className="flex items-center">
          <button type="button" className={PHRASE} onClick={() => update({ view: "phrases", focusPhrase: p.phrase })}>
            {p.phrase}
          </button>
          {editing && (
            <button
              type="button"
              className={REMOVE}
              aria-label={pick(lang, { zh: `删除提法“${p.phrase}”`, en: `Remove the phrase “${p.phrase}”` })}
              data-testid="remove-phrase"
              onClick={() => onCorrect([{ kind: "removePhrase", phrase: p.phrase }])}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
