/**
 * The analyst's corrections: made, listed and undone. A correction is stored, then every row is
 * derived again under it (a merge of two people only changes how the views read the people), so
 * every view shows it at once; undoing deletes the record and derives the same way.
 */
import { DatasetStore } from "../analytics/dataset-store";
import { readArticle } from "../db/article-reads";
import { rederiveStored } from "../db/store";
import type { CorrectionRecord } from "../model/correction";
import { correctionItems } from "./correction-status";
import type { CorrectionItem, NewCorrection, PersonChoice } from "./types";
import type { Workspace } from "./workspace";

export class CorrectionService {
  constructor(private readonly workspace: Workspace) {}

  list(): Promise<CorrectionItem[]> {
    return this.workspace.db().then((db) => correctionItems(db, this.workspace.dataset));
  }

  /** Stores a correction and applies it everywhere; an article the database does not hold is refused (null). */
  async add(input: NewCorrection, now = Date.now()): Promise<CorrectionRecord | null> {
    const db = await this.workspace.db();
    let target = { documentId: null as string | null, articleIndex: null as number | null };
    if (input.articleId !== null) {
      const row = (await readArticle(db, input.articleId))?.row;
      const index = row ? ((await db.documents.get(row.documentId))?.articleIds.indexOf(row.id) ?? -1) : -1;
      if (!row || index < 0) return null;
      target = { documentId: row.documentId, articleIndex: index };
    } else if (input.change.kind !== "samePerson") return null;
    const record: CorrectionRecord = {
      id: crypto.randomUUID(),
      createdAt: now,
      author: input.author ?? "",
      ...target,
      change: input.change,
    };
    await db.corrections.put(record);
    await this.applyChanged(record);
    return record;
  }

  /** Removes a correction ("split" for a merge of two people): the parser's reading comes back. */
  async undo(id: string): Promise<boolean> {
    const db = await this.workspace.db();
    const record = await db.corrections.get(id);
    if (!record) return false;
    await db.corrections.delete(id);
    await this.applyChanged(record);
    return true;
  }

  /** People whose name holds `q`, for "same person as …"; merged people appear once, under the record kept. */
  async people(q: string, limit = 20): Promise<PersonChoice[]> {
    await this.workspace.db();
    const needle = q.trim();
    if (!needle) return [];
    return this.workspace.dataset
      .current()
      .people.filter((p) => p.name.includes(needle))
      .slice(0, limit)
      .map((p) => ({ id: p.id, name: p.name, province: p.province }));
  }

  private async applyChanged(record: CorrectionRecord): Promise<void> {
    const db = await this.workspace.db();
    if (record.change.kind === "samePerson") {
      this.workspace.dataset.setMerges(await db.corrections.toArray());
      return;
    }
    const written = new DatasetStore();
    try {
      await rederiveStored(db, written);
    } catch (error) {
      await this.workspace.reload();
      throw error;
    }
    await this.workspace.adopt(written);
  }
}
