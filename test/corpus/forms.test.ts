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
  "as written": floors(0.987, 0.982, 0.978, 0.876, 0.949, 0.938, 0.967),
  "a PDF's text layer, cut at a column's width": floors(0.961, 0.973, 0.977, 0.847, 0.91, 0.914, 0.958),
  "a PDF's text layer with a blank line after every line": floors(0.962, 0.972, 0.978, 0.84, 0.893, 0.904, 0.958),
  "a saved web page": floors(0.98, 0.979, 0.978, 0.868, 0.936, 0.93, 0.963),
  "a markdown note": floors(0.976, 0.978, 0.978, 0.858, 0.925, 0.92, 0.966),
  "a web page's text with its furniture": floors(0.975, 0.98, 0.978, 0.867, 0.939, 0.928, 0.966),
  "a record of a site's JSON API": floors(0.987, 0.982, 0.978, 0.876, 0.949, 0.938, 0.967),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.981, 0.979, 0.978, 0.868, 0.931, 0.931, 0.963),
  "traditional characters": floors(0.987, 0.981, 0.978, 0.876, 0.949, 0.938, 0.967),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
