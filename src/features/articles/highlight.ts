import type { ArticleDetail } from "../../services";

type Article = ArticleDetail["article"];

export interface Segment {
  text: string;
  kind: "plain" | "person" | "phrase";
  label?: string;
}

/** The article text cut into plain runs and highlighted people and phrases (first span wins on overlap). */
export function highlightSegments(article: Pick<Article, "text" | "people" | "phrases">): Segment[] {
  const marks = [
    ...article.people.flatMap((p) => p.spans.map((s) => ({ ...s, kind: "person" as const, label: p.name }))),
    ...article.phrases.flatMap((p) => p.spans.map((s) => ({ ...s, kind: "phrase" as const, label: p.phrase }))),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.start < cursor || mark.end > article.text.length) continue;
    if (mark.start > cursor) segments.push({ text: article.text.slice(cursor, mark.start), kind: "plain" });
    segments.push({ text: article.text.slice(mark.start, mark.end), kind: mark.kind, label: mark.label });
    cursor = mark.end;
  }
  if (cursor < article.text.length) segments.push({ text: article.text.slice(cursor), kind: "plain" });
  return segments;
}
