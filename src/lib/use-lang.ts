import { useEffect } from "react";
import { rememberedLang } from "./i18n";
import { loadPinyin, usePinyinLoaded } from "./pinyin";
import type { Lang } from "./url-state";
import { useViewState } from "./view-state";

/**
 * The language in force: the URL's, else the remembered or the browser's. In English it loads
 * pinyin for names, and the caller renders again once it has arrived.
 */
export function useLang(): Lang {
  const { state } = useViewState();
  const lang = state.lang ?? rememberedLang();
  usePinyinLoaded();
  useEffect(() => {
    if (lang === "en") void loadPinyin();
  }, [lang]);
  return lang;
}
