/** Bump whenever the output can change: the app re-derives stored documents when it does. */
export const PARSER_VERSION = "2026.11.29-333";
