/**
 * How the names of organisations end: 省委, 民政厅, 统计局, 党校中心, 妇女联合会. An organisation
 * written right before a name that a title follows belongs to that title (省委易炼红书记 → 省委书记).
 */
import { anyOf } from "./pattern";

/** One-character and short endings of government bodies and places: 委, 厅, 局, 省, 市, 中心. */
export const ORGANISATION_SUFFIXES: readonly string[] = [
  "委",
  "厅",
  "局",
  "部",
  "省",
  "市",
  "县",
  "区",
  "院",
  "办",
  "府",
  "中心",
  // 北京大学马军教授, 某疾控中心学校卫生所郭欣主任医师: a scholar's university or institute.
  "大学",
  "所",
];

/** Endings of associations and committees: 委员会, 协会, 工会. */
export const ASSOCIATION_SUFFIXES: readonly string[] = ["委员会", "协会", "联合会", "工会", "商会"];

/** Words that end like an organisation and are not one. */
export const NOT_ORGANISATIONS: ReadonlySet<string> = new Set([
  "全部",
  "内部",
  "外部",
  "局部",
  "干部",
  "学会",
  "都市",
  "城市",
  "场所",
  "住所",
  "处所",
]);

/** A word ending as an organisation does. */
export const ORGANISATION_END = new RegExp(`${anyOf([...ORGANISATION_SUFFIXES, ...ASSOCIATION_SUFFIXES])}$`);

/** What ends as an organisation does and is none, at the end of a word (在公共场所, 全体干部). */
export const NOT_ORGANISATION_END = new RegExp(`${anyOf([...NOT_ORGANISATIONS])}$`);
