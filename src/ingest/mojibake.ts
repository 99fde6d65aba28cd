/**
 * Text that was decoded once with the wrong encoding and saved again: GBK or UTF-8 bytes read as
 * Latin-1 or Windows-1252 ("ÊÐÕþÐ­" for 市政协, "å¸æ¿" for 市政). Every character of it still stands
 * for one byte, so the bytes can be had back and decoded as they should have been.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F that Latin-1 leaves to control codes. */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
/** A byte the first reading had no character for (U+FFFD), and what stands in for it: one character is lost, not the text. */
const REPLACEMENT = 0xfffd;
const LOST_BYTE = 0x3f;
/** So many characters of the upper half at least, and more than twice the Chinese characters, before a text is read again. */
const MIN_HIGH_CHARACTERS = 8;

const WINDOWS_1252_CODES: ReadonlySet<number> = new Set([...WINDOWS_1252_HIGH].map((c) => c.charCodeAt(0)));

/** How many characters of the text stand for a high byte, and how many are Chinese: one pass, nothing allocated. */
function tally(text: string): { high: number; han: number } {
  let high = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x80 && code <= 0xff) || WINDOWS_1252_CODES.has(code)) high++;
    else if (code >= 0x3400 && code <= 0x9fff) han++;
  }
  return { high, han };
}

/** The bytes each character stands for, or null when one stands for none (a character no single-byte reading gives). */
function singleByteBytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) bytes[i] = code;
    else if (code === REPLACEMENT) bytes[i] = LOST_BYTE;
    else {
      const high = WINDOWS_1252_HIGH.indexOf(text[i]!);
      if (high < 0) return null;
      bytes[i] = 0x80 + high;
    }
  }
  return bytes;
}

/** Latin-1's letters À to ÿ, where GBK's and UTF-8's lead bytes fall. */
const LATIN_1_LETTER = /[\u00c0-\u00ff]/;
/** How much of a text is read to tell: its opening is enough. */
const SAMPLE_LENGTH = 4096;
/** Such characters two or more in a row: a Chinese character is two bytes in GBK, three in UTF-8. */
const HIGH_BYTE_RUN = new RegExp(`[\\u0080-\\u00ff${WINDOWS_1252_HIGH}]{2,}`, "g");
/** The share of those characters that stand in runs: a European text's accented letters stand alone (réuni, à). */
const MIN_SHARE_IN_RUNS = 0.8;

/**
 * Whether a text looks like Chinese read one byte a character: many characters of the upper half,
 * most of them in runs, and few Chinese characters.
 */
export function looksLikeMojibake(text: string): boolean {
  // Every such text holds letters of Latin-1's upper half (Ê, å, æ: the lead bytes); a Chinese report
  // almost never does, so most texts are passed over on this one scan.
  if (!LATIN_1_LETTER.test(text)) return false;
  const sample = text.slice(0, SAMPLE_LENGTH);
  const { high, han } = tally(sample);
  if (high < MIN_HIGH_CHARACTERS || high <= 2 * han) return false;
  const inRuns = (sample.match(HIGH_BYTE_RUN) ?? []).reduce((sum, run) => sum + run.length, 0);
  return inRuns >= high * MIN_SHARE_IN_RUNS;
}

/** A text read again from its bytes, and the encoding it was read in. */
export interface ReadAgain {
  text: string;
  encoding: string;
}

/**
 * The text `looksLikeMojibake` found, as its bytes should have been read (`decode` reads them: UTF-8,
 * else GBK or Big5), or null when it reads no better so.
 */
export function repairMojibake(text: string, decode: (bytes: Uint8Array) => ReadAgain | null): ReadAgain | null {
  const bytes = singleByteBytes(text);
  const repaired = bytes && decode(bytes);
  return repaired && tally(repaired.text).han > tally(text).han + MIN_HIGH_CHARACTERS / 2 ? repaired : null;
}
