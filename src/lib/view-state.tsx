/**
 * React access to the URL-held view state. `update` pushes a history entry (or replaces one),
 * so back/forward walk through filter changes.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { parseViewState, serializeViewState, type ViewState } from "./url-state";
import type { Filters } from "../model/filters";

export interface ViewStateContext {
  state: ViewState;
  update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  setFilters: (patch: Partial<Filters>, options?: { replace?: boolean }) => void;
}

const Context = createContext<ViewStateContext | null>(null);

export function ViewStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => parseViewState(window.location.search));
  const current = useRef(state);

  useEffect(() => {
    const onPop = () => {
      current.current = parseViewState(window.location.search);
      setState(current.current);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback((patch: Partial<ViewState>, options?: { replace?: boolean }) => {
    const next = { ...current.current, ...patch };
    const url = `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`;
    if (options?.replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
    current.current = next;
    setState(next);
  }, []);

  const setFilters = useCallback(
    (patch: Partial<Filters>, options?: { replace?: boolean }) =>
      update({ filters: { ...current.current.filters, ...patch } }, options),
    [update],
  );

  const value = useMemo(() => ({ state, update, setFilters }), [state, update, setFilters]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useViewState(): ViewStateContext {
  const context = useContext(Context);
  if (!context) throw new Error("useViewState must be used inside <ViewStateProvider>");
  return context;
}
