/**
 * The Content-Security-Policy of the built app, set as a <meta> tag at build time (the dev
 * server injects inline scripts for hot reload, so it gets none). Imported documents are
 * untrusted text: even if an escaping slip let markup through, no script could run and
 * nothing could be sent anywhere.
 *
 * `style-src 'unsafe-inline'`: ECharts and React set inline style attributes. `frame-ancestors`
 * cannot be set from a <meta> tag: deployments set it as a header (see SECURITY.md).
 */
import type { Plugin } from "vite";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

export function contentSecurityPolicy(): Plugin {
  return {
    name: "tifa-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}
