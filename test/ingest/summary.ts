import { readFileSync } from "node:fs";
import { parseFile, type Article } from "../../src/ingest";

/** The facts of an article in a compact form tests can compare exactly. */
export function summarize(article: Article) {
  return {
    title: article.title,
    date: article.date,
    published: article.published,
    province: article.province,
    city: article.city,
    isMeeting: article.isMeeting,
    meetingType: article.meetingType,
    people: article.people.map((p) => `${p.name}:${p.role}:${p.titles.join("、")}`),
    phrases: article.phrases.map((p) => p.phrase),
  };
}

export function parsePath(path: string): Article[] {
  const result = parseFile(path.split("/").pop()!, readFileSync(path));
  if (!result.ok) throw new Error(result.message);
  return result.articles;
}
