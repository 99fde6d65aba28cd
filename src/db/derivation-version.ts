/**
 * Bump whenever derivation (meeting or person matching) can give other rows for the same
 * articles: like a parser change, it rebuilds every derived row from the stored documents.
 */
export const DERIVATION_VERSION = "4";
