// Security headers sent with every response of `kg view`.

/**
 * The viewer runs only its own bundled scripts: no inline script, no eval, no third-party origin.
 * `blob:` workers are allowed because graphology's ForceAtlas2 supervisor starts its worker from a
 * Blob URL; `data:`/`blob:` images because the PNG export draws through them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

export const ALLOWED_METHODS = ["GET", "HEAD"] as const;
