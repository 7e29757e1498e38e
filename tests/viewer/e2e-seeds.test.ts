// End-to-end on the real thing: `kg build seeds/` (in-process), served by the real server, viewed
// in headless Chromium. Nothing here names an entity: expectations come from the built graph.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureViewerBuilt, launchChromium } from "../../src/bench/suites/viewer.js";
import { run } from "../../src/cli/program.js";
import { createFileSource, startServer, type RunningServer } from "../../src/serve/index.js";

const ARTIFACTS = path.resolve("test-artifacts/viewer");

interface Serialized {
  nodes: Array<{ key: string; attributes: { kind: string; label: string; aliases: string[] } }>;
  edges: Array<{ source: string; target: string; attributes: { predicate: string; evidence: unknown[] } }>;
}

let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let data: Serialized;
const pageErrors: string[] = [];

beforeAll(async () => {
  const viewer = ensureViewerBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "kg-e2e-seeds-"));
  const code = await run(["node", "kg", "build", "seeds/", "--out", dir, "--no-cache", "--quiet", "--jobs", "1"]);
  if (code !== 0) throw new Error(`kg build seeds/ exited with ${code}`);
  data = JSON.parse(readFileSync(path.join(dir, "graph.json"), "utf8")) as Serialized;
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({ files: createFileSource({ viewer, graph: dir }), port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  page.on("pageerror", (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the seed graph in the viewer", () => {
  it("loads, and the legend counts match graph.json", async () => {
    expect(data.nodes.length).toBeGreaterThan(0);
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready='true']", { timeout: 30_000 });
    const count = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
    const read = (list: string) =>
      page.$$eval(`#${list} button`, (bs) => bs.map((b) => [(b as HTMLElement).dataset.value!, Number(b.querySelector(".legend-count")!.textContent)] as [string, number]));
    expect(new Map(await read("legend-kinds"))).toEqual(count(data.nodes.map((n) => n.attributes.kind)));
    expect(new Map(await read("legend-predicates"))).toEqual(count(data.edges.map((e) => e.attributes.predicate)));
    await page.screenshot({ path: path.join(ARTIFACTS, "seeds-01-loaded.png") });
    expect(pageErrors).toEqual([]);
  });

  it("finds a node by one of its aliases and shows its relations and evidence", async () => {
    // the node with the most relations that has an alias
    const degree = (key: string) => data.edges.filter((e) => e.source === key || e.target === key).length;
    const node = data.nodes.filter((n) => n.attributes.aliases.length > 0).sort((a, b) => degree(b.key) - degree(a.key))[0];
    expect(node).toBeDefined();
    const alias = node!.attributes.aliases[0]!;
    await page.keyboard.press("/");
    await page.keyboard.type(alias);
    await page.waitForSelector("#suggestions li");
    const offered = await page.$$eval("#suggestions li", (lis) => lis.map((li) => (li as HTMLElement).dataset.node));
    expect(offered).toContain(node!.key);
    await page.locator("#suggestions li").nth(offered.indexOf(node!.key)).dispatchEvent("mousedown");
    await page.waitForSelector("#panel:not([hidden])");
    await expect(page.textContent("#panel-title")).resolves.toBe(node!.attributes.label);
    const links = await page.locator("#panel .relation-group a.node-link").count();
    expect(links).toBe(degree(node!.key));
    // each distinct evidence sentence of each relation is listed once
    const sentences = data.edges
      .filter((e) => e.source === node!.key || e.target === node!.key)
      .reduce((n, e) => n + new Set(e.attributes.evidence.map((ev) => JSON.stringify(ev, ["article", "start", "sentence"]))).size, 0);
    await expect(page.locator("#panel .evidence-item").count()).resolves.toBe(Math.min(sentences, 100));
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(ARTIFACTS, "seeds-02-selected.png") });
    expect(pageErrors).toEqual([]);
  });
});
