import { describe, expect, test } from "vitest";
import * as OpenCC from "opencc-js/t2cn";
import { foldWidth, normalizeCharacters, stripConverterPinyin, toSimplified } from "../../src/ingest/normalize";
import { mayHoldTraditional } from "../../src/ingest/normalize/simplified";
import { isHardWrapped, joinWrapped } from "../../src/ingest/normalize/rewrap";
import { cutTail, isChromeLine } from "../../src/ingest/normalize/chrome";
import { restoreLostMonths } from "../../src/ingest/normalize/lost-months";

describe("converter pinyin", () => {
  test("bracketed toned syllables go", () => {
    expect(stripConverterPinyin("齊魯網(wǎng)·閃電新聞")).toBe("齊魯網·閃電新聞");
    expect(stripConverterPinyin("辦公廳(tīng)各項")).toBe("辦公廳各項");
    expect(stripConverterPinyin("創(chuàng)建")).toBe("創建");
    expect(stripConverterPinyin("開（kāi）會")).toBe("開會");
  });
  test("ordinary bracketed Latin text stays", () => {
    expect(stripConverterPinyin("人工智能(AI)和(PPP)模式(ok)")).toBe("人工智能(AI)和(PPP)模式(ok)");
  });
  test("untoned syllables right after their character go, with the space after them, where a text holds several", () => {
    expect(stripConverterPinyin("自治區黨(dang) 委召開座談會(hui) ,高文(wen) 遠主持")).toBe(
      "自治區黨委召開座談會,高文遠主持",
    );
    expect(stripConverterPinyin("国(guo)⛦(guo)务院(yuan)(yuan)总理主持会议(yi)(yi)")).toBe("国务院总理主持会议");
    // One alone may be anything: it stays.
    expect(stripConverterPinyin("方案(an) 已定")).toBe("方案(an) 已定");
    expect(stripConverterPinyin("模式(ok)、(ai)、(an)")).toBe("模式(ok)、(ai)、(an)");
  });
  test("a gloss a printed column cut goes whole, with the line break inside it or before it", () => {
    expect(stripConverterPinyin("座談會(hu\ni) ,自治區黨委書(s\nhu) 記主持會議,習\n(xi) 近平")).toBe(
      "座談會,自治區黨委書記主持會議,習近平",
    );
    expect(stripConverterPinyin("網(wǎ\nng)站開(kā\ni)通")).toBe("網站開通");
    // A line break before a list's (a), or inside bracketed capitals, stays.
    expect(stripConverterPinyin("會(hui) 議(yi) 黨(dang) 委\n(a) 第一項\n(AI\n) 模型")).toBe(
      "會議黨委\n(a) 第一項\n(AI\n) 模型",
    );
  });
});

describe("traditional to simplified", () => {
  test("OpenCC converts Taiwan forms", () => {
    expect(toSimplified("山東省政府辦公廳全力抓實文明創建")).toBe("山东省政府办公厅全力抓实文明创建");
  });
  test("著 read as Taiwan writes it: 着 in 着力, 接着; 著 in 著名, 著作", () => {
    expect(toSimplified("會議強調要三個著力,著眼長遠,接著研究了著作權保護和著名商標工作")).toBe(
      "会议强调要三个着力,着眼长远,接着研究了著作权保护和著名商标工作",
    );
  });
  test("the whole character pass gives simplified text without pinyin", () => {
    expect(normalizeCharacters("網(wǎng)絡(luò)安全")).toBe("网络安全");
  });
  test("text with nothing the converter changes is returned as it is, without converting", () => {
    expect(mayHoldTraditional("省政府召开常务会议,研究部署下一步工作。2024年5月6日")).toBe(false);
    expect(mayHoldTraditional("会议指出")).toBe(false);
    // Characters the same in both scripts that only some phrases change (反覆 → 反复, 沈 in 消沈).
    expect(toSimplified("会上反覆强调,意志消沈")).toBe("会上反复强调,意志消沉");
    expect(mayHoldTraditional("辦")).toBe(true);
  });
  test("every entry of the converter's dictionaries that changes text is still converted", () => {
    const convert = OpenCC.Converter({ from: "tw", to: "cn" });
    const config = OpenCC.Locale.configs.t2s as unknown as Record<string, (string | [string, string][])[][]>;
    const groups = [...config.conversionChain!, ...config.normalizationChain!];
    const entries = groups
      .flat()
      .flatMap((dict) =>
        typeof dict === "string" ? dict.split("|").map((e) => e.split(" ") as [string, string]) : dict,
      );
    const changed = entries.filter(([from]) => convert(`会议${from}强调`) !== `会议${from}强调`).map(([from]) => from);
    // Thousands of characters and a few hundred phrases: the check covers what the converter changes.
    expect(changed.length).toBeGreaterThan(4000);
    expect(changed.filter((from) => toSimplified(`会议${from}强调`) !== convert(`会议${from}强调`))).toEqual([]);
  });
});

describe("width and spaces", () => {
  test("full-width Latin, digits and punctuation fold to one form", () => {
    expect(foldWidth("ＡＢＣ１２３，（扩大）：")).toBe("ABC123,(扩大):");
  });
  test("spaces PDF extraction put around Chinese are dropped, Latin spacing stays", () => {
    expect(foldWidth("近日， 江苏省民政厅 举办")).toBe("近日,江苏省民政厅举办");
    expect(foldWidth("10月 26日 ， “安全阀 ”")).toBe("10月26日,“安全阀”");
    expect(foldWidth("open source  software")).toBe("open source software");
  });
  test("line breaks are unified", () => {
    expect(foldWidth("一\r\n二\r三")).toBe("一\n二\n三");
  });
  test("a separating mark written twice is one, a comma before another mark goes; an ellipsis and a dash stay", () => {
    expect(foldWidth("副主席甲、、乙出席会议。。会议强调，，要抓落实；；")).toBe(
      "副主席甲、乙出席会议。会议强调,要抓落实;",
    );
    expect(foldWidth("等等...——")).toBe("等等...——");
    expect(foldWidth("热地，、白玛，、洛桑出席会议，。")).toBe("热地、白玛、洛桑出席会议。");
  });
});

describe("hard-wrapped lines", () => {
  const wrapped = [
    "10月26日,山东省民政厅",
    "在滨州市召开全省民政系统第",
    "",
    "一批推进会议。",
    "会议指出,省市县“三级联",
    "",
    "动”深化模范机关建设,是品牌",
    "工程。",
    "刘渊主持",
    "会议。",
  ];
  test("are detected by their short lines", () => {
    expect(isHardWrapped(wrapped)).toBe(true);
    expect(
      isHardWrapped([
        "这是一段完整的段落,它在句末结束,并且很长很长很长很长很长很长。",
        "第二段也是一样完整的段落,而且同样很长很长很长很长很长很长。",
      ]),
    ).toBe(false);
  });
  test("are detected when most lines are cut at one width, whatever it is", () => {
    const printed = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, "g"))!;
    const entry =
      "市委召开常委会议,研究部署近期的各项重点工作。市委书记、市人大常委会主任孙一刚主持会议并讲话。市委副书记、市长张一川,市委副书记张二平和市委常委出席会议。市政协主席赵三国列席会议,市直有关部门主要负责人参加。";
    expect(isHardWrapped(["2月", "1日", ...printed(entry, 34), "3日", ...printed(entry, 34)])).toBe(true);
    expect(
      isHardWrapped(["2月", "1日", ...printed(entry, 34), "3日", ...printed(entry, 34)].map((l) => `${l}。`)),
    ).toBe(false);
  });
  test("are re-joined into paragraphs that end with sentences", () => {
    expect(joinWrapped(wrapped, () => false)).toEqual([
      "10月26日,山东省民政厅在滨州市召开全省民政系统第一批推进会议。",
      "会议指出,省市县“三级联动”深化模范机关建设,是品牌工程。",
      "刘渊主持会议。",
    ]);
  });
});

describe("page furniture", () => {
  test.each([
    "人民网>>山东频道>>中国共产党新闻网山东分网>>主题教育",
    "小字号",
    "分享让更多人看到",
    "(责编:聂俊穹、邢曼华)",
    "来源:山东省民政厅",
    "返回顶部",
    "闪电新闻记者 刘晨 冯振弘 报道",
    "想爆料?请登录《阳光连线》、拨打新闻热线0531-66661234",
    "TOPIC",
    "党建",
    "字号:大 中 小",
    "版权所有:湖南省民政厅 湘ICP备05000000号",
  ])("%s is dropped", (line) => {
    expect(isChromeLine(line, 5)).toBe(true);
  });
  test.each(["会议强调,要按照省委部署。", "完善工作机制高位推进更加有力", "山东省民政系统推进会议召开"])(
    "%s is kept",
    (line) => {
      expect(isChromeLine(line, 5)).toBe(false);
    },
  );
  test("a site name is furniture only at the top of the page", () => {
    expect(isChromeLine("人民网", 0)).toBe(true);
    expect(isChromeLine("人民网", 10)).toBe(false);
  });
  test("teasers after 推荐阅读 never join the article", () => {
    const lines = [
      "标题",
      "这是正文的第一段,它足够长,长到可以算作正文已经开始了,读者从这里开始读,对吧。",
      "推荐阅读",
      "山东省委常委会召开会议",
      "省委书记林武主持会议。",
    ];
    expect(cutTail(lines)).toEqual(lines.slice(0, 2));
  });
  test("a story 新闻推荐 recommends under the report is a teaser too", () => {
    const lines = [
      "标题",
      "这是正文的第一段,它足够长,长到可以算作正文已经开始了,读者从这里开始读,对吧。",
      "新闻推荐",
      "8月5日,县政府召开全体会议,县长高文远主持会议并讲话。",
    ];
    expect(cutTail(lines)).toEqual(lines.slice(0, 2));
  });
  test("a tail marker before the body begins is not a cut", () => {
    expect(cutTail(["相关新闻", "正文"])).toEqual(["相关新闻", "正文"]);
  });
});

test("a simplified text keeps the one or two characters a name holds that the converter would replace", () => {
  const awards =
    "党中央决定，授予马文成、王於明、李连胜同志“某某勋章”。会议强调，要坚持以人民为中心的发展思想，扎实推进各项工作落地见效，确保各项任务按期完成。";
  expect(normalizeCharacters(awards)).toContain("王於明");
  expect(
    normalizeCharacters("會議強調，要堅持以人民為中心的發展思想，紮實推進各項工作落地見效，確保各項任務按期完成。"),
  ).toBe("会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。");
});

describe("days that lost their 月", () => {
  test("a day number no month holds, read as one month and one day in one way only, gets its 月 back", () => {
    expect(restoreLostMonths("35日,省政府参事室召开谋划会")).toBe("3月5日,省政府参事室召开谋划会");
    expect(restoreLostMonths("省人大财经委于611日召开专家座谈会")).toBe("省人大财经委于6月11日召开专家座谈会");
    expect(restoreLostMonths("本站讯 523日,培训班开班")).toBe("本站讯 5月23日,培训班开班");
    expect(restoreLostMonths("2031年33日,市长主持召开常务会议")).toBe("2031年3月3日,市长主持召开常务会议");
    expect(restoreLostMonths("1231日上午")).toBe("12月31日上午");
  });
  test("a real day, two readings, or a count of days stays as written", () => {
    for (const text of ["23日上午召开", "111日召开", "于45日内完成", "提前45日报送", "第120日", "365日", "100日"])
      expect(restoreLostMonths(text)).toBe(text);
  });
  test("a chronicle's entry opening with a run of digits is left alone: it may be a range that lost its dash", () => {
    const chronicle = "3日 市委召开座谈会。\n5日 全市经济工作会议召开。\n69日 市政协全体会议召开。";
    expect(restoreLostMonths(chronicle)).toBe(chronicle);
  });
});
