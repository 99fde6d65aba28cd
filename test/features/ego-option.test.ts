import { expect, test } from "vitest";
import type { Network } from "../../src/analytics/network";
import { egoOption, FOCUS_RING } from "../../src/features/network/person/ego-option";

const node = (id: string, x: number) => ({
  id,
  name: id.slice(3),
  province: "山东",
  meetings: 1,
  mentions: 0,
  mentionedOnly: false,
  community: 0,
  x,
  y: 0,
});
const net: Network = {
  nodes: [node("山东:庄严", 0), node("山东:刘渊", 1), node("山东:刘建武", 2)],
  edges: [
    { source: "山东:刘建武", target: "山东:庄严", weight: 1, mentioned: false, roles: [{ 主持: 1 }, { 讲话: 1 }] },
    { source: "山东:刘渊", target: "山东:刘建武", weight: 1, mentioned: false, roles: [{ 讲话: 1 }, { 主持: 1 }] },
  ],
  total: 3,
  matches: [],
};

test("the page's person is ringed and labelled; no one is dimmed, not even at depth 2", () => {
  const data = egoOption(net, "zh", "山东:庄严", 2).series[0]!.data;
  expect(data.map((n) => [n.id, n.itemStyle ?? null])).toEqual([
    ["山东:庄严", FOCUS_RING],
    ["山东:刘渊", null],
    ["山东:刘建武", null],
  ]);
  expect(data[0]!.label.show).toBe(true);
});
