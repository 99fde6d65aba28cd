import { describe, expect, test } from "vitest";
import { POSTS, postEnglish, postOf } from "../../src/model/posts";
import { titleLabel } from "../../src/lib/title-label";

describe("posts", () => {
  test("a title is named by the longest post it ends with", () => {
    expect(postOf("省民政厅党组书记")).toBe("党组书记");
    expect(postOf("滨州市委副书记")).toBe("副书记");
    expect(postOf("厅长")).toBe("厅长");
    expect(postOf("省民政厅副厅长")).toBe("副厅长");
    expect(postOf("91岁离休干部")).toBeNull();
  });
  test("English names of common posts", () => {
    expect(postEnglish("省民政厅党组书记")).toBe("Party Secretary of the Leading Party Group");
    expect(postEnglish("厅长")).toBe("Director-General");
    expect(postEnglish("省长")).toBe("Governor");
    expect(postEnglish("副省长")).toBe("Vice Governor");
    expect(postEnglish("董事长")).toBe("Chair of the Board");
    expect(Object.keys(POSTS).length).toBeGreaterThanOrEqual(40);
  });
  test("shown beside the Chinese in English; Chinese alone otherwise, and for a title no post covers", () => {
    expect(titleLabel("厅长", "en")).toBe("厅长 (Director-General)");
    expect(titleLabel("厅长", "zh")).toBe("厅长");
    expect(titleLabel("军嫂", "en")).toBe("军嫂");
  });
});
