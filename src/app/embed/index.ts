export { useEmbedBridge } from "./use-embed-bridge";
export { EmbedButton } from "./embed-button";
