import { expect, test } from "vitest";
import { DEFAULT_STATE, parseViewState, serializeViewState, type ViewState } from "../../src/lib/url-state";

test("the default state serializes to an empty query", () => {
  expect(serializeViewState(DEFAULT_STATE)).toBe("");
  expect(parseViewState("")).toEqual(DEFAULT_STATE);
});

test("every field round-trips", () => {
  const state: ViewState = {
    view: "phrases",
    filters: {
      from: "2023-10",
      to: "2024-03-31",
      provinces: ["山东", "江苏"],
      meetingTypes: ["推进会"],
      people: ["山东:庄严"],
      phrases: ["两个确立", "三级联动"],
      dating: ["undated"],
    },
    lang: "en",
    theme: "dark",
    embed: true,
    focusPerson: "江苏:谢晓军",
    focusLink: ["江苏:谢晓军", "江苏:戚锡生"],
    focusPhrase: "四个意识",
    article: "a1",
    person: "山东:庄严",
    depth: 2,
    compareA: "江苏",
    compareB: "山东",
    mentioned: true,
    q: "民政 厅",
    allowOrigins: ["https://host.example"],
    corpus: "https://tifa.example/corpora/team.tifa-corpus",
  };
  expect(parseViewState(serializeViewState(state))).toEqual(state);
});

test("the query reads as the filters it holds", () => {
  expect(
    serializeViewState({
      ...DEFAULT_STATE,
      view: "network",
      filters: { ...DEFAULT_STATE.filters, provinces: ["山东"] },
    }),
  ).toBe("?view=network&province=%E5%B1%B1%E4%B8%9C");
});

test("comma lists, repeats and junk are read leniently", () => {
  const state = parseViewState(
    "?view=nope&province=山东,江苏&province=山东&from=yesterday&to=2024-13&lang=fr&theme=blue&embed=yes",
  );
  expect(state.view).toBe("provinces");
  expect(state.filters.provinces).toEqual(["山东", "江苏"]);
  expect(state.filters.from).toBeNull();
  expect(state.filters.to).toBeNull();
  expect(state.lang).toBeNull();
  expect(state.theme).toBeNull();
  expect(state.embed).toBe(false);
});

test("a link is two people, or none", () => {
  expect(parseViewState("?link=江苏:谢晓军,江苏:戚锡生").focusLink).toEqual(["江苏:谢晓军", "江苏:戚锡生"]);
  expect(parseViewState("?link=江苏:谢晓军").focusLink).toBeNull();
  expect(parseViewState("?link=江苏:谢晓军,江苏:谢晓军").focusLink).toBeNull();
  expect(parseViewState("?link=a,b,c").focusLink).toBeNull();
});

test("the person page and the compare view read as their ids", () => {
  expect(serializeViewState({ ...DEFAULT_STATE, view: "person", person: "江苏:谢晓军" })).toBe(
    "?view=person&id=%E6%B1%9F%E8%8B%8F%3A%E8%B0%A2%E6%99%93%E5%86%9B",
  );
  expect(parseViewState("?view=compare&a=江苏&b=山东")).toMatchObject({
    view: "compare",
    compareA: "江苏",
    compareB: "山东",
  });
  expect(parseViewState("?view=person&id=山东:庄严&depth=3")).toMatchObject({ person: "山东:庄严", depth: 1 });
});
