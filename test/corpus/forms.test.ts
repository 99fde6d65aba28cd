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
  "as written": floors(0.978, 0.977, 0.968, 0.842, 0.913, 0.918, 0.951),
  "a PDF's text layer, cut at a column's width": floors(0.954, 0.969, 0.967, 0.818, 0.877, 0.896, 0.944),
  "a PDF's text layer with a blank line after every line": floors(0.954, 0.968, 0.967, 0.815, 0.867, 0.889, 0.943),
  "a saved web page": floors(0.972, 0.975, 0.968, 0.837, 0.903, 0.912, 0.947),
  "a markdown note": floors(0.967, 0.973, 0.968, 0.826, 0.888, 0.902, 0.95),
  "a web page's text with its furniture": floors(0.969, 0.976, 0.968, 0.835, 0.905, 0.91, 0.95),
  "a record of a site's JSON API": floors(0.978, 0.977, 0.968, 0.842, 0.913, 0.919, 0.951),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.973, 0.975, 0.968, 0.837, 0.891, 0.913, 0.947),
  "traditional characters": floors(0.978, 0.977, 0.968, 0.842, 0.913, 0.918, 0.951),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
