/**
 * Parser throughput in Node: every bundled seed file and test fixture parsed over and over.
 * Prints human lines and, last, one JSON object of figures.
 */
import { readFileSync, readdirSync } from "node:fs";
import { parseFile } from "../../src/ingest";

const files = [
  ...readdirSync("seeds").map((f) => `seeds/${f}`),
  ...readdirSync("test/fixtures/ingest").map((f) => `test/fixtures/ingest/${f}`),
].map((path) => ({ name: path.split("/").pop()!, bytes: new Uint8Array(readFileSync(path)) }));

function parseAll(): number {
  let articles = 0;
  for (const { name, bytes } of files) {
    const result = parseFile(name, bytes);
    if (result.ok) articles += result.articles.length;
  }
  return articles;
}

for (let i = 0; i < 20; i++) parseAll(); // warm-up: JIT and the OpenCC dictionary
const rounds = 300;
const started = performance.now();
let articles = 0;
for (let i = 0; i < rounds; i++) articles += parseAll();
const seconds = (performance.now() - started) / 1000;
const megabytes = (files.reduce((sum, f) => sum + f.bytes.length, 0) * rounds) / 1024 / 1024;

const figures = {
  parseArticlesPerSecond: Math.round(articles / seconds),
  parseMegabytesPerSecond: Math.round((megabytes / seconds) * 10) / 10,
};
console.log(
  `parsed ${articles} articles (${megabytes.toFixed(1)} MB) in ${seconds.toFixed(2)} s: ${figures.parseArticlesPerSecond} articles/s, ${figures.parseMegabytesPerSecond} MB/s`,
);
console.log(JSON.stringify(figures));
