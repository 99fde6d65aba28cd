/**
 * The services as comlink serves them: each service is marked as a proxy, so the page calls
 * `remote.imports.importFiles(...)` with the services' own types.
 */
import { expose, proxy, type Endpoint, type ProxyMarked } from "comlink";
import type { TifaApi } from "../services";

export type TifaEndpoint = { [K in keyof TifaApi]: TifaApi[K] & ProxyMarked };

export function serve(api: TifaApi, endpoint?: Endpoint): void {
  const marked: TifaEndpoint = {
    imports: proxy(api.imports),
    analytics: proxy(api.analytics),
    notes: proxy(api.notes),
    analysis: proxy(api.analysis),
    corrections: proxy(api.corrections),
    corpus: proxy(api.corpus),
  };
  expose(marked, endpoint);
}
