export { GlobalDropZone } from "./global-drop-zone";
export { SeedImportStatus } from "./seed-import-status";
export { EmptyDatabase } from "./empty-database";
export { useBundledArticles } from "./use-bundled-articles";
export { StorageFullNotice } from "./storage-notice";
export { CorpusFromUrl } from "./corpus-from-url";
