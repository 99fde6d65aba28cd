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
  "as written": floors(0.981, 0.979, 0.979, 0.85, 0.929, 0.924, 0.953),
  "a PDF's text layer, cut at a column's width": floors(0.959, 0.971, 0.978, 0.826, 0.896, 0.904, 0.945),
  "a PDF's text layer with a blank line after every line": floors(0.959, 0.97, 0.978, 0.82, 0.883, 0.895, 0.944),
  "a saved web page": floors(0.975, 0.977, 0.979, 0.844, 0.917, 0.916, 0.949),
  "a markdown note": floors(0.97, 0.975, 0.978, 0.833, 0.902, 0.905, 0.952),
  "a web page's text with its furniture": floors(0.971, 0.978, 0.979, 0.843, 0.92, 0.915, 0.952),
  "a record of a site's JSON API": floors(0.981, 0.979, 0.979, 0.85, 0.929, 0.924, 0.953),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.976, 0.977, 0.979, 0.844, 0.913, 0.917, 0.949),
  "traditional characters": floors(0.981, 0.979, 0.979, 0.85, 0.929, 0.924, 0.953),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
