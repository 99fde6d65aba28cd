/**
 * Traditional → simplified Chinese with OpenCC, reading the text as Taiwan writes it (`from: "tw"`):
 * its 著 is 着 in 着力 and 接着, 著 in 著名, which plain `t` leaves as 著 everywhere.
 */
import * as OpenCC from "opencc-js/t2cn";

type Entry = readonly [from: string, to: string];

let converter: ((text: string) => string) | null = null;
let changes: Changes | null | undefined;

function entriesOf(dict: string | readonly Entry[]): readonly Entry[] {
  if (typeof dict !== "string") return dict;
  return dict.split("|").map((entry) => {
    const [from = "", to = ""] = entry.split(" ");
    return [from, to] as const;
  });
}

/** What the converter changes: characters it always replaces, and phrases it replaces whole. */
interface Changes {
  /** 1: a code unit of a character replaced wherever it stands; 2: of a phrase only (反覆 → 反复, not 覆). */
  units: Uint8Array;
  phrasesByUnit: Map<number, string[]>;
}

const ALWAYS = 1;
const IN_PHRASES = 2;

/**
 * Read from the converter's own dictionaries (OpenCC's "t2s" steps, which `from: "tw", to: "cn"`
 * runs after Taiwan's variants): for every entry whose replacement differs, the first code unit it changes; a text that
 * holds the entry holds that unit. Null when the dictionaries are not where this version of OpenCC
 * keeps them: every text is then converted.
 */
function readChanges(): Changes | null {
  const config: unknown = OpenCC.Locale.configs.t2s;
  if (typeof config !== "object" || config === null) return null;
  const { conversionChain, normalizationChain } = config as { conversionChain?: unknown; normalizationChain?: unknown };
  const groups = [conversionChain, normalizationChain].flatMap((chain) => (Array.isArray(chain) ? chain : []));
  if (groups.length === 0) return null;
  const entries = (groups as (string | readonly Entry[])[][]).flat().flatMap(entriesOf);
  const units = new Uint8Array(0x10000);
  const phrasesByUnit = new Map<number, string[]>();
  for (const [from, to] of entries) {
    if (from === to || from.length === 0) continue;
    let at = 0;
    while (at < from.length && from[at] === to[at]) at++;
    // A replacement that only lengthens its source changes nothing in it: any of its units will do.
    const unit = from.charCodeAt(Math.min(at, from.length - 1));
    if ([...from].length === 1) units[unit] = ALWAYS;
    else phrasesByUnit.set(unit, [...(phrasesByUnit.get(unit) ?? []), from]);
  }
  for (const unit of phrasesByUnit.keys()) if (units[unit] !== ALWAYS) units[unit] = IN_PHRASES;
  return { units, phrasesByUnit };
}

/**
 * A text of simplified characters may hold a character or two the converter would replace, in a
 * name (王於昌, 乾): it is converted only when it holds this many, or any when it is short (a title).
 */
const MIN_TRADITIONAL = 3;
const SHORT_TEXT = 60;

/** Whether the converter could change the text (most pages of simplified text it cannot). */
export function mayHoldTraditional(text: string): boolean {
  if (changes === undefined) changes = readChanges();
  if (changes === null) return true;
  const { units, phrasesByUnit } = changes;
  const needed = text.length < SHORT_TEXT ? 1 : MIN_TRADITIONAL;
  let always = 0;
  let phraseUnits: Set<number> | null = null;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const kind = units[unit];
    if (kind === ALWAYS && ++always >= needed) return true;
    if (kind === IN_PHRASES) (phraseUnits ??= new Set()).add(unit);
  }
  if (!phraseUnits) return false;
  for (const unit of phraseUnits) if (phrasesByUnit.get(unit)!.some((phrase) => text.includes(phrase))) return true;
  return false;
}

export function toSimplified(text: string): string {
  if (!mayHoldTraditional(text)) return text;
  converter ??= OpenCC.Converter({ from: "tw", to: "cn" });
  return converter(text);
}
