import { useQuery } from "@tanstack/react-query";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { countsQuery } from "../../queries/reads";

const NOTICE =
  "border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 " +
  "dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100";

/** Above every view when the browser's storage was full at the start: the visit works, nothing is kept. */
export function StorageFullNotice() {
  const lang = useLang();
  const { data: counts } = useQuery(countsQuery());
  if (!counts?.storageFull) return null;
  return (
    <p role="alert" data-testid="storage-full" className={NOTICE}>
      {pick(lang, {
        zh:
          "此浏览器为本网站提供的存储空间已满，数据无法保存：" +
          "本次访问中的一切只保留到关闭页面为止。" +
          "请释放空间（删除其他网站的数据）后重新打开。",
        en:
          "This browser's storage for this site is full, so nothing can be kept: " +
          "everything in this visit lasts until the page is closed. " +
          "Free some space (remove other sites' data) and open Tifa again.",
      })}
    </p>
  );
}
