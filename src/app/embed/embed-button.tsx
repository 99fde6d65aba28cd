import { useId, useState } from "react";
import { pick, rememberedLang } from "../../lib/i18n";
import { useViewState } from "../../lib/view-state";
import { HOST_ORIGIN_PLACEHOLDER, embedSnippet } from "./embed-snippet";
import { EmbedDialog } from "./embed-dialog";

const TEXT = {
  button: { zh: "嵌入", en: "Embed" },
  title: { zh: "在你的页面中嵌入此视图", en: "Embed this view in your page" },
  origin: { zh: "你的网站来源（可向仪表盘发送命令）", en: "Your site's origin (allowed to send commands)" },
  copy: { zh: "复制", en: "Copy" },
  copied: { zh: "已复制", en: "Copied" },
  close: { zh: "关闭", en: "Close" },
  help: {
    zh: "仪表盘会向父页面发送 tifa:ready、tifa:selection 和 tifa:resize，并接受来自该来源的 tifa:setFilters。",
    en: "The dashboard posts tifa:ready, tifa:selection and tifa:resize to the host and accepts tifa:setFilters from that origin.",
  },
};

export function EmbedButton() {
  const { state } = useViewState();
  const lang = state.lang ?? rememberedLang();
  const [open, setOpen] = useState(false);
  const [origin, setOrigin] = useState(HOST_ORIGIN_PLACEHOLDER);
  const [copied, setCopied] = useState(false);
  const titleId = useId();
  const originId = useId();
  const snippet = embedSnippet(window.location.href, state, origin.trim() || HOST_ORIGIN_PLACEHOLDER);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <>
      <button
        type="button"
        data-testid="embed-button"
        onClick={() => setOpen(true)}
        className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {pick(lang, TEXT.button)}
      </button>
      {open && (
        <EmbedDialog titleId={titleId} onClose={() => setOpen(false)}>
          <h2 id={titleId} className="mb-3 text-lg font-semibold">
            {pick(lang, TEXT.title)}
          </h2>
          <label htmlFor={originId} className="mb-1 block text-sm">
            {pick(lang, TEXT.origin)}
          </label>
          <input
            id={originId}
            value={origin}
            onChange={(e) => setOrigin(e.target.value)}
            className="mb-3 w-full rounded border border-stone-300 px-2 py-1 font-mono text-sm dark:border-stone-600 dark:bg-stone-800"
          />
          <textarea
            readOnly
            data-testid="embed-snippet"
            value={snippet}
            aria-label="iframe"
            rows={5}
            className="w-full rounded border border-stone-300 p-2 font-mono text-xs dark:border-stone-600 dark:bg-stone-800"
          />
          <p className="my-2 text-sm text-stone-600 dark:text-stone-300">{pick(lang, TEXT.help)}</p>
          <div className="flex justify-end gap-2">
            <button type="button" onClick={copy} className="rounded bg-rose-800 px-3 py-1 text-white hover:bg-rose-900">
              {pick(lang, copied ? TEXT.copied : TEXT.copy)}
            </button>
            <button
              type="button"
              onClick={() => setOpen(false)}
              className="rounded border border-stone-300 px-3 py-1 dark:border-stone-600"
            >
              {pick(lang, TEXT.close)}
            </button>
          </div>
        </EmbedDialog>
      )}
    </>
  );
}
