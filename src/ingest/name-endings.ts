/**
 * Gazetteers looked up from the end of a name (宁都县, 八所镇, 曲阜师范大学): the text is scanned for a
 * suffix, then each length some name ending in those two characters has is tried, longest first.
 */

/**
 * The lengths of the names that end with each pair of characters (元县 → 3 for 庆元县), longest first:
 * a suffix is looked up only for the lengths some name has, however long the longest, and the longest
 * name written wins (长兴县 in 浙江, not 兴县 in 山西).
 */
export function lengthsByEnding(names: Iterable<string>): ReadonlyMap<string, readonly number[]> {
  const lengths = new Map<string, Set<number>>();
  for (const name of names) {
    const ending = name.slice(-2);
    lengths.set(ending, (lengths.get(ending) ?? new Set()).add(name.length));
  }
  return new Map([...lengths].map(([ending, set]) => [ending, [...set].sort((a, b) => b - a)]));
}

/** The longest name of `provinceOf` that ends at `i` (its last character), and its province; or null. */
export function nameEndingAt(
  text: string,
  i: number,
  provinceOf: ReadonlyMap<string, string>,
  lengths: ReadonlyMap<string, readonly number[]>,
): { province: string; city: null; name: string } | null {
  for (const length of lengths.get(text.slice(i - 1, i + 1)) ?? []) {
    if (length > i + 1) continue;
    const name = text.slice(i + 1 - length, i + 1);
    const province = provinceOf.get(name);
    if (province) return { province, city: null, name };
  }
  return null;
}

/** A gazetteer kept as one string of names per province ("八所镇 东方镇 …"), by name. */
export function provinceByName(namesByProvince: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(namesByProvince).flatMap(([province, names]) =>
      names.split(" ").map((name) => [name, province] as const),
    ),
  );
}
