import { describe, expect, test } from "vitest";
import { parseDocument } from "../../src/ingest";
import { decodeFile } from "../../src/ingest/decode-file";
import { decodeProblem } from "../../src/db/decode-problem";
import { pdfOf } from "../support/pdf";

const REPORT = [
  "松岭县召开县委常委会会议",
  "3月4日，县委书记高文远主持召开县委常委",
  "会会议，县委副书记、县长宋立安出席会议。",
  "会议强调，要坚持“两个确立”，做到“两个维护”。",
];

describe("PDF documents", () => {
  test("a PDF's text layer is read a line for each printed line, page after page", async () => {
    expect(await decodeFile(pdfOf([REPORT.slice(0, 2), REPORT.slice(2)]), "report.pdf")).toEqual({
      ok: true,
      text: REPORT.join("\n"),
      encoding: "pdf",
    });
  });

  test("a report printed to PDF parses as its text does: lines wrapped by the printer are joined", async () => {
    const decoded = await decodeFile(pdfOf([REPORT]), "report.pdf");
    if (!decoded.ok) throw new Error(decoded.message);
    const parsed = parseDocument(decoded.text, { fileName: "report.pdf" });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.articles.map((a) => [a.title, a.date, a.people.map((p) => `${p.name}:${p.role}`)])).toEqual([
      ["松岭县召开县委常委会会议", "--03-04", ["高文远:主持", "宋立安:出席"]],
    ]);
    expect(parsed.articles[0]!.phrases.map((p) => p.phrase)).toEqual(["两个确立", "两个维护"]);
  });

  test("a PDF with no Chinese text (a scan) and a damaged one are refused in plain words", async () => {
    const scan = await decodeFile(pdfOf([["Page 1"]]), "scan.pdf");
    expect(scan).toEqual({
      ok: false,
      reason: "undecodable",
      pdf: "no-text",
      message:
        "scan.pdf is a PDF with no text to read: a scan, or text in a font without a map to its characters. Copy its text into a .txt file and try again.",
    });
    if (!scan.ok) expect(decodeProblem(scan, 100)).toEqual({ kind: "pdf-unreadable", cause: "no-text" });
    const cut = await decodeFile(new TextEncoder().encode("%PDF-1.7\n1 0 obj"), "cut.pdf");
    expect(cut).toMatchObject({ ok: false, reason: "undecodable", pdf: "damaged" });
  });

  test("a file read by Node (a Buffer) is read too", async () => {
    expect(await decodeFile(Buffer.from(pdfOf([REPORT])), "report.pdf")).toMatchObject({ ok: true, encoding: "pdf" });
  });

  test("the caller's bytes stay whole: PDF.js reads a copy", async () => {
    const bytes = pdfOf([REPORT]);
    const before = bytes.length;
    await decodeFile(bytes, "report.pdf");
    expect(bytes.length).toBe(before);
    expect((await decodeFile(bytes, "again.pdf")).ok).toBe(true);
  });
});
