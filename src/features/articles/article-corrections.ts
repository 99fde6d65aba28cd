import type { CorrectedArticleField, CorrectionRecord } from "../../model/correction";
import type { ArticleDetail } from "../../services";

/** What the reader needs to know of an article's corrections in force (orphaned ones change nothing). */
export interface ArticleCorrections {
  /** The value the parser had for a corrected fact, else undefined. */
  factWas(field: CorrectedArticleField): string | boolean | null | undefined;
  /** The name the parser read for a person shown under `name` now (a corrected name, or one added). */
  parsedName(name: string): string;
  /** How the parser read a corrected or added person ("" when added), else undefined. */
  personWas(name: string): string | undefined;
}

export function articleCorrections(detail: ArticleDetail): ArticleCorrections {
  const applied: CorrectionRecord[] = detail.corrections.filter((c) => !c.orphaned).map((c) => c.record);
  const renamed = new Map<string, string>();
  for (const { change } of applied)
    if (change.kind === "person" && change.field === "name") renamed.set(change.value, change.name);
  const parsedName = (name: string) => renamed.get(name) ?? name;
  return {
    factWas: (field) => {
      // The first correction's old value is what the parser read.
      for (const { change } of applied) if (change.kind === "article" && change.field === field) return change.old;
      return undefined;
    },
    parsedName,
    personWas: (name) => {
      const parsed = parsedName(name);
      if (applied.some((c) => c.change.kind === "addPerson" && c.change.name === parsed)) return "";
      return applied.some((c) => c.change.kind === "person" && c.change.name === parsed) ? parsed : undefined;
    },
  };
}
