import { postEnglish } from "../model/posts";
import type { Lang } from "./url-state";

/** In English: "省民政厅党组书记 (Party Secretary of the Leading Party Group)"; a title no post covers, and Chinese, as written. */
export function titleLabel(title: string, lang: Lang): string {
  const en = lang === "en" ? postEnglish(title) : null;
  return en ? `${title} (${en})` : title;
}
