/**
 * The layer rules bite: a probe import across each boundary, linted as if it stood in the
 * lower layer, is an error; the same import pointing down is not.
 */
import { ESLint } from "eslint";
import { beforeAll, expect, test } from "vitest";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

test.each([
  ["model", "src/model/probe.ts", "../ingest/sentence"],
  ["ingest", "src/ingest/probe.ts", "../db/schema"],
  ["db", "src/db/probe.ts", "../analytics/dataset-store"],
  ["analytics", "src/analytics/probe.ts", "../services/workspace"],
  ["services", "src/services/probe.ts", "../worker/client"],
  ["worker", "src/worker/probe.ts", "../queries/reads"],
  ["queries", "src/queries/probe.ts", "../lib/i18n"],
  ["lib", "src/lib/probe.ts", "../components/csv"],
  ["components", "src/components/probe.ts", "../features/articles/highlight"],
  ["features", "src/features/articles/probe.ts", "../../app/views"],
  ["a feature importing another", "src/features/network/probe.ts", "../phrases/to-option"],
])("%s/ may not import upward", async (_layer, filePath, target) => {
  expect(await ruleIds(filePath, `import * as probe from "${target}";\nexport default probe;\n`)).toContain(
    "import-x/no-restricted-paths",
  );
});

test("importing down the layers is allowed", async () => {
  const code = `import * as a from "../../queries/reads";\nimport * as b from "../../model/filters";\nexport default [a, b];\n`;
  expect(await ruleIds("src/features/articles/probe.ts", code)).toEqual([]);
});

test("an import cycle is an error", async () => {
  // apply-filters.ts imports columns.ts: columns importing it back closes a cycle.
  const code = `import { datingOf } from "./apply-filters";\nexport default datingOf;\n`;
  expect(await ruleIds("src/analytics/columns.ts", code)).toContain("import-x/no-cycle");
});

test("the parsing core does not touch the DOM or a framework", async () => {
  const code = `import { useState } from "react";\nexport const probe = [useState, window.location];\n`;
  expect(await ruleIds("src/ingest/probe.ts", code)).toEqual(
    expect.arrayContaining(["no-restricted-imports", "no-restricted-globals"]),
  );
});
