import { useQuery } from "@tanstack/react-query";
import { ChartFrame } from "../../components/chart-frame";
import { Loading } from "../../components/states";
import { pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";
import { spreadOption } from "./to-option";

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

/** One phrase: its first use, how it spread across provinces, and the sentences it stands in. */
export function PhraseDetail({ phrase }: { phrase: string }) {
  const lang = useLang();
  const { state, update, setFilters } = useViewState();
  const detail = useQuery(aggregateQuery("phraseDetail", state.filters, { phrase, limit: 50 }));
  if (detail.isPending) return <Loading />;
  const data = detail.data;
  if (!data?.stat) return null;
  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="phrase-detail">
      <ChartFrame
        id="phrase-spread"
        title={{ zh: `“${phrase}”的传播`, en: `How “${phrase}” spread` }}
        option={data.spread.some((s) => s.date && !s.date.startsWith("--")) ? spreadOption(data.spread, lang) : null}
        rows={data.spread}
        columns={[
          { label: { zh: "省份", en: "Province" }, value: (s) => provinceLabel(s.province, lang) },
          { label: { zh: "首次使用", en: "First used" }, value: (s) => s.date ?? "?" },
        ]}
        isLoading={false}
        error={detail.error}
        height={Math.max(160, data.spread.length * 36 + 40)}
        onRowClick={(s) => update({ view: "articles", article: s.articleId })}
        note={
          <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
            <span>
              {pick(lang, { zh: "最早：", en: "First: " })}
              {data.stat.first.date ?? "?"} ·{" "}
              {data.stat.first.province ? provinceLabel(data.stat.first.province, lang) : "?"}
            </span>
            <button
              type="button"
              className="rounded border border-rose-300 px-2 py-0.5 text-rose-900 dark:border-rose-800 dark:text-rose-200"
              onClick={() => setFilters({ phrases: [...new Set([...state.filters.phrases, phrase])] })}
            >
              {pick(lang, { zh: "按此提法筛选", en: "Filter by this phrase" })}
            </button>
          </div>
        }
      />
      <section
        className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm dark:border-stone-700 dark:bg-stone-900"
        aria-labelledby="kwic-title"
      >
        <h2 id="kwic-title" className="mb-2 text-base font-semibold">
          {pick(lang, { zh: "原文语境", en: "In context" })}
        </h2>
        <ul className="max-h-96 space-y-2 overflow-auto text-sm" data-testid="kwic">
          {data.sentences.map((s) => (
            <li key={s.articleId} className="border-l-2 border-amber-300 pl-2">
              <p>
                <Highlighted sentence={s.sentence} phrase={phrase} />
              </p>
              <button
                type="button"
                className="text-xs text-rose-800 underline dark:text-rose-300"
                onClick={() => update({ view: "articles", article: s.articleId })}
              >
                {s.province ? provinceLabel(s.province, lang) : "?"} · {s.date ?? "?"} →{" "}
                {pick(lang, { zh: "阅读原文", en: "read the article" })}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
