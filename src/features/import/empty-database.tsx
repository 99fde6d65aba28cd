import { useIsMutating, useQuery } from "@tanstack/react-query";
import { OUTLINE_BUTTON } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { countsQuery } from "../../queries/reads";
import { importMutationKey, useBringBackSeeds } from "../../queries/writes";
import { setImportState } from "./import-store";

const BAR =
  "flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm " +
  "text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100";

/**
 * Above every view when the database holds no article (after "Clear all"): says so, and brings
 * the bundled articles back on request. Hidden while any import runs, so a first visit, whose
 * database is empty until the bundled articles are in, never shows it.
 */
export function EmptyDatabase() {
  const lang = useLang();
  const { update } = useViewState();
  const { data: counts } = useQuery(countsQuery());
  const importing = useIsMutating({ mutationKey: importMutationKey }) > 0;
  const bringBack = useBringBackSeeds();
  if (!counts || counts.articles > 0 || importing) return null;
  const run = () =>
    void bringBack
      .mutateAsync((progress) => setImportState({ running: "seeds", progress }))
      .catch(() => undefined)
      .finally(() => setImportState({ running: null, progress: null }));
  return (
    <div data-testid="empty-database" role="status" className={BAR}>
      <span>
        {pick(lang, {
          zh: "这个浏览器里没有文章：数据已清空。",
          en: "There are no articles in this browser: the data was cleared.",
        })}
      </span>
      <button type="button" data-testid="bring-back-seeds" className={OUTLINE_BUTTON} onClick={run}>
        {pick(lang, { zh: "恢复内置文章", en: "Bring back the bundled articles" })}
      </button>
      <button type="button" className="underline" onClick={() => update({ view: "data" })}>
        {pick(lang, { zh: "或导入自己的文件", en: "or import your own files" })}
      </button>
    </div>
  );
}
