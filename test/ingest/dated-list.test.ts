import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";
import { datedItems } from "../../src/ingest/dated-list";

const headline = (line: string) => line.length < 30 && !/[,。]/.test(line);

test("each date line opens an item published that day; the page's introduction is no item", () => {
  const lines = [
    "常务会议制度:会议由市长召集,每月召开两次。",
    "2031/02/01",
    "会议摘要:甲",
    "2031/01/10",
    "会议摘要:乙",
    "2030-12-25 09:30",
    "丙",
  ];
  expect(datedItems(lines, headline)).toEqual([
    { published: "2031-02-01", lines: ["会议摘要:甲"] },
    { published: "2031-01-10", lines: ["会议摘要:乙"] },
    { published: "2030-12-25", lines: ["丙"] },
  ]);
});

test("a headline right before its date line belongs to the item the date opens", () => {
  const lines = ["县委召开常委会", "2031-03-01", "3月1日,县委召开常委会。", "县政府召开常务会", "2031-03-02", "正文。"];
  expect(datedItems([...lines, "全县召开推进会", "2031-03-03", "正文。"], headline)).toEqual([
    { published: "2031-03-01", lines: ["县委召开常委会", "3月1日,县委召开常委会。"] },
    { published: "2031-03-02", lines: ["县政府召开常务会", "正文。"] },
    { published: "2031-03-03", lines: ["全县召开推进会", "正文。"] },
  ]);
});

test("fewer than three date lines make no list", () => {
  expect(datedItems(["2031/02/01", "正文", "2031/01/10", "正文"], headline)).toBeNull();
});

test("a list page of dated meeting summaries is one article per item, with its own date and people", () => {
  const summary = (day: number, name: string) =>
    `会议地点:市人民政府\n会议摘要:1月${day}日,市长${name}主持召开市政府常务会议,研究部署近期重点工作,审议有关文件。`;
  const page = `市政府常务会议制度:常务会议由市长召集和主持。\n2031/01/30\n${summary(29, "陈一清")}\n2031/01/10\n${summary(9, "王二明")}\n2031/01/03\n${summary(2, "李三华")}`;
  expect(parseText(page).map((a) => [a.title, a.published, a.date, a.people.map((p) => p.name)])).toEqual([
    [null, "2031-01-30", "2031-01-29", ["陈一清"]],
    [null, "2031-01-10", "2031-01-09", ["王二明"]],
    [null, "2031-01-03", "2031-01-02", ["李三华"]],
  ]);
});

test("press releases that print their date under their text: each date closes the release above it", () => {
  const release = (title: string, name: string, day: number) =>
    `${title}\n${name}今日出席會議並致辭,表示特區政府會繼續推動創新科技發展,並加強與各界的溝通合作,共同促進經濟發展。\n完\n2031年3月${day}日(星期二)\n香港時間16時30分`;
  const page = [
    release("政務司司長出席創科論壇", "政務司司長高文遠", 4),
    release("財政司司長出席研討會", "財政司司長宋立安", 5),
    release("律政司司長出席典禮", "律政司司長鍾明達", 6),
  ].join("\n");
  expect(parseText(page).map((a) => [a.title, a.published, a.people.map((p) => p.name).join()])).toEqual([
    ["政务司司长出席创科论坛", "2031-03-04", "高文远"],
    ["财政司司长出席研讨会", "2031-03-05", "宋立安"],
    ["律政司司长出席典礼", "2031-03-06", "钟明达"],
  ]);
});

test("a news list whose items each end with a section and date line and a source on two lines; the last item cut off too", () => {
  const item = (title: string, text: string, day: number) =>
    [title, text, `要聞 2031年04月${day}日`, "資料來源:", "本市政府新聞網"].join("\n");
  const page = [
    "每日新知",
    item("市長出席創科論壇", "市長高文遠今日出席創科論壇並致辭,表示市政府會繼續推動創新科技發展,加強與業界合作。", 9),
    item(
      "兩地就十項合作達成共識",
      "市長高文遠率領代表團,與鄰市市長宋立安4月8日在本市舉行合作會議,雙方就十個範疇的合作方向達成共識。",
      9,
    ),
    item(
      "再就業計劃七月推出",
      "市長高文遠表示,再就業計劃將於7月15日推出,為重投勞動市場的中高齡人士提供津貼和培訓。",
      8,
    ),
    "劍擊世界盃獲頒品牌",
    "首次在本市舉行的劍擊世界盃獲大型體育活動事務委員會頒授品牌認可,賽事5月1日至4日在本市博覽館舉行,市民",
  ].join("\n");
  expect(parseText(page).map((a) => [a.title, a.published, a.date])).toEqual([
    ["市长出席创科论坛", "2031-04-09", "2031-04-09"],
    ["两地就十项合作达成共识", "2031-04-09", "2031-04-08"],
    ["再就业计划七月推出", "2031-04-08", "2031-07-15"],
    ["剑击世界杯获颁品牌", null, "2031-05-01"],
  ]);
});
