/** A minimal Word document (.docx) built in memory: one paragraph per line, for tests. */
import { strToU8, zipSync } from "fflate";

const escapeXml = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Each line a paragraph; a tab in a line is a `w:tab`, and a line may be split into runs at "|". */
export function docxOf(lines: readonly string[]): Uint8Array {
  const paragraph = (line: string) =>
    `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${line
      .split("|")
      .map((run) =>
        run
          .split("\t")
          .map((part) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`)
          .join("<w:r><w:tab/></w:r>"),
      )
      .join("")}</w:p>`;
  const body =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
    lines.map(paragraph).join("") +
    `<w:sectPr/></w:body></w:document>`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    ),
    "word/document.xml": strToU8(body),
  });
}
