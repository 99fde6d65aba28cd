/**
 * `npm run bench -- --large`: a prebuilt corpus of LARGE_ARTICLES synthetic articles (default
 * 200,000, 10 to a file) built with the corpus CLI's own function, on every core (or
 * LARGE_JOBS). Prints articles/s overall and per thread, the file's size and, last, one JSON
 * object of figures. `npx tsx test/bench/large.bench.ts` runs it alone (LARGE_KEEP_DIR=1 keeps the
 * folder with the corpus, to open it in the app).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { buildCorpus } from "../../src/cli/corpus-build";
import { corpusFiles } from "./corpus";

const ARTICLES = Number(process.env.LARGE_ARTICLES ?? 200_000);
const PER_FILE = 10;
const FILES_PER_FOLDER = 1000;
const jobs = Number(process.env.LARGE_JOBS ?? availableParallelism());

const root = mkdtempSync(join(tmpdir(), "tifa-large-"));
try {
  const tree = join(root, "reports");
  let files = 0;
  for (const file of corpusFiles(ARTICLES, 11, PER_FILE)) {
    const folder = join(tree, String(Math.floor(files++ / FILES_PER_FOLDER)).padStart(3, "0"));
    if (files % FILES_PER_FOLDER === 1) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, file.name), file.text);
  }
  console.log(`wrote ${files} files of ${ARTICLES} synthetic articles; building the corpus on ${jobs} threads…`);
  const out = join(root, "large.tifa-corpus");
  const summary = await buildCorpus({ inputs: [tree], out, jobs });
  const articles = summary.header?.articles ?? 0;
  const perSecond = articles / summary.seconds;
  const figures = {
    largeArticles: articles,
    largeDocuments: summary.header?.documents ?? 0,
    largeSeconds: Math.round(summary.seconds * 10) / 10,
    largeArticlesPerSecond: Math.round(perSecond),
    largeArticlesPerSecondPerThread: Math.round(perSecond / summary.jobs),
    largeThreads: summary.jobs,
    largeCpuSeconds: Math.round(summary.cpuSeconds * 10) / 10,
    largeArticlesPerCpuSecond: Math.round(articles / summary.cpuSeconds),
    largeFileMegabytes: Math.round((statSync(out).size / 1024 / 1024) * 10) / 10,
  };
  console.log(
    `built ${figures.largeArticles} articles (${figures.largeDocuments} documents) in ${figures.largeSeconds} s: ` +
      `${figures.largeArticlesPerSecond} articles/s, ${figures.largeArticlesPerSecondPerThread} per thread ` +
      `(${figures.largeThreads} threads); ${figures.largeArticlesPerCpuSecond} articles per CPU-second ` +
      `(${figures.largeCpuSeconds} s of CPU in all threads); the file is ${figures.largeFileMegabytes} MB`,
  );
  console.log(JSON.stringify(figures));
} finally {
  if (!process.env.LARGE_KEEP_DIR) rmSync(root, { recursive: true, force: true });
  else console.error(`kept ${root}`);
}
