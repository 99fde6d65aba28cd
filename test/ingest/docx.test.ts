import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { decodeBytes, parseFile } from "../../src/ingest";
import { decodeProblem } from "../../src/db/decode-problem";
import { docxOf } from "../support/docx";

const REPORT = [
  "松岭县召开县委常委会会议",
  "发布时间：2031-03-05",
  "3月4日，县委书记高文远主持召开县委常委会会议，县委副书记、县长宋立安出席会议。",
  "会议强调，要坚持“两个确立”，做到“两个维护”。",
];

describe("Word documents (.docx)", () => {
  test("each paragraph is a line; runs join, tabs stay and entities are read", () => {
    const bytes = docxOf(["甲|乙丙", "左\t右", "A & B <会议>"]);
    expect(decodeBytes(bytes, "a.docx")).toEqual({ ok: true, text: "甲乙丙\n左\t右\nA & B <会议>", encoding: "docx" });
  });

  test("a report sent as a Word document parses as its text does", () => {
    const fromWord = parseFile("report.docx", docxOf(REPORT));
    const fromText = parseFile("report.txt", new TextEncoder().encode(REPORT.join("\n")));
    expect(fromWord.ok && fromText.ok).toBe(true);
    if (!fromWord.ok || !fromText.ok) return;
    expect(fromWord.articles.map((a) => [a.title, a.date, a.people.map((p) => `${p.name}:${p.role}`)])).toEqual([
      ["松岭县召开县委常委会会议", "2031-03-04", ["高文远:主持", "宋立安:出席"]],
    ]);
    expect(fromWord.articles.map((a) => a.phrases.map((p) => p.phrase))).toEqual(
      fromText.articles.map((a) => a.phrases.map((p) => p.phrase)),
    );
  });

  test("a text box, written twice for new and old readers, is read once", () => {
    const body =
      `<w:document xmlns:w="w" xmlns:mc="mc"><w:body><w:p><w:r><mc:AlternateContent>` +
      `<mc:Choice><w:txbxContent><w:p><w:r><w:t>框中文字</w:t></w:r></w:p></w:txbxContent></mc:Choice>` +
      `<mc:Fallback><w:txbxContent><w:p><w:r><w:t>框中文字</w:t></w:r></w:p></w:txbxContent></mc:Fallback>` +
      `</mc:AlternateContent></w:r></w:p><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = zipSync({ "word/document.xml": strToU8(body) });
    expect(decodeBytes(bytes, "box.docx")).toMatchObject({ ok: true, text: "框中文字\n\n正文" });
  });

  test("a Word document with no text is empty", () => {
    expect(decodeBytes(docxOf([""]), "blank.docx")).toMatchObject({ ok: false, reason: "empty" });
  });

  test("a damaged Word document is refused in plain words", () => {
    const cut = docxOf(REPORT).slice(0, 200);
    const failure = decodeBytes(cut, "cut.docx");
    expect(failure).toEqual({
      ok: false,
      reason: "undecodable",
      word: true,
      message:
        "cut.docx is a Word document whose text could not be read: it may be damaged, or too large once unpacked. Save it again in Word, or as .txt, and try again.",
    });
    if (!failure.ok) expect(decodeProblem(failure, cut.length)).toEqual({ kind: "word-unreadable" });
  });

  test("other ZIP archives (a spreadsheet, a damaged archive not named .docx) stay refused as binary", () => {
    const sheet = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
    expect(decodeBytes(sheet, "table.xlsx")).toMatchObject({ ok: false, reason: "binary", format: "zip" });
    expect(decodeBytes(docxOf(REPORT).slice(0, 200), "files.zip")).toMatchObject({
      ok: false,
      reason: "binary",
      format: "zip",
    });
  });
});
