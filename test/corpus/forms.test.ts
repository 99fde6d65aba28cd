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
  "as written": floors(0.991, 0.989, 0.987, 0.939, 0.99, 0.953, 0.992),
  "a PDF's text layer, cut at a column's width": floors(0.943, 0.975, 0.987, 0.895, 0.941, 0.902, 0.979),
  "a PDF's text layer with a blank line after every line": floors(0.946, 0.951, 0.982, 0.883, 0.911, 0.899, 0.958),
  "a saved web page": floors(0.979, 0.985, 0.987, 0.927, 0.964, 0.939, 0.989),
  "a markdown note": floors(0.974, 0.984, 0.987, 0.911, 0.947, 0.923, 0.99),
  "a web page's text with its furniture": floors(0.974, 0.987, 0.987, 0.929, 0.974, 0.941, 0.99),
  "a record of a site's JSON API": floors(0.991, 0.989, 0.987, 0.939, 0.99, 0.953, 0.992),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.981, 0.985, 0.987, 0.927, 0.974, 0.941, 0.989),
  "traditional characters": floors(0.991, 0.988, 0.987, 0.939, 0.99, 0.953, 0.992),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
