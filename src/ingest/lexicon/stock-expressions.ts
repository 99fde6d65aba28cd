/**
 * What a recurring unquoted expression must not be: meeting boilerplate that every report
 * repeats (会议强调, 参加会议, 学习贯彻 …) and n-grams edged with function characters (的, 了, 和 …).
 * Read by the statistical expression finder of the phrase view, not by the parser.
 */

/** Function characters an expression may not start with (the second set: end with). */
export const EXPRESSION_EDGE =
  /^[的了和与及在是等为对并也要把被将从以之其或而这那个]|[的了和与及在是等为对并也要把被将从以之其或而这那]$/;

export const STOCK_EXPRESSION =
  /(会议并讲话|余人参加|参加会议|切实把)|^(习近平|会议(强调|指出|要求|认为|提出|传达|研究|审议)|参加会议|出席会议|主持会议|并讲话|深入学习贯彻|认真学习贯彻|学习贯彻|贯彻落实|习近平总书记|习近平新时代|新时代中国特色|中国特色社会主义|社会主义思想|有关负责同志|主要负责同志)/;
