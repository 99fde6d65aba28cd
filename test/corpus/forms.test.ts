/**
 * The development corpus's plain-text reports in the other forms users bring them in (see forms.ts),
 * scored against the same gold: each form must keep at least the figures it reaches now, so a rule
 * that reads one form worse fails here. When a change raises a form, raise its floor in the same commit.
 */
import { expect, test } from "vitest";
import { FORMS, scoreInForm } from "./forms";
import { floors, shortfalls, type Score } from "./score";

/** The plain-text reports as they are, and in each form. */
const FLOORS: Record<string, Score> = {
  "as written": floors(0.986, 0.983, 0.979, 0.879, 0.951, 0.933, 0.985),
  "a PDF's text layer, cut at a column's width": floors(0.957, 0.973, 0.978, 0.848, 0.906, 0.907, 0.976),
  "a PDF's text layer with a blank line after every line": floors(0.958, 0.972, 0.979, 0.84, 0.886, 0.896, 0.976),
  "a saved web page": floors(0.978, 0.98, 0.979, 0.872, 0.937, 0.924, 0.98),
  "a markdown note": floors(0.974, 0.979, 0.979, 0.861, 0.924, 0.913, 0.984),
  "a web page's text with its furniture": floors(0.972, 0.981, 0.979, 0.871, 0.94, 0.922, 0.984),
  "a record of a site's JSON API": floors(0.986, 0.983, 0.979, 0.879, 0.951, 0.933, 0.985),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.979, 0.98, 0.979, 0.872, 0.931, 0.925, 0.98),
  "traditional characters": floors(0.986, 0.982, 0.979, 0.879, 0.951, 0.933, 0.985),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
