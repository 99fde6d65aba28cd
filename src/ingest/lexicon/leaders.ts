/**
 * National leaders whose names reports use bare ("习近平新时代中国特色社会主义思想"):
 * recognised without a title next to them, always as mentioned, with their usual title.
 * Only names no provincial official is likely to share: a bare 李强 may be anyone.
 */
export const NATIONAL_LEADERS: ReadonlyMap<string, string> = new Map([
  ["习近平", "总书记"],
  ["赵乐际", "委员长"],
  ["王沪宁", "主席"],
  ["丁薛祥", "副总理"],
  ["毛泽东", "同志"],
  ["邓小平", "同志"],
]);
