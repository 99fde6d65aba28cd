import { serializeViewState, type ViewState } from "../../lib/url-state";

export const HOST_ORIGIN_PLACEHOLDER = "https://your-site.example";

/** The URL of the current view in embed mode: chrome hidden, the host's origin allowed to command it. */
export function embedUrl(appUrl: string, state: ViewState, hostOrigin: string): string {
  const embedded: ViewState = {
    ...state,
    embed: true,
    article: state.view === "articles" ? state.article : null,
    allowOrigins: [hostOrigin],
  };
  return `${appUrl.split(/[?#]/)[0]}${serializeViewState(embedded)}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** An iframe snippet a host page can paste; the host script sizes it from `tifa:resize`. */
export function embedSnippet(appUrl: string, state: ViewState, hostOrigin: string): string {
  const src = escapeAttribute(embedUrl(appUrl, state, hostOrigin));
  return `<iframe src="${src}" title="Tifa" style="width:100%;height:640px;border:0" loading="lazy"></iframe>`;
}
