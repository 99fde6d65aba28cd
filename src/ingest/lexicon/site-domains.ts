/**
 * The province a government web address names: the label before .gov.cn (www.sc.gov.cn, dnr.hubei.gov.cn)
 * and the regions' own domains (gov.mo, gov.hk). A city's label (hangzhou.gov.cn) is not read, nor a short
 * code that a city shares (sx is 绍兴's as much as 山西's, gz 广州's as much as 贵州's).
 */
export const GOV_LABEL_PROVINCE: ReadonlyMap<string, string> = new Map([
  ["beijing", "北京"],
  ["bj", "北京"],
  ["tianjin", "天津"],
  ["tj", "天津"],
  ["hebei", "河北"],
  ["shanxi", "山西"],
  ["nmg", "内蒙古"],
  ["liaoning", "辽宁"],
  ["ln", "辽宁"],
  ["jilin", "吉林"],
  ["jl", "吉林"],
  ["hlj", "黑龙江"],
  ["shanghai", "上海"],
  ["sh", "上海"],
  ["jiangsu", "江苏"],
  ["js", "江苏"],
  ["zhejiang", "浙江"],
  ["zj", "浙江"],
  ["anhui", "安徽"],
  ["ah", "安徽"],
  ["fujian", "福建"],
  ["fj", "福建"],
  ["jiangxi", "江西"],
  ["shandong", "山东"],
  ["sd", "山东"],
  ["henan", "河南"],
  ["hubei", "湖北"],
  ["hunan", "湖南"],
  ["guangdong", "广东"],
  ["gd", "广东"],
  ["gxzf", "广西"],
  ["hainan", "海南"],
  ["cq", "重庆"],
  ["sc", "四川"],
  ["guizhou", "贵州"],
  ["yn", "云南"],
  ["xizang", "西藏"],
  ["shaanxi", "陕西"],
  ["gansu", "甘肃"],
  ["qinghai", "青海"],
  ["nx", "宁夏"],
  ["xinjiang", "新疆"],
]);

/** A region's own government domain: gov.hk, gov.mo, gov.tw. */
export const REGION_DOMAIN_PROVINCE: ReadonlyMap<string, string> = new Map([
  ["hk", "香港"],
  ["mo", "澳门"],
  ["tw", "台湾"],
]);
