/**
 * The data itself for other tools: articles, meetings, people, mentions with roles and phrases
 * with their sentences, as the views see them (the in-memory dataset, corrections applied), with
 * what the analyst corrected marked. One JSON file, or one CSV per table in a zip. Rows are sorted
 * by id, so two exports of the same data are the same bytes but for the time they were made.
 */
import { strToU8, zipSync } from "fflate";
import type { Dataset } from "../db/records";
import { PARSER_VERSION } from "../ingest";
import type { CorrectionChange } from "../model/correction";
import { csvCell, toCsv } from "../model/csv";
import { nameOfPerson } from "../model/person-id";

/**
 * What the analyst corrected, by article id and by person id: an article's corrected fields
 * ("province", "date", …, "people" for a person corrected or added, "phrases" for a phrase added
 * or removed), and "samePerson" on the person record two records were merged into.
 */
export interface CorrectedMarks {
  articles: ReadonlyMap<string, readonly string[]>;
  people: ReadonlyMap<string, readonly string[]>;
}

export const NO_MARKS: CorrectedMarks = { articles: new Map(), people: new Map() };

function markOf(change: Exclude<CorrectionChange, { kind: "samePerson" }>): string {
  switch (change.kind) {
    case "article":
      return change.field;
    case "person":
    case "addPerson":
      return "people";
    case "addPhrase":
    case "removePhrase":
      return "phrases";
  }
}

/** The marks of the corrections that found their target (an orphan changes nothing, so marks nothing). */
export function correctedMarks(
  applied: readonly { articleId: string | null; change: CorrectionChange }[],
  keptPerson: (id: string) => string,
): CorrectedMarks {
  const articles = new Map<string, string[]>();
  const people = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, mark: string) => {
    const marks = map.get(key) ?? [];
    if (!marks.includes(mark)) map.set(key, [...marks, mark]);
  };
  for (const { articleId, change } of applied) {
    if (change.kind === "samePerson") add(people, keptPerson(change.personId), "samePerson");
    else if (articleId) add(articles, articleId, markOf(change));
  }
  return { articles, people };
}

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Every table's rows as objects, sorted; articles and people carry what was corrected in them
 * (`corrected`, empty when nothing), a mention the person's name beside their id.
 */
export function dataTables(dataset: Dataset, marks: CorrectedMarks = NO_MARKS) {
  return {
    articles: byId(dataset.articles).map((a) => ({ ...a, corrected: [...(marks.articles.get(a.id) ?? [])] })),
    meetings: byId(dataset.meetings),
    people: byId(dataset.people).map((p) => ({ ...p, corrected: [...(marks.people.get(p.id) ?? [])] })),
    mentions: byId(dataset.mentions).map((m) => ({ ...m, name: nameOfPerson(m.personId) })),
    phrases: byId(dataset.phrases),
  };
}

type Tables = ReturnType<typeof dataTables>;
export type DataTableName = keyof Tables;
type Cell = string | number | null;

/** One exported table: its column names and how each row fills them. */
interface TableSpec<Row> {
  columns: readonly string[];
  cells(row: Row): Cell[];
}

const list = (values: readonly string[]) => values.join("; ");
const flag = (value: boolean) => (value ? "true" : "false");

const SPECS: { [K in DataTableName]: TableSpec<Tables[K][number]> } = {
  articles: {
    columns: [
      "id",
      "documentId",
      "file",
      "title",
      "date",
      "published",
      "province",
      "city",
      "isMeeting",
      "meetingType",
      "meetingId",
      "corrected",
    ],
    cells: (a) => [
      a.id,
      a.documentId,
      a.file,
      a.title,
      a.date,
      a.published,
      a.province,
      a.city,
      flag(a.isMeeting),
      a.meetingType,
      a.meetingId,
      list(a.corrected),
    ],
  },
  meetings: {
    columns: ["id", "date", "month", "province", "city", "meetingType", "title", "articleIds"],
    cells: (m) => [m.id, m.date, m.month, m.province, m.city, m.meetingType, m.title, list(m.articleIds)],
  },
  people: {
    columns: ["id", "name", "province", "titles", "corrected"],
    cells: (p) => [p.id, p.name, p.province, list(p.titles), list(p.corrected)],
  },
  mentions: {
    columns: ["articleId", "meetingId", "personId", "name", "role", "present", "titles"],
    cells: (m) => [m.articleId, m.meetingId, m.personId, m.name, m.role, flag(m.present), list(m.titles)],
  },
  phrases: {
    columns: ["phrase", "articleId", "meetingId", "province", "date", "sentence"],
    cells: (p) => [p.phrase, p.articleId, p.meetingId, p.province, p.date, p.sentence],
  },
};

export const DATA_TABLES = Object.keys(SPECS) as DataTableName[];

/** The JSON export: what it is, when and by which parser, then the five tables. */
export function dataJson(dataset: Dataset, marks: CorrectedMarks = NO_MARKS, now = new Date()): string {
  return JSON.stringify({
    format: "tifa-data",
    version: 1,
    exportedAt: now.toISOString(),
    parserVersion: PARSER_VERSION,
    ...dataTables(dataset, marks),
  });
}

/** One CSV text per table (cells a spreadsheet would run as formulas neutralised), each opened by a comment line. */
export function dataCsvs(
  dataset: Dataset,
  marks: CorrectedMarks = NO_MARKS,
  now = new Date(),
): Record<`${DataTableName}.csv`, string> {
  const tables = dataTables(dataset, marks);
  const comment = (name: string) => csvCell(`# Tifa data export · ${name} · ${now.toISOString()}`);
  const csv = <K extends DataTableName>(name: K) => {
    const spec = SPECS[name] as TableSpec<Tables[K][number]>;
    return toCsv(spec.columns, (tables[name] as Tables[K][number][]).map(spec.cells), comment(name));
  };
  return {
    "articles.csv": csv("articles"),
    "meetings.csv": csv("meetings"),
    "people.csv": csv("people"),
    "mentions.csv": csv("mentions"),
    "phrases.csv": csv("phrases"),
  };
}

/** The CSV tables in one zip. */
export async function dataZip(
  dataset: Dataset,
  marks: CorrectedMarks = NO_MARKS,
  now = new Date(),
): Promise<Uint8Array> {
  const files = Object.entries(dataCsvs(dataset, marks, now)).map(([name, text]) => [name, strToU8(text)] as const);
  return zipSync(Object.fromEntries(files), { level: 6, mtime: now });
}
