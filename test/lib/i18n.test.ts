import { expect, test } from "vitest";
import { meetingTypeLabel, namePinyin, personLabel, provinceLabel, roleLabel } from "../../src/lib/i18n";
import { loadPinyin } from "../../src/lib/pinyin";

test("until pinyin has loaded, a name shows in characters alone", () => {
  expect(personLabel("庄严", "en")).toBe("庄严");
});

test("keys from imported text are just text", () => {
  expect(roleLabel("toString", "en")).toBe("toString");
  expect(meetingTypeLabel("constructor", "en")).toBe("constructor");
  expect(provinceLabel("__proto__", "en")).toBe("__proto__");
});

test("people carry pinyin in English, surname first, compound surnames whole", async () => {
  await loadPinyin();
  expect(personLabel("庄严", "en")).toBe("庄严 Zhuang Yan");
  expect(personLabel("庄严", "zh")).toBe("庄严");
  expect(namePinyin("欧阳修")).toBe("Ouyang Xiu");
  expect(namePinyin("单霁翔")).toBe("Shan Jixiang");
});

test("provinces, roles and meeting types have English names", () => {
  expect(provinceLabel("内蒙古", "en")).toBe("Inner Mongolia");
  expect(provinceLabel("内蒙古", "zh")).toBe("内蒙古");
  expect(roleLabel("主持", "en")).toBe("chaired");
  expect(roleLabel("提及", "zh")).toBe("提及");
  expect(meetingTypeLabel("座谈会", "en")).toBe("symposium (座谈会)");
  expect(meetingTypeLabel("某种会", "en")).toBe("某种会");
});
