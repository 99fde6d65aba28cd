/**
 * The development corpus's plain-text reports printed again in the other forms users bring them in:
 * a PDF's text layer (lines cut at a column's width, with or without a blank line after each), a
 * saved web page, a markdown note, traditional characters. The gold is the same; only the form
 * changed, so what a form loses is the parser's weakness on that form, not on the reports.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js/cn2t";
import { extractRecords, type ExtractRecord } from "../../src/cli/extract-records";
import { DEVELOPMENT_BATCHES } from "./batches";
import { scoreRecords, type GoldArticle, type Score } from "./score";

export type Form = (text: string, fileName: string) => { text: string; fileName: string };

/** Narrowest and widest column a form prints at: a newsletter's dozen characters to a page's two dozen. */
const MIN_COLUMN = 12;
const COLUMN_WIDTHS = 12;

/** Each file is printed at a width of its own, the same at every run. */
function columnOf(fileName: string): number {
  return MIN_COLUMN + (createHash("sha256").update(fileName).digest()[0]! % COLUMN_WIDTHS);
}

function cutAt(line: string, width: number): string[] {
  const text = line.trim();
  const cut: string[] = [];
  for (let i = 0; i < text.length; i += width) cut.push(text.slice(i, i + width));
  return cut;
}

/** Every line, headline and date line too, cut at the column's width; paragraphs stay apart. */
function column(text: string, fileName: string, spacer: string): string {
  const width = columnOf(fileName);
  return text
    .split("\n")
    .map((line) => cutAt(line, width).join(spacer))
    .join("\n");
}

/** A report's first line as a record's title when it reads as a headline (no full stop, not long); the rest its text. */
function headlineAndText(text: string): [string, string[]] {
  const [first = "", ...rest] = text.split("\n");
  const headline = first.trim();
  return headline.length <= 40 && !headline.includes("。") ? [headline, rest] : ["", text.split("\n")];
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

export const FORMS: Record<string, Form> = {
  "as written": (text, fileName) => ({ text, fileName }),
  "a PDF's text layer, cut at a column's width": (text, fileName) => ({
    text: column(text, fileName, "\n"),
    fileName,
  }),
  "a PDF's text layer with a blank line after every line": (text, fileName) => ({
    text: column(text, fileName, "\n").replace(/\n/g, "\n\n"),
    fileName,
  }),
  "a saved web page": (text, fileName) => {
    const lines = text.split("\n").filter((line) => line.trim());
    const body = lines.map((line) => `<p>${escapeHtml(line.trim())}</p>`).join("\n");
    return {
      text:
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(lines[0]?.trim() ?? "")}</title></head>` +
        `<body><div class="nav"><a href="/">首页</a> <a href="/news">新闻中心</a></div>` +
        `<div class="content">${body}</div><div class="share">分享到: 微信 微博</div></body></html>`,
      fileName: fileName.replace(/\.txt$/, ".html"),
    };
  },
  "a markdown note": (text, fileName) => {
    const lines = text.split("\n").filter((line) => line.trim());
    return {
      text: [`# ${lines[0]?.trim() ?? ""}`, ...lines.slice(1).map((line) => line.trim())].join("\n\n"),
      fileName: fileName.replace(/\.txt$/, ".md"),
    };
  },
  "traditional characters": (text, fileName) => ({ text: toTraditional(text), fileName }),
  "a record of a site's JSON API": (text, fileName) => {
    const [title, rest] = headlineAndText(text);
    const record = { id: 1, title, content: rest.join("\n"), hits: 120 };
    return { text: JSON.stringify({ code: 0, data: { list: [record] } }), fileName: fileName.replace(/\.txt$/, ".json") };
  },
  "a row of a SQL dump, its text as HTML with escaped line breaks": (text, fileName) => {
    const [first, rest] = headlineAndText(text);
    const sql = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
    const html = rest
      .filter((line) => line.trim())
      .map((line) => `<p>${escapeHtml(line.trim())}</p>`)
      .join("\\r\\n");
    return {
      text:
        "SET NAMES utf8mb4;\n" +
        "INSERT INTO `cms_news` (`id`, `title`, `content`, `hits`) VALUES " +
        `(1, ${sql(first)}, ${sql(html).replace(/\\\\r\\\\n/g, "\\r\\n")}, 12);\n`,
      fileName: fileName.replace(/\.txt$/, ".sql"),
    };
  },
  "a web page's text with its furniture": (text, fileName) => {
    const [first = "", ...rest] = text.split("\n");
    return {
      text: [
        "首页 > 新闻中心 > 工作动态",
        first,
        "来源：本站  【字体：大 中 小】 分享到：微信 微博 QQ空间",
        ...rest,
        "打印本页 关闭窗口",
        "推荐阅读",
        "· 关于开展年度统计执法检查工作的通知",
        "· 我局召开安全生产工作会议",
        "· 市政府召开常务会议研究部署防汛工作",
        "版权所有：本站 网站标识码：0000000000",
      ].join("\n"),
      fileName,
    };
  },
};

/** Markup or code: a tag, a SQL statement, a PHP block, a declaration of a program. */
const MARKUP_OR_CODE = /<\/?[a-z][a-z0-9]*[\s>/]|<\?php|\bINSERT INTO\b|^\s*(?:private|public|var|let|const|import|#import|@interface)\b|^\s*\w+:\s*\[/im;

/** The gold of every plain-text file of the development batches (a .txt file that is prose, not markup or code), with its text. */
function plainTextReports(): { gold: GoldArticle[]; texts: Map<string, string> } {
  const gold: GoldArticle[] = [];
  const texts = new Map<string, string>();
  for (const batch of DEVELOPMENT_BATCHES) {
    const folder = join("test/corpus", batch);
    for (const article of JSON.parse(readFileSync(join(folder, "gold.json"), "utf8")) as GoldArticle[]) {
      if (!article.file.endsWith(".txt")) continue;
      const text = texts.get(article.file) ?? readFileSync(join(folder, "texts", article.file), "utf8");
      if (MARKUP_OR_CODE.test(text)) continue;
      gold.push(article);
      texts.set(article.file, text);
    }
  }
  return { gold, texts };
}

let reports: ReturnType<typeof plainTextReports> | undefined;

/** How the parser reads the development corpus's plain-text reports printed in a form. */
export async function scoreInForm(form: Form): Promise<Score> {
  reports ??= plainTextReports();
  const records: ExtractRecord[] = [];
  const printedAs = new Map<string, string>();
  for (const [file, text] of reports.texts) {
    const printed = form(text, file);
    printedAs.set(file, printed.fileName);
    const result = await extractRecords(printed.fileName, new TextEncoder().encode(printed.text));
    if (result.ok) records.push(...result.records);
  }
  return scoreRecords(
    reports.gold.map((article) => ({ ...article, file: printedAs.get(article.file)! })),
    records,
  );
}
