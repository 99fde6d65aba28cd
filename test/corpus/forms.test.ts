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
  "as written": floors(0.987, 0.981, 0.978, 0.877, 0.945, 0.938, 0.963),
  "a PDF's text layer, cut at a column's width": floors(0.962, 0.973, 0.977, 0.849, 0.905, 0.915, 0.955),
  "a PDF's text layer with a blank line after every line": floors(0.963, 0.971, 0.978, 0.842, 0.888, 0.905, 0.955),
  "a saved web page": floors(0.98, 0.978, 0.978, 0.87, 0.932, 0.93, 0.959),
  "a markdown note": floors(0.977, 0.977, 0.978, 0.86, 0.921, 0.92, 0.962),
  "a web page's text with its furniture": floors(0.976, 0.98, 0.978, 0.869, 0.935, 0.928, 0.962),
  "a record of a site's JSON API": floors(0.987, 0.981, 0.978, 0.877, 0.945, 0.938, 0.963),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.982, 0.979, 0.978, 0.87, 0.927, 0.931, 0.959),
  "traditional characters": floors(0.987, 0.981, 0.978, 0.877, 0.945, 0.938, 0.963),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
