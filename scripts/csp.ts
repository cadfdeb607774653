import type { Plugin } from 'vite';

/**
 * The Content Security Policy of the built app. Everything is bundled, so nothing but the
 * app's own origin is ever needed: no inline script or style, no eval, no network elsewhere.
 * `frame-ancestors` (which sites may embed the app) cannot be set from a <meta> tag; hosts add
 * it as a header (public/_headers, README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  // Cite & export previews the view's embed in a frame of the app itself.
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Adds the CSP <meta> right after the charset declaration, at build time only (the dev
 * server needs inline scripts for hot reload). Fails the build if the anchor is missing,
 * so the policy can never silently disappear.
 */
export function contentSecurityPolicy(): Plugin {
  const anchor = '<meta charset="UTF-8" />';
  return {
    name: 'sourceline-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        if (!html.includes(anchor)) throw new Error(`index.html: ${anchor} not found for the CSP`);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        return html.replace(anchor, `${anchor}\n    ${meta}`);
      },
    },
  };
}
