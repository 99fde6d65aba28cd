/**
 * Service-worker registration with a visible choice: a new version waits until the user reloads
 * into it, so nobody is swapped to new code mid-work.
 */
import { useRegisterSW } from "virtual:pwa-register/react";
import { pick, rememberedLang } from "../../lib/i18n";
import { useViewState } from "../../lib/view-state";

const TEXT = {
  update: { zh: "新版本可用。", en: "A new version is available." },
  reload: { zh: "重新加载", en: "Reload" },
  offline: { zh: "已可离线使用。", en: "Ready to work offline." },
  dismiss: { zh: "关闭", en: "Dismiss" },
};

export function ReloadPrompt() {
  const { state } = useViewState();
  const lang = state.lang ?? rememberedLang();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  if (!needRefresh && !offlineReady) return null;
  const dismiss = () => {
    setNeedRefresh(false);
    setOfflineReady(false);
  };
  return (
    <div
      role="status"
      data-testid="pwa-prompt"
      className="fixed bottom-4 right-4 z-40 flex items-center gap-3 rounded-lg border border-stone-300 bg-white px-4 py-3 text-sm text-stone-900 shadow-lg dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
    >
      <span>{pick(lang, needRefresh ? TEXT.update : TEXT.offline)}</span>
      {needRefresh && (
        <button
          type="button"
          data-testid="pwa-reload"
          onClick={() => void updateServiceWorker(true)}
          className="rounded bg-rose-800 px-3 py-1 text-white hover:bg-rose-900"
        >
          {pick(lang, TEXT.reload)}
        </button>
      )}
      <button
        type="button"
        onClick={dismiss}
        className="rounded border border-stone-300 px-3 py-1 dark:border-stone-600"
      >
        {pick(lang, TEXT.dismiss)}
      </button>
    </div>
  );
}
