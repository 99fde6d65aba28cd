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
  "as written": floors(0.985, 0.981, 0.981, 0.884, 0.95, 0.937, 0.984),
  "a PDF's text layer, cut at a column's width": floors(0.954, 0.971, 0.98, 0.851, 0.901, 0.909, 0.975),
  "a PDF's text layer with a blank line after every line": floors(0.956, 0.969, 0.981, 0.842, 0.882, 0.897, 0.975),
  "a saved web page": floors(0.976, 0.978, 0.981, 0.876, 0.935, 0.927, 0.98),
  "a markdown note": floors(0.972, 0.976, 0.981, 0.864, 0.922, 0.916, 0.983),
  "a web page's text with its furniture": floors(0.971, 0.979, 0.981, 0.874, 0.939, 0.925, 0.983),
  "a record of a site's JSON API": floors(0.985, 0.981, 0.981, 0.884, 0.95, 0.937, 0.984),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.978, 0.978, 0.981, 0.876, 0.929, 0.928, 0.98),
  "traditional characters": floors(0.985, 0.98, 0.981, 0.884, 0.95, 0.937, 0.984),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
