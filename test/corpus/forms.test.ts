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
  "as written": floors(0.991, 0.99, 0.988, 0.93, 0.989, 0.955, 0.991),
  "a PDF's text layer, cut at a column's width": floors(0.948, 0.976, 0.988, 0.888, 0.943, 0.907, 0.978),
  "a PDF's text layer with a blank line after every line": floors(0.955, 0.977, 0.988, 0.885, 0.938, 0.912, 0.98),
  "a saved web page": floors(0.981, 0.986, 0.988, 0.919, 0.965, 0.942, 0.987),
  "a markdown note": floors(0.976, 0.985, 0.988, 0.904, 0.949, 0.927, 0.989),
  "a web page's text with its furniture": floors(0.976, 0.987, 0.988, 0.92, 0.974, 0.943, 0.989),
  "a record of a site's JSON API": floors(0.991, 0.99, 0.988, 0.93, 0.989, 0.955, 0.991),
  "a row of a SQL dump, its text as HTML with escaped line breaks": floors(0.983, 0.986, 0.988, 0.919, 0.974, 0.943, 0.987),
  "traditional characters": floors(0.991, 0.989, 0.988, 0.93, 0.989, 0.955, 0.991),
};

test.each(Object.entries(FORMS))(
  "the development corpus's plain-text reports %s score at least their floors",
  async (name, form) => {
    expect(shortfalls(await scoreInForm(form), FLOORS[name]!)).toEqual([]);
  },
);
