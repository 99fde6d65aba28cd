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
  "as written": floors(0.988, 0.981, 0.978, 0.878, 0.944, 0.94, 0.961),
  "a PDF's text layer, cut at a column's width": floors(0.965, 0.973, 0.977, 0.853, 0.914, 0.92, 0.954),
  "a PDF's text layer with a blank line after every line": floors(0.964, 0.972, 0.978, 0.844, 0.894, 0.907, 0.953),
  "a saved web page": floors(0.981, 0.979, 0.978, 0.871, 0.931, 0.932, 0.957),
  "a markdown note": floors(0.977, 0.978, 0.978, 0.861, 0.921, 0.922, 0.96),
  "a web page's text with its furniture": floors(0.976, 0.98, 0.978, 0.87, 0.934, 0.93, 0.96),
  "a record of a site's JSON API": floors(0.988, 0.981, 0.978, 0.878, 0.944, 0.94, 0.961),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.982, 0.979, 0.978, 0.871, 0.927, 0.933, 0.957),
  "traditional characters": floors(0.988, 0.981, 0.978, 0.878, 0.944, 0.94, 0.961),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
