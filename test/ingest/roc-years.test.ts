import { describe, expect, test } from "vitest";
import { normalizeCharacters } from "../../src/ingest/normalize";
import { rocYearsToCommonEra } from "../../src/ingest/normalize/roc-years";
import { parseText } from "../../src/ingest";

describe("years of the Republic of China (民国) as common-era years", () => {
  test("民国 and 中华民国 years in words become common-era years", () => {
    expect(rocYearsToCommonEra("民国108年3月5日召开第一次会议")).toBe("2019年3月5日召开第一次会议");
    expect(rocYearsToCommonEra("中华民国99年12月1日")).toBe("2010年12月1日");
    expect(rocYearsToCommonEra("民国38年")).toBe("1949年");
  });
  test("a labelled date line with a three-digit year is a ROC date", () => {
    expect(rocYearsToCommonEra("日期:108-03-05")).toBe("日期:2019-03-05");
    expect(rocYearsToCommonEra("发布日期:112/11/20")).toBe("发布日期:2023/11/20");
    expect(rocYearsToCommonEra("更新时间: 109.01.02")).toBe("更新时间: 2020.01.02");
  });
  test("other numbers stay as they are", () => {
    expect(rocYearsToCommonEra("日期:2019-03-05")).toBe("日期:2019-03-05");
    expect(rocYearsToCommonEra("第108次会议,编号108-03-05")).toBe("第108次会议,编号108-03-05");
    expect(rocYearsToCommonEra("民国时期的建筑")).toBe("民国时期的建筑");
    expect(rocYearsToCommonEra("日期:19-03-05")).toBe("日期:19-03-05");
  });
  test("a traditional-character page's ROC date line and date in words", () => {
    expect(normalizeCharacters("日期：108-03-05\n民國108年3月5日第3001次會議")).toBe(
      "日期:2019-03-05\n2019年3月5日第3001次会议",
    );
  });
  test("a cabinet page dated in ROC years is dated and published in the common era", () => {
    const text = [
      "某院第3001次院会决议",
      "日期:108-03-05",
      "院长提示:",
      "民国108年3月5日第3001次会议",
      "一、请各部会加强防汛准备工作,落实各项应变措施,确保民众生命财产安全,并及时向社会说明进展情况。",
    ].join("\n");
    const [article] = parseText(text);
    expect(article?.published).toBe("2019-03-05");
    expect(article?.date).toBe("2019-03-05");
  });
});
