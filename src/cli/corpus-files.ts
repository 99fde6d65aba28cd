/**
 * Which files a corpus is built from: the folder trees walked for the types the Data page
 * imports, each named by its path under its folder (the folder's own name first), and the
 * files of one shard. A file's shard is a hash of that name, so the shards of a tree are disjoint
 * and cover it whatever machine computes them.
 */
import { readdir } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { statSync } from "node:fs";

/** The file types the Data page imports. */
export const CORPUS_INPUT = /\.(txt|md|markdown|html?|docx|pdf|json|jsonl|xml|csv|tsv|sql)$/i;

export interface CorpusInput {
  /** Where it is on this machine. */
  path: string;
  /** Its name in the corpus: `folder/sub/file.txt`, with `/` whatever the system. */
  name: string;
}

export interface Shard {
  /** From 1 to `count`. */
  index: number;
  count: number;
}

/** "2/8" → { index: 2, count: 8 }; anything else → null. */
export function parseShard(text: string): Shard | null {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return null;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/** FNV-1a (32 bits) of the name's UTF-8 bytes: small, stable, and the same in every runtime. */
export function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

export function inShard(name: string, shard: Shard | null): boolean {
  return !shard || (nameHash(name) % shard.count) + 1 === shard.index;
}

async function walk(dir: string, root: string, prefix: string, found: CorpusInput[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    // Hidden files and folders (.git, .DS_Store) are not reports.
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, root, prefix, found);
    else if (entry.isFile() && CORPUS_INPUT.test(entry.name))
      found.push({ path, name: `${prefix}/${relative(root, path).split(sep).join("/")}` });
  }
}

/** The inputs under these folders (or these files), sorted by name, those of `shard` only. */
export async function corpusInputs(paths: readonly string[], shard: Shard | null = null): Promise<CorpusInput[]> {
  const found: CorpusInput[] = [];
  for (const given of paths) {
    const root = resolve(given);
    if (statSync(root).isDirectory()) await walk(root, root, basename(root), found);
    else found.push({ path: root, name: basename(root) });
  }
  return found.filter((f) => inShard(f.name, shard)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
