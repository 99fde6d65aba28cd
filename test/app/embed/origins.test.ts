import { describe, expect, test } from "vitest";
import { isAllowedOrigin, normalizeOrigin, parseAllowedOrigins } from "../../../src/app/embed/origins";

describe("normalizeOrigin", () => {
  test("keeps bare http(s) origins, lower-cased, without a trailing slash", () => {
    expect(normalizeOrigin("https://Team.Example.org/")).toBe("https://team.example.org");
    expect(normalizeOrigin("http://localhost:8080")).toBe("http://localhost:8080");
  });
  test("keeps one-level wildcard subdomains", () => {
    expect(normalizeOrigin("https://*.example.org")).toBe("https://*.example.org");
    expect(normalizeOrigin("https://*.apps.example.org:8443")).toBe("https://*.apps.example.org:8443");
  });
  test("wildcards are lower-cased, lose a trailing dot, a trailing slash and a default port", () => {
    expect(normalizeOrigin("HTTPS://*.Team.ORG")).toBe("https://*.team.org");
    expect(normalizeOrigin("https://*.team.org.")).toBe("https://*.team.org");
    expect(normalizeOrigin("https://*.team.org/")).toBe("https://*.team.org");
    expect(normalizeOrigin("https://*.team.org:443")).toBe("https://*.team.org");
    expect(normalizeOrigin("http://*.team.org:80")).toBe("http://*.team.org");
  });
  test("refuses wildcards over a public suffix, private ones included", () => {
    expect(normalizeOrigin("https://*.com")).toBeNull();
    expect(normalizeOrigin("https://*.co.uk")).toBeNull();
    expect(normalizeOrigin("https://*.github.io")).toBeNull();
    expect(normalizeOrigin("https://*.gov.cn")).toBeNull();
    expect(normalizeOrigin("https://*.COM.")).toBeNull();
    // Every child of kawasaki.jp is itself a public suffix.
    expect(normalizeOrigin("https://*.kawasaki.jp")).toBeNull();
  });
  test("keeps wildcards under a registrable domain on a public suffix", () => {
    expect(normalizeOrigin("https://*.example.co.uk")).toBe("https://*.example.co.uk");
    expect(normalizeOrigin("https://*.someone.github.io")).toBe("https://*.someone.github.io");
  });
  test("refuses wildcards over IP addresses", () => {
    expect(normalizeOrigin("http://*.0.0.1:4403")).toBeNull();
    expect(normalizeOrigin("http://*.0.0.1")).toBeNull();
    expect(normalizeOrigin("http://*.1")).toBeNull();
    expect(normalizeOrigin("http://*.168.1.1")).toBeNull();
  });
  test("refuses malformed wildcards", () => {
    expect(normalizeOrigin("https://*.*.team.org")).toBeNull();
    expect(normalizeOrigin("https://a.*.team.org")).toBeNull();
    expect(normalizeOrigin("https://*team.org")).toBeNull();
    expect(normalizeOrigin("https://*.team.org/path")).toBeNull();
    expect(normalizeOrigin("https://*.team..org")).toBeNull();
    expect(normalizeOrigin("https://*.-team.org")).toBeNull();
    expect(normalizeOrigin("ftp://*.team.org")).toBeNull();
  });
  test("exact origins lose a trailing dot", () => {
    expect(normalizeOrigin("https://Team.Example.org.")).toBe("https://team.example.org");
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
    expect(isAllowedOrigin("https://team.org", allowed)).toBe(false);
    expect(isAllowedOrigin("https://eviltteam.org", allowed)).toBe(false);
    expect(isAllowedOrigin("http://a.team.org", allowed)).toBe(false);
    expect(isAllowedOrigin("https://a.team.org:8443", allowed)).toBe(false);
  });
  test("a wildcard covers exactly one label, not deeper subdomains", () => {
    expect(isAllowedOrigin("https://a.b.team.org", allowed)).toBe(false);
    expect(isAllowedOrigin("https://x.a.team.org", allowed)).toBe(false);
  });
  test("origins match whatever their case or trailing dot", () => {
    expect(isAllowedOrigin("https://A.Team.Org", allowed)).toBe(true);
    expect(isAllowedOrigin("https://a.team.org.", allowed)).toBe(true);
    expect(isAllowedOrigin("https://HOST.example.com.", allowed)).toBe(true);
    expect(isAllowedOrigin("https://a.b.team.org.", allowed)).toBe(false);
  });
  test("wildcards with a port match that port only", () => {
    const ported = parseAllowedOrigins(["https://*.team.org:8443"]);
    expect(isAllowedOrigin("https://a.team.org:8443", ported)).toBe(true);
    expect(isAllowedOrigin("https://a.team.org", ported)).toBe(false);
    expect(isAllowedOrigin("https://a.team.org:9443", ported)).toBe(false);
  });
  test("wildcards over public suffixes and IP addresses admit nobody", () => {
    const list = parseAllowedOrigins(["https://*.com", "https://*.github.io", "http://*.0.0.1:4403", "http://*.1"]);
    expect(list).toEqual([]);
    expect(isAllowedOrigin("https://evil-attacker.com", list)).toBe(false);
    expect(isAllowedOrigin("http://127.0.0.1:4403", list)).toBe(false);
    // Even an unparsed list passed straight in.
    expect(isAllowedOrigin("https://evil-attacker.com", ["https://*.com"])).toBe(false);
    expect(isAllowedOrigin("https://someone.github.io", ["https://*.github.io"])).toBe(false);
    expect(isAllowedOrigin("http://127.0.0.1:4403", ["http://*.0.0.1:4403"])).toBe(false);
  });
  test("an exact IP or IPv6 origin still matches exactly", () => {
    const list = parseAllowedOrigins(["http://127.0.0.1:4403", "http://[::1]:8080"]);
    expect(isAllowedOrigin("http://127.0.0.1:4403", list)).toBe(true);
    expect(isAllowedOrigin("http://[::1]:8080", list)).toBe(true);
    expect(isAllowedOrigin("http://127.0.0.2:4403", list)).toBe(false);
  });
  test("opaque and malformed origins are never allowed", () => {
    expect(isAllowedOrigin("null", allowed)).toBe(false);
    expect(isAllowedOrigin("https://*.team.org", allowed)).toBe(false);
    expect(isAllowedOrigin("", allowed)).toBe(false);
  });
  test("nothing is allowed by an empty list", () => {
    expect(isAllowedOrigin("https://host.example.com", [])).toBe(false);
  });
});
