/**
 * `npm run --silent extract -- FILE...`: parses files and prints one JSON array of articles.
 * A file that cannot be read is reported on stderr; the others are still printed.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseFile } from "../ingest";
import { pickFacts } from "../model/article-fields";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: npm run --silent extract -- FILE...");
  process.exitCode = 2;
} else {
  const output: unknown[] = [];
  let readable = 0;
  for (const path of files) {
    const file = basename(path);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
      continue;
    }
    const result = parseFile(file, bytes);
    if (!result.ok) {
      console.error(`${file}: ${result.reason}: ${result.message}`);
      continue;
    }
    readable++;
    for (const a of result.articles) {
      output.push({
        file,
        ...pickFacts(a),
        people: a.people.map((p) => ({ name: p.name, titles: p.titles, role: p.role, aliases: p.aliases })),
        phrases: a.phrases.map((p) => p.phrase),
      });
    }
  }
  // Never process.exit() here: a pipe drains stdout asynchronously, and exiting would cut the JSON.
  process.stdout.write(`${JSON.stringify(output, null, 1)}\n`);
  process.exitCode = readable ? 0 : 1;
}
