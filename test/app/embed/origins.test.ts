import { describe, expect, test } from "vitest";
import { isAllowedOrigin, normalizeOrigin, parseAllowedOrigins } from "../../../src/app/embed/origins";

describe("normalizeOrigin", () => {
  test("keeps bare http(s) origins, lower-cased, without a trailing slash", () => {
    expect(normalizeOrigin("https://Team.Example.org/")).toBe("https://team.example.org");
    expect(normalizeOrigin("http://localhost:8080")).toBe("http://localhost:8080");
  });
  test("keeps one-level wildcard subdomains", () => {
    expect(normalizeOrigin("https://*.example.org")).toBe("https://*.example.org");
  });
  test("refuses every-origin, opaque, non-http and path-carrying entries", () => {
    expect(normalizeOrigin("*")).toBeNull();
    expect(normalizeOrigin("null")).toBeNull();
    expect(normalizeOrigin("javascript:alert(1)")).toBeNull();
    expect(normalizeOrigin("file:///tmp")).toBeNull();
    expect(normalizeOrigin("https://example.org/path")).toBeNull();
    expect(normalizeOrigin("https://user:pw@example.org")).toBeNull();
    expect(normalizeOrigin("")).toBeNull();
  });
});

describe("isAllowedOrigin", () => {
  const allowed = parseAllowedOrigins(["https://host.example.com", "https://*.team.org", "*", "garbage"]);
  test("the allowlist drops * and garbage", () => {
    expect(allowed).toEqual(["https://host.example.com", "https://*.team.org"]);
  });
  test("exact origins match exactly", () => {
    expect(isAllowedOrigin("https://host.example.com", allowed)).toBe(true);
    expect(isAllowedOrigin("http://host.example.com", allowed)).toBe(false);
    expect(isAllowedOrigin("https://host.example.com:8443", allowed)).toBe(false);
    expect(isAllowedOrigin("https://evil-host.example.com", allowed)).toBe(false);
  });
  test("wildcards match subdomains only, same scheme and port", () => {
    expect(isAllowedOrigin("https://a.team.org", allowed)).toBe(true);
    expect(isAllowedOrigin("https://a.b.team.org", allowed)).toBe(true);
    expect(isAllowedOrigin("https://team.org", allowed)).toBe(false);
    expect(isAllowedOrigin("https://eviltteam.org", allowed)).toBe(false);
    expect(isAllowedOrigin("http://a.team.org", allowed)).toBe(false);
  });
  test("nothing is allowed by an empty list", () => {
    expect(isAllowedOrigin("https://host.example.com", [])).toBe(false);
  });
});
