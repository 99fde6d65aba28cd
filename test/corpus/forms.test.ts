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
  "as written": floors(0.992, 0.989, 0.987, 0.945, 0.989, 0.95, 0.995),
  "a PDF's text layer, cut at a column's width": floors(0.939, 0.973, 0.987, 0.895, 0.937, 0.897, 0.979),
  "a PDF's text layer with a blank line after every line": floors(0.941, 0.946, 0.981, 0.881, 0.907, 0.893, 0.954),
  "a saved web page": floors(0.981, 0.984, 0.987, 0.931, 0.961, 0.935, 0.991),
  "a markdown note": floors(0.973, 0.982, 0.987, 0.914, 0.941, 0.918, 0.993),
  "a web page's text with its furniture": floors(0.973, 0.986, 0.987, 0.933, 0.972, 0.937, 0.993),
  "a record of a site's JSON API": floors(0.992, 0.989, 0.987, 0.945, 0.989, 0.95, 0.995),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.984, 0.985, 0.987, 0.931, 0.972, 0.937, 0.991),
  "traditional characters": floors(0.992, 0.988, 0.987, 0.945, 0.989, 0.95, 0.995),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
