import { QueryClient } from "@tanstack/react-query";
import { expect, test, vi } from "vitest";
import { refreshEvery } from "../../src/queries/corpus";

test("while a corpus opens, the counts and the views are refreshed at most once an interval", () => {
  const queryClient = new QueryClient();
  const invalidate = vi.spyOn(queryClient, "invalidateQueries").mockResolvedValue();
  let now = 0;
  const refresh = refreshEvery(queryClient, 10_000, () => now);
  for (now = 0; now <= 25_000; now += 1_000) refresh();
  expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
    ["tifa", "counts"],
    ["tifa", "analytics"],
    ["tifa", "counts"],
    ["tifa", "analytics"],
  ]);
});
