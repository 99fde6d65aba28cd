import type { PhraseDetail } from "../../analytics/phrases";
import { CARD, LINK_BUTTON } from "../../components/styles";
import { pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { dateLabel } from "../../lib/dates";

function Highlighted({ sentence, phrase }: { sentence: string; phrase: string }) {
  const parts = sentence.split(phrase);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && (
            <mark className="rounded bg-amber-200 px-0.5 dark:bg-amber-700 dark:text-white">{phrase}</mark>
          )}
        </span>
      ))}
    </>
  );
}

/** The sentences a phrase stands in (keyword in context), each leading to its article. */
export function PhraseContext({ phrase, sentences }: { phrase: string; sentences: PhraseDetail["sentences"] }) {
  const lang = useLang();
  const { update } = useViewState();
  return (
    <section className={`p-3 ${CARD}`} aria-labelledby="kwic-title">
      <h2 id="kwic-title" className="mb-2 text-base font-semibold">
        {pick(lang, { zh: "原文语境", en: "In context" })}
      </h2>
      <ul className="max-h-96 space-y-2 overflow-auto text-sm" data-testid="kwic">
        {sentences.map((s) => (
          <li key={s.articleId} className="border-l-2 border-amber-300 pl-2">
            <p>
              <Highlighted sentence={s.sentence} phrase={phrase} />
            </p>
            <button
              type="button"
              className={`text-xs ${LINK_BUTTON}`}
              onClick={() => update({ view: "articles", article: s.articleId })}
            >
              {s.province ? provinceLabel(s.province, lang) : "?"} · {dateLabel(s.date, lang)} →{" "}
              {pick(lang, { zh: "阅读原文", en: "read the article" })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
