/**
 * React access to the URL-held view state. `update` pushes a history entry (or replaces one),
 * so back/forward walk through filter changes.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { parseViewState, serializeViewState, type View, type ViewState } from "./url-state";
import type { Filters } from "../model/filters";

export interface ViewStateContext {
  state: ViewState;
  update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  setFilters: (patch: Partial<Filters>, options?: { replace?: boolean }) => void;
  /** The last view shown other than the Data page (what an analysis file opens on). */
  analysisView: () => View;
}

const Context = createContext<ViewStateContext | null>(null);

export function ViewStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => parseViewState(window.location.search));
  const current = useRef(state);
  const lastAnalysisView = useRef<View>(state.view === "data" ? "provinces" : state.view);
  const remember = (next: ViewState) => {
    if (next.view !== "data") lastAnalysisView.current = next.view;
  };

  useEffect(() => {
    const onPop = () => {
      current.current = parseViewState(window.location.search);
      remember(current.current);
      setState(current.current);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback((patch: Partial<ViewState>, options?: { replace?: boolean }) => {
    const next = { ...current.current, ...patch };
    const search = serializeViewState(next);
    // Nothing changes (a drop on the page already shown): no history entry, no render of every view.
    if (search === serializeViewState(current.current)) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (options?.replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
    current.current = next;
    remember(next);
    setState(next);
  }, []);

  const setFilters = useCallback(
    (patch: Partial<Filters>, options?: { replace?: boolean }) =>
      update({ filters: { ...current.current.filters, ...patch } }, options),
    [update],
  );

  const analysisView = useCallback(() => lastAnalysisView.current, []);
  const value = useMemo(() => ({ state, update, setFilters, analysisView }), [state, update, setFilters, analysisView]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useViewState(): ViewStateContext {
  const context = useContext(Context);
  if (!context) throw new Error("useViewState must be used inside <ViewStateProvider>");
  return context;
}
