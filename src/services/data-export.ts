/**
 * The data itself for other tools: articles, meetings, people, mentions with roles and phrases
 * with their sentences, as the views see them (the in-memory dataset, corrections applied).
 * One JSON file, or one CSV per table in a zip. Rows are sorted by id, so two exports of the
 * same data are the same bytes but for the time they were made.
 */
import type { Dataset } from "../db/records";
import { PARSER_VERSION } from "../ingest";
import { csvCell, toCsv } from "../model/csv";
import { nameOfPerson } from "../model/person-id";

type Cell = string | number | null;

/** One exported table: its column names and how each row fills them. */
interface TableSpec<Row> {
  columns: readonly string[];
  cells(row: Row): Cell[];
}

const list = (values: readonly string[]) => values.join("; ");
const flag = (value: boolean) => (value ? "true" : "false");

const SPECS = {
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
    ],
  } satisfies TableSpec<Dataset["articles"][number]>,
  meetings: {
    columns: ["id", "date", "month", "province", "city", "meetingType", "title", "articleIds"],
    cells: (m) => [m.id, m.date, m.month, m.province, m.city, m.meetingType, m.title, list(m.articleIds)],
  } satisfies TableSpec<Dataset["meetings"][number]>,
  people: {
    columns: ["id", "name", "province", "titles"],
    cells: (p) => [p.id, p.name, p.province, list(p.titles)],
  } satisfies TableSpec<Dataset["people"][number]>,
  mentions: {
    columns: ["articleId", "meetingId", "personId", "name", "role", "present", "titles"],
    cells: (m) => [
      m.articleId,
      m.meetingId,
      m.personId,
      nameOfPerson(m.personId),
      m.role,
      flag(m.present),
      list(m.titles),
    ],
  } satisfies TableSpec<Dataset["mentions"][number]>,
  phrases: {
    columns: ["phrase", "articleId", "meetingId", "province", "date", "sentence"],
    cells: (p) => [p.phrase, p.articleId, p.meetingId, p.province, p.date, p.sentence],
  } satisfies TableSpec<Dataset["phrases"][number]>,
};

export type DataTableName = keyof typeof SPECS;
export const DATA_TABLES = Object.keys(SPECS) as DataTableName[];

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Every table's rows as objects, sorted; a mention carries the person's name beside their id. */
export function dataTables(dataset: Dataset) {
  return {
    articles: byId(dataset.articles),
    meetings: byId(dataset.meetings),
    people: byId(dataset.people),
    mentions: byId(dataset.mentions).map((m) => ({ ...m, name: nameOfPerson(m.personId) })),
    phrases: byId(dataset.phrases),
  };
}

/** The JSON export: what it is, when and by which parser, then the five tables. */
export function dataJson(dataset: Dataset, now = new Date()): string {
  return JSON.stringify({
    format: "tifa-data",
    version: 1,
    exportedAt: now.toISOString(),
    parserVersion: PARSER_VERSION,
    ...dataTables(dataset),
  });
}

/** One CSV text per table (cells a spreadsheet would run as formulas neutralised), each opened by a comment line. */
export function dataCsvs(dataset: Dataset, now = new Date()): Record<`${DataTableName}.csv`, string> {
  const tables = dataTables(dataset);
  const comment = (name: string) => csvCell(`# Tifa data export · ${name} · ${now.toISOString()}`);
  const csv = <Row>(name: DataTableName, spec: TableSpec<Row>, rows: readonly Row[]) =>
    toCsv(spec.columns, rows.map(spec.cells), comment(name));
  return {
    "articles.csv": csv("articles", SPECS.articles, tables.articles),
    "meetings.csv": csv("meetings", SPECS.meetings, tables.meetings),
    "people.csv": csv("people", SPECS.people, tables.people),
    "mentions.csv": csv("mentions", SPECS.mentions, tables.mentions),
    "phrases.csv": csv("phrases", SPECS.phrases, tables.phrases),
  };
}

/** The CSV tables in one zip; fflate is loaded only when someone asks for it. */
export async function dataZip(dataset: Dataset, now = new Date()): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import("fflate");
  const files = Object.entries(dataCsvs(dataset, now)).map(([name, text]) => [name, strToU8(text)] as const);
  return zipSync(Object.fromEntries(files), { level: 6, mtime: now });
}
