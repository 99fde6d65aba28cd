import { describe, expect, test } from "vitest";
import { decodeBytes, MAX_FILE_BYTES, parseFile } from "../../src/ingest";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeBytes", () => {
  test("UTF-8 with and without BOM", () => {
    expect(decodeBytes(utf8("民政厅召开会议"))).toEqual({ ok: true, text: "民政厅召开会议", encoding: "utf-8" });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("会议")]))).toEqual({
      ok: true,
      text: "会议",
      encoding: "utf-8",
    });
  });
  test("UTF-16 with a BOM, both byte orders", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x1a, 0x4f, 0xae, 0x8b]);
    const be = new Uint8Array([0xfe, 0xff, 0x4f, 0x1a, 0x8b, 0xae]);
    expect(decodeBytes(le)).toEqual({ ok: true, text: "会议", encoding: "utf-16le" });
    expect(decodeBytes(be)).toEqual({ ok: true, text: "会议", encoding: "utf-16be" });
  });
  test("GB18030/GBK when the bytes are not UTF-8", () => {
    // 会议 in GBK
    expect(decodeBytes(new Uint8Array([0xbb, 0xe1, 0xd2, 0xe9]))).toEqual({
      ok: true,
      text: "会议",
      encoding: "gb18030",
    });
  });
  test("empty and whitespace-only files are empty", () => {
    expect(decodeBytes(new Uint8Array(), "a.txt")).toMatchObject({
      ok: false,
      reason: "empty",
      message: "a.txt is empty: there is no text to import.",
    });
    expect(decodeBytes(utf8(" \n\t "), "b.txt")).toMatchObject({ ok: false, reason: "empty" });
  });
  test("binary files are refused with what they are", () => {
    expect(decodeBytes(utf8("%PDF-1.7 ..."), "report.pdf")).toMatchObject({
      ok: false,
      reason: "binary",
      message: "report.pdf is a PDF document, not text. Save it as .txt, .md or .html and try again.",
    });
    expect(decodeBytes(new Uint8Array([1, 2, 3, 0, 5, 6]), "blob.bin")).toMatchObject({ ok: false, reason: "binary" });
  });
  test("oversized files are refused before decoding", () => {
    expect(decodeBytes(new Uint8Array(MAX_FILE_BYTES + 1), "huge.txt")).toMatchObject({
      ok: false,
      reason: "too-large",
      message: "huge.txt is 5.0 MB; files over 5 MB are not imported. Split it into smaller files.",
    });
  });
  test("bytes that are neither UTF-8 nor GB18030 are undecodable", () => {
    expect(decodeBytes(new Uint8Array([0x80, 0x80, 0xff, 0xff, 0x81]), "x.txt")).toMatchObject({
      ok: false,
      reason: "undecodable",
    });
  });
});

test("parseFile reports a failure instead of articles", () => {
  expect(parseFile("empty.txt", new Uint8Array())).toMatchObject({ ok: false, reason: "empty" });
  const ok = parseFile(
    "a.txt",
    utf8(
      "3月1日,山东省民政厅召开党组会议,厅党组书记、厅长王建国主持会议并讲话。会议传达学习了全国两会精神,研究部署了今年的重点工作任务。",
    ),
  );
  expect(
    ok.ok && ok.articles.map((a) => [a.province, a.meetingType, a.people.map((p) => `${p.name}:${p.role}`)]),
  ).toEqual([["山东", "党组会议", ["王建国:主持"]]]);
});
