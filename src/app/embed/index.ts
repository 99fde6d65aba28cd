export { EmbedButton } from "./embed-button";
