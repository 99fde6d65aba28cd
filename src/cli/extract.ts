/**
 * `npm run --silent extract -- FILE...`: parses files and prints one JSON array of articles.
 * A file that cannot be read is reported on stderr; the others are still printed.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseFile } from "../ingest";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: npm run --silent extract -- FILE...");
  process.exit(2);
}

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
      title: a.title,
      date: a.date,
      published: a.published,
      province: a.province,
      city: a.city,
      isMeeting: a.isMeeting,
      meetingType: a.meetingType,
      people: a.people.map((p) => ({ name: p.name, titles: p.titles, role: p.role, aliases: p.aliases })),
      phrases: a.phrases.map((p) => p.phrase),
    });
  }
}
process.stdout.write(`${JSON.stringify(output, null, 1)}\n`);
process.exit(readable || !files.length ? 0 : 1);
