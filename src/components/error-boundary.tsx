import type { ReactNode } from "react";
import { ErrorBoundary as Boundary, type FallbackProps } from "react-error-boundary";
import { ErrorNotice } from "./states";

function Fallback({ error }: FallbackProps) {
  return <ErrorNotice error={error} />;
}

/**
 * Keeps a failure inside the part that failed: one broken chart never blanks the page. A new
 * `resetKey` (another view, another option, other filters) renders the children again.
 */
export function ErrorBoundary({ resetKey, children }: { resetKey?: unknown; children: ReactNode }) {
  return (
    <Boundary FallbackComponent={Fallback} resetKeys={[resetKey]}>
      {children}
    </Boundary>
  );
}
