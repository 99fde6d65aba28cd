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
  "as written": floors(0.993, 0.99, 0.988, 0.92, 0.984, 0.958, 0.991),
  "a PDF's text layer, cut at a column's width": floors(0.956, 0.977, 0.988, 0.883, 0.938, 0.916, 0.981),
  "a PDF's text layer with a blank line after every line": floors(0.961, 0.978, 0.988, 0.88, 0.933, 0.922, 0.983),
  "a saved web page": floors(0.983, 0.986, 0.988, 0.91, 0.962, 0.946, 0.988),
  "a markdown note": floors(0.98, 0.985, 0.988, 0.897, 0.947, 0.933, 0.99),
  "a web page's text with its furniture": floors(0.98, 0.988, 0.988, 0.912, 0.97, 0.948, 0.99),
  "a record of a site's JSON API": floors(0.993, 0.99, 0.988, 0.92, 0.984, 0.958, 0.991),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.985, 0.987, 0.988, 0.91, 0.97, 0.948, 0.988),
  "traditional characters": floors(0.993, 0.989, 0.988, 0.92, 0.984, 0.958, 0.991),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
