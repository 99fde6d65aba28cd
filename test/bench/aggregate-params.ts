/** The parameters each aggregate is timed with, in the browser benchmark page and in Node. */
import type { AggregateName, AggregateParams } from "../../src/analytics";
import { NO_FILTERS, type Filters } from "../../src/model/filters";

export const PARAMS: { [K in AggregateName]: AggregateParams<K> } = {
  meetingsByProvince: {},
  meetingsByMonth: { stackBy: "province" },
  unplacedMeetings: {},
  network: { includeMentioned: false, limit: 150, search: "" },
  personDetail: { personId: "江苏:谢晓军" },
  phraseRanking: { limit: 200 },
  phraseTrends: { phrases: ["两个确立", "一老一小", "新质生产力"] },
  phraseHeatmap: { limit: 15 },
  phraseDetail: { phrase: "两个确立", limit: 50 },
  articleList: { q: "", limit: 200 },
  filterOptions: {},
  expressions: { limit: 30 },
  personPage: { personId: "江苏:谢晓军" },
  egoNetwork: { personId: "江苏:谢晓军", depth: 2 },
  compareProvinces: { a: "江苏", b: "山东" },
  linkEvidence: { a: "江苏:谢晓军", b: "江苏:陆治原", includeMentioned: false },
  personLinks: { personId: "江苏:谢晓军", includeMentioned: false },
  meetingEvidence: { province: "江苏", month: null },
  titleSources: { personId: "江苏:谢晓军" },
};

/** The filtered case: two provinces and a start month. */
export const FILTERED: Filters = { ...NO_FILTERS, provinces: ["山东", "江苏"], from: "2021-01" };
