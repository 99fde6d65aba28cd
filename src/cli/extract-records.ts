/**
 * The records `npm run extract` prints, one per article, in the scorer's format
 * (`{ file, title, date, published, province, isMeeting, meetingType, people, phrases }`).
 * The corpus scoring test builds the same records in-process.
 */
import { basename } from "node:path";
import { parseDocument } from "../ingest";
import { decodeFile } from "../ingest/decode-file";
import { pickFacts, type ArticleFact } from "../model/article-fields";
import type { Article, PersonMention } from "../ingest";

export type ExtractRecord = { file: string } & Pick<Article, ArticleFact> & {
    people: Pick<PersonMention, "name" | "titles" | "role" | "aliases">[];
    phrases: string[];
  };

export type ExtractResult = { ok: true; records: ExtractRecord[] } | { ok: false; message: string };

export async function extractRecords(path: string, bytes: Uint8Array): Promise<ExtractResult> {
  const file = basename(path);
  const decoded = await decodeFile(bytes, file);
  if (!decoded.ok) return { ok: false, message: `${file}: ${decoded.reason}: ${decoded.message}` };
  const result = parseDocument(decoded.text, { fileName: file });
  if (!result.ok) return { ok: false, message: `${file}: ${result.reason}: ${result.message}` };
  return {
    ok: true,
    records: result.articles.map((a) => ({
      file,
      ...pickFacts(a),
      people: a.people.map((p) => ({ name: p.name, titles: p.titles, role: p.role, aliases: p.aliases })),
      phrases: a.phrases.map((p) => p.phrase),
    })),
  };
}
