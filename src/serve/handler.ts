// Request -> response for `kg view`, with no socket and no file system: files come from an
// injected FileSource, so every rule (methods, traversal, headers, hosts) is testable directly.
import { ALLOWED_METHODS, SECURITY_HEADERS } from "./headers.js";
import { contentTypeFor } from "./mime.js";
import { resolveRequestPath, type RootName } from "./resolve.js";

export interface ServeRequest {
  method: string;
  /** The request target as sent ("/assets/app.js?v=1"). */
  url: string;
  /** The Host header, if any. */
  host?: string;
}

export interface ServeResponse {
  status: number;
  headers: Record<string, string>;
  /** Null for HEAD and for responses without a body. */
  body: Uint8Array | null;
}

/** Reads a regular file under a root; null when it is missing, not a regular file, or leaves the root. */
export interface FileSource {
  read(root: RootName, path: string): Promise<Uint8Array | null>;
}

export interface HandlerOptions {
  /**
   * Host names (without port) accepted in the Host header; null accepts any. A server bound to
   * the loopback interface accepts only loopback names, which defeats DNS-rebinding pages.
   */
  allowedHosts: readonly string[] | null;
}

const encoder = new TextEncoder();

function textResponse(status: number, message: string, head: boolean, extra: Record<string, string> = {}): ServeResponse {
  const body = encoder.encode(`${message}\n`);
  return {
    status,
    headers: {
      ...SECURITY_HEADERS,
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Length": String(body.byteLength),
      "Cache-Control": "no-store",
      ...extra,
    },
    body: head ? null : body,
  };
}

/** The host name of a Host header: "[::1]:8080" -> "::1", "Localhost:80" -> "localhost". */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith("[")) {
    const close = value.indexOf("]");
    return close > 0 ? value.slice(1, close) : value;
  }
  const colon = value.indexOf(":");
  return colon >= 0 ? value.slice(0, colon) : value;
}

export const LOOPBACK_HOSTS: readonly string[] = ["127.0.0.1", "localhost", "::1"];

export async function handleRequest(
  request: ServeRequest,
  files: FileSource,
  options: HandlerOptions,
): Promise<ServeResponse> {
  const method = request.method.toUpperCase();
  const head = method === "HEAD";
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return textResponse(405, "405 Method Not Allowed", false, { Allow: ALLOWED_METHODS.join(", ") });
  }
  if (options.allowedHosts !== null) {
    const name = request.host === undefined ? "" : hostName(request.host);
    if (!options.allowedHosts.includes(name)) return textResponse(403, "403 Forbidden: unexpected Host header", head);
  }
  const resolved = resolveRequestPath(request.url);
  if (!resolved.ok) {
    return textResponse(resolved.status, resolved.status === 400 ? "400 Bad Request" : "404 Not Found", head);
  }
  const data = await files.read(resolved.root, resolved.path);
  if (data === null) return textResponse(404, "404 Not Found", head);
  const immutable = resolved.root === "viewer" && resolved.path.startsWith("assets/");
  return {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      "Content-Type": contentTypeFor(resolved.path),
      "Content-Length": String(data.byteLength),
      // hashed bundle files never change; the page and the graph must be re-read on every load
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    },
    body: head ? null : data,
  };
}
