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
  "as written": floors(0.984, 0.984, 0.987, 0.907, 0.968, 0.934, 0.982),
  "a PDF's text layer, cut at a column's width": floors(0.949, 0.972, 0.986, 0.875, 0.927, 0.9, 0.973),
  "a PDF's text layer with a blank line after every line": floors(0.952, 0.972, 0.987, 0.867, 0.916, 0.9, 0.975),
  "a saved web page": floors(0.974, 0.98, 0.987, 0.896, 0.948, 0.922, 0.979),
  "a markdown note": floors(0.97, 0.979, 0.987, 0.884, 0.934, 0.911, 0.98),
  "a web page's text with its furniture": floors(0.968, 0.982, 0.987, 0.895, 0.953, 0.92, 0.98),
  "a record of a site's JSON API": floors(0.984, 0.984, 0.987, 0.907, 0.968, 0.934, 0.982),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.975, 0.981, 0.987, 0.896, 0.956, 0.924, 0.979),
  "traditional characters": floors(0.984, 0.983, 0.987, 0.907, 0.968, 0.934, 0.982),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
