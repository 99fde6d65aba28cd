/**
 * How reports write dates: a page's date line (2023年10月31日10:28, 发布时间:2020-05-20 11:09:05),
 * a labelled date inside a meta line, the event's date in the lead (10月26日上午, 10月23至25日), and
 * years that are targets rather than dates (到2035年, 2025年底前).
 */
import { anyOf } from "./pattern";

/** What a date label starts with: 发布时间, 更新日期, 发稿时间. */
const DATE_LABEL_VERBS = [
  "发布",
  "发表",
  "更新",
  "发稿",
  "录入",
  "上传",
  "添加",
  "发文",
  "成文",
  "印发",
  "公布",
  "刊发",
];
/** What a date label ends with. */
const DATE_LABEL_NOUNS = ["时间", "日期"];

/** Year, month and day with any of the usual separators: 2024-01-19, 2024年1月19, 2024.1.19. */
const YMD = "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})";

/** A date with its time anywhere in a short line: "http://www.sina.com.cn 2003年09月03日12:19 沈阳今报". */
export const TIMESTAMP = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?\s*\d{1,2}:\d{2}/;

/**
 * A labelled date written month first with slashes, as page templates print it: "时间:12/28/2012 09:22:10",
 * "发表时间:11/20/2021". Groups 1–3: month, day, year (day first when the first number cannot be a month).
 */
export const SLASHED_YEAR_LAST = new RegExp(
  `${anyOf(DATE_LABEL_NOUNS)}[:：]\\s*(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])`,
);

/** A page's stamp written day first: "07.01.2015  01:02". */
export const DAY_FIRST_STAMP = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?$/;

/** A page's date line: "2023年10月31日10:28 |", "2024-11-15 299", "2019-11-13 第26,316号", "发布时间:2020-05-20 11:09:05". */
export const PUBLISHED_LINE = new RegExp(
  `^(?:${anyOf(DATE_LABEL_VERBS)}?${anyOf(DATE_LABEL_NOUNS)}[:]?)?[[【]?${YMD}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?[\\]】]?(?:\\s*[|｜]?\\s*(?:[^,。，]|(?<=\\d),(?=\\d{3})){0,24})?$`,
);

/**
 * An outlet's name over an article it reposts, then the date it came out, as app and account pages
 * print their head ("某某日报 2031-06-30", "某某新闻网 2031年6月30日"): the name ends as an outlet's does.
 */
export const OUTLET_NAME = "[\\u4e00-\\u9fff]{1,14}?(?:报|网|台|社|刊|客户端|融媒|发布)";
export const OUTLET_DATE_LINE = new RegExp(`^${OUTLET_NAME}\\s*${YMD}日?$`);

/** A page's date written without separators, alone or labelled: "20210508", "发布时间:20210508 09:30", "发布于 20210508". */
export const COMPACT_DATE_LINE = new RegExp(
  `^(?:(?:${anyOf(DATE_LABEL_VERBS)}?${anyOf(DATE_LABEL_NOUNS)}|${anyOf(DATE_LABEL_VERBS)}于)[:]?\\s*)?((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?$`,
);

/** A labelled date line whose year is cut to two digits: "发布时间:18-01-12". Groups 1–3. */
export const SHORT_YEAR_LABELLED_DATE = new RegExp(
  `^(?:${anyOf(DATE_LABEL_VERBS)}?${anyOf(DATE_LABEL_NOUNS)}[:：]?)\\s*(\\d{2})(?:([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d.\\-/])|年(\\d{1,2})月(\\d{1,2})日)`,
);

/** What shows a short line with a date on it is a page's meta line: "来源:湖南日报 | 2021-05-08", "作者:… 2023-04-05". */
const META_LINE_LABELS = ["来源", "稿源", "作者", "编辑", "浏览", "点击", "阅读", "字号", "供稿", "发布者", "发布人"];

/** A label with its colon: 来源:, 浏览次数:. */
const META_LABEL = `${anyOf(META_LINE_LABELS)}[^:：\\s]{0,3}[:：]`;

/** A date on a page's source or byline line, written before or after its labels; groups 1–3. */
export const META_LINE_DATE = new RegExp(
  `^(?=.{0,30}${META_LABEL})[^。，,]{0,40}?${YMD}|^[[【]?${YMD}[^。，,]{0,40}?${META_LABEL}`,
);

/** A page's date with its time opening a short line, wherever it stands: "2024-06-12 21:05:33". Groups 1–3. */
export const TIMESTAMP_LINE = new RegExp(`^[[【]?${YMD}日?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?[\\]】]?(?:\\s|$)`);

/**
 * A labelled date inside a meta line: "来源:广西民政厅 发布时间:2024-01-19 16:32", "发布于 2022年6月15日",
 * "湖南省卫生健康委 时间:2024-12-06".
 */
export const LABELLED_DATE = new RegExp(
  `(?:${anyOf(DATE_LABEL_VERBS)}(?:${anyOf(DATE_LABEL_NOUNS)}|于)[:]?|${anyOf(DATE_LABEL_NOUNS)}:)\\s*${YMD}`,
);

/** A month in Chinese numerals: 一 to 十二. */
const HAN_MONTH = "十[一二]?|[一二三四五六七八九]";
/** A day in Chinese numerals: 一 to 三十一. */
const HAN_DAY = "[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";
/** A year in Chinese numerals: 二〇二一. */
const HAN_YEAR = "[〇零○一二三四五六七八九]{4}";

/**
 * "(2024年)3月14日", "10月23至25日", "10月26日上午", and in Chinese numerals "十一月二十八日"; not a
 * dateline ("5月20日讯", "…日电", "据某某日报1月21日消息").
 */
export const EVENT_DATE = new RegExp(
  `(?:(\\d{4}|${HAN_YEAR})年)?(\\d{1,2}|${HAN_MONTH})月(\\d{1,2}|${HAN_DAY})\\s?(?:日|号|至|-|—|─|–|~|、(?=\\d{1,2}日))(?!讯|电|消息|报道|\\s*\\d{1,2}:\\d{2})`,
  "g",
);

/** A date in the text written in digits with its year: "2023.4.3,", "2023-04-03上午" (not a time or a longer number). */
export const NUMERIC_EVENT_DATE = /(?<![\d.\-/])((?:19|20)\d{2})[.\-/](\d{1,2})[.\-/](\d{1,2})(?![\d.\-/:])/;

/** A date alone in brackets under a speech's or document's title: "(二〇二三年四月五日)", "(2023年4月5日)". */
export const BRACKETED_DATE_LINE = new RegExp(
  `^\\((?:\\d{4}|${HAN_YEAR})年(?:\\d{1,2}|${HAN_MONTH})月(?:\\d{1,2}|${HAN_DAY})日\\)$`,
);

/**
 * An outlet's dateline opening a report's own words: "本报讯", "某某网讯", "某某新闻客户端讯",
 * "某某日报全媒体讯" (not 通讯员, 资讯, 快讯).
 */
export const OUTLET_DATELINE = /(?:本报|本台|本网|本刊|[网报台端社]|融媒|新闻|媒体)讯(?![员息])/;

/** A dateline's month and day, in digits or Chinese numerals: groups 1 and 2. */
const DATELINE_DAY =
  "(\\d{1,2}|十[一二]?|[一二三四五六七八九])月(\\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日";
/** A wire dateline: "新华社北京3月9日电", "5月20日讯", "中新社某地九月二十四日电"; group 1 is the month, group 2 the day. */
export const DATELINE = new RegExp(`${DATELINE_DAY}(?:电|讯)`);
/** A paragraph that opens with a wire's dateline: 新华社北京2月24日电, 中新社某地九月二十四日电. */
export const WIRE_LED = new RegExp(`^[\\u4e00-\\u9fff]{2,8}?(?:社|网|台|报)[\\u4e00-\\u9fff]{0,8}?${DATELINE_DAY}电`);

/**
 * A date a report says is still to come: 决定…于6月29日召开, 全会决定,2031年2月23日召开, 将于, 拟于, 定于; a decision's meeting
 * may have a long name before its 于 (会议决定政协第十二届某某省委员会第四次会议于…).
 */
export const FUTURE_BEFORE_DATE =
  /(?:决定|将于|拟于|定于|将在|计划于|预计)[,，]?[^,，。;；]{0,16}$|决定[^,，。;；]{0,48}于$/;

/**
 * A year written as a date (2024年社会救助标准), not as the start of a span up to now (从2004年中心成立至今,
 * 自2018年以来, 2016年县第十一次党代会以来; 2031年以来 is this year's), nor as a target (到2035年, 2025年底前, 2030年远景, 2026年发展目标; a year's 目标任务 is its
 * plan and counts), the end of a period (2022-2023年), the year ahead (即将到来的2025年) or a year under
 * review, which is one before the meeting's: a year written as 年度 with a review or an honour later in
 * its clause (2021年度考核, 2020年度环境状况报告, 2021年度及2019-2021年任期经营业绩优秀企业), or the
 * year told as done ("2021年,…顺利完成各项目标"), or a goal's year (2031年全部脱贫, 2031年基本建成).
 */
export const YEAR_MENTION =
  /(?<![到至截从自]|\d{4}\s*[-—–~至到]|即将到来的|迎接)(20\d{2}|19\d{2})年(?!(远景|前|底前|左右|[^,，。;；]{0,20}?至今|[^,，。;；]{2,20}?以来|(?!目标任务)[^,，。;；]{0,6}目标|度[^,，。;；]{0,32}?(?:考核|考评|绩效|决算|总结|述职|评议|状况|执行情况|优秀|先进|表彰|标兵)|[,，](?:(?!要|将|力争|确保|努力|计划|预计)[^。;；]){0,120}?(?:顺利|圆满|全面|超额)完成|(?:全部|全面|基本|如期)(?:脱贫|建成|实现|完成)))/g;

/** A day without its month in a lead ("14日,省政协召开…", "昨日(14日)", "本月14日"), read in the publication month, or in the month before it ("上月28日"). */
export const DAY_ONLY = /(?<!(?<![本上])月|\d)(\d{1,2})(?:日|号)(?!讯|电)/g;

/**
 * A weekday relative to publication: 上周五, 本周二, 星期日, and 周三 after a comma or at the start
 * (not 每周一, nor a name: 周一鸣). Group 1 is the week, group 2 the day.
 */
export const WEEKDAY =
  /(上周|本周|上星期|本星期|(?<![\u4e00-\u9fff])星期|(?<![\u4e00-\u9fff])周)([一二三四五六日天])(?![\u4e00-\u9fff]{0,1}[年周])/;

/** "In recent days" opening the report of an event: the month of publication, no day (近日,省民政厅召开…). */
export const RECENT_DAYS = /(?:^|[,，\s)])(?:近日|日前|前不久|不久前)(?=[,，\u4e00-\u9fff])/;

/** Days written relative to publication: 今天 is the publication day, 昨日 the day before. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ["今天", 0],
  ["今日", 0],
  ["昨天", -1],
  ["昨日", -1],
  ["前天", -2],
  ["前日", -2],
]);

/**
 * A paragraph that opens with its date: "12月18日,省政协召开…", "1月11─14日 县委召开…", "11月21 ~23日",
 * or a month alone or a part of it as chronicles write it ("4月县委书记…", "8月中旬…"), not "4月份",
 * "4月以来", "4月底".
 */
export const DATE_LED = new RegExp(
  "^(?:(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}\\s?(?:[─—\\-~至、]\\s?\\d{1,2})?日|[上中下]旬|(?![份底初中末以来上下旬\\d]))" +
    // An older gazetteer's date in Chinese numerals, with its day or a part of its month: 十一月二十八日.
    `|(?:${HAN_YEAR}年)?(?:${HAN_MONTH})月(?:(?:${HAN_DAY})日|[上中下]旬))`,
);

/** A chronicle's year heading on a line of its own: "1989年", "一九八九年". */
export const YEAR_HEADING = new RegExp(`^(\\d{4}|${HAN_YEAR})年$`);

/**
 * What opens an item of a bulletin: ◆, ●, ■ … and △ or ※, which open a yearbook's next entry of the same
 * day (not ▲, which marks photo captions, nor •, which marks page furniture).
 */
export const BULLET = /^[◆●■★◇□▪◎△※]\s*/;

/**
 * A brief's item: a mark, then the item's date ("●11月26日,…", "▲9月2日,…", "■11月25日至26日,…").
 * A ▲ before a date opens an item as the other marks do: a photo caption does not open with one.
 */
export const DATED_BULLET = /^[◆●■▲★◇□▪◎]\s*(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日)/;

/** A yearbook chronicle's month heading on a line of its own: "2月", "二月", "大事记1月". */
export const MONTH_HEADING = new RegExp(`^(?:大事记)?(\\d{1,2}|${HAN_MONTH})月$`);

/** The month a chronicle's page covers, on a line of its own: "(2024年5月)", "2024年5月". Groups 1–2: year and month. */
export const PERIOD_HEADING = /^[(（]?(\d{4})年(\d{1,2})月[)）]?$/;

/**
 * A paragraph that opens with its day, the month standing in a heading above: "1日 市委召开…", "十二日 …",
 * or with days on a line of their own, 日 left out of a range ("28—31"). Group 1.
 */
export const DAY_LED = new RegExp(
  `^(\\d{1,2}|${HAN_DAY})(?:(?:[─—\\-~至]\\d{1,2})?日(?![电讯])|[─—~至]\\d{1,2}(?=\\n|$))`,
);

/**
 * A chronicle's date alone on its line, its weekday perhaps after it and a mark perhaps before it:
 * "△12月3日(星期四)", "3月8日". Groups 1–2: month and day.
 */
export const DATE_HEADING = /^(?:[△●◆■○·•]\s*)?(\d{1,2})月(\d{1,2})日\s*(?:\(?(?:星期|周)[一二三四五六日天]\)?)?$/;

/** A day heading alone on its line ("1日", "28—31"): it opens the day's first entry. */
export const DAY_HEADING = /^\d{1,2}(?:日|[─—~至]\d{1,2}日?)$/;

/** A numbered item heading: "2.全市…会议召开", "三、…". */
export const NUMBERED_HEADING = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]\s*/;

/**
 * A full date alone on a line, perhaps in brackets, its weekday or time perhaps after it: "2023/02/01",
 * "[2023-02-01]", "2023年2月1日 星期三", "2022-12-25 09:30", or after a list's section ("要闻 2023年02月01日").
 * Groups 1–3.
 */
export const DATE_ALONE =
  /^(?:[\u4e00-\u9fff]{2,4}\s*)?[[【]?(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?[\]】]?(?:\s*\(?(?:星期|周)[一二三四五六日天]\)?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** A field of a list page's item, labelled: "会议地点:…", "会议摘要:…" (not a headline). */
export const FIELD_LABEL = /^(?:会议|活动)?(?:地点|时间|摘要|主题|内容|议题|日期|主持人?|参会人员)[:：]/;

/**
 * Words that plan a year written as a number: the year's government work report drafted (2031年政府工作报告起草提纲, 2031年政府工作报告稿),
 * a year's work arranged (对2031年工作作出安排, 2031年工作要点,
 * 安排部署2031年重点工作), a sitting called for a month of it (决定2031年1月召开).
 */
export const LOOKS_AHEAD =
  /(?:决定|将于|拟于|定于)于?(?:19|20)\d{2}年\d{1,2}月(?:上旬|中旬|下旬|初|底)?(?:在[^，。,;；]{1,8}?)?(?:召开|举行)|(?:19|20)\d{2}年(?:度)?政府工作报告[^，。,;；]{0,8}?(?:起草|提纲|征求意见|稿)|(?:19|20)\d{2}年[^，。,;；]{0,8}?(?:作出|做出)?(?:安排部署|安排|工作要点|工作计划|工作思路|工作打算)|(?:安排部署|部署|安排|谋划)(?:19|20)\d{2}年[^，。,;；]{0,6}?工作/;
/**
 * A year's accounts, audited and closed the year after (关于2030年度本级财政预算执行和其他财政收支情况的审计
 * 工作报告, 2030年度决算, 批准2030年中央决算): a text that names only that year is of the next, at any month.
 */
export const ACCOUNTS_OF_YEAR = /(?:19|20)\d{2}年(?:度[^，。,;；]{0,16}?(?:决算|预算执行|审计)|[^，。,;；]{0,6}?决算)/;
/**
 * A year's review held once it is over (2030年度民主生活会, 2030年度领导班子述职述廉, 2030年度考核): in the first
 * months of the year after, or in its own last weeks. Group 1 is the year.
 */
export const REVIEW_OF_YEAR =
  /((?:19|20)\d{2})年度[^，。,;；]{0,12}?(?:民主生活会|组织生活会|述职|述责述廉|述廉|考核|总结大会|总结会)/;
/** Words that review the year past: 过去的一年, 2030年是极不平凡的一年. */
export const LOOKS_BACK = /过去的一年|过去一年|(?:19|20)\d{2}年是[^。]{0,12}的一年/;

/** A paper's lede by the day before or the same day (昨天上午,…): it opens a paragraph, whatever stands above it. */
export const RELATIVE_DAY_LEDE = /^(?:昨天|昨日|今天|今日|前天)(?:上午|下午|晚上|晚)?[,，]/;

/**
 * A meeting numbered within its year, as its host convenes it (主持召开2031年第14次厅务会, 召开2031年第3次常务会议):
 * the meeting's own year. Group 1.
 */
export const NUMBERED_MEETING_OF_YEAR = /(?:召开|举行)了?((?:19|20)\d{2})年(?:度)?第[一二三四五六七八九十百\d]+次/;
