// Maps a request path to a file under one of the two roots the server may read, or refuses it.
// Pure string logic: the file-system side (symlinks leaving a root) is checked by the file source.

/** The two places files come from: the built viewer, and the directory holding graph.json. */
export type RootName = "viewer" | "graph";

export type Resolution =
  | { ok: true; root: RootName; path: string }
  | { ok: false; status: 400 | 404; reason: string };

/** Files of the graph directory the viewer may fetch; nothing else there is served. */
export const GRAPH_FILES: readonly string[] = ["graph.json"];

const INDEX = "index.html";

/**
 * Resolves the path part of a request target. Rejects encoded or literal `..`, backslashes,
 * NUL and other control characters, and dot-files; `/` and any path ending in `/` map to
 * `index.html` of the viewer (never a listing).
 */
export function resolveRequestPath(target: string): Resolution {
  const raw = (target.split("#")[0] ?? "").split("?")[0] ?? "";
  if (!raw.startsWith("/")) return { ok: false, status: 400, reason: "request target must be an absolute path" };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400, reason: "malformed percent-encoding" };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return { ok: false, status: 400, reason: "forbidden character in path" };
  const segments = decoded.split("/").slice(1);
  for (const segment of segments.slice(0, -1)) {
    if (segment === "") return { ok: false, status: 404, reason: "empty path segment" };
  }
  for (const segment of segments) {
    if (segment === "." || segment === "..") return { ok: false, status: 400, reason: "dot segment in path" };
    if (segment.startsWith(".")) return { ok: false, status: 404, reason: "hidden file" };
  }
  const last = segments[segments.length - 1] ?? "";
  const path = last === "" ? [...segments.slice(0, -1), INDEX].join("/") : segments.join("/");
  if (segments.length === 1 && GRAPH_FILES.includes(path)) return { ok: true, root: "graph", path };
  return { ok: true, root: "viewer", path };
}
