import { describe, expect, test } from "vitest";
import { buildAnalysisFile, checkAnalysisFile, type AnalysisFile } from "../../src/db/analysis-file";
import { documentIdOf } from "../../src/db/document-id";
import type { DocumentRecord } from "../../src/db/schema";
import { PARSER_VERSION } from "../../src/ingest";
import { problemText } from "../../src/lib/problem-text";
import type { CorrectionRecord } from "../../src/model/correction";
import type { NoteRecord } from "../../src/model/note";
import type { PersonId } from "../../src/model/person-id";

const TEXT = "3月1日,河南省民政厅召开党组会议,厅长王建国主持会议并讲话。";
const NOW = new Date("2026-11-27T09:00:00.000Z");

async function sample(): Promise<AnalysisFile> {
  const id = await documentIdOf(TEXT);
  const doc: DocumentRecord = {
    id,
    fileName: "henan.txt",
    raw: TEXT,
    encoding: "utf-8",
    source: "user",
    importedAt: 1,
    parserVersion: PARSER_VERSION,
    articleIds: [`${id.slice(0, 16)}-0`],
  };
  const correction: CorrectionRecord = {
    id: "c1",
    createdAt: 2,
    author: "",
    documentId: id,
    articleIndex: 0,
    change: { kind: "article", field: "province", old: "河南", value: "河北" },
  };
  const merge: CorrectionRecord = {
    id: "c2",
    createdAt: 3,
    author: "An",
    documentId: null,
    articleIndex: null,
    change: { kind: "samePerson", personId: "河南:王建国" as PersonId, sameAs: "河北:王建国" as PersonId },
  };
  const note: NoteRecord = {
    id: "n1",
    targetKey: `article:${id}:0`,
    target: { kind: "article", documentId: id, articleIndex: 0 },
    text: "核对日期",
    author: "",
    createdAt: 4,
    updatedAt: 5,
  };
  const personNote: NoteRecord = {
    id: "n2",
    targetKey: "person:河南:王建国",
    target: { kind: "person", personId: "河南:王建国" as PersonId },
    text: "Same as the 2021 王建国?",
    author: "",
    createdAt: 6,
    updatedAt: 6,
  };
  return buildAnalysisFile(
    {
      documents: [doc],
      corrections: [correction, merge],
      notes: [note, personNote],
      seedsDeclined: true,
      view: "?view=network&province=河南",
    },
    NOW,
  );
}

/** The file's text with one change made to its parsed form. */
async function edited(change: (data: Record<string, unknown> & AnalysisFile) => void): Promise<string> {
  const data = JSON.parse(JSON.stringify(await sample())) as Record<string, unknown> & AnalysisFile;
  change(data);
  return JSON.stringify(data);
}

async function refusal(text: string): Promise<string> {
  const checked = await checkAnalysisFile(text);
  if (checked.ok) throw new Error("accepted");
  return problemText(checked.problem, "a.tifa", "en");
}

describe("building", () => {
  test("holds the format, version, time, parser, documents without derived fields, records and view", async () => {
    const file = await sample();
    expect(Object.keys(file)).toEqual([
      "format",
      "version",
      "exportedAt",
      "app",
      "seedsDeclined",
      "view",
      "documents",
      "corrections",
      "notes",
    ]);
    expect(file).toMatchObject({
      format: "tifa-analysis",
      version: 1,
      exportedAt: "2026-11-27T09:00:00.000Z",
      app: { parserVersion: PARSER_VERSION },
      seedsDeclined: true,
      view: "?view=network&province=河南",
    });
    expect(Object.keys(file.documents[0]!)).toEqual(["id", "fileName", "raw", "encoding", "source", "importedAt"]);
    expect(file.corrections.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(file.notes.map((n) => n.text)).toEqual(["核对日期", "Same as the 2021 王建国?"]);
  });

  test("round trip: the text of a built file checks to the same file", async () => {
    const file = await sample();
    expect(await checkAnalysisFile(JSON.stringify(file))).toEqual({ ok: true, file });
  });
});

describe("refusals, in plain words, naming the file", () => {
  test("truncated JSON", async () => {
    const text = JSON.stringify(await sample());
    expect(await refusal(text.slice(0, text.length / 2))).toBe(
      "a.tifa is not a Tifa analysis file: it is not valid JSON (it may be truncated or damaged). Nothing was changed.",
    );
  });
  test("another format: a backup, or any JSON", async () => {
    const backup = { format: "tifa-backup", version: 2, documents: [] };
    expect(await refusal(JSON.stringify(backup))).toBe(
      "a.tifa is not a Tifa analysis file (.tifa). Nothing was changed.",
    );
    expect(await refusal("[1,2]")).toBe("a.tifa is not a Tifa analysis file (.tifa). Nothing was changed.");
  });
  test("another version", async () => {
    expect(await refusal(await edited((d) => (d.version = 2 as 1)))).toBe(
      "a.tifa is a Tifa analysis file of version 2, which this version cannot read. Nothing was changed.",
    );
  });
  test("a field missing or added", async () => {
    const message =
      "a.tifa is a damaged Tifa analysis file: its fields are incomplete or malformed. Nothing was changed.";
    expect(await refusal(await edited((d) => delete (d as Partial<AnalysisFile>).notes))).toBe(message);
    expect(await refusal(await edited((d) => (d.extra = 1)))).toBe(message);
    expect(await refusal(await edited((d) => (d.exportedAt = "yesterday")))).toBe(message);
  });
  test("a saved view that is not a query string", async () => {
    expect(await refusal(await edited((d) => (d.view = "https://example.org/?view=network")))).toBe(
      "a.tifa is a damaged Tifa analysis file: its saved view is incomplete or malformed. Nothing was changed.",
    );
  });
  test("a bad document: a field of the wrong type, a repeated one, an edited text", async () => {
    expect(await refusal(await edited((d) => ((d.documents[0] as { importedAt: unknown }).importedAt = "1")))).toBe(
      "a.tifa is a damaged Tifa analysis file: its documents are incomplete or malformed. Nothing was changed.",
    );
    expect(await refusal(await edited((d) => d.documents.push(d.documents[0]!)))).toBe(
      "a.tifa is a damaged Tifa analysis file: its documents are incomplete or malformed (“henan.txt” appears twice). Nothing was changed.",
    );
    expect(await refusal(await edited((d) => (d.documents[0]!.raw = TEXT.replace("王建国", "王建民"))))).toBe(
      "a.tifa has been altered: its document “henan.txt” does not match its id. Nothing was changed.",
    );
  });
  test("a bad correction: an unknown change, a field of the wrong type, an extra key, a repeated id", async () => {
    const message =
      "a.tifa is a damaged Tifa analysis file: its corrections are incomplete or malformed. Nothing was changed.";
    const change = (d: AnalysisFile) => d.corrections[0]!.change as unknown as Record<string, unknown>;
    expect(await refusal(await edited((d) => (change(d).kind = "rewrite")))).toBe(message);
    expect(await refusal(await edited((d) => (change(d).field = "text")))).toBe(message);
    expect(await refusal(await edited((d) => (change(d).extra = 1)))).toBe(message);
    expect(
      await refusal(await edited((d) => ((d.corrections[0] as { articleIndex: unknown }).articleIndex = -1))),
    ).toBe(message);
    expect(await refusal(await edited((d) => (d.corrections[1]!.id = "c1")))).toBe(message);
  });
  test("a bad note: a key that is not its target's, two notes for one target, text that is not text", async () => {
    const message =
      "a.tifa is a damaged Tifa analysis file: its notes are incomplete or malformed. Nothing was changed.";
    expect(await refusal(await edited((d) => (d.notes[1]!.targetKey = "person:河北:王建国")))).toBe(message);
    expect(await refusal(await edited((d) => (d.notes[1] = { ...d.notes[0]!, id: "n3" })))).toBe(message);
    expect(await refusal(await edited((d) => ((d.notes[0] as { text: unknown }).text = null)))).toBe(message);
  });
});
