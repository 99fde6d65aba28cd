/** What opening a prebuilt corpus did, in words, in both languages. */
import type { Text } from "../../lib/i18n";
import { withThousands } from "../../lib/thousands";
import type { CorpusOpened } from "../../services";
import type { ImportPace } from "./import-pace";

export function corpusSummary(opened: CorpusOpened): Text {
  const { imported, already, articles, failed, seconds } = opened;
  if (opened.unchanged)
    return {
      zh: `自上次完整打开以来未有改动：${withThousands(already)} 个文档均已存在。`,
      en: `Unchanged since it was last opened whole: all ${withThousands(already)} documents are already there.`,
    };
  const rate = imported && seconds > 0 ? Math.round(articles / seconds) : 0;
  const speed = rate
    ? { zh: `，每秒 ${withThousands(rate)} 篇`, en: `, ${withThousands(rate)} articles/s` }
    : { zh: "", en: "" };
  const failedText = failed.length
    ? { zh: `，${failed.length} 个未能导入`, en: `, ${failed.length} could not be imported` }
    : { zh: "", en: "" };
  return {
    zh: `${withThousands(imported)} 个文档已导入（${withThousands(articles)} 篇文章${speed.zh}），${withThousands(already)} 个已存在${failedText.zh}。`,
    en: `${withThousands(imported)} document${imported === 1 ? "" : "s"} imported (${withThousands(articles)} article${articles === 1 ? "" : "s"}${speed.en}), ${withThousands(already)} already there${failedText.en}.`,
  };
}

/** Its texts were parsed here (another parser made it), which only matters when some were new. */
export const wasReparsed = (opened: CorpusOpened) => opened.reparsed && opened.imported + opened.failed.length > 0;

export const REPARSED: Text = {
  zh: "该语料库由另一版本的解析器生成：其文本已在此浏览器中重新解析。",
  en: "This corpus was made by another version of the parser: its texts were parsed again in this browser.",
};

export function openingLabel(
  name: string,
  done: number,
  total: number,
  pace: ImportPace | null,
  reparsing: boolean | null,
): Text {
  const of = total ? `${withThousands(done)}/${withThousands(total)}` : "…";
  const speed = pace
    ? {
        zh: ` · 每秒 ${withThousands(pace.articlesPerSecond)} 篇 · 约剩 ${withThousands(pace.secondsLeft)} 秒`,
        en: ` · ${withThousands(pace.articlesPerSecond)} articles/s · about ${withThousands(pace.secondsLeft)} s left`,
      }
    : { zh: "", en: "" };
  const parsing = reparsing
    ? {
        zh: "（另一版本的解析器生成，正在本浏览器中解析）",
        en: " (made by another parser version: parsing it in this browser)",
      }
    : { zh: "", en: "" };
  return {
    zh: `正在打开语料库 ${name}${parsing.zh}：文档 ${of}${speed.zh}`,
    en: `Opening the corpus ${name}${parsing.en}: documents ${of}${speed.en}`,
  };
}
