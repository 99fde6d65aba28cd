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
  "as written": floors(0.977, 0.975, 0.966, 0.836, 0.903, 0.912, 0.946),
  "a PDF's text layer, cut at a column's width": floors(0.955, 0.967, 0.965, 0.812, 0.866, 0.887, 0.939),
  "a PDF's text layer with a blank line after every line": floors(0.955, 0.966, 0.966, 0.81, 0.855, 0.881, 0.938),
  "a saved web page": floors(0.971, 0.972, 0.966, 0.83, 0.89, 0.903, 0.943),
  "a markdown note": floors(0.966, 0.97, 0.966, 0.82, 0.876, 0.893, 0.945),
  "a web page's text with its furniture": floors(0.969, 0.973, 0.966, 0.828, 0.892, 0.901, 0.945),
  "a record of a site's JSON API": floors(0.976, 0.974, 0.966, 0.835, 0.899, 0.909, 0.946),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.972, 0.972, 0.966, 0.83, 0.879, 0.903, 0.943),
  "traditional characters": floors(0.976, 0.973, 0.966, 0.835, 0.899, 0.908, 0.946),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
