import { useRef } from "react";
import type { ArticleDetail } from "../../services";
import type { TextSelection } from "./add-from-text";
import { highlightSegments } from "./highlight";
import { selectionIn } from "./text-selection";

const MARK = {
  person: "rounded bg-sky-100 px-0.5 text-sky-950 dark:bg-sky-900 dark:text-sky-50",
  phrase: "rounded bg-amber-100 px-0.5 text-amber-950 dark:bg-amber-800 dark:text-amber-50",
};

/** The normalized text with the people and phrases found in it marked; `onSelect` hears what is selected in it. */
export function ArticleText({
  article,
  onSelect,
}: {
  article: ArticleDetail["article"];
  onSelect?: (selection: TextSelection | null) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const selected = () => onSelect && ref.current && onSelect(selectionIn(ref.current));
  return (
    <div
      ref={ref}
      data-testid="article-text"
      className="whitespace-pre-wrap text-[15px] leading-7"
      onMouseUp={selected}
      onKeyUp={selected}
    >
      {highlightSegments(article).map((s, i) =>
        s.kind === "plain" ? (
          <span key={i}>{s.text}</span>
        ) : (
          <mark key={i} data-kind={s.kind} title={s.label} className={MARK[s.kind]}>
            {s.text}
          </mark>
        ),
      )}
    </div>
  );
}
