/**
 * The scorer's metrics (`../shared/reference/score.mjs`), computed in-process so that `npm test`
 * can hold the development corpus to its figures. The formulas are the reference scorer's, line for
 * line (except a phrase recall of null where the gold has no phrase): articles of a file are paired greedily by shared names, title bigrams and province; people
 * are matched by name or alias; `optionalPeople` and `optionalPhrases` are neither hits nor misses.
 */
import type { ExtractRecord } from "../../src/cli/extract-records";

export interface GoldPerson {
  name: string;
  titles: string[];
  role: string;
  aliases?: string[];
}

export interface GoldArticle {
  file: string;
  title: string | null;
  date: string | null;
  province: string | null;
  isMeeting: boolean;
  people: GoldPerson[];
  phrases: string[];
  yearInFile?: boolean;
  optionalPeople?: string[];
  optionalPhrases?: string[];
}

export interface Score {
  segmentation_acc: number;
  person_f1: number;
  presence_acc: number;
  province_acc: number;
  date_acc: number;
  meeting_acc: number;
  /** null when the gold lists no phrase (the reference scorer prints 0 there). */
  phrase_r: number | null;
}

export const METRICS = [
  "segmentation_acc",
  "person_f1",
  "presence_acc",
  "province_acc",
  "date_acc",
  "meeting_acc",
  "phrase_r",
] as const satisfies readonly (keyof Score)[];

const norm = (s: string | null | undefined) => (s ?? "").normalize("NFKC").replace(/\s+/g, "").trim();
const present = (role: string) => norm(role) !== "提及";
const bigrams = (s: string) => new Set([...norm(s)].map((c, i, a) => c + (a[i + 1] ?? "")));

function titleSimilarity(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const x = bigrams(a);
  const y = bigrams(b);
  return [...x].filter((g) => y.has(g)).length / Math.max(1, Math.min(x.size, y.size));
}

function namesOf(people: { name: string; aliases?: string[] | undefined }[], aliasesToo: boolean): Set<string> {
  return new Set(people.flatMap((p) => [norm(p.name), ...(aliasesToo ? (p.aliases ?? []).map(norm) : [])]));
}

/** Pairs each gold article of a file with at most one extracted article, best evidence first. */
function pairArticles(gold: GoldArticle[], extracted: ExtractRecord[]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  for (const [gi, g] of gold.entries())
    for (const [ei, e] of extracted.entries()) {
      const extractedNames = namesOf(e.people, false);
      const shared = [...namesOf(g.people, true)].filter((n) => extractedNames.has(n)).length;
      const s = 2 * shared + 3 * titleSimilarity(g.title, e.title) + (norm(g.province) === norm(e.province) ? 1 : 0);
      if (s > 0) pairs.push([s, gi, ei]);
    }
  pairs.sort((a, b) => b[0] - a[0]);
  const paired = new Map<number, number>();
  const taken = new Set<number>();
  for (const [, gi, ei] of pairs)
    if (!paired.has(gi) && !taken.has(ei)) {
      paired.set(gi, ei);
      taken.add(ei);
    }
  return paired;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

export function scoreRecords(gold: GoldArticle[], extracted: ExtractRecord[]): Score {
  const t = { tp: 0, fp: 0, fn: 0, presOk: 0, presN: 0, provOk: 0, dateOk: 0, dateN: 0, meetOk: 0, phTp: 0, phFn: 0 };
  let segmentedRight = 0;
  const files = [...new Set(gold.map((g) => g.file))];
  for (const file of files) {
    const G = gold.filter((g) => g.file === file);
    const E = extracted.filter((e) => e.file === file);
    if (E.length === G.length) segmentedRight++;
    const paired = pairArticles(G, E);
    const optionalHere = new Set(G.flatMap((g) => (g.optionalPeople ?? []).map(norm)));
    for (const [gi, g] of G.entries()) {
      const ei = paired.get(gi);
      const e = ei === undefined ? undefined : E[ei];
      if (e && norm(e.province) === norm(g.province)) t.provOk++;
      if (e && Boolean(e.isMeeting) === g.isMeeting) t.meetOk++;
      if (g.date) {
        t.dateN++;
        const wanted = [g.date, ...(g.yearInFile === false ? ["--" + g.date.slice(5)] : [])];
        if (e?.date && wanted.includes(e.date)) t.dateOk++;
      }
      const extractedPeople = new Map((e?.people ?? []).map((p) => [norm(p.name), p]));
      for (const p of g.people) {
        const hit = [p.name, ...(p.aliases ?? [])].map(norm).find((n) => extractedPeople.has(n));
        if (!hit) {
          t.fn++;
          continue;
        }
        t.tp++;
        t.presN++;
        if (present(extractedPeople.get(hit)!.role) === present(p.role)) t.presOk++;
      }
      const goldNames = namesOf(g.people, true);
      const extractedPhrases = new Set((e?.phrases ?? []).map(norm));
      for (const x of new Set(g.phrases.map(norm))) {
        if (extractedPhrases.has(x)) t.phTp++;
        else t.phFn++;
      }
      for (const n of extractedPeople.keys()) if (!goldNames.has(n) && !optionalHere.has(n)) t.fp++;
    }
    for (const [ei, e] of E.entries())
      if (![...paired.values()].includes(ei)) t.fp += [...namesOf(e.people, false)].filter((n) => !optionalHere.has(n)).length;
  }
  return {
    segmentation_acc: round(segmentedRight / files.length),
    person_f1: round(f1(t.tp, t.fp, t.fn)),
    presence_acc: round(t.presOk / Math.max(1, t.presN)),
    province_acc: round(t.provOk / gold.length),
    date_acc: round(t.dateOk / Math.max(1, t.dateN)),
    meeting_acc: round(t.meetOk / gold.length),
    phrase_r: t.phTp + t.phFn ? round(t.phTp / (t.phTp + t.phFn)) : null,
  };
}

/** A score's floors, in the order of `METRICS`. */
export function floors(...values: Score[keyof Score][]): Score {
  return Object.fromEntries(METRICS.map((metric, i) => [metric, values[i]])) as unknown as Score;
}

/** The metrics a score falls short on, as "metric score < floor"; a null floor asks for a null score. */
export function shortfalls(score: Score, floor: Score): string[] {
  return METRICS.filter((m) => (floor[m] === null ? score[m] !== null : !(score[m]! >= floor[m]!))).map(
    (m) => `${m} ${score[m]} < ${floor[m]}`,
  );
}
