/** A `Problem` in plain words, in the reader's language, naming the file or backup it concerns. */
import type { AnalysisPart, BinaryFormat, Problem } from "../model/problem";
import type { Lang } from "./url-state";

const FORMAT: Record<BinaryFormat, { zh: string; en: string }> = {
  pdf: { zh: "PDF 文档", en: "a PDF document" },
  zip: {
    zh: "ZIP 压缩包或 Word（.docx）以外的 Office 文档",
    en: "a ZIP archive or an Office document other than Word (.docx)",
  },
  office: { zh: "旧版 Office 文档", en: "an old Office document" },
  png: { zh: "PNG 图片", en: "a PNG image" },
  jpeg: { zh: "JPEG 图片", en: "a JPEG image" },
  gif: { zh: "GIF 图片", en: "a GIF image" },
  gzip: { zh: "gzip 压缩包", en: "a gzip archive" },
  rtf: { zh: "RTF 文档", en: "an RTF document" },
  unknown: { zh: "二进制文件", en: "a binary file" },
};

const ANALYSIS_PART: Record<AnalysisPart, { zh: string; en: string }> = {
  fields: { zh: "字段", en: "fields" },
  documents: { zh: "文档", en: "documents" },
  corrections: { zh: "更正", en: "corrections" },
  notes: { zh: "笔记", en: "notes" },
  view: { zh: "视图", en: "saved view" },
};

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const UNCHANGED = { zh: "未作任何更改。", en: "Nothing was changed." };

function texts(problem: Problem, name: string): { zh: string; en: string } {
  switch (problem.kind) {
    case "empty":
      return { zh: `${name} 是空文件：没有可导入的文字。`, en: `${name} is empty: there is no text to import.` };
    case "binary": {
      const format = FORMAT[problem.format];
      return {
        zh: `${name} 是${format.zh}，不是文本。请另存为 .txt、.md 或 .html 后重试。`,
        en: `${name} is ${format.en}, not text. Save it as .txt, .md or .html and try again.`,
      };
    }
    case "too-large":
      return {
        zh: `${name} 有 ${megabytes(problem.bytes)} MB；超过 ${problem.limit / 1024 / 1024} MB 的文件不予导入。请拆分成较小的文件。`,
        en: `${name} is ${megabytes(problem.bytes)} MB; files over ${problem.limit / 1024 / 1024} MB are not imported. Split it into smaller files.`,
      };
    case "undecodable":
      return {
        zh: `${name} 无法按 UTF-8、UTF-16、GB18030（GBK）或 Big5 读取。请另存为 UTF-8 后重试。`,
        en: `${name} could not be read as UTF-8, UTF-16, GB18030 (GBK) or Big5 text. Save it as UTF-8 and try again.`,
      };
    case "word-unreadable":
      return {
        zh: `${name} 是 Word 文档，但无法读取其中的文字：文件可能已损坏，或解压后过大。请在 Word 中重新保存，或另存为 .txt 后重试。`,
        en: `${name} is a Word document whose text could not be read: it may be damaged, or too large once unpacked. Save it again in Word, or as .txt, and try again.`,
      };
    case "pdf-unreadable":
      return problem.cause === "no-text"
        ? {
            zh: `${name} 是没有文字层的 PDF：可能是扫描件，或字体无法对应到文字。请把其中的文字复制到 .txt 文件后重试。`,
            en: `${name} is a PDF with no text to read: a scan, or text in a font without a map to its characters. Copy its text into a .txt file and try again.`,
          }
        : {
            zh: `${name} 是已损坏的 PDF，无法读取其中的文字。请重新保存，或把文字复制到 .txt 文件后重试。`,
            en: `${name} is a damaged PDF: its text could not be read. Save it again, or copy its text into a .txt file, and try again.`,
          };
    case "japanese":
      return {
        zh: `${name} 看来是日文（Shift-JIS）文本，不是中文。如果它是中文报道，请另存为 UTF-8 后重试。`,
        en: `${name} looks like Japanese (Shift-JIS) text, not Chinese. Save it as UTF-8 if it is a Chinese report and try again.`,
      };
    case "no-article":
      return {
        zh: `${name} 中没有可读取的文章：未找到报道正文段落。`,
        en: `${name} holds no article Tifa can read: no paragraph of report text was found.`,
      };
    case "parser-failed":
      return {
        zh: `${name}：解析器在此文件上出错（${problem.rule}）。文件已保留原样；请附上文件报告此问题。`,
        en: `${name}: the parser failed on this file (${problem.rule}). Please report it with the file.`,
      };
    case "too-complex":
      return {
        zh: `${name} 过于复杂，${problem.seconds} 秒内无法解析：文件已保存（包含在备份中，解析器更新后会重新读取），但不计入图表。`,
        en: `${name} is too complex to parse in ${problem.seconds} s: it is kept (in backups, and read again when the parser changes) but adds nothing to the charts.`,
      };
    case "unreadable":
      return {
        zh: `无法从磁盘读取 ${name}。请重试，或先将其复制到别处。`,
        en: `${name} could not be read from the disk. Try again, or copy it somewhere else first.`,
      };
    case "storage-full":
      return {
        zh: `${name} 未导入：浏览器为本站提供的存储空间已满。请释放空间（删除其他网站的数据，或备份后清空 Tifa 的数据）后重试。${UNCHANGED.zh}`,
        en: `${name} was not imported: the browser's storage for this site is full. Free some space (remove other sites' data, or back up and clear Tifa's data) and try again. ${UNCHANGED.en}`,
      };
    case "write-refused":
      return {
        zh: `${name} 未导入：数据库拒绝写入（${problem.detail}）。${UNCHANGED.zh}`,
        en: `${name} was not imported: the database refused the write (${problem.detail}). ${UNCHANGED.en}`,
      };
    case "backup-not-json":
      return {
        zh: `${name} 不是 Tifa 备份：它不是有效的 JSON（可能被截断或损坏）。${UNCHANGED.zh}`,
        en: `${name} is not a Tifa backup: it is not valid JSON (it may be truncated or damaged). ${UNCHANGED.en}`,
      };
    case "backup-foreign":
      return { zh: `${name} 不是 Tifa 备份。${UNCHANGED.zh}`, en: `${name} is not a Tifa backup. ${UNCHANGED.en}` };
    case "backup-version":
      return {
        zh: `${name} 是第 ${problem.version} 版的 Tifa 备份，当前版本无法读取。${UNCHANGED.zh}`,
        en: `${name} is a Tifa backup of version ${problem.version}, which this version cannot read. ${UNCHANGED.en}`,
      };
    case "backup-damaged":
      return {
        zh: `${name} 是损坏的 Tifa 备份：其中的文档不完整或格式有误。${UNCHANGED.zh}`,
        en: `${name} is a damaged Tifa backup: its documents are incomplete or malformed. ${UNCHANGED.en}`,
      };
    case "backup-tampered":
      return {
        zh: `${name} 已被改动：其中的文档“${problem.document}”与其标识不符。${UNCHANGED.zh}`,
        en: `${name} has been altered: its document “${problem.document}” does not match its id. ${UNCHANGED.en}`,
      };
    case "backup-duplicate":
      return {
        zh: `${name} 是损坏的 Tifa 备份：文档“${problem.document}”重复出现。${UNCHANGED.zh}`,
        en: `${name} is a damaged Tifa backup: the document “${problem.document}” appears twice. ${UNCHANGED.en}`,
      };
    case "backup-oversized":
      return {
        zh: `${name} 中的文档“${problem.document}”有 ${megabytes(problem.bytes)} MB，超过导入上限 ${problem.limit / 1024 / 1024} MB。${UNCHANGED.zh}`,
        en: `${name} holds “${problem.document}”, ${megabytes(problem.bytes)} MB, over the ${problem.limit / 1024 / 1024} MB import limit. ${UNCHANGED.en}`,
      };
    case "analysis-not-json":
      return {
        zh: `${name} 不是 Tifa 分析文件：它不是有效的 JSON（可能被截断或损坏）。${UNCHANGED.zh}`,
        en: `${name} is not a Tifa analysis file: it is not valid JSON (it may be truncated or damaged). ${UNCHANGED.en}`,
      };
    case "analysis-foreign":
      return {
        zh: `${name} 不是 Tifa 分析文件（.tifa）。${UNCHANGED.zh}`,
        en: `${name} is not a Tifa analysis file (.tifa). ${UNCHANGED.en}`,
      };
    case "analysis-version":
      return {
        zh: `${name} 是第 ${problem.version} 版的 Tifa 分析文件，当前版本无法读取。${UNCHANGED.zh}`,
        en: `${name} is a Tifa analysis file of version ${problem.version}, which this version cannot read. ${UNCHANGED.en}`,
      };
    case "analysis-damaged": {
      const part = ANALYSIS_PART[problem.part];
      const item = problem.item
        ? { zh: `（“${problem.item}”重复出现）`, en: ` (“${problem.item}” appears twice)` }
        : null;
      return {
        zh: `${name} 是损坏的 Tifa 分析文件：其中的${part.zh}不完整或格式有误${item?.zh ?? ""}。${UNCHANGED.zh}`,
        en: `${name} is a damaged Tifa analysis file: its ${part.en} ${part.en.endsWith("s") ? "are" : "is"} incomplete or malformed${item?.en ?? ""}. ${UNCHANGED.en}`,
      };
    }
    case "analysis-oversized":
      return {
        zh: `${name} 有 ${megabytes(problem.bytes)} MB，超过分析文件上限 ${problem.limit / 1024 / 1024} MB。${UNCHANGED.zh}`,
        en: `${name} is ${megabytes(problem.bytes)} MB, over the ${problem.limit / 1024 / 1024} MB limit for an analysis file. ${UNCHANGED.en}`,
      };
    case "corpus-unreachable":
      return {
        zh: `无法下载语料库 ${name}（${problem.detail}）：可能是离线，或者它所在的服务器不允许本站读取（CORS），或本站的安全策略（connect-src）不允许该地址。${UNCHANGED.zh}`,
        en: `The corpus ${name} could not be downloaded (${problem.detail}): you may be offline, or its server does not let this site read it (CORS), or this site's security policy (connect-src) does not allow its address. ${UNCHANGED.en}`,
      };
    case "corpus-http":
      return problem.status === 404
        ? {
            zh: `语料库 ${name} 不存在（404）：请检查地址。${UNCHANGED.zh}`,
            en: `The corpus ${name} is not there (404): check its address. ${UNCHANGED.en}`,
          }
        : {
            zh: `语料库 ${name} 无法下载：服务器回答错误 ${problem.status}。${UNCHANGED.zh}`,
            en: `The corpus ${name} could not be downloaded: the server answered with error ${problem.status}. ${UNCHANGED.en}`,
          };
    case "corpus-foreign":
      return {
        zh: `${name} 不是 Tifa 语料库（.tifa-corpus，由 npm run corpus 生成）。${UNCHANGED.zh}`,
        en: `${name} is not a Tifa corpus (.tifa-corpus, made by npm run corpus). ${UNCHANGED.en}`,
      };
    case "corpus-version":
      return {
        zh: `${name} 是第 ${problem.version} 版的 Tifa 语料库，当前版本无法读取。${UNCHANGED.zh}`,
        en: `${name} is a Tifa corpus of version ${problem.version}, which this version cannot read. ${UNCHANGED.en}`,
      };
    case "corpus-damaged":
      return {
        zh: `${name} 是损坏的 Tifa 语料库：第 ${problem.line} 行不是完整的文档。此前的文档已完整导入，之后的未导入。`,
        en: `${name} is a damaged Tifa corpus: line ${problem.line} is not a whole document. The documents before it are imported whole, none after it.`,
      };
    case "corpus-tampered":
      return {
        zh: `${name} 已被改动：其中的文档“${problem.document}”与其标识不符。此前的文档已完整导入，之后的未导入。`,
        en: `${name} has been altered: its document “${problem.document}” does not match its id. The documents before it are imported whole, none after it.`,
      };
    case "corpus-truncated":
      return {
        zh: `${name} 不完整（下载中断或文件被截断）：只读到 ${problem.documents} 个文档，应有 ${problem.expected} 个。已读到的文档已完整导入；再次打开可补全其余文档。`,
        en: `${name} is cut short (the download stopped, or the file is truncated): ${problem.documents} of its ${problem.expected} documents were read. Those are imported whole; open it again for the rest.`,
      };
    case "unexpected":
      return { zh: `${name} 未导入：${problem.detail}`, en: `${name} was not imported: ${problem.detail}` };
  }
}

export function problemText(problem: Problem, name: string, lang: Lang): string {
  return texts(problem, name)[lang];
}
