/**
 * Parser throughput in Node: every bundled seed file and test fixture parsed over and over.
 * Counted per second of the clock and per second of this process's CPU: on a machine busy with
 * other work the clock figure drops, the CPU figure much less. Prints human lines and, last, one
 * JSON object of figures.
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
const cpuStarted = process.cpuUsage();
let articles = 0;
for (let i = 0; i < rounds; i++) articles += parseAll();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const megabytes = (files.reduce((sum, f) => sum + f.bytes.length, 0) * rounds) / 1024 / 1024;

const figures = {
  parseArticlesPerSecond: Math.round(articles / seconds),
  parseMegabytesPerSecond: Math.round((megabytes / seconds) * 10) / 10,
  parseArticlesPerCpuSecond: Math.round(articles / cpuSeconds),
};
console.log(
  `parsed ${articles} articles (${megabytes.toFixed(1)} MB) in ${seconds.toFixed(2)} s: ${figures.parseArticlesPerSecond} articles/s, ${figures.parseMegabytesPerSecond} MB/s`,
);
console.log(`per second of CPU: ${figures.parseArticlesPerCpuSecond} articles (${cpuSeconds.toFixed(2)} CPU-s)`);
console.log(JSON.stringify(figures));
