import { expect, test } from "vitest";
import { meetingTypeLabel, namePinyin, personLabel, provinceLabel, roleLabel } from "../../src/lib/i18n";

test("people carry pinyin in English, surname first, compound surnames whole", () => {
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
