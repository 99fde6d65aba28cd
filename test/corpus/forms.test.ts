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
  "as written": floors(0.985, 0.979, 0.978, 0.868, 0.932, 0.935, 0.961),
  "a PDF's text layer, cut at a column's width": floors(0.963, 0.972, 0.977, 0.845, 0.898, 0.918, 0.955),
  "a PDF's text layer with a blank line after every line": floors(0.963, 0.97, 0.978, 0.837, 0.884, 0.907, 0.954),
  "a saved web page": floors(0.978, 0.977, 0.978, 0.862, 0.92, 0.927, 0.957),
  "a markdown note": floors(0.974, 0.975, 0.978, 0.851, 0.908, 0.918, 0.96),
  "a web page's text with its furniture": floors(0.974, 0.978, 0.978, 0.861, 0.923, 0.925, 0.96),
  "a record of a site's JSON API": floors(0.985, 0.979, 0.978, 0.868, 0.932, 0.935, 0.961),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.979, 0.977, 0.978, 0.862, 0.915, 0.928, 0.957),
  "traditional characters": floors(0.985, 0.979, 0.978, 0.868, 0.932, 0.935, 0.961),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
