import { useSyncExternalStore } from "react";
import { useViewState } from "./view-state";

const query = () => window.matchMedia("(prefers-color-scheme: dark)");

function subscribe(onChange: () => void): () => void {
  const media = query();
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

/** Dark when the URL says so, else when the system prefers it. */
export function useDark(): boolean {
  const { state } = useViewState();
  const systemDark = useSyncExternalStore(
    subscribe,
    () => query().matches,
    () => false,
  );
  return state.theme ? state.theme === "dark" : systemDark;
}
