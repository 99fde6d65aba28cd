/** Traditional → simplified Chinese with OpenCC (Taiwan/Hong Kong forms to mainland forms). */
import * as OpenCC from "opencc-js/t2cn";

let converter: ((text: string) => string) | null = null;

export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: "t", to: "cn" });
  return converter(text);
}
