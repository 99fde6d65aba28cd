import type { ArticleDetail } from "../../services";
import { highlightSegments } from "./highlight";

const MARK = {
  person: "rounded bg-sky-100 px-0.5 text-sky-950 dark:bg-sky-900 dark:text-sky-50",
  phrase: "rounded bg-amber-100 px-0.5 text-amber-950 dark:bg-amber-800 dark:text-amber-50",
};

/** The normalized text with the people and phrases found in it marked. */
export function ArticleText({ article }: { article: ArticleDetail["article"] }) {
  return (
    <div data-testid="article-text" className="whitespace-pre-wrap text-[15px] leading-7">
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
