/**
 * Text built to make a parser slow: one character a million times, quotation marks nested
 * 100,000 deep, a 5 MB line, 100,000 names in one list. Each is what a red-team probe fed the
 * parser, or a variant of it that reached another rule.
 */

/** A report sentence with a date, two officials and two formulations: "ordinary report text". */
export const REPORT_SENTENCE =
  "10月26日,省委书记王建国主持召开省委常委会会议,传达学习“两个确立”精神,副省长李明出席会议并讲话,会议强调要落实“三级联动”工作机制。";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "建明海燕伟晓东春华丽军平志强文斌红英玉兰";
const TITLES = ["副省长", "厅长", "书记", "局长", "主任"];

/** The i-th of 8,000 different three-character names (王建明, 李建明, …). */
function nameNumber(i: number): string {
  const n = i % (SURNAMES.length * GIVEN.length * GIVEN.length);
  return SURNAMES[n % 20]! + GIVEN[Math.floor(n / 20) % 20]! + GIVEN[Math.floor(n / 400) % 20]!;
}

/** `count` names, each after a title: 副省长王建明、厅长李建明、… */
export function titledNames(count: number, from = 0): string {
  return Array.from({ length: count }, (_, i) => TITLES[(from + i) % TITLES.length]! + nameNumber(from + i)).join("、");
}

/** `count` lines of `line`. */
export const lines = (line: string, count: number) => `${line}\n`.repeat(count);
