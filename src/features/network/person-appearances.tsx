import type { PersonDetail } from "../../analytics/person-detail";
import { LINK_BUTTON } from "../../components/styles";
import { pick, provinceLabel, roleLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { dateLabel } from "../../lib/dates";
import { titleLabel } from "../../lib/title-label";

/** Each appearance: when, where, in what role and with which titles; its article a click away. */
export function PersonAppearances({ appearances }: { appearances: PersonDetail["appearances"] }) {
  const lang = useLang();
  const { update } = useViewState();
  return (
    <ol className="mt-1 space-y-2">
      {appearances.map((a) => (
        <li key={a.articleId} className="border-l-2 border-rose-200 pl-2 dark:border-rose-900">
          <div className="text-xs text-stone-500 dark:text-stone-400">
            {dateLabel(a.date, lang)} · {a.province ? provinceLabel(a.province, lang) : ""} · {roleLabel(a.role, lang)}
          </div>
          <div>{a.titles.map((t) => titleLabel(t, lang)).join("、") || "—"}</div>
          <button
            type="button"
            className={`text-left ${LINK_BUTTON}`}
            onClick={() => update({ view: "articles", article: a.articleId })}
          >
            {a.title ?? pick(lang, { zh: "（无标题）", en: "(untitled)" })}
          </button>
        </li>
      ))}
    </ol>
  );
}
