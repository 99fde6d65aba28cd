/**
 * The 34 provincial-level divisions by the short names the map uses (as in china.json).
 * A meeting's province is one of these or null (national bodies, or not known).
 */
export const PROVINCES = [
  "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
  "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
  "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门",
] as const; // prettier-ignore

export type Province = (typeof PROVINCES)[number];

const KNOWN: ReadonlySet<string> = new Set(PROVINCES);

export function isProvince(value: string | null | undefined): value is Province {
  return typeof value === "string" && KNOWN.has(value);
}
