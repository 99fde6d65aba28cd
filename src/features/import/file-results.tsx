import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { problemText } from "../../lib/problem-text";
import type { FileResult } from "../../services";

const DUPLICATE = { zh: "已存在，未作更改", en: "already there, nothing changed" };

/** One line per file: imported N articles, already there, or failed and why. */
export function FileResults({ results }: { results: readonly FileResult[] }) {
  const lang = useLang();
  if (!results.length) return null;
  return (
    <ul data-testid="import-results" aria-live="polite" className="mt-3 space-y-1 text-sm">
      {results.map((r, i) => (
        <li
          key={`${r.file}-${i}`}
          data-status={r.status}
          className={
            r.status === "failed"
              ? "text-red-800 dark:text-red-300"
              : r.status === "duplicate"
                ? "text-stone-600 dark:text-stone-400"
                : "text-emerald-800 dark:text-emerald-300"
          }
        >
          <span className="font-medium">{r.file}</span>
          {": "}
          {r.status === "imported" &&
            pick(lang, {
              zh: `已导入 ${r.articles} 篇文章`,
              en: `imported ${r.articles} article${r.articles === 1 ? "" : "s"}`,
            })}
          {r.status === "duplicate" && pick(lang, DUPLICATE)}
          {r.status === "failed" &&
            `${pick(lang, { zh: "失败：", en: "failed: " })}${problemText(r.problem, r.file, lang)}`}
        </li>
      ))}
    </ul>
  );
}
