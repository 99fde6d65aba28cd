/**
 * Whether a run of characters can be a person's name, and where names stop.
 * Names are found only next to a title or a role verb; these checks keep common words out.
 */
import { COMPOUND_SURNAMES, SURNAMES } from "./lexicon/surnames";

/** Characters that do not occur in officials' names but do in the words around them. */
const NOT_IN_NAMES = new Set(
  "的了在是和与及或并等着们这那之其也都就还又把被让给从到对向以于为由按据将要会议省市县区厅局委部长书记任副总届次年月日个项位名我你他她它组室处办所司".split(
    "",
  ),
);

/** What may directly follow a name. */
export const AFTER_NAME =
  /^(同志|出席|主持|讲话|致辞|致|发表|讲授|传达|参加|作|指出|强调|要求|表示|介绍|宣读|通报|汇报|发言|部署|总结|点评|带队|率队|陪同|在|对|就|向|为|等|和|与|及|、|,|。|;|:|\(|”|"|也|还|首先|先后|分别|代表|一行|到|来|赴|深入|莅临|亲自|以|从|结合|围绕|听取|看望|慰问|调研|检查|督导|会见|宣布|颁发|解读|领学|回顾|宣讲|说|认为|提出|希望|所|曾|同|率|带领|出|作为|充分|高度|详细|逐一|主讲|授课|现场|一同|共同|$)/;

function surnameLength(candidate: string): number {
  if (COMPOUND_SURNAMES.has(candidate.slice(0, 2))) return 2;
  return SURNAMES.has(candidate[0] ?? "") ? 1 : 0;
}

export function hasNameCharacters(candidate: string): boolean {
  return /^[\u4e00-\u9fff]+$/.test(candidate) && ![...candidate].some((c) => NOT_IN_NAMES.has(c));
}

/** A full name: a surname and a one- or two-character given name. */
export function isFullName(candidate: string): boolean {
  const surname = surnameLength(candidate);
  if (!surname || !hasNameCharacters(candidate) || NOT_GIVEN_NAMES.has(candidate)) return false;
  const given = candidate.length - surname;
  return given >= 1 && given <= 2;
}

/** Two characters that are not a name though they stand where names do (分管副市长, 常务副省长). */
const NOT_GIVEN_NAMES = new Set([
  "分管",
  "常务",
  "主管",
  "专职",
  "兼职",
  "执行",
  "第一",
  "党组",
  "党委",
  "省委",
  "市委",
  "县委",
  "区委",
  "全市",
  "全省",
  "各市",
  "正职",
  "原任",
  "时任",
  "前任",
  "新任",
  "现任",
  "代理",
  "部门",
  "单位",
  "机关",
  "领导",
  "地方",
  "中心",
  "学校",
  "医院",
  "公司",
  "企业",
  "社区",
  "首席",
  "名誉",
  "荣誉",
  "行政",
  "业务",
  "技术",
  "财务",
  "办公",
  "研究",
  "政治",
  "纪检",
  "组织",
  "宣传",
  "统战",
  "政法",
  "工委",
  "人大",
  "政协",
  "政府",
  "人民",
  "国务",
  "中央",
  "国家",
  "民政",
  "教育",
  "公安",
  "司法",
  "财政",
  "卫生",
  "交通",
  "水利",
  "农业",
  "商务",
  "文化",
  "审计",
  "环保",
  "应急",
  "市场",
  "医保",
  "信访",
  "统计",
  "体育",
  "外事",
  "侨务",
  "民族",
  "宗教",
  "档案",
  "保密",
  "机要",
  "发改",
  "工信",
  "生态",
  "住建",
  "城管",
  "林业",
  "粮食",
  "能源",
  "税务",
  "金融",
  "巡视",
  "巡察",
  "督导",
  "检查",
  "派驻",
  "班子",
  "成员",
  "同时",
  "以及",
  "还有",
  "各位",
  "广大",
  "全体",
  "有关",
  "相关",
  "主要",
  "其他",
  "其中",
  "分别",
  "老",
  "联合",
  "街道",
  "乡镇",
  "村",
  "基层",
  "一级",
  "二级",
  "三级",
  "四级",
  "科级",
  "处级",
  "厅级",
  "正厅",
  "副厅",
  "正处",
  "副处",
  "驻厅",
  "驻局",
  "监察",
  "纪委",
  "常委",
  "委员",
  "团委",
  "妇联",
  "工会",
  "科协",
  "侨联",
  "文联",
  "残联",
  "红会",
  "团长",
  "队长",
  "支部",
  "总支",
  "党支",
  "指导",
  "名誉",
  "特邀",
  "兼任",
  "挂职",
  "女",
]);

/** A given name used alone before a title (治原部长, 彦铮副市长). */
export function isGivenNameOnly(candidate: string): boolean {
  return candidate.length === 2 && hasNameCharacters(candidate) && !NOT_GIVEN_NAMES.has(candidate);
}
