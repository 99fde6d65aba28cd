import { QueryClient } from "@tanstack/react-query";

/**
 * Every query reads local data (IndexedDB through a worker), so `networkMode: 'always'`:
 * an installed app offline would otherwise pause every query.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: "always", staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { networkMode: "always", retry: false },
    },
  });
}
