/** PDF.js's worker module, handed to PDF.js to run in the calling thread (ingest/pdf.ts). */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
