/** What a data file's record holds besides its text: how much Chinese a field has, and its story's lead kept apart. */
const HAN = /[\u4e00-\u9fff]/g;
const SENTENCE_END = /[。！？!?]/;

/** How many Chinese characters a value holds. */
export function hanCount(value: string): number {
  return value.match(HAN)?.length ?? 0;
}

/** The fewest Chinese characters of a field (a summary, a table's column) that is its story's lead. */
export const MIN_SUMMARY_LEAD_HAN = 15;
/** How much of a lead's opening the text must hold for the lead to be its own first lines already. */
const LEAD_PROBE = 20;

/**
 * A record often keeps its story's lead in a field of its own (summary), apart from the text ("4月11日下午,
 * 我校召开党委常委会…" over "校党委书记…主持会议"): the lead first, when it is a sentence the text does not
 * open with or hold. Of several, the one with the most Chinese.
 */
export function withLead(text: string, fields: readonly string[], fewestHan: number): string {
  let lead: string | null = null;
  for (const value of fields) {
    const line = value.trim();
    if (value === text || hanCount(line) < fewestHan || !SENTENCE_END.test(line)) continue;
    if (text.includes(line.slice(0, LEAD_PROBE))) continue;
    if (!lead || hanCount(line) > hanCount(lead)) lead = line;
  }
  return lead ? `${lead}\n${text}` : text;
}
