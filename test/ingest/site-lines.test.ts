import { describe, expect, test } from "vitest";
import { parseText } from "../../src/ingest";
import { sitePlaces } from "../../src/ingest/site-lines";

const BODY = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效。";
const province = (text: string) => parseText(text)[0]!.province;

describe("the site a page comes from names its place", () => {
  test("a banner welcoming to the site (欢迎访问某某县人民政府!) names its place; a login bar is furniture", () => {
    const [article] = parseText(
      "欢迎访问宁都县人民政府!\n登录/注册 用户中心 支持IPV6\n全县生态保护大会召开\n5月21日,全县生态保护大会召开,县长高文远主持会议。" +
        BODY,
    );
    expect([article!.title, article!.province]).toEqual(["全县生态保护大会召开", "江西"]);
  });
  test("a site's name opening its breadcrumb at the top of a page (某某网 > 某某新闻) names its place", () => {
    const [article] = parseText(
      "重庆沙坪坝网 > 沙坪坝新闻\n您的位置: 沙坪坝新闻\n区政府召开第9次常务会议\n(记者:罗一)9月2日,区长高文远主持召开区政府常务会议。" +
        BODY,
    );
    expect([article!.title, article!.province]).toEqual(["区政府召开第9次常务会议", "重庆"]);
  });
  test("a government address names its province; a city's or the nation's does not", () => {
    const of = (text: string) => sitePlaces(text, 8).map((p) => p.province);
    expect(of("网站地址:http://www.sc.gov.cn/10462/index.shtml")).toEqual(["四川"]);
    expect(of("Copyright 2024 dnr.hubei.gov.cn All rights reserved")).toEqual(["湖北"]);
    expect(of("帮助我们改进GOV.MO")).toEqual(["澳门"]);
    expect(of("www.info.gov.hk")).toEqual(["香港"]);
    expect(of("www.gov.cn 中国政府网")).toEqual([]);
    expect(of("www.hangzhou.gov.cn www.sx.gov.cn")).toEqual([]);
  });
  test("the owner's footer line names it: 版权所有, 主办单位", () => {
    const of = (text: string) => sitePlaces(text, 8).map((p) => p.province);
    expect(of("版权所有:庆元县人民政府 技术支持:某某公司")).toEqual(["浙江"]);
    expect(of("主办单位:中共滨州市委宣传部")).toEqual(["山东"]);
    expect(of("宁都县融媒体中心 版权所有")).toEqual(["江西"]);
    expect(of("(本条新闻版权归安徽省广播电视台所有,转载请注明出处)")).toEqual(["安徽"]);
    // 主办 in a sentence names the organisers of an event, not a site's owner.
    expect(of("由庆元县总工会主办的职工运动会开幕。")).toEqual([]);
  });
  test("a report that names no host is its site's: a region's leader on a visit elsewhere", () => {
    expect(
      province(
        `行政长官赴上海访问\n行政长官将于本月3日启程前往上海,与当地领导会面,并出席上海分行开业典礼。\n一行将于5日返回。${BODY}\n此页面有问题吗?\n帮助我们改进GOV.MO`,
      ),
    ).toBe("澳门");
  });
  test("a provincial body's report whose place is only its broadcaster's copyright note is that province's", () => {
    // A long report: the note stands past the part of the text read for the places it names.
    const report = `8月27日,省政协召开党组会议,学习总书记考察湖南常德重要讲话精神。${BODY.repeat(10)}`;
    expect(province(`${report}\n(本条新闻版权归安徽省广播电视台所有,转载请注明出处)`)).toBe("安徽");
    // Broken over two lines of a PDF's text, a blank line between them or not.
    for (const cut of ["\n", "\n\n"])
      expect(province(`${report}\n(本条新闻版权归安徽省广播电视台${cut}所有,转载请注明出处)`)).toBe("安徽");
  });
  test("a provincial outlet whose name names no place: in its credit, on its source line, over the report", () => {
    const of = (text: string) => sitePlaces(text, 8).map((p) => p.province);
    expect(of("(长江云新闻记者 某某 通讯员 某某)")).toEqual(["湖北"]);
    expect(of("津云讯 记者某某")).toEqual(["天津"]);
    expect(of("来源:红网 作者:某某")).toEqual(["湖南"]);
    expect(of("东北新闻网 2031-03-02 09:10")).toEqual(["辽宁"]);
    // Papers and their sites named after no place: 新华报业网 (新华日报's), 华西都市报, 潇湘晨报.
    expect(of("  新华报业网讯 28日,省人大常委会党组召开扩大会议")).toEqual(["江苏"]);
    expect(of("来源:华西都市报")).toEqual(["四川"]);
    expect(of("(潇湘晨报记者 某某)")).toEqual(["湖南"]);
    // Named inside a sentence of the report, or as a word that starts like one (红网格), it is not the page's outlet.
    expect(of("会议指出,要用好红网格管理,支持东方网等媒体做好宣传。")).toEqual([]);
  });
  test("a provincial body's report that names no place, from an outlet's page, is the outlet's province", () => {
    const page = `省政协召开党组会议 某某主持并讲话\n长江云新闻 2031-01-07 19:50:06\n今天(7日),省政协召开党组会议,传达学习有关精神。${BODY}\n(长江云新闻记者 某某)`;
    expect(province(page)).toBe("湖北");
  });
  test("a page's breadcrumb opens with its site's name, a local paper's place", () => {
    const of = (text: string) => sitePlaces(text, 8).map((p) => p.province);
    expect(of("您的位置:大理日报新闻网 >> 新闻 >> 时政要闻")).toEqual(["云南"]);
    expect(of("当前位置:首页 >> 新闻中心")).toEqual([]);
    expect(
      province(`您的位置:大理日报新闻网 >> 新闻\n州人大常委会召开主任会议\n2月15日,州人大常委会召开主任会议。${BODY}`),
    ).toBe("云南");
  });
  test("the host clause still decides over the site's place", () => {
    expect(
      province(`湖南省委常委会召开会议\n4月3日,湖南省委常委会召开会议,研究部署工作。${BODY}\n版权所有:四川省人民政府`),
    ).toBe("湖南");
  });
  test("a site's registration (皖ICP备…, 琼公网安备…) places a report that names no place; a passing mention outweighs it", () => {
    const footer = "网站标识码:3400000001 皖ICP备05001326号 皖公网安备 34010402000001号";
    const page = (lead: string, foot: string) => `区政协召开主席会议\n${lead}${BODY}\n${foot}`;
    expect(sitePlaces(footer, 8)).toEqual([{ province: "安徽", city: null, weight: 1, name: "皖ICP备" }]);
    expect(province(page("11月19日,区政协召开主席会议。", footer))).toBe("安徽");
    // Most national and commercial sites are registered in Beijing, whatever they report on.
    expect(province(page("11月19日,区政协召开主席会议。", "京ICP备05070218号 京公网安备11010202000001号"))).toBeNull();
    expect(province(page("11月19日,区政协召开主席会议,学习宁夏回族自治区有关经验。", footer))).toBeNull();
    expect(province(page("11月19日,淮北市相山区政协召开主席会议。", footer))).toBe("安徽");
  });
});
