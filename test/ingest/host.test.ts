import { describe, expect, test } from "vitest";
import { parseText } from "../../src/ingest";
import { hostOf } from "../../src/ingest/host";

/** An article's body needs some length to be one. */
const BODY = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效。";

const first = (text: string) => {
  const [article] = parseText(`${text}${BODY}`);
  return { province: article!.province, people: article!.people.map((p) => [p.name, p.role]) };
};

describe("the province is the host's", () => {
  test("the host decides however often the text names the topic's place", () => {
    expect(
      first(
        "某省委常委会召开会议\n4月3日,湖南省委常委会召开会议,研究对口支援西藏工作。会议听取援藏工作汇报,要求支持西藏拉萨、西藏林芝、西藏山南发展。",
      ).province,
    ).toBe("湖南");
  });
  test("a deck that names a place only as its topic leaves the host to the lead's clause", () => {
    expect(
      first(
        "认真学习贯彻重要讲话精神 研究加强与海南对接合作等事项\n12月26日,广东省政府党组书记、省长甲一平主持召开省政府党组会议,研究加强与海南对接合作。要深化与海南在科技创新、文化旅游、海洋开发等方面合作,推动海南自由贸易港联动发展。",
      ).province,
    ).toBe("广东");
  });
  test("a national body's session that opens (在北京开幕) is national; its leaders there take part", () => {
    const session = first(
      "政协全国委员会常委会第九次会议开幕\n5月6日,政协第十五届全国委员会常务委员会第九次会议在北京开幕。全国政协副主席高文远主持开幕会。",
    );
    expect(session).toEqual({ province: null, people: [["高文远", "主持"]] });
    expect(first("某省政协十三届二次会议开幕\n1月8日,省政协十三届二次会议在石家庄开幕。").province).toBe("河北");
  });
  test("national people's organisations and academies hold national meetings, held in Beijing or not", () => {
    expect(first("全国妇联召开党组会议\n4月3日,全国妇联党组在京召开会议。").province).toBe(null);
    expect(first("中国科协召开常委会议\n4月3日,中国科协在北京召开常委会议。").province).toBe(null);
    expect(first("共青团中央召开书记处会议\n4月3日,团中央书记处召开会议。").province).toBe(null);
  });
  test("a democratic party's central committee and a central state firm hold national meetings; a firm's provincial branch does not", () => {
    expect(first("民进中央召开常委会议\n4月3日,民进中央在京召开常委会议。").province).toBe(null);
    expect(first("4月3日下午,中国民主促进会第十五届中央常务委员会第三次会议在北京召开。").province).toBe(null);
    expect(first("4月3日,九三学社第十六届中央委员会第二次全体会议在北京召开。").province).toBe(null);
  });
  test("a headline that opens with a national body holds what the lead places in Beijing", () => {
    const release =
      "民政部在全国养老服务主场活动发布重要成果\n8月15日,全国养老服务主场活动在北京举行。会上,民政部发布一批重要成果。";
    expect(first(release).province).toBe(null);
    // A Beijing body's headline is Beijing's.
    expect(first("北京市民政局在主场活动发布重要成果\n8月15日,养老服务主场活动在北京举行。").province).toBe("北京");
  });
  test("a headline's call is hosted by who calls, not by the national meeting the lead names beside it", () => {
    const call = [
      "高文远宋立安拜会全国政协副主席钟明达一行",
      "来源:黑龙江日报",
      "九三学社第十六届中央常务委员会第三次会议5月30日至31日在哈尔滨举行。5月29日晚,省委书记高文远,省委副书记、省长宋立安拜会前来出席会议的全国政协副主席钟明达一行。",
    ].join("\n");
    expect(first(call).province).toBe("黑龙江");
    expect(first("中国有色集团召开党委扩大会议\n4月3日,中国有色集团在北京召开党委扩大会议。").province).toBe(null);
    // A ministry's or a central firm's meeting quotes the national leaders; a top body's is chaired by them.
    const roles = (text: string) => first(text).people;
    expect(
      roles(
        "教育部党组召开会议\n8月2日,教育部党组召开会议。部党组书记、部长高文远主持会议。\n习近平总书记主持召开中央政治局会议,作出重要部署。",
      ),
    ).toEqual([
      ["高文远", "主持"],
      ["习近平", "提及"],
    ]);
    expect(roles("国务院召开常务会议\n8月2日,国务院总理李强主持召开国务院常务会议。")).toEqual([["李强", "主持"]]);
    // …and so is one named 国家, whatever branch its report names.
    expect(
      first(
        "10月8日,国家电网有限公司党组召开会议,传达学习中央精神。公司党组书记、董事长高文远主持会议。国网浙江省电力有限公司作交流发言。",
      ).province,
    ).toBe(null);
    expect(
      first("中国移动集团湖南有限公司召开党委会议\n4月3日,中国移动集团湖南有限公司在长沙召开党委会议。").province,
    ).toBe("湖南");
  });
  test("a national conference (全国…工作会议) held in a province is national, whatever place it is about", () => {
    expect(first("新华社银川6月3日电 全国对口支援青海工作座谈会2日在宁夏银川市召开。会议总结交流经验。").province).toBe(
      null,
    );
    expect(first("6月2日,全国农村改革试验区工作会议在浙江嘉兴召开。会议总结交流经验。").province).toBe(null);
    expect(first("新华社西宁6月3日电?全国民族团结进步表彰大会2日在青海西宁召开。会议表彰先进。").province).toBe(null);
    // A chronicle's entry opens with its day in words: 二日 全国…会议在某市召开.
    expect(first("二日 全国县级融媒体中心建设现场会在湖州召开。省委常委甲出席会议并讲话。").province).toBe(null);
    expect(first("6月2日,全省农村改革工作会议在嘉兴召开。会议总结交流经验。").province).toBe("浙江");
    // An event in the Great Hall of the People is national; a province's own hall is the province's.
    expect(first("庆祝某某成立70周年大会7月1日上午在北京人民大会堂隆重举行。总书记甲发表讲话。").province).toBe(null);
    expect(first("省十四届人大三次会议1月10日在浙江人民大会堂开幕。省委书记甲出席。").province).toBe("浙江");
    expect(first("1月8日,扬州市政协八届三次会议在人民大会堂开幕。市政协主席甲出席。").province).toBe("江苏");
    expect(first("1月8日,全国政协十四届三次会议在人民大会堂开幕。主席甲出席。").province).toBe(null);
    // Its number may come first (第十六次全国…会议), and a national committee's 年会 or 宣贯会 is one too.
    const congress = first(
      "第十六次全国某某工作会议在京召开\n第十六次全国某某工作会议7月16日在京召开。政法委书记甲出席会议并讲话。",
    );
    expect(congress.province).toBe(null);
    expect(first("全国某某计量技术委员会年会召开\n7月12日，全国某某计量技术委员会年会在哈尔滨召开。").province).toBe(
      null,
    );
    // 全国 that names the province's own people or an honour it seeks is no national body.
    expect(first("6月2日,全国劳动模范座谈会在嘉兴召开。会议听取意见建议。").province).toBe("浙江");
    expect(first("6月2日,全国文明城市创建工作推进会在嘉兴召开。会议部署工作。").province).toBe("浙江");
  });
  test("a title that names no host leaves it to the lead's first clause", () => {
    expect(first("召开常委会会议\n4月3日,庆元县委召开常委会会议,李南宁主持,王安庆、张南宁出席。").province).toBe(
      "浙江",
    );
  });
  test("a topic province in the title does not move the meeting", () => {
    expect(
      first(
        "湖南省委常委会召开会议 传达学习中央关于西藏工作的座谈会精神\n9月11日,省委常委会召开会议,传达学习中央关于西藏工作座谈会精神。省委书记沈明主持会议。推动对口支援西藏工作,援藏干部赴西藏、赴西藏考察。",
      ).province,
    ).toBe("湖南");
  });
  test("a person's name that holds a city is not a place", () => {
    expect(first("省委常委会召开会议\n省委副书记李南宁、省委常委王安庆、刘云、陈东出席。来源:江西日报").province).toBe(
      "江西",
    );
  });
  test("a national body's meeting has no province, and its leaders take part", () => {
    expect(
      first("国务院召开常务会议 部署稳就业工作\n新华社北京3月8日电 国务院总理李明3月7日主持召开国务院常务会议。"),
    ).toEqual({
      province: null,
      people: [["李明", "主持"]],
    });
  });
  test("a national body's official who comes to a local body (莅临, 到访) is its guest: the place visited hosts", () => {
    const visit = first(
      "国务院某某办公室主任高文远于5月11日上午莅临立法会与议员座谈交流,立法会全体议员出席。座谈会上,澳门立法会主席宋立安表示欢迎,高文远充分肯定澳门立法会的工作,希望澳门各界团结一心。",
    );
    expect(visit.province).toBe("澳门");
    // The guest takes part, and speaks (充分肯定…的工作): a national official at a province's meeting is otherwise only quoted.
    expect(visit.people[0]).toEqual(["高文远", "讲话"]);
    expect(first("国务院召开常务会议\n4月3日,国务院在北京召开常务会议,总理李明主持。").province).toBe(null);
  });
  test("a national body's official on a visit outside Beijing (在某市调研,并召开座谈会) is the visited place's guest", () => {
    const visit = first(
      "全国政协副主席、某党中央常务副主席高文远在松原市调研,并召开边境发展座谈会。省委书记宋立安主持座谈会,省政协主席钟明达出席。",
    );
    expect(visit.province).toBe("吉林");
    expect(visit.people).toEqual([
      ["高文远", "出席"],
      ["宋立安", "主持"],
      ["钟明达", "出席"],
    ]);
    expect(first("全国政协副主席高文远在北京调研,并召开座谈会。").province).toBe(null);
    // The group it leads (调研组) is no verb: the visit goes on to the place (到某省调研).
    expect(
      first(
        "全国政协副主席高文远率某党中央重点考察调研组一行到吉林调研,并召开边境发展座谈会。座谈会上,省发改委负责人介绍了有关情况。",
      ).province,
    ).toBe("吉林");
  });
  test("a national body's document about a province, or a meeting its premier chairs, is national", () => {
    expect(first("国务院关于推动甘肃高质量发展的意见\n为推动甘肃高质量发展,现提出如下意见。").province).toBe(null);
    expect(first("李明主持国务院常务会议 部署防汛工作\n沈阳晚报讯 会议部署防汛工作。").province).toBe(null);
  });
  test("a local outlet's dateline weighs like a host clause: a delegation's often-named destination is not taken for the host", () => {
    // The host clause names no place: the outlet's own place is the host's.
    expect(
      first(
        "滁州网讯 8月3日,市委书记王一伟率市党政代表团赴浙江省湖州市学习考察。代表团在湖州市考察了湖州市的产业园区,湖州市领导陪同。",
      ).province,
    ).toBe("安徽");
  });
  test("a national body named with a province is the province's: 国家税务总局山东省税务局", () => {
    expect(first("国家税务总局山东省税务局召开党委会议\n局党委书记、局长王东主持会议。").province).toBe("山东");
  });
  test("in a province's report national leaders are only mentioned", () => {
    expect(
      first("河北省委常委会召开会议\n会议传达学习国务院总理李明在全国两会上的讲话精神。省委书记张东主持会议。").people,
    ).toEqual([
      ["李明", "提及"],
      ["张东", "主持"],
    ]);
  });
});

test("a chair whose title names no place convenes the meeting its name places, whatever the topics say", () => {
  const report =
    "11月18日,县委书记高文远主持召开墨竹工卡县十届县委常委会第101次(扩大)会议。会议听取了南京援藏工作组开展“南京周”活动情况的汇报,南京援藏干部要聚焦所需、南京所能。";
  expect(first(report).province).toBe("西藏");
});

test("本澳 is Macao, as its own government's releases name it", () => {
  expect(
    first(
      "中央港澳工作办公室主任高文远今日(8日)抵达本澳,展开为期六天的考察调研行程。高文远主任下午前往礼宾府,与各界交流。",
    ).province,
  ).toBe("澳门");
});

describe("each fact keeps the words that decided it", () => {
  const article = (text: string) => parseText(`${text}${BODY}`)[0]!;
  const decided = (text: string) => {
    const a = article(text);
    const words = (e: (typeof a.evidence)["date"]) => e && (e.span ? a.text.slice(e.span.start, e.span.end) : e.quote);
    return {
      province: [a.province, words(a.evidence.province), a.evidence.province?.confidence],
      date: [a.date, words(a.evidence.date), a.evidence.date?.confidence],
      meetingType: [a.meetingType, words(a.evidence.meetingType), a.evidence.meetingType?.confidence],
    };
  };
  test("province, date and meeting type point at their words in the text", () => {
    expect(decided("湖南省委常委会召开会议\n2023年9月11日,省委常委会召开会议,传达学习中央精神。")).toEqual({
      province: ["湖南", "湖南省", 1],
      date: ["2023-09-11", "2023年9月11日", 1],
      meetingType: ["常委会会议", "常委会", 0.9],
    });
  });
  test("a place only on the page's source line is quoted from it", () => {
    const a = article(
      "召开党组会议\n发布时间:2024-01-19 来源:宁夏回族自治区民政厅\n1月18日,厅党组召开会议,研究部署工作。",
    );
    expect([a.province, a.evidence.province?.quote, a.evidence.province?.span]).toEqual([
      "宁夏",
      "来源:宁夏回族自治区民政厅",
      null,
    ]);
  });
  test("a province's department named bare as the host is the province its source line names, whatever topics follow", () => {
    const lead = "12月4日,省交通运输厅党组书记、厅长甲某主持召开党组会议。";
    const topic = "会议传达学习了对江西九江市、江西南昌市道路交通事故的通报精神。";
    expect(first(`厅党组召开会议\n来源:云南省交通运输厅 2024-12-04\n${lead}${topic}`).province).toBe("云南");
    expect(
      first(`局党组召开会议\n来源:云南省市场监督管理局\n12月4日,省市场监管局召开党组会议。${topic}`).province,
    ).toBe("云南");
    // A city's bureau is no province's body: the places its text names decide.
    expect(first(`局党组召开会议\n来源:云南省交通运输厅\n12月4日,市交通运输局召开党组会议。${topic}`).province).toBe(
      "江西",
    );
  });
  test("a national body's meeting: no province, and the body as evidence", () => {
    expect(decided("国务院召开常务会议\n3月7日,国务院总理李明主持召开国务院常务会议。").province).toEqual([
      null,
      "国务院",
      0.9,
    ]);
  });
  test("places named too weakly to tell give no province and no evidence", () => {
    expect(decided("召开党组会议\n会议交流了江苏的经验,浙江的做法。").province).toEqual([null, null, undefined]);
  });
});

test("a deck of what was studied (传达学习中央政治局常委会会议精神 安排部署…) holds no host: the national body is its topic", () => {
  const deck = "传达学习中央政治局常委会会议精神 安排部署全市疫情防控工作";
  expect(hostOf(deck, "1月26日下午,市委常委会召开扩大会议。")).toEqual({ places: [], nationalBody: null });
  const report = `市委常委会召开扩大会议\n${deck}\n1月26日下午,市委常委会召开扩大会议。市委书记石一川主持会议。\n来源:济南日报`;
  expect(parseText(report)[0]!.province).toBe("山东");
  // A national body that studies is the host: 中央政治局召开会议.
  expect(hostOf("中央政治局召开会议 研究部署经济工作", "").nationalBody).toBe("中央政治局");
});

test("a joint meeting of two provinces is held by the one it meets in (…座谈会在乌鲁木齐举行 is 新疆's)", () => {
  const title = "湖南·新疆对口支援工作座谈会在乌鲁木齐举行";
  const provinces = (title: string) => [...new Set(hostOf(title, "").places.map((p) => p.province))];
  expect(provinces(title)).toEqual(["新疆"]);
  expect(first(`${title}\n7月10日上午,对口支援工作座谈会举行。省长高文远出席。`).province).toBe("新疆");
  // A venue that names no place leaves both hosts: the text's places decide.
  expect(provinces("湖南·新疆对口支援工作座谈会在迎宾馆举行")).toEqual(["湖南", "新疆"]);
});

test("a visiting party its host meets with (与某省委常委、某市委书记乙一行座谈) is the guest: its place is not the host's", () => {
  const text =
    "日前,区党委书记高文远与松江省委常委、滨州市委书记宋立安一行座谈。\n高文远代表自治区党委对宋立安一行赴藏表示欢迎,介绍了西藏发展稳定情况。西藏将深化对口支援工作。";
  expect(first(text).province).toBe("西藏");
});
