import { rememberedLang } from "./i18n";
import type { Lang } from "./url-state";
import { useViewState } from "./view-state";

/** The language in force: the URL's, else the remembered or the browser's. */
export function useLang(): Lang {
  const { state } = useViewState();
  return state.lang ?? rememberedLang();
}
