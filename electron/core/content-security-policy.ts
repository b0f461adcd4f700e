/**
 * The renderer may load only its own scripts, styles, fonts and images and talk
 * only to its own origin: no remote content, no eval, no inline script.
 * Served by the web host and by Electron's app:// protocol alike.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
