/** Numbers written in digits or in Chinese numerals, as dates and weekdays write them. */

const HAN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  "○": 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A weekday's number, Monday 1 to Sunday 7 (周日, 星期天). */
export const weekdayNumber = (day: string): number => (day === "日" || day === "天" ? 7 : HAN_DIGITS[day]!);

/**
 * A number written in digits or in Chinese numerals: 28, 二十八, 十一, 十; a year digit by digit (二〇二一).
 */
export function numberOf(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const ten = written.indexOf("十");
  if (ten < 0) return Number([...written].map((c) => HAN_DIGITS[c] ?? 0).join(""));
  const tens = ten === 0 ? 1 : (HAN_DIGITS[written[ten - 1]!] ?? 0);
  return tens * 10 + (HAN_DIGITS[written[ten + 1] ?? ""] ?? 0);
}
