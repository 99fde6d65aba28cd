/**
 * Which host pages may command an embedded dashboard. An allowlist of exact origins
 * ("https://team.example.org") or one-level wildcard subdomains ("https://*.example.org").
 * "*" and malformed entries are dropped: never every origin.
 */
// tldts' hashed build: the same list and API; with tldts' own build the bundler copies its label
// string into every use, tripling the first load's cost. A hash collision can only refuse an entry.
import { getDomain } from "tldts-experimental";

/** Private suffixes count too: "*.github.io" would admit every GitHub Pages site. */
const PSL = { allowPrivateDomains: true } as const;

const WILDCARD = /^(https?):\/\/\*\.([^/?#@:\\*]+)(:\d+)?\/?$/i;
const ORIGIN = /^(https?):\/\/([^/:]+)(:\d+)?$/;

/** One form for a host: lower case, without the trailing dot of a fully qualified name. */
function canonicalHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, "");
}

/**
 * A wildcard may only span one registrant's names: its base must lie inside a registrable domain
 * ("*.team.org", "*.apps.team.org"), never be a public suffix ("*.com", "*.co.uk", "*.github.io")
 * nor sit under a wildcard suffix rule ("*.kawasaki.jp", where every child is a suffix), and never
 * be part of an IP address ("*.0.0.1" once matched 127.0.0.1).
 */
function isWildcardBase(base: string): boolean {
  if (/^\d+$/.test(base.slice(base.lastIndexOf(".") + 1))) return false;
  const domain = getDomain(base, PSL);
  return domain !== null && getDomain(`wildcard-probe.${base}`, PSL) === domain;
}

function normalizeWildcard(scheme: string, base: string, port = ""): string | null {
  let url: URL;
  try {
    // The URL parser checks the host and port and drops a default port, as a page's origin does.
    url = new URL(`${scheme}://wildcard-probe.${base}${port}`);
  } catch {
    return null;
  }
  const host = canonicalHost(url.hostname);
  if (!host.startsWith("wildcard-probe.")) return null;
  const domain = host.slice("wildcard-probe.".length);
  if (!isWildcardBase(domain)) return null;
  return `${url.protocol}//*.${domain}${url.port ? `:${url.port}` : ""}`;
}

export function normalizeOrigin(candidate: string): string | null {
  const value = candidate.trim();
  if (!value || value === "*" || value === "null") return null;
  const wildcard = WILDCARD.exec(value);
  if (wildcard) return normalizeWildcard(wildcard[1]!.toLowerCase(), wildcard[2]!, wildcard[3]);
  if (value.includes("*")) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    // Only a bare origin: a path, query or credentials would make the entry ambiguous.
    if (url.origin !== value.replace(/\/$/, "").toLowerCase()) return null;
    return `${url.protocol}//${canonicalHost(url.hostname)}${url.port ? `:${url.port}` : ""}`;
  } catch {
    return null;
  }
}

export function parseAllowedOrigins(values: readonly string[]): string[] {
  return [...new Set(values.map(normalizeOrigin).filter((o): o is string => o !== null))];
}

/**
 * `origin` as a browser reports it (MessageEvent.origin). Wildcard entries count only in the form
 * parseAllowedOrigins keeps, so an unparsed list cannot smuggle in "*.com".
 */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  const canonical = origin.includes("*") ? null : normalizeOrigin(origin);
  if (canonical === null) return false;
  if (allowed.includes(canonical)) return true;
  const match = ORIGIN.exec(canonical);
  if (!match) return false;
  const [, scheme, host, port = ""] = match;
  // A wildcard covers exactly one DNS label: "*.team.org" admits a.team.org, not a.b.team.org.
  const dot = host!.indexOf(".");
  if (dot <= 0) return false;
  const wildcard = `${scheme}://*.${host!.slice(dot + 1)}${port}`;
  return allowed.includes(wildcard) && normalizeOrigin(wildcard) === wildcard;
}
