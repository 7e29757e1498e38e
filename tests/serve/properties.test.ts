import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { handleRequest, resolveRequestPath, type FileSource } from "../../src/serve/index.js";

const segmentChars = fc.constantFrom("a", "b", ".", "..", "%2e", "%2E", "%2f", "%5c", "\\", "/", "%00", "%", "~", "assets", "graph.json", "index.html");
const target = fc.array(segmentChars, { maxLength: 10 }).map((parts) => `/${parts.join("")}`);

describe("server properties", () => {
  it("never resolves a path with a dot-dot segment, a backslash or NUL, whatever the encoding", () => {
    fc.assert(
      fc.property(target, (t) => {
        const r = resolveRequestPath(t);
        if (!r.ok) return;
        expect(r.path.split("/")).not.toContain("..");
        expect(r.path).not.toMatch(/[\\\u0000]/);
        expect(r.path.startsWith("/")).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it("answers every request with a status and the CSP, never throwing", async () => {
    const files: FileSource = { read: async () => null };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("GET", "HEAD", "POST", "get", "BREW"), fc.oneof(target, fc.string({ maxLength: 30 })), async (method, url) => {
        const res = await handleRequest({ method, url, host: "127.0.0.1" }, files, { allowedHosts: ["127.0.0.1"] });
        expect([200, 400, 403, 404, 405]).toContain(res.status);
        expect(res.headers["Content-Security-Policy"]).toContain("script-src 'self'");
      }),
      { numRuns: 2000 },
    );
  });
});
