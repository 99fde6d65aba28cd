import type { ViewStateContext } from "../../lib/view-state";
import { useEmbedBridge } from "./use-embed-bridge";

/**
 * The postMessage bridge, loaded only in an embedded page: its origin checks carry the
 * public-suffix list, which a normal visit does not need.
 */
export default function EmbedBridge({ context }: { context: ViewStateContext }) {
  useEmbedBridge(context);
  return null;
}
