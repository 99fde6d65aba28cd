export { GlobalDropZone } from "./global-drop-zone";
export { SeedImportStatus } from "./seed-import-status";
export { importBundledArticles } from "./import-store";
