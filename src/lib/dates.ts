/**
 * Dates as a reader reads them. Full dates and months stay ISO ("2024-03-14", "2024-03"), as on
 * the charts' axes; a date without its year says so instead of showing "--10-26"; a missing
 * date says it is unknown instead of "?".
 */
import { isYearUnknown, type PartialDate } from "../model/partial-date";
import type { Lang } from "./url-state";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function dateLabel(date: PartialDate | null, lang: Lang): string {
  if (!date) return lang === "zh" ? "日期不详" : "date unknown";
  if (!isYearUnknown(date)) return date;
  const month = Number(date.slice(2, 4));
  const day = Number(date.slice(5, 7));
  if (!month || !day || month > 12) return date;
  return lang === "zh" ? `${month}月${day}日（年份不详）` : `${day} ${MONTHS_EN[month - 1]} (year unknown)`;
}
