import { beforeAll, expect, test } from "vitest";
import { activeFilters, chipLabel } from "../../src/features/filters/chips";
import { loadPinyin } from "../../src/lib/pinyin";
import { NO_FILTERS } from "../../src/model/filters";

beforeAll(() => loadPinyin());

test("a chip per list value, provinces first, bounds left to their own fields", () => {
  const filters = {
    ...NO_FILTERS,
    from: "2023-10",
    phrases: ["十四五"],
    people: ["江苏:谢晓军", "*:习近平"],
    provinces: ["江苏"],
  };
  expect(activeFilters(filters)).toEqual([
    { key: "provinces", value: "江苏" },
    { key: "people", value: "江苏:谢晓军" },
    { key: "people", value: "*:习近平" },
    { key: "phrases", value: "十四五" },
  ]);
});

test("chips name a person by the name in the id, a province and a meeting type in the reader's language", () => {
  expect(chipLabel({ key: "people", value: "江苏:谢晓军" }, "zh")).toBe("谢晓军");
  expect(chipLabel({ key: "people", value: "*:习近平" }, "en")).toBe("习近平 Xi Jinping");
  expect(chipLabel({ key: "provinces", value: "江苏" }, "en")).toBe("Jiangsu");
  expect(chipLabel({ key: "meetingTypes", value: "党组会议" }, "en")).toBe("Party group meeting (党组会议)");
  expect(chipLabel({ key: "phrases", value: "十四五" }, "en")).toBe("十四五");
});
