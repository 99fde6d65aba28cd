import { useMemo, useState } from "react";
import { pick } from "../../lib/i18n";
import { useGrowingCount } from "../../lib/use-growing-count";
import type { Lang } from "../../lib/url-state";
import { useLang } from "../../lib/use-lang";
import { problemText } from "../../lib/problem-text";
import type { FileResult } from "../../services";

/** Result lines rendered per task: a drop of hundreds of files shows them over a few frames. */
const LINES_PER_TASK = 100;

const DUPLICATE = { zh: "已存在，未作更改", en: "already there, nothing changed" };

function summaryText(results: readonly FileResult[], lang: Lang): string {
  const count = (status: FileResult["status"]) => results.filter((r) => r.status === status).length;
  const [imported, duplicate, failed] = [count("imported"), count("duplicate"), count("failed")];
  return pick(lang, {
    zh: `${results.length} 个文件：${imported} 个已导入，${duplicate} 个已存在，${failed} 个失败。`,
    en: `${results.length} file${results.length === 1 ? "" : "s"}: ${imported} imported, ${duplicate} already there, ${failed} failed.`,
  });
}

/**
 * A summary line, then one line per file in the order given: imported N articles, already there,
 * or failed and why. With failures among many files, the lines can be narrowed to the failed ones.
 */
export function FileResults({ results }: { results: readonly FileResult[] }) {
  const lang = useLang();
  const [failedOnly, setFailedOnly] = useState(false);
  // Kept from render to render: the lines shown grow per list, and start again only for a new one.
  const failed = useMemo(() => results.filter((r) => r.status === "failed"), [results]);
  if (!results.length) return null;
  const shown = failedOnly ? failed : results;
  return (
    <div className="mt-3 text-sm" aria-live="polite">
      <p data-testid="import-summary" className="font-medium">
        {summaryText(results, lang)}
        {failed.length > 0 && failed.length < results.length && (
          <button
            type="button"
            className="ml-2 underline"
            aria-pressed={failedOnly}
            onClick={() => setFailedOnly(!failedOnly)}
            data-testid="import-failed-only"
          >
            {failedOnly
              ? pick(lang, { zh: "显示全部", en: "show all" })
              : pick(lang, { zh: "只看失败的", en: "show the failed ones" })}
          </button>
        )}
      </p>
      <FileLines results={shown} lang={lang} />
    </div>
  );
}

function FileLines({ results, lang }: { results: readonly FileResult[]; lang: Lang }) {
  const shown = useGrowingCount(results, results.length, LINES_PER_TASK);
  return (
    <ul data-testid="import-results" className="mt-1 space-y-1">
      {results.slice(0, shown).map((r, i) => (
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
