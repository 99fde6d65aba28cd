/**
 * A synthetic corpus of realistic meeting reports: varied provinces, cities, dates, names,
 * titles, formulations and meeting types, written as markdown digests of several reports,
 * with some meetings reported twice (as real newsletters and web pages do).
 */
const PROVINCES: [string, string[]][] = [
  ["山东", ["济南", "青岛", "滨州", "临沂"]],
  ["江苏", ["南京", "苏州", "徐州"]],
  ["浙江", ["杭州", "宁波", "温州"]],
  ["湖北", ["武汉", "宜昌", "襄阳"]],
  ["广东", ["广州", "深圳", "佛山"]],
  ["四川", ["成都", "绵阳", "宜宾"]],
  ["河南", ["郑州", "洛阳", "南阳"]],
  ["湖南", ["长沙", "株洲", "岳阳"]],
  ["福建", ["福州", "厦门", "泉州"]],
  ["安徽", ["合肥", "芜湖", "蚌埠"]],
  ["河北", ["石家庄", "保定", "唐山"]],
  ["陕西", ["西安", "宝鸡", "延安市"]],
  ["广西壮族自治区", ["南宁", "柳州", "桂林"]],
  ["内蒙古自治区", ["呼和浩特", "包头", "赤峰"]],
  ["吉林", ["长春", "延吉", "四平"]],
  ["云南", ["昆明", "曲靖", "大理市"]],
  ["贵州", ["贵阳", "遵义市", "六盘水"]],
  ["江西", ["南昌", "赣州", "九江"]],
];
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃";
const GIVEN = "建国华明军伟强平红文辉志刚永海涛斌波林杰勇磊超晓东春田泽发丽敏静燕玉芳凤兰英新宇鹏飞云峰晨阳德胜立群";
const DEPARTMENTS = [
  "民政厅",
  "财政厅",
  "教育厅",
  "卫生健康委员会",
  "生态环境厅",
  "农业农村厅",
  "交通运输厅",
  "人力资源和社会保障厅",
];
const PHRASES = [
  "两个确立",
  "两个维护",
  "四个意识",
  "四个自信",
  "第一议题",
  "一老一小",
  "放管服",
  "三级联动",
  "一盘棋",
  "高效办成一件事",
  "新质生产力",
  "十四五",
  "严真细实快",
  "走在前列",
  "三个一",
  "时时放心不下",
  "民生三件事",
  "一网通办",
];
/** Meeting types as the lead sentence announces them. */
const TYPES: [string, string][] = [
  ["党组会议", "召开党组会议"],
  ["理论学习中心组学习会", "举办党组理论学习中心组集体学习会"],
  ["推进会", "召开工作推进会议"],
  ["座谈会", "召开座谈会"],
  ["干部大会", "召开干部大会"],
  ["培训班", "举办专题培训班"],
  ["常务会议", "召开厅务会议暨常务会议"],
];

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface CorpusFile {
  name: string;
  text: string;
  articles: number;
}

export function generateCorpus(articleCount: number, seed = 1, perFile = 5): CorpusFile[] {
  return [...corpusFiles(articleCount, seed, perFile)];
}

/** The corpus one file at a time, so a benchmark never holds tens of thousands of files at once. */
export function* corpusFiles(articleCount: number, seed = 1, perFile = 5): Generator<CorpusFile> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const name = () => pick([...SURNAMES]) + pick([...GIVEN]) + (random() < 0.6 ? pick([...GIVEN]) : "");
  // A stable cast of officials per province and department, so people recur across reports.
  const officials = new Map<string, string[]>();
  const cast = (key: string) => officials.get(key) ?? officials.set(key, [name(), name(), name(), name()]).get(key)!;

  const report = (i: number) => {
    const [province, cities] = PROVINCES[i % PROVINCES.length]!;
    const short = province.replace(/(省|壮族自治区|自治区)$/, "");
    const department = pick(DEPARTMENTS);
    const [head, deputy, member, inspector] = cast(`${short}${department}`);
    const [, verb] = pick(TYPES);
    const year = 2019 + Math.floor(random() * 6);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const phrases = [pick(PHRASES), pick(PHRASES), pick(PHRASES)];
    const city = pick(cities);
    const title = `${short}省${department}${verb.replace(/^(召开|举办)/, "$1")}`;
    const body = [
      `${month}月${day}日,${province}${department}在${city}${verb},传达学习习近平总书记重要讲话精神,研究部署下一阶段重点工作。厅党组书记、厅长${head}主持会议并讲话,厅党组成员、副厅长${deputy}出席会议,一级巡视员${inspector}作工作报告。`,
      `会议强调,要坚定拥护“${phrases[0]}”,持续推动“${phrases[1]}”落地见效,以“${phrases[2]}”为抓手推进${department.replace(/厅|委员会/, "")}事业高质量发展。${member}副厅长要求,全系统要压实责任,确保各项任务落实到位。`,
      `厅机关各处室、直属单位主要负责同志参加会议。(据${province}${department})`,
    ];
    return { title, body, date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
  };

  let written = 0;
  for (let f = 0; written < articleCount; f++) {
    const count = Math.min(perFile, articleCount - written);
    const reports = Array.from({ length: count }, (_, k) => report(written + k));
    // Every tenth file repeats its first report in another wording: one meeting, two reports.
    if (f % 10 === 9 && count > 1)
      reports[1] = {
        ...reports[0]!,
        body: [reports[0]!.body[0]!.replace("研究部署", "认真研究部署"), ...reports[0]!.body.slice(1)],
      };
    const text = reports.map((r) => `## ${r.title}\n\n${r.body.join("\n\n")}`).join("\n\n");
    yield {
      name: `bench-${String(f).padStart(5, "0")}.md`,
      text: `# 工作动态 ${reports[0]!.date.slice(0, 4)}年第${f + 1}期\n\n${text}`,
      articles: count,
    };
    written += count;
  }
}
