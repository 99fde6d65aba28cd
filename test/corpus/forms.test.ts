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
  "as written": floors(0.992, 0.99, 0.988, 0.92, 0.988, 0.957, 0.985),
  "a PDF's text layer, cut at a column's width": floors(0.952, 0.976, 0.988, 0.88, 0.943, 0.912, 0.974),
  "a PDF's text layer with a blank line after every line": floors(0.958, 0.977, 0.988, 0.877, 0.937, 0.917, 0.975),
  "a saved web page": floors(0.982, 0.986, 0.988, 0.909, 0.965, 0.945, 0.982),
  "a markdown note": floors(0.978, 0.985, 0.988, 0.896, 0.95, 0.931, 0.984),
  "a web page's text with its furniture": floors(0.978, 0.988, 0.988, 0.911, 0.974, 0.946, 0.984),
  "a record of a site's JSON API": floors(0.992, 0.99, 0.988, 0.92, 0.988, 0.957, 0.985),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.984, 0.987, 0.988, 0.909, 0.974, 0.946, 0.982),
  "traditional characters": floors(0.992, 0.989, 0.988, 0.92, 0.988, 0.957, 0.985),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
