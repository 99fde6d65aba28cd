/**
 * A minimal PDF built in memory, for tests: one page per entry, each line drawn at its own height in
 * a Type0 font whose two-byte codes are the characters' code points (Identity-H) and whose ToUnicode
 * map says so, as a PDF exported from a word processor maps its CJK text. No glyphs are embedded:
 * text extraction reads the codes, not the shapes.
 */
const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");

function encodeLine(line: string): string {
  return [...line].map((c) => hex4(c.codePointAt(0)!)).join("");
}

export function pdfOf(pages: readonly (readonly string[])[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  // A bfrange may vary only its last byte: 256 ranges, at most 100 to a block.
  const ranges = Array.from({ length: 256 }, (_, high) => {
    const at = hex4(high * 256);
    return `<${at}> <${hex4(high * 256 + 255)}> <${at}>`;
  });
  const blocks = [0, 100, 200].map((from) => {
    const part = ranges.slice(from, from + 100);
    return `${part.length} beginbfrange\n${part.join("\n")}\nendbfrange`;
  });
  const toUnicode =
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Identity def\n" +
    "1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
    blocks.join("\n") +
    "\nendcmap CMapName currentdict /CMap defineresource pop end end";
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  const pagesAt = add(""); // filled below
  const cmap = add(`<< /Length ${toUnicode.length} >>\nstream\n${toUnicode}\nendstream`);
  const descriptor = add(
    "<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>",
  );
  const descendant = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${cmap} 0 R >>`,
  );
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = lines.map((line, i) => `BT /F1 12 Tf 40 ${780 - i * 18} Td <${encodeLine(line)}> Tj ET`).join("\n");
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesAt} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[pagesAt - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.7\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
