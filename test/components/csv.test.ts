import { expect, test } from "vitest";
import { csvCell, tableCsv, toCsv } from "../../src/components/csv";

test("text a spreadsheet would run as a formula gets a single quote in front and double quotes around", () => {
  expect(csvCell('=HYPERLINK("http://x","点此")')).toBe(`"'=HYPERLINK(""http://x"",""点此"")"`);
  expect(csvCell("+86 10 1234")).toBe(`"'+86 10 1234"`);
  expect(csvCell("-2+3")).toBe(`"'-2+3"`);
  expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
  expect(csvCell("\t=1")).toBe(`"'\t=1"`);
  expect(csvCell("\r=1")).toBe(`"'\r=1"`);
  // A partial date and a number written as text are text: neutralised too.
  expect(csvCell("--10-23 Jilin")).toBe(`"'--10-23 Jilin"`);
  expect(csvCell("-3")).toBe(`"'-3"`);
});

test("other text is quoted only when it must be; numbers the app counted are written as numbers", () => {
  expect(csvCell("两个确立")).toBe("两个确立");
  expect(csvCell("a=b")).toBe("a=b");
  expect(csvCell(" =1")).toBe(" =1");
  expect(csvCell("“两个确立”,“两个维护”")).toBe(`"“两个确立”,“两个维护”"`);
  expect(csvCell('say "hi"')).toBe(`"say ""hi"""`);
  expect(csvCell("line\nbreak")).toBe(`"line\nbreak"`);
  expect(csvCell(null)).toBe("");
  expect([csvCell(3), csvCell(-3), csvCell(0), csvCell(2.5)]).toEqual(["3", "-3", "0", "2.5"]);
});

test("a whole file: BOM, neutralised header and cells, CRLF after every line", () => {
  expect(
    toCsv(
      ["Phrase", "=Articles"],
      [
        ["=1+1", 2],
        ["-x", -1],
        ["@a", null],
        ["两个确立", 3],
      ],
    ),
  ).toBe(`\ufeffPhrase,"'=Articles"\r\n"'=1+1",2\r\n"'-x",-1\r\n"'@a",\r\n两个确立,3\r\n`);
});

test("a table's CSV neutralises its labels and its text cells alike", () => {
  const columns = [
    { label: { zh: "提法", en: "Phrase" }, value: (r: { p: string; n: number }) => r.p },
    { label: { zh: "+省份", en: "+Province" }, value: (r: { p: string; n: number }) => r.n, numeric: true },
  ];
  expect(tableCsv(columns, [{ p: "=cmd|' /C calc'!A0", n: -2 }], "en")).toBe(
    `\ufeffPhrase,"'+Province"\r\n"'=cmd|' /C calc'!A0",-2\r\n`,
  );
});
