import type { Comparison } from "../../analytics/compare";
import { CARD, LINK_BUTTON } from "../../components/styles";
import { pick, personLabel, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";

type PhraseRow = Comparison["phrases"][number];

function PhraseList({ testId, title, rows }: { testId: string; title: string; rows: PhraseRow[] }) {
  const { update } = useViewState();
  return (
    <div>
      <h3 className="mb-1 font-medium">
        {title} ({rows.length})
      </h3>
      <ul className="flex flex-wrap gap-1" data-testid={testId}>
        {rows.map((r) => (
          <li key={r.phrase}>
            <button
              type="button"
              className="rounded bg-amber-100 px-1.5 text-amber-950 hover:bg-amber-200 dark:bg-amber-800 dark:text-amber-50"
              title={`${r.articles[0]} / ${r.articles[1]}`}
              onClick={() => update({ view: "phrases", focusPhrase: r.phrase })}
            >
              {r.phrase}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** People both provinces' reports name, and the phrases each used alone or both used. */
export function CompareLists({ c, a, b }: { c: Comparison; a: string; b: string }) {
  const lang = useLang();
  const { update } = useViewState();
  const [na, nb] = [provinceLabel(a, lang), provinceLabel(b, lang)];
  const only = (side: 0 | 1) => c.phrases.filter((p) => p.articles[side] > 0 && p.articles[1 - side] === 0);
  const both = c.phrases.filter((p) => p.articles[0] > 0 && p.articles[1] > 0);
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <section className={`p-3 text-sm ${CARD}`} aria-labelledby="shared-people-title">
        <h2 id="shared-people-title" className="mb-2 text-base font-semibold">
          {pick(lang, { zh: "共同的人物", en: "People in both" })}
        </h2>
        {c.shared.length === 0 ? (
          <p className="text-stone-500">{pick(lang, { zh: "没有", en: "None" })}</p>
        ) : (
          <ul className="space-y-1" data-testid="compare-people">
            {c.shared.map((p) => (
              <li key={p.id}>
                <button type="button" className={LINK_BUTTON} onClick={() => update({ view: "person", person: p.id })}>
                  {personLabel(p.name, lang)}
                </button>{" "}
                <span className="text-xs text-stone-500 dark:text-stone-400">
                  {na} {p.articles[0]} · {nb} {p.articles[1]} {pick(lang, { zh: "篇", en: "articles" })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={`space-y-3 p-3 text-sm lg:col-span-2 ${CARD}`} aria-labelledby="compare-phrases-title">
        <h2 id="compare-phrases-title" className="text-base font-semibold">
          {pick(lang, { zh: "提法", en: "Phrases" })}
        </h2>
        <PhraseList testId="phrases-both" title={pick(lang, { zh: "两省都用", en: "Used in both" })} rows={both} />
        <PhraseList testId="phrases-only-a" title={pick(lang, { zh: `仅${na}`, en: `Only ${na}` })} rows={only(0)} />
        <PhraseList testId="phrases-only-b" title={pick(lang, { zh: `仅${nb}`, en: `Only ${nb}` })} rows={only(1)} />
      </section>
    </div>
  );
}
