/**
 * What a recurring unquoted expression must not be: meeting boilerplate that every report
 * repeats (会议强调, 参加会议, 学习贯彻 …), job titles and the groups officials come in
 * (厅党组书记, 领导班子成员), stock phrases of any official text (决策部署, 扎实开展), and n-grams
 * edged with function characters (的, 了, 和 …). Read by the statistical expression finder of
 * the phrase view, not by the parser.
 */

/** Function characters an expression may not start with (the second set: end with). */
export const EXPRESSION_EDGE =
  /^[的了和与及在是等为对并也要把被将从以之其或而这那个]|[的了和与及在是等为对并也要把被将从以之其或而这那]$/;

export const STOCK_EXPRESSION =
  /(会议并讲话|余人参加|参加会议|切实把)|^(习近平|会议(强调|指出|要求|认为|提出|传达|研究|审议)|参加会议|出席会议|主持会议|并讲话|深入学习贯彻|认真学习贯彻|学习贯彻|贯彻落实|习近平总书记|习近平新时代|新时代中国特色|中国特色社会主义|社会主义思想|有关负责同志|主要负责同志)/;

/** A post, or the people who hold posts: an expression that ends so names who, not what was said. */
export const TITLE_EXPRESSION =
  /(书记|厅长|局长|部长|主任|主席|省长|市长|县长|区长|处长|委员|常委|党组|班子|成员|负责|负责人|干部|职工|同志|队伍)$/;

/** Stock phrases of official writing: an expression holding one says nothing of its own. */
export const STOCK_WORDS: readonly string[] = [
  "重要讲话",
  "重要指示",
  "重要论述",
  "指示精神",
  "决策部署",
  "贯彻落实",
  "深入学习",
  "传达学习",
  "工作任务",
  "目标任务",
  "各项工作",
  "重点工作",
  "工作实际",
  "工作责任",
  "任务落实",
  "持之以恒",
  "全力推进",
  "深入推进",
  "扎实推进",
  "扎实开展",
  "关于加强",
  "新中国成立",
  "事业发展",
  "中国特色社会主义",
  "中华人民共和国",
  "省委省政府",
  "办公厅",
  "高度重视",
  "进一步",
  "不断提升",
  "始终保持",
  "实际行动",
  "认真学习",
];
