/**
 * zrender, ECharts' renderer, caches the width of every text it measures in an LRU whose map is
 * a plain object keyed by the text itself. A label "__proto__", "constructor" or "toString" (a
 * formulation quoted in an imported report) finds Object.prototype or a built-in function in
 * that map, and the cache links it into its list: `prev` and `next` land on every object of the
 * page, and each animation frame then fails ("clip.step is not a function"). Prefixing every key
 * makes any text an ordinary key. Only the caches' public `get` and `put` are wrapped.
 */
import LRU from "zrender/lib/core/LRU.js";

/** No key of Object.prototype starts with this, so no prefixed key can reach one. */
const PREFIX = "#";
const WRAPPED = Symbol.for("tifa.zrender-cache-keys");

type Key = string | number;
interface Cache {
  get(key: Key): unknown;
  put(key: Key, value: unknown): unknown;
  [WRAPPED]?: true;
}

/** Wraps zrender's LRU once (a second import, as in tests, changes nothing). */
export function guardZrenderCaches(): void {
  const cache = LRU.prototype as unknown as Cache;
  if (cache[WRAPPED]) return;
  const { get, put } = cache;
  cache.get = function (this: Cache, key: Key) {
    return get.call(this, PREFIX + key);
  };
  cache.put = function (this: Cache, key: Key, value: unknown) {
    return put.call(this, PREFIX + key, value);
  };
  cache[WRAPPED] = true;
}

guardZrenderCaches();
