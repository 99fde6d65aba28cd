/**
 * Taiwan's pages count years of the Republic of China (民国108年 is 2019): written in words
 * (民国108年, 中华民国108年) or on a labelled date line with a year of three digits (日期:108-03-05;
 * two digits there may be a common-era year cut short). Both become common-era years, so that dates are read as everywhere else.
 */
const ROC_OFFSET = 1911;

const ROC_YEAR_IN_WORDS = /(?:中华)?民国(\d{1,3})年/g;
/** A date label (日期:, 发布时间:), then a three-digit year (民国100年 is 2011) and a month and day. */
const ROC_DATE_LINE = /((?:日期|时间)[:：]?\s*)(1\d{2})(?=([-/.])\d{1,2}\3\d{1,2}(?!\d))/g;

export function rocYearsToCommonEra(text: string): string {
  if (!text.includes("民国") && !ROC_DATE_LINE.test(text)) return text;
  ROC_DATE_LINE.lastIndex = 0;
  return text
    .replace(ROC_YEAR_IN_WORDS, (_, year: string) => `${Number(year) + ROC_OFFSET}年`)
    .replace(ROC_DATE_LINE, (_, label: string, year: string) => `${label}${Number(year) + ROC_OFFSET}`);
}
