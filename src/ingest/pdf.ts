/**
 * The text layer of a PDF, page by page, a line for each line of print, through PDF.js (its legacy
 * build runs in Node, in the page and in a Web Worker alike). PDF.js runs in the calling thread: its
 * own worker is handed to it as a module, so no script is fetched and nothing is evaluated. A scan,
 * or a font without a map to characters, has no text to give.
 */
type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

declare global {
  // PDF.js looks here for its worker's handler before it would start a worker of its own.
  var pdfjsWorker: unknown;
}

export type PdfResult = { ok: true; text: string } | { ok: false; reason: "no-text" | "damaged" };

let loading: Promise<PdfJs> | undefined;

/** PDF.js is loaded the first time a PDF comes: a large module no other file needs. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    globalThis.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return loading;
}

/** Items further apart than this, up or down, are on different lines (in text-space units). */
const LINE_GAP = 2;
const HAN = /[\u4e00-\u9fff]/;

export async function pdfText(bytes: Uint8Array): Promise<PdfResult> {
  const pdfjs = await loadPdfJs();
  let document: Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
  try {
    // PDF.js takes the buffer it is given, and refuses Node's Buffer: a plain copy keeps the caller's
    // bytes whole (Buffer's slice would share them).
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch {
    return { ok: false, reason: "damaged" };
  }
  const lines: string[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let line = "";
      let lineY: number | null = null;
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const y = item.transform[5] as number;
        if (lineY !== null && Math.abs(y - lineY) > LINE_GAP && line) {
          lines.push(line);
          line = "";
        }
        line += item.str;
        lineY = y;
        if (item.hasEOL) {
          lines.push(line);
          line = "";
          lineY = null;
        }
      }
      if (line) lines.push(line);
      page.cleanup();
    }
  } catch {
    return { ok: false, reason: "damaged" };
  } finally {
    await document.destroy();
  }
  const text = lines.join("\n");
  return HAN.test(text) ? { ok: true, text } : { ok: false, reason: "no-text" };
}
