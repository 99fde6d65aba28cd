import type { Page } from "playwright-core";

/** Waits until the data page shows these counts (the seed import runs on the first visit). */
export async function waitForCounts(
  page: Page,
  expected: { articles: number; meetings?: number; documents?: number },
): Promise<void> {
  await page.waitForFunction(
    (want) =>
      Object.entries(want).every(
        ([key, value]) => document.querySelector(`[data-testid="count-${key}"]`)?.textContent === String(value),
      ),
    expected,
    { timeout: 30000 },
  );
}

export async function counts(page: Page): Promise<Record<string, string>> {
  const read = async (key: string) => (await page.getByTestId(`count-${key}`).textContent()) ?? "";
  return {
    documents: await read("documents"),
    articles: await read("articles"),
    meetings: await read("meetings"),
    people: await read("people"),
  };
}

/** The rows of a chart's data table, as text cells. */
export async function tableRows(page: Page, id: string): Promise<string[][]> {
  const toggle = page.getByTestId(`table-toggle-${id}`);
  if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
  const table = page.getByTestId(`table-${id}`);
  await table.waitFor();
  return table
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent ?? "")));
}
