import { execFile } from "node:child_process";
import {
  createReadStream,
  mkdirSync,
  mkdtempSync as makeTemp,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { buildCorpus } from "../../src/cli/corpus-build";
import { corpusInputs, inShard, parseShard } from "../../src/cli/corpus-files";
import { mergeCorpora } from "../../src/cli/corpus-merge";
import { readCorpus, type CorpusHeader } from "../../src/db/corpus-file";
import type { PreparedDocument } from "../../src/db/prepare";
import { PARSER_VERSION } from "../../src/ingest";
import { pickFacts } from "../../src/model/article-fields";

const run = promisify(execFile);

/** The folders the tests make, removed once they are done. */
const temporary: string[] = [];
const mkdtempSync = (prefix: string) => {
  const dir = makeTemp(prefix);
  temporary.push(dir);
  return dir;
};
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const NOW = new Date("2026-11-27T09:00:00.000Z");

async function read(file: string): Promise<{ header: CorpusHeader | null; documents: PreparedDocument[] }> {
  let header: CorpusHeader | null = null;
  const documents: PreparedDocument[] = [];
  for await (const item of readCorpus(createReadStream(file))) {
    if (item.kind === "problem") throw new Error(`${file}: ${item.problem.kind}`);
    if (item.kind === "header") header = item.header;
    else documents.push(...item.documents);
  }
  return { header, documents };
}

function report(province: string, city: string, person: string, day: number): string {
  return (
    `${day}月${day}日,${province}省民政厅在${city}召开党组会议,厅党组书记、厅长${person}主持会议并讲话。` +
    "会议传达学习了全国两会精神,强调要坚定拥护“两个确立”,研究部署了今年的重点工作。"
  );
}

/** A tree of 24 reports in two folders, one repeated under another name, and three files that give nothing. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), "tifa-corpus-"));
  const dir = join(root, "reports");
  mkdirSync(join(dir, "2024"), { recursive: true });
  mkdirSync(join(dir, ".git"));
  for (let i = 0; i < 24; i++)
    writeFileSync(
      join(dir, i % 2 ? "2024" : "", `r${i}.txt`),
      report(i % 3 ? "河南" : "山东", "郑州", `王建${i}`, 1 + (i % 12)),
    );
  writeFileSync(join(dir, "2024", "copy.md"), report("山东", "郑州", "王建0", 1));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "scan.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, "notes.txt"), "购物清单:苹果、牛奶。");
  writeFileSync(join(dir, "image.png"), "not an input type");
  writeFileSync(join(dir, ".git", "HEAD.txt"), report("江苏", "南京", "陈刚", 3));
  return dir;
}

describe("which files a corpus is built from", () => {
  test("the Data page's file types, hidden folders left out, named by their path under the folder", async () => {
    const dir = tree();
    const names = (await corpusInputs([dir])).map((i) => i.name);
    expect(names).toHaveLength(28);
    expect(names.slice(0, 3)).toEqual(["reports/2024/copy.md", "reports/2024/r1.txt", "reports/2024/r11.txt"]);
    expect(names).toContain("reports/empty.txt");
    expect(names.some((n) => n.includes(".git") || n.endsWith(".png"))).toBe(false);
  });

  test("shards are disjoint and cover every file exactly once", async () => {
    const dir = tree();
    const all = (await corpusInputs([dir])).map((i) => i.name);
    for (const count of [1, 2, 3, 7]) {
      const shards = await Promise.all(
        Array.from({ length: count }, (_, i) => corpusInputs([dir], { index: i + 1, count })),
      );
      const names = shards.flat().map((i) => i.name);
      expect(names.sort()).toEqual([...all].sort());
      expect(new Set(names).size).toBe(all.length);
    }
    expect(inShard("reports/r0.txt", { index: 1, count: 1 })).toBe(true);
  });

  test("a shard is written i/n, from 1/n to n/n", () => {
    expect(parseShard("2/8")).toEqual({ index: 2, count: 8 });
    expect(parseShard("8/8")).toEqual({ index: 8, count: 8 });
    expect([parseShard("0/8"), parseShard("9/8"), parseShard("2/0"), parseShard("2-8"), parseShard("x")]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("npm run corpus", () => {
  test("the seeds give a corpus whose articles are exactly what npm run extract gives for them", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "tifa-corpus-")), "seeds.tifa-corpus");
    const summary = await buildCorpus({ inputs: ["seeds"], out, jobs: 2, now: NOW });
    expect(summary).toMatchObject({ files: 5, failed: 0, duplicates: 0, unread: 0 });
    const { header, documents } = await read(out);
    expect(header).toEqual({
      format: "tifa-corpus",
      version: 1,
      parserVersion: PARSER_VERSION,
      documents: 5,
      articles: 9,
      created: NOW.toISOString(),
    });
    expect(documents.map((d) => d.doc.fileName)).toEqual(readdirSync("seeds").map((f) => `seeds/${f}`));
    expect(documents.map((d) => d.doc.source)).toEqual(Array(5).fill("corpus"));
    const files = readdirSync("seeds").map((f) => join("seeds", f));
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/cli/extract.ts", ...files], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const fromCorpus = documents.flatMap((d) =>
      d.articles.map((a) => ({
        file: basename(d.doc.fileName),
        ...pickFacts(a),
        people: a.people.map((p) => ({ name: p.name, titles: p.titles, role: p.role, aliases: p.aliases })),
        phrases: a.phrases.map((p) => p.phrase),
      })),
    );
    expect(fromCorpus).toEqual(JSON.parse(stdout));
  }, 60_000);

  test("files that give nothing are told with their reason; a repeated text is kept once", async () => {
    const dir = tree();
    const out = join(dir, "..", "all.tifa-corpus");
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "src/cli/corpus.ts", dir, "--out", out, "--jobs", "2"],
      {},
    );
    // In the order of the files' names, as the corpus holds them.
    expect(stderr.trim().split("\n")).toEqual([
      "reports/empty.txt is empty: there is no text to import.",
      "reports/notes.txt holds no article Tifa can read: no paragraph of report text was found.",
      "reports/r0.txt: the same text as reports/2024/copy.md, kept once",
      "reports/scan.html is a PNG image, not text. Save it as .txt, .md or .html and try again.",
    ]);
    expect(stdout).toMatch(
      /^.*all\.tifa-corpus: 24 documents, 24 articles from 28 files \(3 left out, 1 repeated\), [\d.]+ MB, [\d.]+ s: [\d,]+ articles\/s, [\d,]+ per thread \(2 threads\)\n$/,
    );
    const { documents } = await read(out);
    const names = documents.map((d) => d.doc.fileName);
    expect(names).toEqual([...names].sort());
    expect(new Set(documents.map((d) => d.doc.id)).size).toBe(24);
  }, 60_000);

  test("nothing to write: exit code 1 and no file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tifa-corpus-"));
    writeFileSync(join(dir, "empty.txt"), "");
    const out = join(dir, "none.tifa-corpus");
    const failed = await run(process.execPath, ["--import", "tsx", "src/cli/corpus.ts", dir, "--out", out]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect("code" in failed && failed.code).toBe(1);
    expect(readdirSync(dir)).toEqual(["empty.txt"]);
  }, 60_000);

  test("shards merged give what one build of every file gives, each text once", async () => {
    const dir = tree();
    const whole = join(dir, "..", "whole.tifa-corpus");
    await buildCorpus({ inputs: [dir], out: whole, jobs: 2, now: NOW });
    const shards = [1, 2, 3].map((i) => join(dir, "..", `shard-${i}.tifa-corpus`));
    for (const [i, out] of shards.entries())
      await buildCorpus({ inputs: [dir], out, shard: { index: i + 1, count: 3 }, jobs: 1, now: NOW });
    const merged = join(dir, "..", "merged.tifa-corpus");
    // A shard given twice: its documents are there already, and kept once.
    const result = await mergeCorpora([...shards, shards[0]!], merged, NOW);
    const shardDocuments = await Promise.all(shards.map(async (s) => (await read(s)).documents.length));
    expect(result).toMatchObject({
      ok: true,
      duplicates: shardDocuments[0]! + (shardDocuments.reduce((a, b) => a + b) - 24),
    });
    expect(readFileSync(merged)).toEqual(readFileSync(whole));
  }, 60_000);

  test("a merge of corpora of two parsers is refused and writes nothing", async () => {
    const dir = tree();
    const good = join(dir, "..", "good.tifa-corpus");
    await buildCorpus({ inputs: [dir], out: good, jobs: 1, now: NOW });
    const { gzipText, headerLine, corpusHeader } = await import("../../src/db/corpus-file");
    const other = join(dir, "..", "other.tifa-corpus");
    writeFileSync(other, gzipText(headerLine(corpusHeader("1999.01.01-1", 0, 0, NOW))));
    const out = join(dir, "..", "merged.tifa-corpus");
    expect(await mergeCorpora([good, other], out, NOW)).toEqual({
      ok: false,
      file: other,
      problem: { kind: "other-parser", parserVersion: "1999.01.01-1", expected: PARSER_VERSION },
    });
    expect(readdirSync(join(dir, "..")).filter((f) => f.startsWith("merged"))).toEqual([]);
  }, 60_000);
});

test("a wrong option is told, with exit code 2 (a folder that is not there: 1), and nothing is written", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tifa-corpus-"));
  const tries = [
    [dir, "--out", join(dir, "x.tifa-corpus"), "--shard", "0/3"],
    [dir, "--out", join(dir, "x.tifa-corpus"), "--jobs", "none"],
    [dir],
    [join(dir, "not-there"), "--out", join(dir, "x.tifa-corpus")],
  ];
  const said: [number, string][] = [];
  for (const args of tries) {
    const failed = await run(process.execPath, ["--import", "tsx", "src/cli/corpus.ts", ...args]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    if (!("code" in failed)) throw new Error(`${args.join(" ")} succeeded`);
    said.push([failed.code, failed.stderr.split("\n")[0]!]);
  }
  expect(said).toEqual([
    [2, "--shard 0/3: give it as i/n, from 1/n to n/n"],
    [2, "--jobs none: give a whole number from 1"],
    [2, "usage: npm run corpus -- DIR... --out FILE [--shard i/n] [--jobs N]"],
    [1, `${join(dir, "not-there")}: no such file or folder. Nothing written.`],
  ]);
  expect(readdirSync(dir)).toEqual([]);
}, 60_000);
