import { expect, test } from "vitest";
import { mergeMapOf, mergePeople } from "../../src/db/person-merges";
import type { Dataset, MentionRow } from "../../src/db/records";
import type { CorrectionRecord } from "../../src/model/correction";
import { personIdOf, type PersonId } from "../../src/model/person-id";

const A = personIdOf("王建国", "河南");
const B = personIdOf("王建国", "河北");
const C = personIdOf("王建国", "山东");
const X = personIdOf("无人", "河南");

const same = (id: string, personId: PersonId, sameAs: PersonId, at: number): CorrectionRecord => ({
  id,
  createdAt: at,
  author: "",
  documentId: null,
  articleIndex: null,
  change: { kind: "samePerson", personId, sameAs },
});

const known = new Set<string>([A, B, C]);
const exists = (id: PersonId) => known.has(id);

test("a merge maps a person onto the one kept; chains end at the last; a person no record holds is orphaned", () => {
  const { merges, orphaned } = mergeMapOf(
    [same("2", B, C, 2), same("1", A, B, 1), same("3", X, A, 3), same("4", A, A, 4)],
    exists,
  );
  expect([...merges]).toEqual([
    [A, C],
    [B, C],
  ]);
  expect(orphaned).toEqual(["3", "4"]);
});

test("merging back the other way changes nothing: no person is merged into themself", () => {
  const { merges, orphaned } = mergeMapOf([same("1", A, B, 1), same("2", B, A, 2)], exists);
  expect([...merges]).toEqual([[A, B]]);
  expect(orphaned).toEqual([]);
});

const mention = (articleId: string, personId: PersonId, present: boolean): MentionRow => ({
  id: `${articleId}:${personId}`,
  personId,
  articleId,
  meetingId: null,
  role: present ? "出席" : "提及",
  present,
  titles: [],
  start: 0,
  end: 3,
});

test("merged people: one row with both titles, mentions under the id kept, one per article (present wins)", () => {
  const dataset: Dataset = {
    articles: [],
    meetings: [],
    phrases: [],
    people: [
      { id: A, name: "王建国", province: "河南", titles: ["厅长"] },
      { id: B, name: "王建国", province: "河北", titles: ["副省长", "厅长"] },
      { id: C, name: "王建国", province: "山东", titles: [] },
    ],
    mentions: [mention("a1", A, false), mention("a1", B, true), mention("a2", A, true), mention("a3", C, true)],
  };
  const merged = mergePeople(dataset, new Map([[A, B]]));
  expect(merged.people).toEqual([
    { id: B, name: "王建国", province: "河北", titles: ["副省长", "厅长"], corrected: true },
    { id: C, name: "王建国", province: "山东", titles: [] },
  ]);
  expect(merged.mentions.map((m) => [m.id, m.personId, m.present, m.corrected])).toEqual([
    [`a1:${B}`, B, true, undefined],
    [`a2:${B}`, B, true, true],
    [`a3:${C}`, C, true, undefined],
  ]);
  expect(mergePeople(dataset, new Map())).toBe(dataset);
});
