/**
 * Names in pinyin, for the English interface only. pinyin-pro is large (its dictionary is most of
 * a first visit's bytes), so it loads on demand: before the first English render and when the
 * reader switches to English. Until it has loaded, names show in characters alone.
 */
import { useSyncExternalStore } from "react";
import { COMPOUND_SURNAMES } from "../ingest/lexicon/surnames";

type Pinyin = (typeof import("pinyin-pro"))["pinyin"];

let pinyin: Pinyin | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function loadPinyin(): Promise<void> {
  loading ??= import("pinyin-pro").then((module) => {
    pinyin = module.pinyin;
    for (const listener of listeners) listener();
  });
  return loading;
}

/** Re-renders the caller once pinyin has arrived. */
export function usePinyinLoaded(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pinyin !== null,
  );
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * "庄严" → "Zhuang Yan"; "欧阳修" → "Ouyang Xiu". Surname readings (单 → Shan) come from
 * pinyin-pro's surname mode. Empty until pinyin has loaded.
 */
export function namePinyin(name: string): string {
  if (!pinyin) return "";
  const surnameLength = COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : 1;
  const syllables = pinyin(name, { mode: "surname", toneType: "none", type: "array" });
  const surname = syllables.slice(0, surnameLength).join("");
  const given = syllables.slice(surnameLength).join("");
  return [capitalize(surname), capitalize(given)].filter(Boolean).join(" ");
}
