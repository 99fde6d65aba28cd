/**
 * The literary names a province's own reports call it by (推动龙江全面振兴, 三秦大地, 八桂儿女, 奋力谱写
 * 中国式现代化荆楚篇章). Each is one province's; a name that is also a place elsewhere (岭南, 江淮, 中原
 * alone) or a common word is not listed.
 */
export const PROVINCE_NICKNAMES: ReadonlyMap<string, string> = new Map([
  ["燕赵", "河北"],
  ["三晋", "山西"],
  ["辽沈", "辽宁"],
  ["龙江", "黑龙江"],
  ["八闽", "福建"],
  ["赣鄱", "江西"],
  ["齐鲁", "山东"],
  ["荆楚", "湖北"],
  ["三湘", "湖南"],
  ["湖湘", "湖南"],
  ["八桂", "广西"],
  ["巴渝", "重庆"],
  ["巴蜀", "四川"],
  ["天府之国", "四川"],
  ["陇原", "甘肃"],
  ["三秦", "陕西"],
  ["雪域高原", "西藏"],
  ["天山南北", "新疆"],
  ["塞上江南", "宁夏"],
  ["彩云之南", "云南"],
  ["琼州", "海南"],
]);
