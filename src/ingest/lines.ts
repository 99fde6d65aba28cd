/** A file's text as lines to lay out (layout.ts). */
import { hasHan, isTitleLike } from "./line-shape";
import { SOURCE_LABEL_ALONE, SOURCE_LINE } from "./lexicon/source-lines";
import { parseLabelledDateLine } from "./date-lines";

const CLAUSE = /[,，。;；]/;

/** A headline with its date at the end of the same line, as a list page's item prints them ("…会议召开 2024-03-04"). */
const HEADLINE_THEN_DATE = /^(.{6,90}?)\s*[[【(（]?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[\]】)）]?$/;

/** A date then a headline on one line, as other list pages print them ("2024/03/04 …会议召开"). */
const DATE_THEN_HEADLINE = /^[[【]?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[\]】]?\s*([\u4e00-\u9fff“"《].{5,89})$/;

/**
 * A headline with the page's date and source after it on the same line, as a flattened page prints them
 * ("…会议举行扩大会议 2024-08-21 来源:某某日报"). Group 1 is the headline, group 2 the date and source.
 */
const HEADLINE_DATE_SOURCE =
  /^(.{6,90}?)\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|稿源|作者)[:：].{0,40})$/;

/** How a line holding a date at its start starts: a quick test before the full pattern. */
const STARTS_AS_DATE = /^[[【]?\d{4}[-/.]/;

/** How a line holding a date at its end ends: a quick test before the full pattern. */
const ENDS_AS_DATE = /\d[\]】)）]?$/;

/**
 * A page's meta line that its text runs on from, the lead's date right after a field's value or the
 * time's seconds ("…责任编辑:某某12月22日,某县…", "发布日期:2020-01-31 18:23:541月1日,市…"): where the lead starts.
 */
const META_LINE_START = /^(?:发布时间|发布日期|更新时间|时间|日期|来源|信息来源|作者)[:：]/;
const RUN_IN_LEAD = /(?<=[\u4e00-\u9fff]|\d:\d{2}:\d{2})(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?[,，]/;
/** The shortest meta line a lead may run on from: a label and its date. */
const SHORTEST_META = 12;

function splitRunInLead(line: string): [string, string] | null {
  if (!META_LINE_START.test(line)) return null;
  const m = RUN_IN_LEAD.exec(line);
  if (!m || m.index < SHORTEST_META) return null;
  const meta = line.slice(0, m.index);
  return parseLabelledDateLine(meta) !== null || SOURCE_LINE.test(meta) ? [meta, line.slice(m.index)] : null;
}

/** The longest source name printed on the line under its label ("资料来源:" over "某某新闻网"). */
const SOURCE_NAME_LENGTH = 20;

/**
 * The lines of a text, trimmed; a headline and its date on one line become two (the date first), the
 * date then opening the item it dates; a source label and the source on the line under it become one source line.
 */
export function linesOf(text: string): string[] {
  const lines: string[] = [];
  let label: string | null = null;
  for (const written of text.split("\n")) {
    const line = written.trim();
    if (label !== null) {
      const source = line.length <= SOURCE_NAME_LENGTH && hasHan(line, 2) && !CLAUSE.test(line);
      lines.push(source ? label + line : label);
      label = null;
      if (source) continue;
    }
    if (line.endsWith(":") && SOURCE_LABEL_ALONE.test(line)) {
      label = line;
      continue;
    }
    const runIn = splitRunInLead(line);
    if (runIn) {
      lines.push(...runIn);
      continue;
    }
    const sourced = line.length <= 160 && line.includes("源:") ? HEADLINE_DATE_SOURCE.exec(line) : null;
    if (sourced && isTitleLike(sourced[1]!, true)) {
      lines.push(sourced[1]!, sourced[2]!);
      continue;
    }
    const m = line.length <= 120 && ENDS_AS_DATE.test(line) ? HEADLINE_THEN_DATE.exec(line) : null;
    const d = !m && line.length <= 120 && STARTS_AS_DATE.test(line) ? DATE_THEN_HEADLINE.exec(line) : null;
    if (m && isTitleLike(m[1]!, false)) lines.push(m[1]!, m[2]!);
    // A headline that names an event: a page's date line may go on with its source or section.
    else if (d && isTitleLike(d[2]!, true)) lines.push(d[1]!, d[2]!);
    else lines.push(line);
  }
  if (label !== null) lines.push(label);
  return lines;
}
