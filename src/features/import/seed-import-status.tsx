import { pick } from "../../lib/i18n";
import { withThousands } from "../../lib/thousands";
import { useLang } from "../../lib/use-lang";
import { CorpusOpeningLabel } from "./corpus-opening-label";
import type { ImportPace } from "./import-pace";
import { useImportState } from "./import-store";

function paceText({ articlesPerSecond, secondsLeft }: ImportPace) {
  const rate = withThousands(articlesPerSecond);
  return {
    zh: ` · 每秒 ${rate} 篇 · 约剩 ${secondsLeft} 秒`,
    en: ` · ${rate} articles/s · about ${secondsLeft} s left`,
  };
}

const BAR =
  "border-b border-rose-200 bg-rose-50 px-4 py-2 text-sm text-rose-950 " +
  "dark:border-rose-900 dark:bg-rose-950 dark:text-rose-100";

/** The progress bar of a running import, at the top of every view. */
export function SeedImportStatus() {
  const lang = useLang();
  const { running, progress, pace } = useImportState();
  if (!running) return null;
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const label =
    running === "rereading" ? (
      pick(lang, {
        zh: `解析器已更新，正在重新读取已存的文件 ${done}/${total || "…"}`,
        en: `The parser was updated: reading the stored files again ${done}/${total || "…"}`,
      })
    ) : running === "corpus" ? (
      <CorpusOpeningLabel done={done} total={total} pace={pace} />
    ) : running === "seeds" ? (
      pick(lang, {
        zh: `正在导入内置文章 ${done}/${total || "…"}`,
        en: `Importing the bundled articles ${done}/${total || "…"}`,
      })
    ) : (
      <>
        {pick(lang, { zh: `正在导入文件 ${done}/${total}`, en: `Importing files ${done}/${total}` })}
        {pace && <span data-testid="import-pace">{pick(lang, paceText(pace))}</span>}
      </>
    );
  return (
    <div data-testid="seed-progress" role="status" className={BAR}>
      <label className="flex items-center gap-3">
        <span className="shrink-0">{label}</span>
        <progress className="h-2 w-full max-w-md accent-rose-800" max={Math.max(1, total)} value={done} />
      </label>
    </div>
  );
}
