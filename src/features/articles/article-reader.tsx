import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Loading } from "../../components/states";
import { meetingTypeLabel, pick, personLabel, provinceLabel, roleLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { articleDetailQuery } from "../../queries/reads";
import { highlightSegments } from "./highlight";

/** The normalized text with people and phrases highlighted, the facts beside it, the raw file a click away. */
export function ArticleReader({ id }: { id: string }) {
  const lang = useLang();
  const { update } = useViewState();
  const [raw, setRaw] = useState(false);
  const { data, isPending } = useQuery(articleDetailQuery(id));
  if (isPending) return <Loading />;
  if (!data)
    return <p role="alert">{pick(lang, { zh: "找不到这篇文章。", en: "This article is not in the database." })}</p>;
  const { article, document } = data;
  const facts: [string, string][] = [
    [pick(lang, { zh: "日期", en: "Date" }), article.date ?? "—"],
    [pick(lang, { zh: "发布", en: "Published" }), article.published ?? "—"],
    [pick(lang, { zh: "省份", en: "Province" }), article.province ? provinceLabel(article.province, lang) : "—"],
    [pick(lang, { zh: "城市", en: "City" }), article.city ?? "—"],
    [
      pick(lang, { zh: "会议类型", en: "Meeting type" }),
      (article.meetingType ? meetingTypeLabel(article.meetingType, lang) : null) ??
        (article.isMeeting ? "?" : pick(lang, { zh: "非会议", en: "not a meeting" })),
    ],
    [pick(lang, { zh: "文件", en: "File" }), document.fileName],
  ];
  return (
    <article data-testid="article-reader" className="grid gap-4 lg:grid-cols-3">
      <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm lg:col-span-2 dark:border-stone-700 dark:bg-stone-900">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-semibold">
            {article.title ?? pick(lang, { zh: "（无标题）", en: "(untitled)" })}
          </h2>
          <div className="flex gap-2">
            <button
              type="button"
              className="rounded border border-stone-300 px-2 py-1 text-sm dark:border-stone-600"
              aria-pressed={raw}
              data-testid="raw-toggle"
              onClick={() => setRaw((v) => !v)}
            >
              {pick(
                lang,
                raw ? { zh: "整理后的文本", en: "Normalized text" } : { zh: "原始文件", en: "Original file" },
              )}
            </button>
            <button
              type="button"
              className="rounded border border-stone-300 px-2 py-1 text-sm dark:border-stone-600"
              onClick={() => update({ article: null })}
            >
              {pick(lang, { zh: "返回列表", en: "Back to the list" })}
            </button>
          </div>
        </div>
        {raw ? (
          <pre data-testid="raw-text" className="max-h-[70vh] overflow-auto whitespace-pre-wrap break-words text-sm">
            {document.raw}
          </pre>
        ) : (
          <div data-testid="article-text" className="whitespace-pre-wrap text-[15px] leading-7">
            {highlightSegments(article).map((s, i) =>
              s.kind === "plain" ? (
                <span key={i}>{s.text}</span>
              ) : (
                <mark
                  key={i}
                  data-kind={s.kind}
                  title={s.label}
                  className={
                    s.kind === "person"
                      ? "rounded bg-sky-100 px-0.5 text-sky-950 dark:bg-sky-900 dark:text-sky-50"
                      : "rounded bg-amber-100 px-0.5 text-amber-950 dark:bg-amber-800 dark:text-amber-50"
                  }
                >
                  {s.text}
                </mark>
              ),
            )}
          </div>
        )}
      </div>
      <aside className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-sm dark:border-stone-700 dark:bg-stone-900">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {facts.map(([k, v]) => [
            <dt key={`${k}t`} className="text-stone-500 dark:text-stone-400">
              {k}
            </dt>,
            <dd key={`${k}d`}>{v}</dd>,
          ])}
        </dl>
        <section>
          <h3 className="font-medium">{pick(lang, { zh: "人物", en: "People" })}</h3>
          <ul data-testid="reader-people" className="mt-1 space-y-1">
            {article.people.map((p) => (
              <li key={p.name}>
                <span className="font-medium">{personLabel(p.name, lang)}</span> · {roleLabel(p.role, lang)}
                <div className="text-xs text-stone-500 dark:text-stone-400">{p.titles.join("、")}</div>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3 className="font-medium">{pick(lang, { zh: "提法", en: "Phrases" })}</h3>
          <ul className="mt-1 flex flex-wrap gap-1">
            {article.phrases.map((p) => (
              <li key={p.phrase}>
                <button
                  type="button"
                  className="rounded bg-amber-100 px-1.5 text-amber-950 hover:bg-amber-200 dark:bg-amber-800 dark:text-amber-50"
                  onClick={() => update({ view: "phrases", focusPhrase: p.phrase })}
                >
                  {p.phrase}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </aside>
    </article>
  );
}
