import { MarkedText } from "../../components/marked-text";
import { LINK_BUTTON } from "../../components/styles";
import { dateLabel } from "../../lib/dates";
import { pick } from "../../lib/i18n";
import { titleLabel } from "../../lib/title-label";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { useTitleSources } from "./use-evidence";

const BADGE =
  "ml-1 inline-block rounded bg-emerald-100 px-1 text-[11px] font-medium text-emerald-900 " +
  "dark:bg-emerald-900 dark:text-emerald-100";

/** Each title the reports give the person, with the sentence it was read in and that report a click away. */
export function PersonTitles({ personId, name }: { personId: string; name: string }) {
  const lang = useLang();
  const { update } = useViewState();
  const { data: titles } = useTitleSources(personId);
  if (!titles?.length) return null;
  return (
    <section className="mb-3" data-testid="person-titles">
      <h3 className="font-medium">{pick(lang, { zh: "职务及其出处", en: "Titles and where they are read" })}</h3>
      <ul className="mt-1 space-y-2">
        {titles.map((t) => (
          <li key={t.title} data-testid="person-title">
            <div className="font-medium">
              {titleLabel(t.title, lang)}
              {t.byAnalyst && (
                <span className={BADGE} data-testid="title-by-analyst">
                  {pick(lang, { zh: "分析者所加，原文未写", en: "added by the analyst, not in the text" })}
                </span>
              )}
            </div>
            <blockquote className="border-l-2 border-amber-300 pl-2 text-xs" data-testid="title-sentence">
              <p>
                <MarkedText text={t.sentence} terms={[t.title, name]} />
              </p>
              <button
                type="button"
                className={`text-left ${LINK_BUTTON}`}
                onClick={() => update({ view: "articles", article: t.articleId })}
              >
                {dateLabel(t.date, lang)} · {t.articleTitle ?? pick(lang, { zh: "（无标题）", en: "(untitled)" })}
              </button>
              {t.otherReports > 0 && (
                <span className="ml-1 text-stone-500 dark:text-stone-400">
                  {pick(lang, {
                    zh: `（另有 ${t.otherReports} 篇报道）`,
                    en: `(and ${t.otherReports} more report${t.otherReports === 1 ? "" : "s"})`,
                  })}
                </span>
              )}
            </blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
