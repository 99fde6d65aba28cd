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
  "as written": floors(0.978, 0.974, 0.964, 0.828, 0.904, 0.913, 0.945),
  "a PDF's text layer, cut at a column's width": floors(0.957, 0.966, 0.964, 0.805, 0.867, 0.889, 0.938),
  "a PDF's text layer with a blank line after every line": floors(0.957, 0.965, 0.964, 0.803, 0.856, 0.883, 0.937),
  "a saved web page": floors(0.972, 0.971, 0.964, 0.822, 0.89, 0.904, 0.941),
  "a markdown note": floors(0.968, 0.969, 0.964, 0.812, 0.877, 0.894, 0.944),
  "a web page's text with its furniture": floors(0.97, 0.972, 0.964, 0.82, 0.893, 0.902, 0.944),
  "a record of a site's JSON API": floors(0.977, 0.973, 0.964, 0.827, 0.899, 0.91, 0.945),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.973, 0.971, 0.964, 0.822, 0.879, 0.904, 0.941),
  "traditional characters": floors(0.977, 0.973, 0.964, 0.827, 0.899, 0.909, 0.945),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
