/**
 * Taiwan's reports write a relative day with its number in brackets inside the word: 今(23)日,
 * 昨(22)日. Written as the mainland does (今日(23日), 昨日(22日)), it is read as a day and as a
 * time between a name and its verb, like every other relative day.
 */
const BRACKETED_DAY = /([今昨前明])\((\d{1,2})\)([日天])/g;

export function unbracketRelativeDays(text: string): string {
  return text.includes(")日") || text.includes(")天") ? text.replace(BRACKETED_DAY, "$1$3($2日)") : text;
}
