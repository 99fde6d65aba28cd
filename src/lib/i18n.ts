/**
 * Two languages. Strings live next to the code that shows them as `{ zh, en }` pairs;
 * `pick` chooses one. People carry pinyin and provinces English names in English.
 */
import type { Role } from "../ingest/types";
import { isProvince, type Province } from "../model/province";
import { namePinyin } from "./pinyin";
import type { Lang } from "./url-state";

export interface Text {
  zh: string;
  en: string;
}

export function pick(lang: Lang, text: Text): string {
  return text[lang];
}

const LANG_KEY = "tifa.lang";

/** The language the user chose last, else the browser's. */
export function rememberedLang(): Lang {
  try {
    const saved = window.localStorage.getItem(LANG_KEY);
    if (saved === "zh" || saved === "en") return saved;
  } catch {
    // Storage can be unavailable (private mode, sandboxed iframe): fall back to the browser.
  }
  return typeof navigator !== "undefined" && navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered; the URL still carries it.
  }
}

export { namePinyin } from "./pinyin";

/** Every province has its English name (checked against the model's list). */
export const PROVINCE_EN: Readonly<Record<string, string>> = {
  北京: "Beijing",
  天津: "Tianjin",
  河北: "Hebei",
  山西: "Shanxi",
  内蒙古: "Inner Mongolia",
  辽宁: "Liaoning",
  吉林: "Jilin",
  黑龙江: "Heilongjiang",
  上海: "Shanghai",
  江苏: "Jiangsu",
  浙江: "Zhejiang",
  安徽: "Anhui",
  福建: "Fujian",
  江西: "Jiangxi",
  山东: "Shandong",
  河南: "Henan",
  湖北: "Hubei",
  湖南: "Hunan",
  广东: "Guangdong",
  广西: "Guangxi",
  海南: "Hainan",
  重庆: "Chongqing",
  四川: "Sichuan",
  贵州: "Guizhou",
  云南: "Yunnan",
  西藏: "Tibet",
  陕西: "Shaanxi",
  甘肃: "Gansu",
  青海: "Qinghai",
  宁夏: "Ningxia",
  新疆: "Xinjiang",
  台湾: "Taiwan",
  香港: "Hong Kong",
  澳门: "Macao",
} satisfies Record<Province, string>;

export function provinceLabel(province: string, lang: Lang): string {
  return (lang === "en" && isProvince(province) && PROVINCE_EN[province]) || province;
}

/** In English: "庄严 Zhuang Yan"; in Chinese: the name alone. */
export function personLabel(name: string, lang: Lang): string {
  const reading = lang === "en" ? namePinyin(name) : "";
  return reading ? `${name} ${reading}` : name;
}

const ROLE_EN: Record<Role, string> = {
  主持: "chaired",
  讲话: "spoke",
  出席: "attended",
  致辞: "gave an address",
  传达: "relayed",
  提及: "mentioned",
};

/** A role as the reader's language says it: 主持 or "chaired". */
export function roleLabel(role: string, lang: Lang): string {
  return lang === "en" && Object.hasOwn(ROLE_EN, role) ? ROLE_EN[role as Role] : role;
}

const MEETING_TYPE_EN: Record<string, string> = {
  理论学习中心组学习会: "theory study group session",
  党组会议: "Party group meeting",
  党委会议: "Party committee meeting",
  常委会会议: "standing committee meeting",
  常务会议: "executive meeting",
  办公会: "office meeting",
  推进会: "progress meeting",
  座谈会: "symposium",
  培训班: "training course",
  干部大会: "cadre assembly",
  职工大会: "staff assembly",
  例会: "regular meeting",
  调度会: "coordination meeting",
  部署会: "mobilisation meeting",
  现场会: "on-site meeting",
  报告会: "lecture",
  研讨会: "seminar",
  交流会: "exchange meeting",
  联席会议: "joint meeting",
  全体会议: "plenary meeting",
  视频会议: "video conference",
  专题会议: "special meeting",
  学习会: "study session",
  述职评议会: "performance review",
  主席会议: "chairpersons' meeting",
  主席团会议: "presidium meeting",
  政治局会议: "Politburo meeting",
  董事会会议: "board meeting",
  宣贯会: "briefing session",
  工作会议: "work conference",
};

/** A meeting type in English keeps the Chinese beside it: "symposium (座谈会)". */
export function meetingTypeLabel(type: string, lang: Lang): string {
  const english = Object.hasOwn(MEETING_TYPE_EN, type) ? MEETING_TYPE_EN[type] : undefined;
  return lang === "en" && english ? `${english} (${type})` : type;
}
