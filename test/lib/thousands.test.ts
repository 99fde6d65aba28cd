import { expect, test } from "vitest";
import { withThousands } from "../../src/lib/thousands";

test("whole numbers have their thousands marked as toLocaleString('en') marks them", () => {
  for (const value of [0, 7, 999, 1000, 1557, 12345, 999999, 1000000, 1234567890, -1557])
    expect(withThousands(value)).toBe(value.toLocaleString("en"));
  expect(withThousands(1557.4)).toBe("1,557");
});
