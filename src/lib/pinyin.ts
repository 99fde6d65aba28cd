/**
 * Names in pinyin, for the English interface only. pinyin-pro is large (its dictionary is most of
 * a first visit's bytes), so it loads on demand, in English only, after the first chart has drawn
 * (lib/first-draw). Until it has loaded, names show in characters alone.
 */
import { afterFirstDraw } from "./first-draw";
import { sharedValue } from "./shared-value";

type Pinyin = (typeof import("pinyin-pro"))["pinyin"];

let compoundSurnames: ReadonlySet<string> = new Set();
let loading: Promise<void> | null = null;
const loaded = sharedValue<Pinyin | null>(null);

export function loadPinyin(): Promise<void> {
  loading ??= afterFirstDraw()
    .then(() => Promise.all([import("pinyin-pro"), import("../ingest/lexicon/surnames")]))
    .then(([module, surnames]) => {
      compoundSurnames = surnames.COMPOUND_SURNAMES;
      loaded.set(module.pinyin);
    });
  return loading;
}

/** Re-renders the caller once pinyin has arrived. */
export function usePinyinLoaded(): boolean {
  return loaded.useValue() !== null;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * "庄严" → "Zhuang Yan"; "欧阳修" → "Ouyang Xiu". Surname readings (单 → Shan) come from
 * pinyin-pro's surname mode. Empty until pinyin has loaded.
 */
export function namePinyin(name: string): string {
  const pinyin = loaded.get();
  if (!pinyin) return "";
  const surnameLength = compoundSurnames.has(name.slice(0, 2)) ? 2 : 1;
  const syllables = pinyin(name, { mode: "surname", toneType: "none", type: "array" });
  const surname = syllables.slice(0, surnameLength).join("");
  const given = syllables.slice(surnameLength).join("");
  return [capitalize(surname), capitalize(given)].filter(Boolean).join(" ");
}
