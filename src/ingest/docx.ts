/**
 * The text of a Word document (.docx): a ZIP archive whose body is `word/document.xml`. Each
 * paragraph (`w:p`) is a line; runs of text (`w:t`) join within it; tabs and line breaks are kept.
 * Reports are often sent round as Word files, so they are read rather than refused.
 */
import { unzipSync } from "fflate";
import { parseDocument } from "htmlparser2";
import type { ChildNode } from "domhandler";

const BODY = "word/document.xml";
/** The body of a 5 MB document, inflated: anything larger is a ZIP bomb, not a report. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export type DocxResult = { ok: true; text: string } | { ok: false; reason: "not-docx" | "too-large" | "damaged" };

export function docxText(bytes: Uint8Array): DocxResult {
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== BODY) return false;
        tooLarge = file.originalSize > MAX_BODY_BYTES;
        return !tooLarge;
      },
    });
  } catch {
    return { ok: false, reason: "damaged" };
  }
  if (tooLarge) return { ok: false, reason: "too-large" };
  const body = files[BODY];
  if (!body) return { ok: false, reason: "not-docx" };
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return { ok: false, reason: "damaged" };
  }
  const lines: string[] = [];
  let line = "";
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type !== "tag") continue;
      switch (node.name) {
        case "w:t":
          for (const child of node.children) if (child.type === "text") line += child.data;
          break;
        case "w:tab":
          line += "\t";
          break;
        case "w:br":
        case "w:cr":
          line += "\n";
          break;
        // A text box is written twice, for new and old readers: the old one's copy is skipped.
        case "mc:Fallback":
          break;
        case "w:p":
          walk(node.children);
          lines.push(line);
          line = "";
          break;
        default:
          walk(node.children);
      }
    }
  };
  walk(parseDocument(xml, { xmlMode: true }).children);
  if (line) lines.push(line);
  return { ok: true, text: lines.join("\n") };
}
