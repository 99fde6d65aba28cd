import type { ReactNode } from "react";
import { pick, type Text } from "../lib/i18n";
import { useLang } from "../lib/use-lang";

const CENTRED = "flex h-full min-h-24 items-center justify-center text-sm text-stone-500 dark:text-stone-400";

export function Loading({ label }: { label?: Text }) {
  const lang = useLang();
  return (
    <div role="status" className={CENTRED}>
      <span className="mr-2 inline-block h-3 w-3 animate-pulse rounded-full bg-rose-700" aria-hidden="true" />
      {pick(lang, label ?? { zh: "加载中…", en: "Loading…" })}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const lang = useLang();
  return (
    <div className={`${CENTRED} flex-col gap-2 p-4 text-center`}>
      <p>{pick(lang, { zh: "这些筛选条件下没有数据。", en: "No data for these filters." })}</p>
      {children}
    </div>
  );
}

const ALERT =
  "rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 " +
  "dark:border-red-800 dark:bg-red-950 dark:text-red-100";

export function ErrorNotice({ error }: { error: unknown }) {
  const lang = useLang();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className={ALERT}>
      {pick(lang, { zh: "无法显示这部分内容：", en: "This part could not be shown: " })}
      {detail}
    </div>
  );
}
