import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";

/** Runs the CLI with its stdout through a pipe, as `… | jq` would, and collects every byte. */
function extractThroughPipe(files: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/extract.ts", ...files], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(chunks).toString("utf8") }));
  });
}

test("piped output of more than a megabyte arrives whole and parses", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tifa-cli-"));
  // A markdown digest of eight reports: eight articles per file, 3,200 in all.
  const digest = Array.from(
    { length: 8 },
    (_, i) =>
      `## 河南省民政厅召开第${i + 1}次党组会议\n\n3月${i + 1}日,河南省民政厅召开党组会议,厅党组书记、厅长王建国主持会议并讲话,` +
      "副厅长李明出席会议。会议强调“两个确立”,研究部署了今年的重点工作。\n",
  ).join("\n");
  const files = Array.from({ length: 400 }, (_, i) => {
    const path = join(dir, `digest-${i}.md`);
    writeFileSync(path, digest);
    return path;
  });
  const { code, stdout } = await extractThroughPipe(files);
  expect(code).toBe(0);
  expect(stdout.length).toBeGreaterThan(1_000_000);
  const articles = JSON.parse(stdout) as { file: string; province: string }[];
  expect(articles).toHaveLength(3200);
  expect(articles[3199]).toMatchObject({ file: "digest-399.md", province: "河南" });
}, 60_000);
