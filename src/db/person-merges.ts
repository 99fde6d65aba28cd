/**
 * "Same person as": an analyst says two person records are one person (the same official named in
 * two provinces' reports, say). The stored rows keep the parser's people; the merge is laid over
 * them where the views read (the in-memory dataset), so undoing it is deleting the record.
 */
import type { CorrectionRecord } from "../model/correction";
import type { PersonId } from "../model/person-id";
import type { Dataset, MentionRow, PersonRow } from "./records";

export type MergeMap = ReadonlyMap<PersonId, PersonId>;

/** Follows merges to the record that stays (A → B, B → C: A → C); a loop ends where it began. */
function resolve(merges: ReadonlyMap<PersonId, PersonId>, id: PersonId): PersonId {
  const seen = new Set<PersonId>([id]);
  let at = id;
  for (let next = merges.get(at); next !== undefined && !seen.has(next); next = merges.get(at)) {
    seen.add(next);
    at = next;
  }
  return at;
}

/**
 * The merges the corrections ask for, each id mapped to the record that stays, in the order they
 * were made. A merge naming a person no record holds is orphaned; one that would merge a
 * person into themself (B into A after A into B) changes nothing.
 */
export function mergeMapOf(
  corrections: readonly CorrectionRecord[],
  exists: (id: PersonId) => boolean,
): { merges: Map<PersonId, PersonId>; orphaned: string[] } {
  const direct = new Map<PersonId, PersonId>();
  const orphaned: string[] = [];
  for (const c of [...corrections].sort((a, b) => a.createdAt - b.createdAt)) {
    if (c.change.kind !== "samePerson") continue;
    const { personId, sameAs } = c.change;
    if (personId === sameAs || !exists(personId) || !exists(sameAs)) orphaned.push(c.id);
    else if (resolve(direct, sameAs) !== resolve(direct, personId)) direct.set(personId, sameAs);
  }
  const merges = new Map<PersonId, PersonId>();
  for (const id of direct.keys()) {
    const to = resolve(direct, id);
    if (to !== id) merges.set(id, to);
  }
  return { merges, orphaned };
}

function mergedMentions(mentions: readonly MentionRow[], merges: MergeMap): MentionRow[] {
  const byKey = new Map<string, MentionRow>();
  for (const m of mentions) {
    const personId = merges.get(m.personId) ?? m.personId;
    const row =
      personId === m.personId ? m : { ...m, id: `${m.articleId}:${personId}`, personId, corrected: true as const };
    const known = byKey.get(row.id);
    // Both named in one article: one mention, present if either was.
    if (!known || (!known.present && row.present)) byKey.set(row.id, row);
  }
  return [...byKey.values()];
}

function mergedPeople(people: readonly PersonRow[], merges: MergeMap): PersonRow[] {
  const kept = new Map(people.filter((p) => !merges.has(p.id)).map((p) => [p.id, { ...p, titles: [...p.titles] }]));
  for (const p of people) {
    const into = kept.get(merges.get(p.id) ?? p.id);
    if (into && into.id !== p.id) {
      into.titles = [...new Set([...into.titles, ...p.titles])];
      into.corrected = true;
    }
  }
  return [...kept.values()];
}

/** The dataset with merged people as one: one person row (titles of both), their mentions under the id that stays. */
export function mergePeople(dataset: Dataset, merges: MergeMap): Dataset {
  if (!merges.size) return dataset;
  return {
    ...dataset,
    people: mergedPeople(dataset.people, merges),
    mentions: mergedMentions(dataset.mentions, merges),
  };
}
