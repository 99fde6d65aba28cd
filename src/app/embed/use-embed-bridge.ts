/**
 * The embedded dashboard's side of the postMessage API: announces itself, reports selections
 * and its content height to the host, and takes `tifa:setFilters` from allowed origins only.
 */
import { useEffect, useMemo, useRef } from "react";
import type { ViewStateContext } from "../../lib/view-state";
import { isAllowedOrigin, parseAllowedOrigins } from "./origins";
import { PROTOCOL_VERSION, parseCommand, type OutgoingMessage } from "./messages";
import { selectionsBetween } from "./selection-diff";

/** Exact origins can be a postMessage target; a wildcard entry is reached through the referrer. */
function targetOrigins(allowed: readonly string[]): string[] {
  const exact = allowed.filter((o) => !o.includes("*"));
  let referrer: string | null = null;
  try {
    referrer = document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    referrer = null;
  }
  if (referrer && !exact.includes(referrer) && isAllowedOrigin(referrer, allowed)) exact.push(referrer);
  return exact;
}

export function useEmbedBridge({ state, update }: ViewStateContext): void {
  const embedded = state.embed && window.parent !== window;
  const allowed = useMemo(() => parseAllowedOrigins(state.allowOrigins), [state.allowOrigins]);
  const targets = useMemo(() => targetOrigins(allowed), [allowed]);
  const previous = useRef(state);
  const fromHost = useRef(false);

  const post = useMemo(
    () => (message: OutgoingMessage) => {
      for (const origin of targets) window.parent.postMessage(message, origin);
    },
    [targets],
  );

  useEffect(() => {
    if (!embedded) return;
    post({
      type: "tifa:ready",
      version: PROTOCOL_VERSION,
      view: previous.current.view,
      filters: previous.current.filters,
    });
  }, [embedded, post]);

  useEffect(() => {
    if (!embedded) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !isAllowedOrigin(event.origin, allowed)) return;
      const command = parseCommand(event.data);
      if (!command) return;
      fromHost.current = true;
      const current = previous.current;
      update(
        {
          filters: { ...current.filters, ...command.filters },
          ...(command.view ? { view: command.view } : {}),
          ...(command.lang ? { lang: command.lang } : {}),
          ...(command.theme ? { theme: command.theme } : {}),
        },
        { replace: true },
      );
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [embedded, allowed, update]);

  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (!embedded) return;
    if (fromHost.current) {
      fromHost.current = false;
      return;
    }
    for (const selection of selectionsBetween(before, state)) post({ type: "tifa:selection", selection });
  }, [embedded, state, post]);

  useEffect(() => {
    if (!embedded) return;
    let last = 0;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height !== last) post({ type: "tifa:resize", height: (last = height) });
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [embedded, post]);
}
