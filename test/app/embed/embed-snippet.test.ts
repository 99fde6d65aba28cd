import { expect, test } from "vitest";
import { embedSnippet, embedUrl } from "../../../src/app/embed/embed-snippet";
import { DEFAULT_STATE, parseViewState } from "../../../src/lib/url-state";

const state = {
  ...DEFAULT_STATE,
  view: "network" as const,
  lang: "en" as const,
  filters: { ...DEFAULT_STATE.filters, provinces: ["山东"] },
};

test("the embed URL carries the view, filters, language and the host's origin", () => {
  const url = embedUrl("https://tifa.example/app/?view=phrases#x", state, "https://host.example");
  expect(url.startsWith("https://tifa.example/app/?embed=1&view=network")).toBe(true);
  const parsed = parseViewState(url.slice(url.indexOf("?")));
  expect(parsed.embed).toBe(true);
  expect(parsed.view).toBe("network");
  expect(parsed.filters.provinces).toEqual(["山东"]);
  expect(parsed.lang).toBe("en");
  expect(parsed.allowOrigins).toEqual(["https://host.example"]);
});

test("the snippet is an iframe with an escaped src", () => {
  const snippet = embedSnippet("https://tifa.example/", state, "https://host.example");
  expect(snippet).toMatch(/^<iframe src="https:\/\/tifa\.example\/\?embed=1&amp;view=network&amp;province=/);
  expect(snippet).toContain('title="Tifa"');
  expect(snippet).not.toContain('"&');
});
