import { describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  handleRequest,
  hostName,
  resolveRequestPath,
  type FileSource,
  type RootName,
} from "../../src/serve/index.js";

const enc = new TextEncoder();

/** An in-memory FileSource recording what was asked of it. */
function memoryFiles(files: Record<string, string>): FileSource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async read(root: RootName, path: string) {
      asked.push(`${root}:${path}`);
      const text = files[`${root}:${path}`];
      return text === undefined ? null : enc.encode(text);
    },
  };
}

const FILES = {
  "viewer:index.html": "<!doctype html><title>kg</title>",
  "viewer:assets/app-123.js": "console.log(1)",
  "viewer:assets/app.css": "body{}",
  "graph:graph.json": '{"nodes":[]}',
};
const ANY_HOST = { allowedHosts: null };

describe("resolveRequestPath", () => {
  it("maps / and trailing slashes to index.html and graph.json to the graph root", () => {
    expect(resolveRequestPath("/")).toEqual({ ok: true, root: "viewer", path: "index.html" });
    expect(resolveRequestPath("/?node=a#x")).toEqual({ ok: true, root: "viewer", path: "index.html" });
    expect(resolveRequestPath("/assets/")).toEqual({ ok: true, root: "viewer", path: "assets/index.html" });
    expect(resolveRequestPath("/graph.json?t=1")).toEqual({ ok: true, root: "graph", path: "graph.json" });
    expect(resolveRequestPath("/assets/graph.json")).toEqual({ ok: true, root: "viewer", path: "assets/graph.json" });
  });

  it.each([
    "/../etc/passwd",
    "/assets/../../secret",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/assets/%2E%2E/x",
    "/..%2fgraph.json",
    "/assets/..%5c..%5cwin.ini",
    "/a%00.js",
    "/a%0a.js",
    "/%E0%A4%A",
    "relative/path",
  ])("refuses %s", (target) => {
    const result = resolveRequestPath(target);
    expect(result.ok).toBe(false);
  });

  it("hides dot-files and empty segments", () => {
    expect(resolveRequestPath("/.env")).toMatchObject({ ok: false, status: 404 });
    expect(resolveRequestPath("/assets/.git/config")).toMatchObject({ ok: false, status: 404 });
    expect(resolveRequestPath("//etc/passwd")).toMatchObject({ ok: false, status: 404 });
  });
});

describe("handleRequest", () => {
  it("serves GET with content type, length and the CSP", async () => {
    const files = memoryFiles(FILES);
    const res = await handleRequest({ method: "GET", url: "/assets/app-123.js" }, files, ANY_HOST);
    expect(res.status).toBe(200);
    expect(res.headers["Content-Type"]).toBe("text/javascript; charset=utf-8");
    expect(res.headers["Content-Length"]).toBe(String("console.log(1)".length));
    expect(res.headers["Content-Security-Policy"]).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(new TextDecoder().decode(res.body!)).toBe("console.log(1)");
  });

  it("the CSP forbids inline and foreign scripts", () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-eval");
  });

  it("answers HEAD with the GET headers and no body", async () => {
    const files = memoryFiles(FILES);
    const get = await handleRequest({ method: "GET", url: "/graph.json" }, files, ANY_HOST);
    const head = await handleRequest({ method: "HEAD", url: "/graph.json" }, files, ANY_HOST);
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers).toEqual(get.headers);
    expect(head.headers["Content-Type"]).toBe("application/json; charset=utf-8");
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"])("answers %s with 405 and Allow", async (method) => {
    const files = memoryFiles(FILES);
    const res = await handleRequest({ method, url: "/index.html" }, files, ANY_HOST);
    expect(res.status).toBe(405);
    expect(res.headers.Allow).toBe("GET, HEAD");
    expect(files.asked).toEqual([]);
  });

  it("never asks the file source for a traversal path", async () => {
    const files = memoryFiles(FILES);
    const res = await handleRequest({ method: "GET", url: "/%2e%2e/%2e%2e/etc/passwd" }, files, ANY_HOST);
    expect(res.status).toBe(400);
    expect(files.asked).toEqual([]);
  });

  it("404s missing files and directories instead of listing them", async () => {
    const files = memoryFiles(FILES);
    expect((await handleRequest({ method: "GET", url: "/nope.js" }, files, ANY_HOST)).status).toBe(404);
    expect((await handleRequest({ method: "GET", url: "/assets/" }, files, ANY_HOST)).status).toBe(404);
    expect(files.asked).toContain("viewer:assets/index.html");
  });

  it("checks the Host header when limited to loopback names", async () => {
    const files = memoryFiles(FILES);
    const opts = { allowedHosts: ["127.0.0.1", "localhost", "::1"] };
    expect((await handleRequest({ method: "GET", url: "/", host: "127.0.0.1:5180" }, files, opts)).status).toBe(200);
    expect((await handleRequest({ method: "GET", url: "/", host: "LOCALHOST:5180" }, files, opts)).status).toBe(200);
    expect((await handleRequest({ method: "GET", url: "/", host: "[::1]:5180" }, files, opts)).status).toBe(200);
    expect((await handleRequest({ method: "GET", url: "/", host: "evil.example:5180" }, files, opts)).status).toBe(403);
    expect((await handleRequest({ method: "GET", url: "/" }, files, opts)).status).toBe(403);
  });
});

describe("helpers", () => {
  it("contentTypeFor knows the viewer's files and falls back to octet-stream", () => {
    expect(contentTypeFor("index.html")).toBe("text/html; charset=utf-8");
    expect(contentTypeFor("assets/x.CSS")).toBe("text/css; charset=utf-8");
    expect(contentTypeFor("assets/x.woff2")).toBe("font/woff2");
    expect(contentTypeFor("assets/README")).toBe("application/octet-stream");
    expect(contentTypeFor("assets.d/x")).toBe("application/octet-stream");
  });

  it("hostName strips ports and brackets", () => {
    expect(hostName("[::1]:80")).toBe("::1");
    expect(hostName("Example.COM:8080")).toBe("example.com");
    expect(hostName("localhost")).toBe("localhost");
  });
});
