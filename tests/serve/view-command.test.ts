import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { ensureViewerBuilt } from "../../src/bench/suites/viewer.js";
import { parsePort, register, serveGraphDir, viewerDistDir } from "../../src/cli/commands/view.js";
import { InputError, UsageError } from "../../src/errors.js";

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(path.join(tmpdir(), "kg-view-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("kg view", () => {
  it("registers `view [dir]` with --port and --host, host defaulting to loopback", () => {
    const program = new Command();
    register(program);
    const view = program.commands.find((c) => c.name() === "view")!;
    expect(view).toBeDefined();
    expect(view.options.map((o) => o.long)).toEqual(["--port", "--host"]);
    expect(view.options.find((o) => o.long === "--host")!.defaultValue).toBe("127.0.0.1");
  });

  it.each(["0", "65536", "-1", "80x", "", "1e3"])("rejects --port %s as a usage error", (value) => {
    expect(() => parsePort(value)).toThrow(UsageError);
  });

  it("accepts ports from 1 to 65535", () => {
    expect(parsePort("1")).toBe(1);
    expect(parsePort("65535")).toBe(65535);
  });

  it("says what to run when graph.json is missing", async () => {
    ensureViewerBuilt();
    await expect(serveGraphDir(tempDir(), { host: "127.0.0.1" })).rejects.toThrow(InputError);
    await expect(serveGraphDir(tempDir(), { host: "127.0.0.1" })).rejects.toThrow(/no graph\.json here; build one with `kg build/);
  });

  it("serves the built viewer and graph.json on 127.0.0.1", async () => {
    ensureViewerBuilt();
    expect(viewerDistDir()).toMatch(/viewer[\\/]dist[\\/]?$/);
    const dir = tempDir();
    writeFileSync(path.join(dir, "graph.json"), '{"nodes":[],"edges":[]}');
    const server = await serveGraphDir(dir, { host: "127.0.0.1", port: String(40000 + Math.floor(Math.random() * 20000)) });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="graph"');
      const graph = await fetch(new URL("graph.json", server.url));
      expect(await graph.json()).toEqual({ nodes: [], edges: [] });
    } finally {
      await server.close();
    }
  });
});
