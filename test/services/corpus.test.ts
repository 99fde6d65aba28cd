import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { corpusHeader, gzipText, headerLine, documentLine, writeCorpus } from "../../src/db/corpus-file";
import { documentIdOf } from "../../src/db/document-id";
import { prepareDocument, type PreparedDocument } from "../../src/db/prepare";
import { TifaDatabase } from "../../src/db/schema";
import { PARSER_VERSION } from "../../src/ingest";
import { NO_FILTERS } from "../../src/model/filters";
import { problemText } from "../../src/lib/problem-text";
import { createTifaApi, type Progress, type TifaApi } from "../../src/services";

let name = 0;
let db: TifaDatabase;
let api: TifaApi;
beforeEach(() => {
  db = new TifaDatabase(`corpus-${++name}`);
  api = createTifaApi(db);
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

const NOW = new Date("2026-11-27T09:00:00.000Z");
const PROVINCES = ["河南", "山东", "江苏", "浙江", "湖北"];

async function prepared(i: number): Promise<PreparedDocument> {
  const text =
    `${1 + (i % 12)}月${1 + (i % 28)}日,${PROVINCES[i % 5]}省民政厅召开党组会议,厅党组书记、厅长王建${i}主持会议并讲话。` +
    "会议传达学习了全国两会精神,研究部署了今年的重点工作。";
  const doc = { id: await documentIdOf(text), fileName: `team/${i}.txt`, raw: text, encoding: "utf-8" };
  const preparation = prepareDocument({ ...doc, source: "corpus", importedAt: NOW.getTime() });
  if (!preparation.ok) throw new Error(`report ${i} did not parse`);
  return preparation.prepared;
}

const documents = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => prepared(i)));
const asFile = (bytes: Uint8Array, fileName = "team.tifa-corpus") => ({
  file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
  name: fileName,
});

describe("opening a prebuilt corpus", () => {
  test("imports its documents as they are, as corpus documents, with progress up to its document count", async () => {
    const docs = await documents(150);
    const progress: Progress[] = [];
    const opened = await api.corpus.open(asFile(writeCorpus(PARSER_VERSION, docs, NOW)), (p) => progress.push(p));
    expect(opened).toMatchObject({
      imported: 150,
      articles: 150,
      already: 0,
      failed: [],
      reparsed: false,
      problem: null,
    });
    expect(opened.header).toMatchObject({ documents: 150, articles: 150, parserVersion: PARSER_VERSION });
    expect(progress.at(-1)).toEqual({ done: 150, total: 150, file: "team.tifa-corpus", articles: 150 });
    expect(await db.documents.count()).toBe(150);
    expect(new Set((await db.documents.toArray()).map((d) => d.source))).toEqual(new Set(["corpus"]));
    // Not the bundled articles: the empty views no longer say this browser holds only those.
    expect(await api.analytics.counts()).toMatchObject({ articles: 150, addedDocuments: 150 });
  });

  test("opened again, it skips every document it holds without reading it", async () => {
    const docs = await documents(30);
    await api.corpus.open(asFile(writeCorpus(PARSER_VERSION, docs, NOW)));
    // The stored documents' lines are broken past their ids: were they read, the corpus would be refused.
    const lines = docs.map((d) => `${documentLine(d).slice(0, 90)}…\n`).join("");
    const again = gzipText(headerLine(corpusHeader(PARSER_VERSION, 30, 30, NOW)) + lines);
    const opened = await api.corpus.open(asFile(again));
    expect(opened).toMatchObject({ imported: 0, already: 30, articles: 0, problem: null });
    expect(await db.documents.count()).toBe(30);
  });

  test("made by another parser, its texts are parsed here instead, and it says so", async () => {
    const docs = await documents(3);
    const stale = docs.map((d) => ({ ...d, articles: d.articles.map((a) => ({ ...a, province: "西藏" })) }));
    const opened = await api.corpus.open(asFile(writeCorpus("1999.01.01-1", stale, NOW)));
    expect(opened).toMatchObject({ imported: 3, articles: 3, reparsed: true, problem: null });
    const byProvince = await api.analytics.aggregate("meetingsByProvince", NO_FILTERS, {});
    expect(byProvince.map((p) => p.province).sort()).toEqual(["山东", "江苏", "河南"]);
  });

  test("cut short: the documents before the cut are imported whole, and the problem says how many", async () => {
    const docs = await documents(250);
    const whole = gzipText(headerLine(corpusHeader(PARSER_VERSION, 250, 250, NOW)) + docs.map(documentLine).join(""));
    const opened = await api.corpus.open(asFile(whole.subarray(0, Math.floor(whole.length * 0.6))));
    expect(opened.problem?.kind).toBe("corpus-truncated");
    const { documents: read } = opened.problem as { documents: number };
    // Every whole line before the cut is imported, the last batch too.
    expect(read).toBeGreaterThan(100);
    expect(read).toBeLessThan(250);
    expect(opened.imported).toBe(read);
    expect(await db.documents.count()).toBe(opened.imported);
  });

  test("a file that is not a corpus changes nothing", async () => {
    await api.corpus.open(asFile(writeCorpus(PARSER_VERSION, await documents(2), NOW)));
    const opened = await api.corpus.open(asFile(new TextEncoder().encode("<!doctype html>"), "index.html"));
    expect(opened).toMatchObject({ imported: 0, problem: { kind: "corpus-foreign" } });
    expect(await db.documents.count()).toBe(2);
  });

  test("from an address: not there, or not reachable, in plain words; nothing changes", async () => {
    vi.stubGlobal("fetch", async () => new Response("not found", { status: 404 }));
    const missing = await api.corpus.open({ url: "https://tifa.example/team.tifa-corpus" });
    expect(problemText(missing.problem!, missing.name, "en")).toBe(
      "The corpus https://tifa.example/team.tifa-corpus is not there (404): check its address. Nothing was changed.",
    );
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const refused = await api.corpus.open({ url: "https://other.example/team.tifa-corpus" });
    expect(refused.problem).toEqual({ kind: "corpus-unreachable", detail: "Failed to fetch" });
    expect(await db.documents.count()).toBe(0);
  });

  test("from an address opened whole before: asked again with its validators, not downloaded when unchanged", async () => {
    const bytes = writeCorpus(PARSER_VERSION, await documents(5), NOW);
    const asked: Record<string, string>[] = [];
    vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
      const headers = (init.headers ?? {}) as Record<string, string>;
      asked.push(headers);
      if (headers["If-None-Match"] === '"v1"') return new Response(null, { status: 304 });
      return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { ETag: '"v1"' } });
    });
    const url = "https://tifa.example/team.tifa-corpus";
    expect(await api.corpus.open({ url })).toMatchObject({ imported: 5, unchanged: false, problem: null });
    const again = await api.corpus.open({ url });
    expect(again).toMatchObject({ imported: 0, already: 5, unchanged: true, problem: null, header: null });
    expect(asked).toEqual([{}, { "If-None-Match": '"v1"' }]);

    // A restore may not hold that corpus's documents: it is downloaded whole again.
    const empty = await createTifaApi(new TifaDatabase(`corpus-empty-${name}`)).imports.backup();
    expect(await api.imports.restore(JSON.stringify(empty))).toMatchObject({ ok: true, documents: 0 });
    expect(await api.corpus.open({ url })).toMatchObject({ imported: 5, unchanged: false });
    expect(asked.at(-1)).toEqual({});
  });

  test("from another origin that refuses the validators' preflight: asked again plainly", async () => {
    const bytes = writeCorpus(PARSER_VERSION, await documents(5), NOW);
    const asked: Record<string, string>[] = [];
    vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
      const headers = (init.headers ?? {}) as Record<string, string>;
      asked.push(headers);
      if (headers["If-None-Match"]) throw new TypeError("Failed to fetch");
      return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { ETag: '"v1"' } });
    });
    const url = "https://other.example/team.tifa-corpus";
    await api.corpus.open({ url });
    expect(await api.corpus.open({ url })).toMatchObject({ already: 5, unchanged: false, problem: null });
    expect(asked).toEqual([{}, { "If-None-Match": '"v1"' }, {}]);
  });

  test("from an address cut off halfway: its validators are not kept, and it is downloaded whole again", async () => {
    const bytes = writeCorpus(PARSER_VERSION, await documents(5), NOW);
    const asked: Record<string, string>[] = [];
    let calls = 0;
    vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
      asked.push((init.headers ?? {}) as Record<string, string>);
      const body = ++calls === 1 ? bytes.slice(0, Math.floor(bytes.length / 2)) : bytes;
      return new Response(body as Uint8Array<ArrayBuffer>, { headers: { ETag: '"v1"' } });
    });
    const url = "https://tifa.example/team.tifa-corpus";
    expect((await api.corpus.open({ url })).problem).not.toBeNull();
    expect(await api.corpus.open({ url })).toMatchObject({ unchanged: false, problem: null });
    expect(asked).toEqual([{}, {}]);
  });

  test("from an address: read as it downloads", async () => {
    const bytes = writeCorpus(PARSER_VERSION, await documents(5), NOW);
    vi.stubGlobal("fetch", async (url: string) =>
      url.endsWith("/team.tifa-corpus") ? new Response(bytes as Uint8Array<ArrayBuffer>) : null,
    );
    const opened = await api.corpus.open({ url: "https://tifa.example/team.tifa-corpus" });
    expect(opened).toMatchObject({ name: "https://tifa.example/team.tifa-corpus", imported: 5, problem: null });
  });
});
