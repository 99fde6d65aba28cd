import { useState } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { ErrorBoundary } from "../components/error-boundary";
import { createQueryClient } from "../lib/query-client";
import { ViewStateProvider } from "../lib/view-state";
import { Shell } from "./shell";

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <ViewStateProvider>
          <Shell />
        </ViewStateProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
