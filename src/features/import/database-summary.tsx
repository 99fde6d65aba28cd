import { useQuery } from "@tanstack/react-query";
import { CARD } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { countsQuery } from "../../queries/reads";
import { formatBytes, storageQuery } from "../../queries/storage";
import { BackupControls } from "./backup-controls";
import { UnreadDocuments } from "./unread-documents";

const EPHEMERAL =
  "mb-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 " +
  "dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100";

/** What the database holds, whether the browser keeps it, and the backup controls. */
export function DatabaseSummary() {
  const lang = useLang();
  const { data: counts } = useQuery(countsQuery());
  const { data: storage } = useQuery(storageQuery());
  const stats = [
    ["documents", { zh: "文档", en: "Documents" }, counts?.documents],
    ["articles", { zh: "文章", en: "Articles" }, counts?.articles],
    ["meetings", { zh: "会议", en: "Meetings" }, counts?.meetings],
    ["people", { zh: "人物", en: "People" }, counts?.people],
  ] as const;
  return (
    <section className={`p-4 ${CARD}`} aria-labelledby="db-title">
      <h2 id="db-title" className="mb-2 text-lg font-semibold">
        {pick(lang, { zh: "数据库", en: "Database" })}
      </h2>
      <dl className="mb-3 grid grid-cols-4 gap-2 text-center">
        {stats.map(([key, label, value]) => (
          <div key={key} className="rounded bg-stone-100 p-2 dark:bg-stone-800">
            <dt className="text-xs text-stone-600 dark:text-stone-400">{pick(lang, label)}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid={`count-${key}`}>
              {value ?? "…"}
            </dd>
          </div>
        ))}
      </dl>
      <UnreadDocuments />
      {counts?.ephemeral && !counts.storageFull && (
        <p role="alert" className={EPHEMERAL}>
          {pick(lang, {
            zh: "此浏览器不允许本页面存储数据（例如嵌入在其他网站中时）。数据只在本次访问中保留。",
            en:
              "This browser does not let this page store data (for example when embedded in another site). " +
              "The data lasts only for this visit.",
          })}
        </p>
      )}
      <p className="mb-3 text-xs text-stone-600 dark:text-stone-400" data-testid="storage-info">
        {pick(lang, { zh: "存储用量：", en: "Storage used: " })}
        {formatBytes(storage?.usage ?? null)} / {formatBytes(storage?.quota ?? null)}
        {" · "}
        {storage?.persisted
          ? pick(lang, { zh: "浏览器会保留这些数据", en: "the browser will keep this data" })
          : pick(lang, {
              zh: "浏览器在空间不足时可能清除这些数据：请定期备份",
              en: "the browser may evict this data when space runs low: back up regularly",
            })}
      </p>
      <BackupControls />
    </section>
  );
}
