/**
 * Formulations (提法) are what reports put in quotation marks: “两个确立”, 「三级联动」.
 * Book and document titles in 《》 are not formulations, nor are single characters (“新”).
 */
import type { PhraseMention } from "./types";

const QUOTED = /“([^“”\n]{2,40})”|「([^「」\n]{2,40})」|"([^"\n]{2,40})"|『([^『』\n]{2,40})』/g;

function isFormulation(phrase: string): boolean {
  if ([...phrase].length < 2) return false;
  if (/[。!?！？]/.test(phrase)) return false;
  // A whole quoted sentence or a long enumeration is a quotation, not a formulation.
  if (phrase.length > 32 || (phrase.length > 24 && /[,，;；、]/.test(phrase))) return false;
  return /[\u4e00-\u9fff0-9A-Za-z]/.test(phrase);
}

export function extractPhrases(text: string): PhraseMention[] {
  const byPhrase = new Map<string, PhraseMention>();
  for (const m of text.matchAll(QUOTED)) {
    const phrase = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").trim();
    if (!isFormulation(phrase)) continue;
    const start = m.index + m[0].indexOf(phrase);
    const mention = byPhrase.get(phrase) ?? { phrase, spans: [] };
    mention.spans.push({ start, end: start + phrase.length });
    byPhrase.set(phrase, mention);
  }
  return [...byPhrase.values()];
}
