import type { ReactNode } from "react";
import { useViewState } from "../lib/view-state";
import { ErrorBoundary } from "./error-boundary";

/**
 * The error boundary around one part of a view (a chart with its hook and option builder, a
 * side panel): if it fails, the rest of the view stays. Anything the reader changes in the URL
 * (filters, selection, language) tries it again.
 */
export function PartBoundary({ children }: { children: ReactNode }) {
  const { state } = useViewState();
  return <ErrorBoundary resetKey={state}>{children}</ErrorBoundary>;
}
