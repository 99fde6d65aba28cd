/**
 * A JavaScript array or object literal written as JSON: single-quoted strings double-quoted, bare
 * keys quoted, trailing commas and comments dropped, a template string's text kept without its
 * placeholders (`第${i}期` → "第期"), and a Python dict's True, False and None read as JSON's. Read in one pass; what is not a literal of plain data (a
 * function call) is copied as it is and fails JSON.parse later.
 */
const IDENTIFIER_START = /[A-Za-z_$]/;
const IDENTIFIER_PART = /[\w$]/;
const SPACE = /\s/;
/** A Python dict's constants (a view's mock data is often Python): True, False and None as JSON's. */
const PYTHON_CONSTANTS: ReadonlyMap<string, string> = new Map([
  ["True", "true"],
  ["False", "false"],
  ["None", "null"],
]);

/** Where a comment opening at `at` ends (its line break, or the "/" closing it); -1 when none opens there. */
export function commentEnd(text: string, at: number): number {
  if (text[at] !== "/") return -1;
  if (text[at + 1] === "/") {
    const end = text.indexOf("\n", at);
    return end < 0 ? text.length : end;
  }
  if (text[at + 1] === "*") {
    const end = text.indexOf("*/", at + 2);
    return end < 0 ? text.length : end + 1;
  }
  return -1;
}

function quoted(text: string, at: number, quote: string): { value: string; end: number } {
  let value = "";
  let end = at + 1;
  for (; end < text.length; end++) {
    const c = text[end]!;
    if (c === "\\" && end + 1 < text.length) {
      const next = text[++end]!;
      value += next === quote ? quote : `\\${next}`;
    } else if (c === quote) break;
    else if (c === '"') value += '\\"';
    else if (c === "\n") value += "\\n";
    else value += c;
  }
  return { value: `"${value}"`, end };
}

/** A template string's text as a JSON string, its ${…} placeholders (braces counted) left out. */
function template(text: string, at: number): { value: string; end: number } {
  let value = "";
  let end = at + 1;
  for (; end < text.length; end++) {
    const c = text[end]!;
    if (c === "\\" && end + 1 < text.length) value += `\\${text[++end]!}`;
    else if (c === "`") break;
    else if (c === "$" && text[end + 1] === "{") {
      let depth = 0;
      for (end++; end < text.length; end++) {
        if (text[end] === "{") depth++;
        else if (text[end] === "}" && --depth === 0) break;
      }
    } else if (c === '"') value += '\\"';
    else if (c === "\n") value += "\\n";
    else value += c;
  }
  return { value: `"${value}"`, end };
}

function nextNonSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && SPACE.test(text[at]!)) at++;
  return at;
}

export function jsLiteralToJson(text: string): string {
  const out: string[] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text[at]!;
    if (c === '"' || c === "'") {
      const { value, end } = quoted(text, at, c);
      out.push(value);
      at = end;
    } else if (c === "`") {
      const { value, end } = template(text, at);
      out.push(value);
      at = end;
    } else if (c === "/" && commentEnd(text, at) >= 0) {
      at = commentEnd(text, at);
    } else if (c === "," && "]}".includes(text[nextNonSpace(text, at + 1)] ?? "")) {
      continue;
    } else if (IDENTIFIER_START.test(c)) {
      let end = at + 1;
      while (end < text.length && IDENTIFIER_PART.test(text[end]!)) end++;
      const word = text.slice(at, end);
      out.push(text[nextNonSpace(text, end)] === ":" ? `"${word}"` : (PYTHON_CONSTANTS.get(word) ?? word));
      at = end - 1;
    } else out.push(c);
  }
  return out.join("");
}
