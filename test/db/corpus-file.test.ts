import { strToU8 } from "fflate";
import { describe, expect, test } from "vitest";
import {
  corpusHeader,
  documentLine,
  gzipText,
  headerLine,
  peekDocumentId,
  readCorpus,
  writeCorpus,
  type CorpusItem,
  type ReadOptions,
} from "../../src/db/corpus-file";
import { documentIdOf } from "../../src/db/document-id";
import { prepareDocument, type PreparedDocument } from "../../src/db/prepare";
import { PARSER_VERSION } from "../../src/ingest";
import { problemText } from "../../src/lib/problem-text";

const NOW = new Date("2026-11-27T09:00:00.000Z");
const TEXTS = [
  "3月1日,河南省民政厅召开党组会议,厅党组书记、厅长王建国主持会议并讲话,副厅长李明出席会议。会议传达学习了全国两会精神。",
  "5月8日,山东省财政厅召开干部大会,厅长张伟主持会议并讲话。会议强调,要坚定拥护“两个确立”。",
  "6月2日,江苏省教育厅召开座谈会,厅长陈刚主持会议。会议要求推动“高效办成一件事”落地见效。",
];

async function prepared(text: string, fileName: string): Promise<PreparedDocument> {
  const doc = { id: await documentIdOf(text), fileName, raw: text, encoding: "utf-8", source: "corpus" as const };
  const preparation = prepareDocument({ ...doc, importedAt: NOW.getTime() });
  if (!preparation.ok) throw new Error(`${fileName} did not parse`);
  return preparation.prepared;
}

const sample = () => Promise.all(TEXTS.map((t, i) => prepared(t, `reports/${i}.txt`)));

/** The bytes as a stream of chunks of `size` bytes, as a download delivers them. */
async function* chunked(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readAll(bytes: Uint8Array, options: ReadOptions = {}): Promise<CorpusItem[]> {
  const items: CorpusItem[] = [];
  for await (const item of readCorpus(chunked(bytes), options)) items.push(item);
  return items;
}

const problemsOf = (items: CorpusItem[]) => items.flatMap((i) => (i.kind === "problem" ? [i.problem] : []));
const documentsOf = (items: CorpusItem[]) => items.flatMap((i) => (i.kind === "documents" ? i.documents : []));

/** A corpus written line by line, as a hand-made or altered file would be. */
const fromLines = (lines: string[]) => gzipText(lines.map((l) => `${l}\n`).join(""));

describe("the corpus file", () => {
  test("reads back exactly the header and the documents it was written with, in order", async () => {
    const documents = await sample();
    const items = await readAll(writeCorpus(PARSER_VERSION, documents, NOW), { batch: 2 });
    expect(items[0]).toEqual({
      kind: "header",
      header: {
        format: "tifa-corpus",
        version: 1,
        parserVersion: PARSER_VERSION,
        documents: 3,
        articles: 3,
        created: "2026-11-27T09:00:00.000Z",
      },
    });
    expect(items.slice(1).map((i) => (i.kind === "documents" ? i.documents.length : i.kind))).toEqual([2, 1]);
    expect(documentsOf(items)).toEqual(documents);
    expect(problemsOf(items)).toEqual([]);
  });

  test("a document's line starts with its id, so a reader can skip one it holds unread", async () => {
    const [first] = await sample();
    const line = documentLine(first!);
    expect(line.startsWith(`{"doc":{"id":"${first!.doc.id}","fileName":"reports/0.txt"`)).toBe(true);
    expect(peekDocumentId(line)).toBe(first!.doc.id);
    expect(peekDocumentId('{"doc":{"fileName":"a.txt"}}')).toBeNull();
  });

  test("documents held already are counted, not returned, and their lines are not parsed", async () => {
    const documents = await sample();
    const heldId = documents[1]!.doc.id;
    // The held document's line is broken past its id: it is never parsed, so it is never refused.
    const lines = [
      headerLine(corpusHeader(PARSER_VERSION, 3, 3, NOW)).trim(),
      documentLine(documents[0]!).trim(),
      `{"doc":{"id":"${heldId}", this is not JSON`,
      documentLine(documents[2]!).trim(),
    ];
    const asked: string[][] = [];
    const held = async (ids: readonly string[]) => (asked.push([...ids]), ids.map((id) => id === heldId));
    const items = await readAll(fromLines(lines), { held });
    expect(asked).toEqual([documents.map((d) => d.doc.id)]);
    expect(items.slice(1)).toEqual([{ kind: "documents", documents: [documents[0], documents[2]], held: 1 }]);
  });

  test("a document written with its id not first is still read (parsed to find its id)", async () => {
    const [doc] = await sample();
    const { id, ...rest } = doc!.doc;
    const line = JSON.stringify({ articles: doc!.articles, doc: { ...rest, id } });
    const items = await readAll(fromLines([headerLine(corpusHeader(PARSER_VERSION, 1, 1, NOW)).trim(), line]));
    expect(documentsOf(items)).toEqual([doc]);
  });

  test("the text itself is read too (a server that sent it with Content-Encoding: gzip gives the reader the text)", async () => {
    const documents = await sample();
    const text = headerLine(corpusHeader(PARSER_VERSION, 3, 3, NOW)) + documents.map(documentLine).join("");
    const items = await readAll(strToU8(text));
    expect(documentsOf(items)).toEqual(documents);
    expect(problemsOf(items)).toEqual([]);
  });

  test("a document kept without articles (too complex to parse) keeps its reason", async () => {
    const [doc] = await sample();
    const unread: PreparedDocument = { doc: doc!.doc, articles: [], unread: { kind: "too-complex", seconds: 20 } };
    expect(documentsOf(await readAll(writeCorpus(PARSER_VERSION, [unread], NOW)))).toEqual([unread]);
  });
});

describe("a file that is not exactly a corpus is refused in plain words", () => {
  test("not gzip (a web server's HTML page in its place)", async () => {
    const items = await readAll(strToU8("<!doctype html><title>Tifa</title>"));
    expect(items).toEqual([{ kind: "problem", problem: { kind: "corpus-foreign" } }]);
    expect(problemText(problemsOf(items)[0]!, "team.tifa-corpus", "en")).toBe(
      "team.tifa-corpus is not a Tifa corpus (.tifa-corpus, made by npm run corpus). Nothing was changed.",
    );
  });

  test("an empty file", async () => {
    expect(await readAll(new Uint8Array(0))).toEqual([{ kind: "problem", problem: { kind: "corpus-foreign" } }]);
  });

  test("gzip of something else (a backup, say)", async () => {
    const items = await readAll(gzipText('{"format":"tifa-backup","version":4}\n'));
    expect(problemsOf(items)).toEqual([{ kind: "corpus-foreign" }]);
  });

  test("another version of the format", async () => {
    const header = { ...corpusHeader(PARSER_VERSION, 0, 0, NOW), version: 2 };
    const items = await readAll(fromLines([JSON.stringify(header)]));
    expect(problemsOf(items)).toEqual([{ kind: "corpus-version", version: "2" }]);
    expect(problemText(problemsOf(items)[0]!, "x.tifa-corpus", "zh")).toBe(
      "x.tifa-corpus 是第 2 版的 Tifa 语料库，当前版本无法读取。未作任何更改。",
    );
  });

  test("a header with a field missing or added", async () => {
    const missing: Partial<ReturnType<typeof corpusHeader>> = corpusHeader(PARSER_VERSION, 0, 0, NOW);
    delete missing.created;
    const added = { ...corpusHeader(PARSER_VERSION, 0, 0, NOW), extra: 1 };
    expect(problemsOf(await readAll(fromLines([JSON.stringify(missing)])))).toEqual([
      { kind: "corpus-damaged", line: 1 },
    ]);
    expect(problemsOf(await readAll(fromLines([JSON.stringify(added)])))).toEqual([
      { kind: "corpus-damaged", line: 1 },
    ]);
  });

  test("a line that is not JSON: the documents before it are given, then the problem with its line", async () => {
    const documents = await sample();
    const lines = [
      headerLine(corpusHeader(PARSER_VERSION, 3, 3, NOW)).trim(),
      documentLine(documents[0]!).trim(),
      documentLine(documents[1]!).trim().slice(0, 40),
      documentLine(documents[2]!).trim(),
    ];
    const items = await readAll(fromLines(lines), { batch: 1 });
    expect(documentsOf(items)).toEqual([documents[0]]);
    expect(problemsOf(items)).toEqual([{ kind: "corpus-damaged", line: 3 }]);
    expect(problemText(problemsOf(items)[0]!, "x.tifa-corpus", "en")).toBe(
      "x.tifa-corpus is a damaged Tifa corpus: line 3 is not a whole document. The documents before it are imported whole, none after it.",
    );
  });

  test("an article of another shape (a people list that is not a list)", async () => {
    const [doc] = await sample();
    const article = { ...doc!.articles[0]!, people: "王建国" };
    const line = documentLine({ doc: doc!.doc, articles: [article as never] }).trim();
    const items = await readAll(fromLines([headerLine(corpusHeader(PARSER_VERSION, 1, 1, NOW)).trim(), line]));
    expect(problemsOf(items)).toEqual([{ kind: "corpus-damaged", line: 2 }]);
  });

  test("a document of another source, or with a field too many", async () => {
    const [doc] = await sample();
    for (const changed of [
      { ...doc!.doc, source: "user" as const },
      { ...doc!.doc, parserVersion: "x" },
    ]) {
      const line = JSON.stringify({ doc: changed, articles: doc!.articles });
      const items = await readAll(fromLines([headerLine(corpusHeader(PARSER_VERSION, 1, 1, NOW)).trim(), line]));
      expect(problemsOf(items)).toEqual([{ kind: "corpus-damaged", line: 2 }]);
    }
  });

  test("a document whose text was changed after its id was computed", async () => {
    const [doc] = await sample();
    const altered = { doc: { ...doc!.doc, raw: `${doc!.doc.raw}。` }, articles: doc!.articles };
    const items = await readAll(writeCorpus(PARSER_VERSION, [altered], NOW));
    expect(problemsOf(items)).toEqual([{ kind: "corpus-tampered", document: "reports/0.txt" }]);
  });

  test("a file cut short in the middle of a line", async () => {
    const documents = await sample();
    // One gzip member per document, as the corpus tool writes its batches, so the cut falls after whole members.
    const members = [headerLine(corpusHeader(PARSER_VERSION, 3, 3, NOW)), ...documents.map(documentLine)].map(gzipText);
    const whole = new Uint8Array(members.reduce((n, m) => n + m.length, 0));
    members.reduce((at, m) => (whole.set(m, at), at + m.length), 0);
    const cut = whole.subarray(0, whole.length - members[3]!.length + 30);
    const items = await readAll(cut, { batch: 1 });
    expect(documentsOf(items)).toEqual(documents.slice(0, 2));
    expect(problemsOf(items)).toEqual([{ kind: "corpus-truncated", documents: 2, expected: 3 }]);
  });

  test("a file cut at a line's end: fewer documents than its header says", async () => {
    const documents = await sample();
    const lines = [headerLine(corpusHeader(PARSER_VERSION, 3, 3, NOW)).trim(), documentLine(documents[0]!).trim()];
    const items = await readAll(fromLines(lines));
    expect(problemsOf(items)).toEqual([{ kind: "corpus-truncated", documents: 1, expected: 3 }]);
    expect(problemText(problemsOf(items)[0]!, "x.tifa-corpus", "en")).toBe(
      "x.tifa-corpus is cut short (the download stopped, or the file is truncated): 1 of its 3 documents were read. Those are imported whole; open it again for the rest.",
    );
  });

  test("more documents than its header says", async () => {
    const documents = await sample();
    const lines = [
      headerLine(corpusHeader(PARSER_VERSION, 1, 1, NOW)).trim(),
      ...documents.map((d) => documentLine(d).trim()),
    ];
    expect(problemsOf(await readAll(fromLines(lines)))).toEqual([{ kind: "corpus-damaged", line: 4 }]);
  });

  test("gzip damaged in the middle: the documents before the damage, then the problem", async () => {
    const documents = await sample();
    const members = [headerLine(corpusHeader(PARSER_VERSION, 3, 3, NOW)), ...documents.map(documentLine)].map(gzipText);
    const whole = new Uint8Array(members.reduce((n, m) => n + m.length, 0));
    members.reduce((at, m) => (whole.set(m, at), at + m.length), 0);
    const at = members[0]!.length + members[1]!.length + members[2]!.length + 12;
    whole.fill(0xff, at, at + 8);
    const items = await readAll(whole, { batch: 1 });
    expect(documentsOf(items)).toEqual(documents.slice(0, 2));
    expect(problemsOf(items)).toEqual([{ kind: "corpus-damaged", line: 4 }]);
  });
});

test("a backup keeps a corpus's documents as corpus documents", async () => {
  const { buildBackup, checkBackup } = await import("../../src/db/backup");
  const [doc] = await sample();
  const record = { ...doc!.doc, parserVersion: PARSER_VERSION, articleIds: [] };
  const checked = await checkBackup(JSON.stringify(buildBackup([record], false, [], [], NOW)));
  expect(checked.ok && checked.documents.map((d) => d.source)).toEqual(["corpus"]);
});
