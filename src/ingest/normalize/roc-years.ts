/**
 * Taiwan's pages count years of the Republic of China (民国108年 is 2019): written in words
 * (民国108年, 中华民国108年) or on a labelled date line with a year of three digits (日期:108-03-05;
 * two digits there may be a common-era year cut short), or on a date alone on its line (113-03-05). All become
 * common-era years, so that dates are read as everywhere else.
 */
const ROC_OFFSET = 1911;

const ROC_YEAR_IN_WORDS = /(?:中华)?民国(\d{1,3})年/g;
/** A date label (日期:, 发布时间:), then a three-digit year (民国100年 is 2011) and a month and day. */
const ROC_DATE_LINE = /((?:日期|时间)[:：]?\s*)(1\d{2})(?=([-/.])\d{1,2}\3\d{1,2}(?!\d))/g;

/** A date alone on its line with a three-digit year, as a list page prints each item's: "113-03-05". */
const ROC_DATE_ALONE = /^(1\d{2})(?=([-/.])\d{1,2}\2\d{1,2}$)/gm;

export function rocYearsToCommonEra(text: string): string {
  const labelled = ROC_DATE_LINE.test(text);
  ROC_DATE_LINE.lastIndex = 0;
  const alone = ROC_DATE_ALONE.test(text);
  ROC_DATE_ALONE.lastIndex = 0;
  if (!text.includes("民国") && !labelled && !alone) return text;
  return text
    .replace(ROC_YEAR_IN_WORDS, (_, year: string) => `${Number(year) + ROC_OFFSET}年`)
    .replace(ROC_DATE_LINE, (_, label: string, year: string) => `${label}${Number(year) + ROC_OFFSET}`)
    .replace(ROC_DATE_ALONE, (year: string) => String(Number(year) + ROC_OFFSET));
}
