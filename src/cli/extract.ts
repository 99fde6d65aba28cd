/**
 * `npm run --silent extract -- FILE...`: parses files and prints one JSON array of articles.
 * A file that cannot be read is reported on stderr; the others are still printed.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { extractRecords, type ExtractRecord } from "./extract-records";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: npm run --silent extract -- FILE...");
  process.exitCode = 2;
} else {
  const output: ExtractRecord[] = [];
  let readable = 0;
  for (const path of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      console.error(`${basename(path)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
      continue;
    }
    const result = await extractRecords(path, bytes);
    if (!result.ok) {
      console.error(result.message);
      continue;
    }
    readable++;
    output.push(...result.records);
  }
  // Never process.exit() here: a pipe drains stdout asynchronously, and exiting would cut the JSON.
  process.stdout.write(`${JSON.stringify(output, null, 1)}\n`);
  process.exitCode = readable ? 0 : 1;
}
