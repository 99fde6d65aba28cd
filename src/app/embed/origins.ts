/**
 * Which host pages may command an embedded dashboard. An allowlist of exact origins
 * ("https://team.example.org") or one-level wildcard subdomains ("https://*.example.org").
 * "*" and malformed entries are dropped: never every origin.
 */

export function normalizeOrigin(candidate: string): string | null {
  const value = candidate.trim();
  if (!value || value === "*" || value === "null") return null;
  const wildcard = /^(https?):\/\/\*\.([a-z0-9.-]+)(:\d+)?$/i.exec(value);
  if (wildcard) return `${wildcard[1]!.toLowerCase()}://*.${wildcard[2]!.toLowerCase()}${wildcard[3] ?? ""}`;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    // Only a bare origin: a path, query or credentials would make the entry ambiguous.
    return url.origin === value.replace(/\/$/, "").toLowerCase() ? url.origin : null;
  } catch {
    return null;
  }
}

export function parseAllowedOrigins(values: readonly string[]): string[] {
  return [...new Set(values.map(normalizeOrigin).filter((o): o is string => o !== null))];
}

export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  for (const entry of allowed) {
    if (entry === origin) return true;
    const wildcard = /^(https?):\/\/\*\.([^:]+)(:\d+)?$/.exec(entry);
    if (!wildcard) continue;
    const [, scheme, domain, port = ""] = wildcard;
    const match = /^(https?):\/\/([^/:]+)(:\d+)?$/.exec(origin);
    if (match && match[1] === scheme && (match[3] ?? "") === port && match[2]!.endsWith(`.${domain}`)) return true;
  }
  return false;
}
