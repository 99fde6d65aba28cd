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
  "as written": floors(0.984, 0.98, 0.98, 0.892, 0.957, 0.934, 0.983),
  "a PDF's text layer, cut at a column's width": floors(0.952, 0.969, 0.979, 0.857, 0.904, 0.904, 0.974),
  "a PDF's text layer with a blank line after every line": floors(0.954, 0.967, 0.979, 0.848, 0.885, 0.892, 0.974),
  "a saved web page": floors(0.975, 0.976, 0.98, 0.883, 0.941, 0.924, 0.978),
  "a markdown note": floors(0.97, 0.975, 0.98, 0.871, 0.927, 0.912, 0.982),
  "a web page's text with its furniture": floors(0.969, 0.978, 0.98, 0.882, 0.945, 0.922, 0.982),
  "a record of a site's JSON API": floors(0.984, 0.98, 0.98, 0.892, 0.957, 0.934, 0.983),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.976, 0.977, 0.98, 0.883, 0.935, 0.925, 0.978),
  "traditional characters": floors(0.984, 0.979, 0.98, 0.892, 0.957, 0.934, 0.983),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
