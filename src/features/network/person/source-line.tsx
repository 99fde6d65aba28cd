import type { Source } from "../../../analytics/person";
import { LINK_BUTTON } from "../../../components/styles";
import { dateLabel } from "../../../lib/dates";
import { pick } from "../../../lib/i18n";
import { useLang } from "../../../lib/use-lang";
import { useViewState } from "../../../lib/view-state";

/** A dated source sentence, the name in it marked, its article a click away. */
export function SourceLine({ source, name }: { source: Source; name: string }) {
  const lang = useLang();
  const { update } = useViewState();
  const parts = source.sentence.split(name);
  return (
    <blockquote className="border-l-2 border-rose-200 pl-2 text-xs dark:border-rose-900" data-testid="source-sentence">
      <p>
        {parts.map((part, i) => (
          <span key={i}>
            {part}
            {i < parts.length - 1 && (
              <mark className="rounded bg-amber-200 px-0.5 dark:bg-amber-700 dark:text-white">{name}</mark>
            )}
          </span>
        ))}
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
