import { expect, test } from "vitest";
import { dateLabel } from "../../src/lib/dates";

test("a date without its year says so, in the reader's language", () => {
  expect(dateLabel("--10-26", "zh")).toBe("10月26日（年份不详）");
  expect(dateLabel("--10-26", "en")).toBe("26 Oct (year unknown)");
  expect(dateLabel("--01-05", "en")).toBe("5 Jan (year unknown)");
});

test("full dates and months stay as on the charts' axes; a missing date is unknown, not '?'", () => {
  expect(dateLabel("2024-03-14", "en")).toBe("2024-03-14");
  expect(dateLabel("2024-03", "zh")).toBe("2024-03");
  expect(dateLabel(null, "zh")).toBe("日期不详");
  expect(dateLabel(null, "en")).toBe("date unknown");
});
