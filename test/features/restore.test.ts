import { expect, test } from "vitest";
import { backupDocumentCount } from "../../src/features/import/backup-count";
import { restoreQuestion } from "../../src/features/import/restore-confirm";

const backup = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: "tifa-backup", version: 2, exportedAt: "2024-05-01T00:00:00.000Z", ...fields });

test("the question reads the count the backup file gives", () => {
  expect(backupDocumentCount(backup({ documentCount: 7, documents: [] }))).toBe(7);
  expect(backupDocumentCount(backup({ documentCount: 0, seedsDeclined: false, documents: [] }))).toBe(0);
});

test("a file without a readable count asks nothing: the restore itself refuses it, saying why", () => {
  expect(backupDocumentCount('{"format":"tifa-backup","version":1,"documents":[')).toBeNull();
  expect(backupDocumentCount("")).toBeNull();
  expect(backupDocumentCount("null")).toBeNull();
  expect(backupDocumentCount("[1,2]")).toBeNull();
  expect(backupDocumentCount(backup({}))).toBeNull();
  expect(backupDocumentCount(backup({ documentCount: "7" }))).toBeNull();
  expect(backupDocumentCount(backup({ documentCount: -1 }))).toBeNull();
  expect(backupDocumentCount(backup({ documentCount: 1.5 }))).toBeNull();
});

test("the question says what the database holds now and what replaces it, in both languages", () => {
  expect(restoreQuestion({ fileName: "tifa-backup.json", text: "", current: 7, incoming: 0 })).toEqual({
    zh: "数据库现有 7 个文档。从“tifa-backup.json”恢复，将用备份中的 0 个文档替换它们。此操作无法撤销；可先备份。",
    en:
      "The database holds 7 documents now. Restoring “tifa-backup.json” replaces what it holds with the backup's " +
      "0 documents. This cannot be undone; back up first if unsure.",
  });
  expect(restoreQuestion({ fileName: "b.json", text: "", current: 1, incoming: 1 }).en).toBe(
    "The database holds 1 document now. Restoring “b.json” replaces what it holds with the backup's 1 document. " +
      "This cannot be undone; back up first if unsure.",
  );
});
