import type { Source } from "../../../analytics/person";
import { MarkedText } from "../../../components/marked-text";
import { LINK_BUTTON } from "../../../components/styles";
import { dateLabel } from "../../../lib/dates";
import { pick } from "../../../lib/i18n";
import { useLang } from "../../../lib/use-lang";
import { useViewState } from "../../../lib/view-state";

/** A dated source sentence, the name in it (and any other words it is evidence for) marked, its article a click away. */
export function SourceLine({ source, name, marks = [] }: { source: Source; name: string; marks?: readonly string[] }) {
  const lang = useLang();
  const { update } = useViewState();
  return (
    <blockquote className="border-l-2 border-rose-200 pl-2 text-xs dark:border-rose-900" data-testid="source-sentence">
      <p>
        <MarkedText text={source.sentence} terms={[name, ...marks]} />
      </p>
      <button
        type="button"
        className={LINK_BUTTON}
        onClick={() => update({ view: "articles", article: source.articleId })}
      >
        {dateLabel(source.date, lang)} · {source.title ?? pick(lang, { zh: "（无标题）", en: "(untitled)" })}
      </button>
    </blockquote>
  );
}
