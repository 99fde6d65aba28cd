import type { ArticleSentences } from "../../analytics/link-evidence";
import { MarkedText } from "../../components/marked-text";
import { LINK_BUTTON } from "../../components/styles";
import { dateLabel } from "../../lib/dates";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";

/** One report's sentences naming the people, the names marked, the report a click away. */
export function ArticleSentencesBlock({ article, names }: { article: ArticleSentences; names: readonly string[] }) {
  const lang = useLang();
  const { update } = useViewState();
  return (
    <div className="border-l-2 border-rose-200 pl-2 dark:border-rose-900" data-testid="evidence-article">
      {article.sentences.map((s) => (
        <p key={s} className="text-xs" data-testid="evidence-sentence">
          <MarkedText text={s} terms={[...names, ...article.otherForms]} />
        </p>
      ))}
      {article.moreSentences > 0 && (
        <p className="text-xs text-stone-500 dark:text-stone-400">
          {pick(lang, {
            zh: `另有 ${article.moreSentences} 句，见原文。`,
            en: `${article.moreSentences} more sentence${article.moreSentences === 1 ? "" : "s"} in the article.`,
          })}
        </p>
      )}
      <button
        type="button"
        className={`text-left text-xs ${LINK_BUTTON}`}
        onClick={() => update({ view: "articles", article: article.articleId })}
      >
        {dateLabel(article.date, lang)} · {article.title ?? pick(lang, { zh: "（无标题）", en: "(untitled)" })} →{" "}
        {pick(lang, { zh: "阅读原文", en: "read the article" })}
      </button>
    </div>
  );
}
