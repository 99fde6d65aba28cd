import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { decodeBytes, MAX_FILE_BYTES, parseFile } from "../../src/ingest";

const utf8 = (s: string) => new TextEncoder().encode(s);
const encode = (s: string, encoding: string) => new Uint8Array(iconv.encode(s, encoding));
const sample = (file: string) => readFileSync(`test/fixtures/encodings/${file}`, "utf8");
/** An invented provincial report in traditional characters, 225 characters. */
const traditional = sample("report-traditional.txt");
/** An invented city report in simplified characters, with the rare name characters 玥, 喆 and 堃. */
const simplified = sample("report-simplified.txt");
/** An invented Japanese city-hall notice. */
const japanese = sample("notice-japanese.txt");

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

describe("decodeBytes: Big5 beside GBK", () => {
  test("traditional text in Big5 is read as Big5", () => {
    expect(decodeBytes(encode(traditional, "big5"))).toEqual({ ok: true, text: traditional, encoding: "big5" });
  });
  test("simplified text in GBK stays GB18030, rare name characters included", () => {
    expect(decodeBytes(encode(simplified, "gbk"))).toEqual({ ok: true, text: simplified, encoding: "gb18030" });
  });
  test("traditional text in GBK stays GB18030", () => {
    expect(decodeBytes(encode(traditional, "gbk"))).toEqual({ ok: true, text: traditional, encoding: "gb18030" });
  });
  test("short simplified texts in GBK stay GB18030", () => {
    for (const text of [
      "会议要求",
      "省委常委会",
      "民政厅召开会议",
      "3月1日召开党组会议",
      "王玥主持会议",
      "进一步开展工作",
    ])
      expect(decodeBytes(encode(text, "gbk"))).toEqual({ ok: true, text, encoding: "gb18030" });
  });
  test("a short Big5 text without bytes that only Big5 uses stays GB18030", () => {
    for (const text of ["黨組會議", "主持會議"])
      expect(decodeBytes(encode(text, "big5"))).toMatchObject({ ok: true, encoding: "gb18030" });
  });
  test("a short Big5 text with three or more Big5-only pairs is read as Big5", () => {
    for (const text of ["召開黨組會議", "政府工作報告", "省委常委會"])
      expect(decodeBytes(encode(text, "big5"))).toEqual({ ok: true, text, encoding: "big5" });
  });
  test("a Big5 report parses like its UTF-8 original", () => {
    const summary = (bytes: Uint8Array) => {
      const result = parseFile("report.txt", bytes);
      return (
        result.ok && result.articles.map((a) => [a.province, a.meetingType, a.people.map((p) => `${p.name}:${p.role}`)])
      );
    };
    expect(summary(encode(traditional, "big5"))).toEqual([["山东", "党组会议", ["王建国:主持"]]]);
    expect(summary(encode(traditional, "big5"))).toEqual(summary(utf8(traditional)));
  });
});

describe("decodeBytes: Shift-JIS", () => {
  const message =
    "notice.txt looks like Japanese (Shift-JIS) text, not Chinese. Save it as UTF-8 if it is a Chinese report and try again.";
  test("Japanese text is refused with what it is", () => {
    expect(decodeBytes(encode(japanese, "shift_jis"), "notice.txt")).toEqual({
      ok: false,
      reason: "undecodable",
      japanese: true,
      message,
    });
  });
  test("a short Japanese phrase with kana is refused too", () => {
    expect(decodeBytes(encode("会議を開く", "shift_jis"), "notice.txt")).toEqual({
      ok: false,
      reason: "undecodable",
      japanese: true,
      message,
    });
  });
});

describe("decodeBytes: UTF-16 without a BOM", () => {
  test("a report in either byte order", () => {
    expect(decodeBytes(encode(simplified, "utf16le"))).toEqual({ ok: true, text: simplified, encoding: "utf-16le" });
    expect(decodeBytes(encode(traditional, "utf16be"))).toEqual({ ok: true, text: traditional, encoding: "utf-16be" });
  });
  test("Chinese whose only zero bytes are the low bytes of 一, 开 and 最", () => {
    const text = "会议强调，要进一步开展工作，最大限度凝聚合力。";
    expect(decodeBytes(encode(text, "utf16le"))).toEqual({ ok: true, text, encoding: "utf-16le" });
    expect(decodeBytes(encode(text, "utf16be"))).toEqual({ ok: true, text, encoding: "utf-16be" });
  });
  test("ASCII text in either byte order", () => {
    const text = "Minutes of the meeting\nAgenda item 1";
    expect(decodeBytes(encode(text, "utf16le"))).toEqual({ ok: true, text, encoding: "utf-16le" });
    expect(decodeBytes(encode(text, "utf16be"))).toEqual({ ok: true, text, encoding: "utf-16be" });
  });
  test("zero bytes that do not read as text in either order stay binary", () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      bytes[i] = i % 4 === 3 ? 0 : seed >> 23;
    }
    expect(decodeBytes(bytes, "data.bin")).toMatchObject({ ok: false, reason: "binary", format: "unknown" });
  });
});

test("a file near the 5 MB limit decodes in well under a second, in each encoding", () => {
  for (const [text, encoding, expected] of [
    [traditional, "big5", "big5"],
    [simplified, "gbk", "gb18030"],
    [simplified, "utf16le", "utf-16le"],
    [japanese, "shift_jis", null],
  ] as const) {
    const whole = text.repeat(Math.floor(MAX_FILE_BYTES / 2 / text.length));
    const bytes = encode(whole, encoding);
    expect(bytes.length).toBeGreaterThan(MAX_FILE_BYTES * 0.9);
    expect(bytes.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const started = performance.now();
    const result = decodeBytes(bytes);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toEqual(
      expected ? { ok: true, text: whole, encoding: expected } : expect.objectContaining({ reason: "undecodable" }),
    );
  }
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

test("a UTF-8 file cut in the middle of a character reads as UTF-8, without the cut character", () => {
  const bytes = new TextEncoder().encode("河南省民政厅召开党组会议");
  expect(decodeBytes(bytes.subarray(0, bytes.length - 1), "cut.txt")).toEqual({
    ok: true,
    text: "河南省民政厅召开党组会",
    encoding: "utf-8",
  });
  expect(decodeBytes(bytes.subarray(0, bytes.length - 2), "cut.txt")).toMatchObject({ ok: true, encoding: "utf-8" });
});

describe("decodeBytes: Chinese once read one byte a character and saved so", () => {
  /** The bytes of `s` in `encoding`, read as Latin-1 or Windows-1252, saved as UTF-8. */
  const misread = (s: string, encoding: string, readAs: string) =>
    utf8(iconv.decode(iconv.encode(s, encoding), readAs));

  test("GBK or UTF-8 read as Latin-1, or GBK read as Windows-1252, reads as the report again", () => {
    for (const [encoding, readAs, read] of [
      ["gbk", "latin1", "gb18030"],
      ["gbk", "windows-1252", "gb18030"],
      ["utf-8", "latin1", "utf-8"],
    ] as const)
      expect(decodeBytes(misread(simplified, encoding, readAs))).toEqual({
        ok: true,
        text: simplified,
        encoding: read,
      });
  });
  test("UTF-8 read as Windows-1252 lost too many bytes to be read back: the message says what happened", () => {
    expect(decodeBytes(misread(simplified, "utf-8", "windows-1252"), "old.txt")).toEqual({
      ok: false,
      reason: "undecodable",
      message:
        "old.txt looks like Chinese text that was once opened in the wrong encoding and saved so, and too much of it was lost to read it back. Save the original file as UTF-8 and try again.",
    });
  });
  test("a text of Latin letters with accents is left as it is", () => {
    const french = "Le conseil municipal s'est réuni à Montréal; le président a présenté l'ordre du jour élaboré.";
    expect(decodeBytes(utf8(french))).toEqual({ ok: true, text: french, encoding: "utf-8" });
  });
});
