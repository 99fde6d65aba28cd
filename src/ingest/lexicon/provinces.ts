/**
 * Provincial-level divisions: the short name used on the map (as in china.json), the full
 * names and the one-character abbreviations used in official text (鲁, 苏, 渝 …).
 */
export interface ProvinceEntry {
  short: string;
  names: readonly string[];
  /** One-character abbreviations; only trusted in fixed compounds (来渝, 在鲁, 渝快办). */
  abbreviations: readonly string[];
  /** Offices that only this region has, which name it as its name does (政务司 is Hong Kong's). */
  bodies?: readonly string[];
}

export const PROVINCES: readonly ProvinceEntry[] = [
  { short: "北京", names: ["北京市", "北京"], abbreviations: ["京"] },
  { short: "天津", names: ["天津市", "天津"], abbreviations: ["津"] },
  { short: "河北", names: ["河北省", "河北"], abbreviations: ["冀"] },
  { short: "山西", names: ["山西省", "山西"], abbreviations: ["晋"] },
  { short: "内蒙古", names: ["内蒙古自治区", "内蒙古"], abbreviations: ["蒙"] },
  { short: "辽宁", names: ["辽宁省", "辽宁"], abbreviations: ["辽"] },
  { short: "吉林", names: ["吉林省", "吉林"], abbreviations: ["吉"] },
  { short: "黑龙江", names: ["黑龙江省", "黑龙江"], abbreviations: ["黑"] },
  { short: "上海", names: ["上海市", "上海"], abbreviations: ["沪"] },
  { short: "江苏", names: ["江苏省", "江苏"], abbreviations: ["苏"] },
  { short: "浙江", names: ["浙江省", "浙江"], abbreviations: ["浙"] },
  { short: "安徽", names: ["安徽省", "安徽"], abbreviations: ["皖"] },
  { short: "福建", names: ["福建省", "福建"], abbreviations: ["闽"] },
  { short: "江西", names: ["江西省", "江西"], abbreviations: ["赣"] },
  { short: "山东", names: ["山东省", "山东"], abbreviations: ["鲁"] },
  { short: "河南", names: ["河南省", "河南"], abbreviations: ["豫"] },
  { short: "湖北", names: ["湖北省", "湖北"], abbreviations: ["鄂"] },
  { short: "湖南", names: ["湖南省", "湖南"], abbreviations: ["湘"] },
  { short: "广东", names: ["广东省", "广东"], abbreviations: ["粤"] },
  { short: "广西", names: ["广西壮族自治区", "广西"], abbreviations: ["桂"] },
  { short: "海南", names: ["海南省", "海南"], abbreviations: ["琼"] },
  { short: "重庆", names: ["重庆市", "重庆"], abbreviations: ["渝"] },
  { short: "四川", names: ["四川省", "四川"], abbreviations: ["川", "蜀"] },
  { short: "贵州", names: ["贵州省", "贵州"], abbreviations: ["黔", "贵"] },
  { short: "云南", names: ["云南省", "云南"], abbreviations: ["滇", "云"] },
  { short: "西藏", names: ["西藏自治区", "西藏"], abbreviations: ["藏"] },
  { short: "陕西", names: ["陕西省", "陕西"], abbreviations: ["陕", "秦"] },
  { short: "甘肃", names: ["甘肃省", "甘肃"], abbreviations: ["甘", "陇"] },
  { short: "青海", names: ["青海省", "青海"], abbreviations: ["青"] },
  { short: "宁夏", names: ["宁夏回族自治区", "宁夏"], abbreviations: ["宁"] },
  { short: "新疆", names: ["新疆维吾尔自治区", "新疆"], abbreviations: ["新"] },
  { short: "台湾", names: ["台湾省", "台湾"], abbreviations: ["台"], bodies: ["行政院", "立法院", "监察院"] },
  {
    short: "香港",
    names: ["香港特别行政区", "香港"],
    abbreviations: ["港"],
    bodies: ["政务司", "财政司", "律政司"],
  },
  {
    short: "澳门",
    // 本澳: "Macao here", as its own government's releases write it (抵达本澳).
    names: ["澳门特别行政区", "澳门", "本澳"],
    abbreviations: ["澳"],
    bodies: ["行政法务司", "经济财政司", "保安司", "社会文化司", "运输工务司"],
  },
];

/** Fixed compounds in which a one-character abbreviation names the province (来渝调研, 在鲁召开). */
export const ABBREVIATION_CONTEXTS = ["来", "在", "驻", "赴", "离", "返", "入", "全"] as const;

/** One-character abbreviations that are not also common words (青, 新, 云 are): only these are read. */
export const SAFE_ABBREVIATIONS: ReadonlySet<string> = new Set("京津冀晋辽沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇陕陇");

/** An abbreviation followed, within one character, by one of these starts another place's name: 在津市召开 is in 湖南. */
export const PLACE_SUFFIXES_AFTER_ABBREVIATION: readonly string[] = ["市", "州", "省"];

/** Each one-character abbreviation's province: 皖 → 安徽, 川 and 蜀 → 四川. */
export const PROVINCE_BY_ABBREVIATION: ReadonlyMap<string, string> = new Map(
  PROVINCES.flatMap((p) => p.abbreviations.map((a) => [a, p.short] as const)),
);
