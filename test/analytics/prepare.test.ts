import { afterEach, expect, test, vi } from "vitest";
import { aggregates, prepareIndexes, prepareOpeningNetwork } from "../../src/analytics";
import * as layout from "../../src/analytics/network-layout";
import type { Dataset, MentionRow } from "../../src/db/records";
import { NO_FILTERS } from "../../src/model/filters";
import { NETWORK_OPENS_WITH } from "../../src/model/network-view";
import type { PersonId } from "../../src/model/person-id";

vi.mock("../../src/analytics/network-layout", { spy: true });
afterEach(() => vi.mocked(layout.layoutNetwork).mockClear());

/** Two meetings of three people; every Dataset object has its own caches. */
const dataset = (): Dataset => ({
  articles: ["m0", "m1"].map((m) => ({
    id: `a${m}`,
    documentId: `d${m}`,
    file: `${m}.txt`,
    meetingId: m,
    title: m,
    date: "2024-03-01",
    published: null,
    province: "江苏",
    city: null,
    isMeeting: true,
    meetingType: "党组会议",
  })),
  meetings: ["m0", "m1"].map((m) => ({
    id: m,
    date: "2024-03-01",
    month: "2024-03",
    province: "江苏",
    city: null,
    meetingType: "党组会议",
    title: m,
    articleIds: [`a${m}`],
  })),
  people: ["p", "q", "r"].map((p) => ({ id: `x:${p}` as PersonId, name: p, province: null, titles: [] })),
  mentions: [
    ["m0", "p"],
    ["m0", "q"],
    ["m1", "q"],
    ["m1", "r"],
  ].map(([m, p], i): MentionRow => ({
    id: `${m}-${p}`,
    personId: `x:${p}` as PersonId,
    articleId: `a${m}`,
    meetingId: m!,
    role: i % 2 ? "出席" : "主持",
    present: true,
    titles: [],
    start: 0,
    end: 1,
  })),
  phrases: [],
});
const texts = async () => [];

test("the network as its view opens is laid out ahead, not when it is asked for", () => {
  const data = dataset();
  prepareIndexes(data);
  expect(layout.layoutNetwork).not.toHaveBeenCalled();
  prepareOpeningNetwork(data);
  expect(layout.layoutNetwork).toHaveBeenCalledTimes(1);
  const opened = aggregates.network(data, NO_FILTERS, NETWORK_OPENS_WITH, texts);
  expect(opened.nodes.map((n) => n.id)).toEqual(["x:q", "x:p", "x:r"]);
  expect(layout.layoutNetwork).toHaveBeenCalledTimes(1);
  // Other parameters are laid out when asked.
  aggregates.network(data, NO_FILTERS, { ...NETWORK_OPENS_WITH, limit: 2 }, texts);
  expect(layout.layoutNetwork).toHaveBeenCalledTimes(2);
});

test("without it laid out ahead, the first network asked for is laid out then", () => {
  const data = dataset();
  aggregates.network(data, NO_FILTERS, NETWORK_OPENS_WITH, texts);
  expect(layout.layoutNetwork).toHaveBeenCalledTimes(1);
});
