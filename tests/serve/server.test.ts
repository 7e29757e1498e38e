import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KgError } from "../../src/errors.js";
import { createFileSource, isLoopback, startServer, validatePort, type RunningServer } from "../../src/serve/index.js";
import { UsageError } from "../../src/errors.js";

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request: the path is sent exactly as given (no URL normalization as fetch does). */
function raw(port: number, method: string, target: string, host = `127.0.0.1:${port}`): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path: target, headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "kg-serve-"));
  const viewer = path.join(root, "viewer");
  const graph = path.join(root, "out");
  mkdirSync(path.join(viewer, "assets"), { recursive: true });
  mkdirSync(graph);
  writeFileSync(path.join(viewer, "index.html"), "<!doctype html><title>kg</title>");
  writeFileSync(path.join(viewer, "assets", "app.js"), "export {};");
  writeFileSync(path.join(graph, "graph.json"), '{"nodes":[],"edges":[]}');
  writeFileSync(path.join(graph, "secret.txt"), "do not serve");
  writeFileSync(path.join(root, "outside.txt"), "outside");
  symlinkSync(path.join(root, "outside.txt"), path.join(viewer, "assets", "escape.js"));
  server = await startServer({ files: createFileSource({ viewer, graph }), port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("startServer", () => {
  it("binds 127.0.0.1 by default and prints a loopback URL", () => {
    expect(server.host).toBe("127.0.0.1");
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it("serves the viewer and graph.json with the CSP", async () => {
    const page = await raw(server.port, "GET", "/");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(String(page.headers["content-security-policy"])).toContain("script-src 'self'");
    const graph = await raw(server.port, "GET", "/graph.json");
    expect(graph.status).toBe(200);
    expect(JSON.parse(graph.body)).toEqual({ nodes: [], edges: [] });
  });

  it("HEAD gives the length and no body", async () => {
    const res = await raw(server.port, "HEAD", "/graph.json");
    expect(res.status).toBe(200);
    expect(res.headers["content-length"]).toBe(String('{"nodes":[],"edges":[]}'.length));
    expect(res.body).toBe("");
  });

  it("405s other methods", async () => {
    const res = await raw(server.port, "POST", "/graph.json");
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET, HEAD");
  });

  it.each(["/../outside.txt", "/assets/../../outside.txt", "/%2e%2e/outside.txt", "/..%2f..%2foutside.txt", "/secret.txt", "/assets/escape.js", "/assets/"])(
    "does not serve %s",
    async (target) => {
      const res = await raw(server.port, "GET", target);
      expect([400, 404]).toContain(res.status);
      expect(res.body).not.toContain("outside");
      expect(res.body).not.toContain("do not serve");
    },
  );

  it("refuses a foreign Host header (DNS rebinding)", async () => {
    const res = await raw(server.port, "GET", "/graph.json", "attacker.example");
    expect(res.status).toBe(403);
  });

  it("knows loopback addresses and rejects impossible ports", () => {
    for (const h of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "LOCALHOST"]) expect(isLoopback(h)).toBe(true);
    for (const h of ["0.0.0.0", "192.168.1.5", "::", "example.com", "127.0.0.1.evil.com"]) expect(isLoopback(h)).toBe(false);
    expect(() => validatePort(70000)).toThrow(UsageError);
    expect(() => validatePort(1.5)).toThrow(UsageError);
  });

  it("a taken port is an error when the port was given, and skipped otherwise", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const files = createFileSource({ viewer: root, graph: root });
      await expect(startServer({ files, port: taken })).rejects.toThrow(KgError);
      await expect(startServer({ files, port: taken })).rejects.toThrow(/already in use/);
      const next = await startServer({ files, port: taken, strictPort: false });
      try {
        expect(next.port).toBeGreaterThan(taken);
      } finally {
        await next.close();
      }
    } finally {
      blocker.close();
    }
  });
});
