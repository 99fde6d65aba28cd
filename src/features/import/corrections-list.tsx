import { useQuery } from "@tanstack/react-query";
import { CARD, LINK_BUTTON, OUTLINE_BUTTON } from "../../components/styles";
import { changeText } from "../../lib/correction-text";
import { pick } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { useUndoCorrection } from "../../queries/corrections";
import { correctionsQuery } from "../../queries/reads";
import type { CorrectionItem } from "../../services";

const ORPHANED = "rounded bg-amber-100 px-1 text-xs font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-100";

const ORPHAN_NOTE = {
  zh: "更正的对象在当前解析结果中已找不到，因此未生效；保留在此，可撤销。",
  en: "What it corrects is no longer in the parsed text, so it changes nothing; it is kept here until you undo it.",
};

function when(createdAt: number, lang: Lang): string {
  return new Date(createdAt).toLocaleString(lang === "zh" ? "zh-CN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
}

/** Where a correction applies: its article (a click opens it), or every article for a merge of two people. */
function Target({ item }: { item: CorrectionItem }) {
  const lang = useLang();
  const { update } = useViewState();
  if (item.record.articleIndex === null) return <>{pick(lang, { zh: "所有文章", en: "every article" })}</>;
  const title =
    item.articleTitle ?? `${pick(lang, { zh: "（无标题）", en: "(untitled)" })} · ${item.articleFile ?? ""}`;
  if (!item.articleId) return <>{pick(lang, { zh: "（已不在数据库中）", en: "(no longer in the database)" })}</>;
  return (
    <button
      type="button"
      className={`text-left ${LINK_BUTTON}`}
      onClick={() => update({ view: "articles", article: item.articleId })}
    >
      {title}
    </button>
  );
}

function Row({ item, onUndo, busy }: { item: CorrectionItem; onUndo: () => void; busy: boolean }) {
  const lang = useLang();
  const { field, from, to } = changeText(item.record.change, lang);
  return (
    <li className="py-2" data-testid="correction" data-orphaned={item.orphaned}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span>
          <span className="font-medium">{field}</span>
          {pick(lang, { zh: "：", en: ": " })}
          {from} → {to}
          {item.orphaned && (
            <span className={`ml-2 ${ORPHANED}`} data-testid="orphaned" title={pick(lang, ORPHAN_NOTE)}>
              {pick(lang, { zh: "失效", en: "orphaned" })}
            </span>
          )}
        </span>
        <button type="button" className={OUTLINE_BUTTON} onClick={onUndo} disabled={busy} data-testid="undo-correction">
          {pick(lang, { zh: "撤销", en: "Undo" })}
        </button>
      </div>
      <div className="text-xs text-stone-500 dark:text-stone-400">
        <Target item={item} /> · {when(item.record.createdAt, lang)}
        {item.record.author && ` · ${item.record.author}`}
      </div>
    </li>
  );
}

/** Every correction, newest first, with Undo; those whose target is gone are flagged, never hidden. */
export function CorrectionsList() {
  const lang = useLang();
  const { data: items } = useQuery(correctionsQuery());
  const undo = useUndoCorrection();
  const orphaned = items?.filter((i) => i.orphaned).length ?? 0;
  return (
    <section className={`p-4 lg:col-span-2 ${CARD}`} aria-labelledby="corrections-title" data-testid="corrections">
      <h2 id="corrections-title" className="text-lg font-semibold">
        {pick(lang, { zh: "更正", en: "Corrections" })}
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {!items?.length
          ? pick(lang, {
              zh: "还没有更正。在文章阅读页点“更正”即可修改解析结果。",
              en: "No corrections yet. “Correct” in the article reader changes what the parser read.",
            })
          : pick(lang, {
              zh: `${items.length} 项更正，覆盖在解析结果之上${orphaned ? `；${orphaned} 项失效（${ORPHAN_NOTE.zh}）` : ""}。`,
              en: `${items.length} ${items.length === 1 ? "correction" : "corrections"} over what the parser read${orphaned ? `; ${orphaned} orphaned (${ORPHAN_NOTE.en})` : ""}.`,
            })}
      </p>
      {!!items?.length && (
        <ul className="divide-y divide-stone-200 text-sm dark:divide-stone-700">
          {items.map((item) => (
            <Row key={item.record.id} item={item} busy={undo.isPending} onUndo={() => undo.mutate(item.record.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
