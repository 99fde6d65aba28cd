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
  "as written": floors(0.984, 0.981, 0.981, 0.884, 0.954, 0.935, 0.984),
  "a PDF's text layer, cut at a column's width": floors(0.953, 0.971, 0.98, 0.849, 0.903, 0.906, 0.974),
  "a PDF's text layer with a blank line after every line": floors(0.955, 0.969, 0.98, 0.841, 0.884, 0.894, 0.974),
  "a saved web page": floors(0.975, 0.978, 0.98, 0.875, 0.938, 0.926, 0.979),
  "a markdown note": floors(0.971, 0.977, 0.98, 0.863, 0.925, 0.914, 0.983),
  "a web page's text with its furniture": floors(0.969, 0.979, 0.98, 0.874, 0.942, 0.923, 0.983),
  "a record of a site's JSON API": floors(0.984, 0.981, 0.981, 0.884, 0.954, 0.935, 0.984),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.977, 0.978, 0.98, 0.875, 0.932, 0.927, 0.979),
  "traditional characters": floors(0.984, 0.98, 0.981, 0.884, 0.954, 0.935, 0.984),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
