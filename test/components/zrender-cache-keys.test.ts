import { afterEach, expect, test } from "vitest";
import LRU from "zrender/lib/core/LRU.js";
import { guardZrenderCaches } from "../../src/components/zrender-cache-keys";

const KEYS = ["__proto__", "constructor", "hasOwnProperty", "toString", "valueOf", "month", "{b}{c}"];

afterEach(() => {
  // Nothing may have leaked onto every object.
  expect(
    Object.getOwnPropertyNames(Object.prototype).filter((k) => ["prev", "next", "value", "key"].includes(k)),
  ).toEqual([]);
  expect({}).toEqual({});
});

test("the text-width cache keeps any text as an ordinary key, the names of Object.prototype's own included", () => {
  guardZrenderCaches();
  const cache = new LRU<number>(20);
  expect(KEYS.map((key) => cache.get(key))).toEqual(KEYS.map(() => undefined));
  KEYS.forEach((key, i) => cache.put(key, i));
  expect(KEYS.map((key) => cache.get(key))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  expect(cache.len()).toBe(KEYS.length);
  const plain: Record<string, unknown> = {};
  expect([plain.next, plain.prev, plain.value]).toEqual([undefined, undefined, undefined]);
});

test("it still forgets the least recently used text first, and wrapping twice changes nothing", () => {
  guardZrenderCaches();
  guardZrenderCaches();
  const cache = new LRU<number>(2);
  cache.put("__proto__", 1);
  cache.put("constructor", 2);
  expect(cache.get("__proto__")).toBe(1);
  expect(cache.put("toString", 3)).toBe(2);
  expect([cache.get("__proto__"), cache.get("constructor"), cache.get("toString")]).toEqual([1, undefined, 3]);
  cache.put(7, 4);
  expect(cache.get(7)).toBe(4);
});
