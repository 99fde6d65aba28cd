/**
 * A document's identity: the SHA-256 (hex) of its decoded text as UTF-8. The same report saved
 * as UTF-8 or GBK is one document; a text changed by one character is another. A backup's ids
 * are checked against it, so an edited backup cannot keep a stale id.
 */
export const DOCUMENT_ID_SCHEME = "sha256-of-text";

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function documentIdOf(text: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(text));
}
