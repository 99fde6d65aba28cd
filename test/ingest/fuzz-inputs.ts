/**
 * Generated inputs for the parser: random bytes, random Chinese, report vocabulary, cuts and
 * splices of the bundled articles and fixtures, markup fragments, control characters, long lines.
 * Input `index` of seed `seed` is the same on every run and can be made alone, to replay a failure.
 */
import { readFileSync, readdirSync } from "node:fs";
import { decodeBytes } from "../../src/ingest";

export type FuzzInput =
  { kind: string; bytes: Uint8Array; fileName: string } | { kind: string; text: string; fileName: string };

/** A mulberry32 generator seeded from the run's seed and the input's index. */
function generator(seed: number, index: number): () => number {
  let state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

interface Source {
  name: string;
  bytes: Uint8Array;
  text: string;
}

/** The bundled articles and the parser's fixtures, as bytes and as decoded text. */
const SOURCES: readonly Source[] = ["seeds", "test/fixtures/ingest"].flatMap((dir) =>
  readdirSync(dir).map((name) => {
    const bytes = new Uint8Array(readFileSync(`${dir}/${name}`));
    const decoded = decodeBytes(bytes, name);
    return { name, bytes, text: decoded.ok ? decoded.text : "" };
  }),
);

const REPORT_WORDS = [
  "会议",
  "主持",
  "讲话",
  "出席",
  "致辞",
  "传达",
  "强调",
  "指出",
  "省委书记",
  "副省长",
  "厅长",
  "局长",
  "书记",
  "部长",
  "同志",
  "王建国",
  "李明",
  "庄严",
  "治原",
  "陆治原",
  "习近平",
  "总书记",
  "山东省",
  "济南市",
  "新疆维吾尔自治区",
  "宁都县",
  "民政厅",
  "召开",
  "党组会议",
  "常委会",
  "理论学习中心组",
  "10月26日",
  "2024年",
  "发布时间:2024-01-19",
  "来源:",
  "(据山东省民政厅)",
  "记者 刘晨",
  "责任编辑:",
  "“两个确立”",
  "「三级联动」",
  "《条例》",
  "“885”",
  "、",
  ",",
  "，",
  "。",
  "!",
  "?",
  ":",
  ";",
  "(",
  ")",
  "“",
  "”",
  "\n",
  "\n\n",
  " ",
  "## ",
  "# ",
  "推荐阅读",
  "人民网>>山东频道>>",
  "同志们:",
  "(扩大)",
  "等",
  "和",
  "在会上",
];
const MARKUP = [
  "<p>",
  "</p>",
  '<div class="x">',
  "</div>",
  "<br>",
  "<script>",
  "</script>",
  "<style>",
  "</style>",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "<!doctype html>",
  "<html>",
  "<head>",
  '<meta charset="gbk">',
  "<title>",
  "</title>",
  "<body>",
  '<a href="',
  '">',
  "<img src=x onerror=alert(1)>",
  "&amp;",
  "&lt;",
  "&nbsp;",
  "&#x4e00;",
  "&#20250;",
  "&#",
  "&",
  "<",
  ">",
  "</",
  "<p",
  '="',
  "{b}{c}{a}",
  "${x}",
  "`",
  "<textarea>",
  "<svg><foreignObject>",
  "<table><tr><td>",
];
const CONTROL = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\b",
  "\t",
  "\v",
  "\f",
  "\r",
  "\r\n",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u200b",
  "\u200e",
  "\u202e",
  "\u2028",
  "\u2029",
  "\u3000",
  "\ufeff",
  "\ufffd",
  "\ud800",
  "\udc00",
  "\ud83d\ude42",
  "\u0301",
  "\uff0c",
  "\uff08",
];
const CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』…—·";

export function fuzzInput(seed: number, index: number): FuzzInput {
  const next = generator(seed, index);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const words = (list: readonly string[], count: number) => Array.from({ length: count }, () => pick(list)).join("");
  const source = () => pick(SOURCES);
  const slice = (text: string) => {
    const start = int(text.length + 1);
    return text.slice(start, start + int(2000));
  };
  const cjk = (count: number) =>
    Array.from({ length: count }, () => {
      const roll = next();
      if (roll < 0.8) return String.fromCharCode(0x4e00 + int(0x5200));
      if (roll < 0.9) return CJK_PUNCT[int(CJK_PUNCT.length)]!;
      if (roll < 0.95) return String.fromCharCode(0x3400 + int(0x19c0));
      return String.fromCodePoint(0x20000 + int(0xa6e0));
    }).join("");
  const textName = () => pick(["input.txt", "input.md", "input.html", "input", "报告.TXT"]);

  // Every 500th input is a long line: a short unit repeated to 2,000–60,000 characters.
  if (index % 500 === 499) {
    const unit = pick([words(REPORT_WORDS, 1 + int(8)), cjk(1 + int(6)), words(MARKUP, 1 + int(3)), "会"]);
    return {
      kind: "long line",
      text: unit.repeat(Math.ceil((2000 + int(58_000)) / unit.length)),
      fileName: textName(),
    };
  }
  const roll = next();
  if (roll < 0.15) {
    const bytes = Uint8Array.from({ length: int(600) }, () => int(256));
    const bom = pick([[], [], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x25, 0x50, 0x44, 0x46]]);
    return {
      kind: "random bytes",
      bytes: Uint8Array.from([...bom, ...bytes]),
      fileName: pick(["x.txt", "x.html", "x.bin", ""]),
    };
  }
  if (roll < 0.25) {
    const { name, bytes } = source();
    const start = next() < 0.5 ? 0 : int(bytes.length);
    return { kind: "cut file", bytes: bytes.slice(start, start + int(bytes.length + 1)), fileName: name };
  }
  if (roll < 0.4) return { kind: "random Chinese", text: cjk(int(300)), fileName: textName() };
  if (roll < 0.6) return { kind: "report words", text: words(REPORT_WORDS, int(120)), fileName: textName() };
  if (roll < 0.8) {
    const parts = Array.from({ length: 1 + int(3) }, () =>
      next() < 0.7 ? slice(source().text) : words(REPORT_WORDS, int(20)),
    );
    return { kind: "spliced articles", text: parts.join(""), fileName: textName() };
  }
  if (roll < 0.92) {
    // Markup between pieces of articles, so that some pages hold enough text to be an article.
    const piece = () => (next() < 0.1 ? slice(source().text).slice(0, 200) : pick(REPORT_WORDS));
    const text = Array.from({ length: int(60) }, () => (next() < 0.4 ? pick(MARKUP) : piece())).join("");
    return { kind: "markup", text, fileName: pick(["page.html", "page.htm", "input.txt"]) };
  }
  const text = Array.from({ length: int(120) }, () => (next() < 0.3 ? pick(CONTROL) : pick(REPORT_WORDS))).join("");
  return { kind: "control characters", text, fileName: textName() };
}

/** How the input reads in a failure message: its kind, index and first characters. */
export function describeInput(input: FuzzInput, index: number): string {
  const start = "text" in input ? input.text.slice(0, 80) : `${input.bytes.length} bytes`;
  return `#${index} ${input.kind} (${input.fileName}): ${JSON.stringify(start)}`;
}
