/** Traditional → simplified Chinese with OpenCC (Taiwan/Hong Kong forms to mainland forms). */
import * as OpenCC from "opencc-js/t2cn";

let converter: ((text: string) => string) | null = null;

export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: "t", to: "cn" });
  return converter(text);
}

/** Cheap test so simplified text (the common case) skips the converter. */
export function looksTraditional(text: string): boolean {
  return /[們這說來時為會個對發國們學機關動經過還與無當廳黨員計從區務辦]/.test(text);
}
