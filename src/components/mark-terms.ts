/** A text cut into runs, the runs that are one of the terms marked; a longer term wins over one inside it. */
export interface Run {
  text: string;
  marked: boolean;
}

export function markTerms(text: string, terms: readonly string[]): Run[] {
  const wanted = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  const runs: Run[] = [];
  let plain = "";
  for (let at = 0; at < text.length;) {
    const term = wanted.find((t) => text.startsWith(t, at));
    if (term === undefined) {
      plain += text[at];
      at++;
      continue;
    }
    if (plain) runs.push({ text: plain, marked: false });
    plain = "";
    runs.push({ text: term, marked: true });
    at += term.length;
  }
  if (plain) runs.push({ text: plain, marked: false });
  return runs;
}
