import { expect, test } from "vitest";
import { exportCsv, seededPage } from "./helpers";

const app = seededPage("en");
/** The exported rows, without the first line (which says when it was exported). */
const rows = (csv: string) => csv.trim().split(/\r?\n/).slice(1);

/** A store of the page's IndexedDB: its records' keys, or emptied. */
function inStore(store: string, action: "keys" | "clear") {
  return app.page.evaluate(
    ({ store, action }) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("tifa");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, action === "clear" ? "readwrite" : "readonly");
          const request = action === "clear" ? tx.objectStore(store).clear() : tx.objectStore(store).getAllKeys();
          tx.oncomplete = () => {
            open.result.close();
            resolve(action === "clear" ? [] : (request.result as IDBValidKey[]).map(String));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, action },
  );
}

test("once the bundled articles are in, their texts are kept in packs, and a visit reads recurring expressions from them", async () => {
  await expect
    .poll(() => inStore("recentArticles", "keys"))
    .toEqual(["#index", "*", "吉林", "山东", "江苏", "浙江", "湖北", "重庆"].sort());
  await app.page.goto(`${app.base}?view=phrases&lang=en`);
  await app.page.locator("[data-testid='chart-expressions'][data-rendered='true']").waitFor();
  const shown = rows(await exportCsv(app.page, "expressions"));
  expect(shown[0]).toBe("Expression,Articles,Provinces");
  expect(shown.length).toBeGreaterThan(3);
  // Without the documents' records, only the packs can give the texts.
  await inStore("documentRows", "clear");
  await app.page.reload();
  await app.page.locator("[data-testid='chart-expressions'][data-rendered='true']").waitFor();
  expect(rows(await exportCsv(app.page, "expressions"))).toEqual(shown);
});
