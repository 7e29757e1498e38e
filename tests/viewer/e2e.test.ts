// End-to-end: the built viewer, served by the real server, in headless Chromium.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureViewerBuilt, launchChromium } from "../../src/bench/suites/viewer.js";
import { createFileSource, startServer, type RunningServer } from "../../src/serve/index.js";
import { XSS_ARTICLE, fixtureJson } from "./fixture.js";

const ARTIFACTS = path.resolve("test-artifacts/viewer");

interface Serialized {
  nodes: Array<{ key: string; attributes: { kind: string; label: string } }>;
  edges: Array<{ key: string; source: string; target: string; attributes: { predicate: string } }>;
}

let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let data: Serialized;
const pageErrors: string[] = [];
const dialogs: string[] = [];
const cspViolations: string[] = [];

const nodeDisplay = (key: string) =>
  page.evaluate((k) => (window as unknown as { kgViewer: { nodeDisplay(k: string): { hidden: boolean; color: string; x: number; y: number } | null } }).kgViewer.nodeDisplay(k), key);

/** Waits until the element's text contains `text` (Playwright's toContainText, without its runner). */
async function waitText(selector: string, text: string): Promise<void> {
  await page.waitForFunction(([sel, t]) => document.querySelector(sel!)?.textContent?.includes(t!) ?? false, [selector, text] as const, { timeout: 10_000 });
}

type Viewer = {
  nodeDisplay(k: string): { hidden: boolean; color: string; x: number; y: number } | null;
  renderer: { getCamera(): { ratio: number; isAnimated(): boolean } };
};

/** The viewer's test handle on the page (window.kgViewer). */
const V = "kgViewer";

async function open(hash = ""): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector("body[data-ready='true']", { timeout: 30_000 });
}

beforeAll(async () => {
  const viewer = ensureViewerBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "kg-e2e-"));
  const json = fixtureJson();
  data = JSON.parse(json) as Serialized;
  writeFileSync(path.join(dir, "graph.json"), json);
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({ files: createFileSource({ viewer, graph: dir }), port: 0 });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.exposeFunction("__reportCsp", (v: string) => cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp(v: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("viewer in Chromium", () => {
  it("loads the graph and draws it", async () => {
    await open();
    await expect(page.textContent("#status")).resolves.toContain(`${data.nodes.length} of ${data.nodes.length} nodes`);
    const canvases = await page.locator("#graph canvas").count();
    expect(canvases).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "01-loaded.png") });
    expect(pageErrors).toEqual([]);
  });

  it("draws edges between the same two nodes apart, and lone edges straight", async () => {
    const edge = (key: string) =>
      page.evaluate((k) => (window as unknown as { kgViewer: { edgeDisplay(k: string): { type: string; curvature: number } | null } }).kgViewer.edgeDisplay(k), key);
    const arrests = await edge("Organization:pellan police->arrests->Group:student protesters");
    const against = await edge("Group:student protesters->protests-against->Organization:pellan police");
    expect(arrests!.type).toBe("curved");
    expect(against!.type).toBe("curved");
    // opposite directions with the same signed curvature bend to opposite sides
    expect(arrests!.curvature).toBeCloseTo(against!.curvature);
    expect(arrests!.curvature).not.toBe(0);
    await expect(edge("State:valdoria->attacks->State:kestria")).resolves.toMatchObject({ type: "arrow" });
  });

  it("legend counts match graph.json", async () => {
    const expectedKinds = new Map<string, number>();
    for (const n of data.nodes) expectedKinds.set(n.attributes.kind, (expectedKinds.get(n.attributes.kind) ?? 0) + 1);
    const expectedPredicates = new Map<string, number>();
    for (const e of data.edges) expectedPredicates.set(e.attributes.predicate, (expectedPredicates.get(e.attributes.predicate) ?? 0) + 1);
    const read = (list: string) =>
      page.$$eval(`#${list} button`, (bs) => bs.map((b) => [(b as HTMLElement).dataset.value!, Number(b.querySelector(".legend-count")!.textContent)] as [string, number]));
    expect(new Map(await read("legend-kinds"))).toEqual(expectedKinds);
    expect(new Map(await read("legend-predicates"))).toEqual(expectedPredicates);
  });

  it("search by alias suggests the node; Enter selects it, flies there and opens its panel", async () => {
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("search");
    await page.keyboard.type("the stud");
    await page.waitForSelector("#suggestions li");
    const first = await page.locator("#suggestions li").first().textContent();
    expect(first).toContain("student protesters");
    expect(first).toContain("The students");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel:not([hidden])");
    await expect(page.textContent("#panel-title")).resolves.toBe("student protesters");
    const groups = await page.$$eval("#panel .relation-group", (gs) => gs.map((g) => (g as HTMLElement).dataset.predicate));
    expect(groups).toEqual(expect.arrayContaining(["protests-against", "arrests", "member-of"]));
    // the mention is marked inside its evidence sentence
    const marks = await page.$$eval("#panel mark", (ms) => ms.map((m) => m.textContent));
    expect(marks).toEqual(expect.arrayContaining(["protesters", "The students"]));
    expect(new URL(page.url()).hash).toContain("node=Group%3Astudent+protesters");
    // the camera flies to the node: it ends up in the middle of the stage
    const box = (await page.locator("#graph").boundingBox())!;
    await page.waitForFunction(
      ({ w, h, v }) => {
        const d = (window as unknown as Record<string, Viewer>)[v]!.nodeDisplay("Group:student protesters")!;
        return Math.abs(d.x - w / 2) < 30 && Math.abs(d.y - h / 2) < 30;
      },
      { w: box.width, h: box.height, v: V },
    );
    await page.screenshot({ path: path.join(ARTIFACTS, "02-search-selected.png") });
  });

  it("a relation's link opens that edge with its evidence, both ends marked", async () => {
    await page.locator("#panel .relation-group[data-predicate='arrests'] a.edge-link").click();
    await expect(page.locator("#panel-title").textContent()).resolves.toBe("Pellan police arrests student protesters");
    expect(new URL(page.url()).hash).toContain("edge=");
    const marks = await page.$$eval("#panel mark", (ms) => ms.map((m) => m.textContent));
    expect(marks).toEqual(expect.arrayContaining(["Pellan police", "protesters"]));
    await page.locator("#panel-title a.node-link", { hasText: "student protesters" }).click();
    await expect(page.textContent("#panel-title")).resolves.toBe("student protesters");
  });

  it("a link in the panel moves the selection to the other node", async () => {
    await page.locator("#panel a.node-link", { hasText: "Maria Lindqvist" }).click();
    await expect(page.textContent("#panel-title")).resolves.toBe("Maria Lindqvist");
    // Back returns to the previous selection
    await page.goBack();
    await waitText("#panel-title", "student protesters");
    await page.goForward();
    await waitText("#panel-title", "Maria Lindqvist");
  });

  it("Escape clears the selection", async () => {
    await page.keyboard.press("Escape");
    await expect(page.locator("#panel").isHidden()).resolves.toBe(true);
    expect(new URL(page.url()).hash).toBe("");
  });

  it("hovering a node dims the nodes that are not its neighbours", async () => {
    await open();
    const p = (await nodeDisplay("State:kestria"))!;
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await page.waitForFunction((v) => (window as unknown as Record<string, Viewer>)[v]!.nodeDisplay("Organization:harbor wire")!.color === "#d9dce1", V);
    const neighbour = await nodeDisplay("State:valdoria");
    const stranger = await nodeDisplay("Organization:harbor wire");
    expect(neighbour!.color).not.toBe(stranger!.color);
    expect(stranger!.color).toBe("#d9dce1");
    await page.screenshot({ path: path.join(ARTIFACTS, "03-hover.png") });
    await page.mouse.move(box.x + 5, box.y + 5);
  });

  it("dragging the stage leaves the hover alone until the button is released", async () => {
    await open();
    const box = (await page.locator("#graph").boundingBox())!;
    const target = (await nodeDisplay("State:kestria"))!;
    const dimmed = async () => (await nodeDisplay("Organization:harbor wire"))!.color === "#d9dce1";
    // press on empty stage, then move onto the node in one step: sigma picks the node under the
    // pointer from the frame drawn before the camera followed the move, and reports it entered
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + target.x, box.y + target.y);
    const moved = (await nodeDisplay("State:kestria"))!;
    expect(Math.hypot(moved.x - target.x, moved.y - target.y)).toBeGreaterThan(50); // the stage was dragged
    expect(await dimmed()).toBe(false);
    await page.mouse.move(box.x + target.x + 10, box.y + target.y + 10);
    expect(await dimmed()).toBe(false);
    await page.mouse.up();
    // the hover sigma last reported is applied on release; moving on clears it
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.waitForFunction((v) => (window as unknown as Record<string, Viewer>)[v]!.nodeDisplay("Organization:harbor wire")!.color !== "#d9dce1", V);
    expect(pageErrors).toEqual([]);
  });

  it("hover works again right after a drag that ends without moving", async () => {
    await open();
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + 45, { steps: 5 });
    // hold still past sigma's drag timeout, so the release neither moves nor animates the camera
    await page.waitForTimeout(300);
    await page.mouse.up();
    await page.waitForTimeout(100);
    const p = (await nodeDisplay("State:kestria"))!;
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await page.waitForFunction((v) => (window as unknown as Record<string, Viewer>)[v]!.nodeDisplay("Organization:harbor wire")!.color === "#d9dce1", V, { timeout: 5_000 });
    await page.mouse.move(box.x + 5, box.y + 5);
  });

  it("draws every node where sigma places it, in its colour", async () => {
    await open();
    const shot = (await page.screenshot()).toString("base64");
    const box = (await page.locator("#graph").boundingBox())!;
    const points = await Promise.all(data.nodes.map(async (n) => ({ key: n.key, ...(await nodeDisplay(n.key))! })));
    // the screenshot's pixel at each node's centre, read in a blank page (the viewer's CSP rightly
    // forbids fetching data: URLs)
    const blank = await browser.newPage();
    const pixels = await blank
      .evaluate(
        async ({ png, at }) => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
          const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d")!;
          ctx.drawImage(bitmap, 0, 0);
          return at.map(({ x, y }) => Array.from(ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)));
        },
        { png: shot, at: points.map((p) => ({ x: box.x + p.x, y: box.y + p.y })) },
      )
      .finally(() => blank.close());
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    points.forEach((p, i) => {
      const got = pixels[i]!;
      const off = Math.max(...rgb(p.color).map((c, k) => Math.abs(c - got[k]!)));
      expect(off, `${p.key}: pixel ${got.join(",")}, colour ${p.color}`).toBeLessThanOrEqual(8);
    });
  });

  it("a click on an edge opens it", async () => {
    await open();
    const box = (await page.locator("#graph").boundingBox())!;
    const a = (await nodeDisplay("Embassy:valdoria@pellan"))!;
    const b = (await nodeDisplay("Location:pellan"))!;
    // the middle of a long straight edge (no other edge crosses it there)
    await page.mouse.click(box.x + (a.x + b.x) / 2, box.y + (a.y + b.y) / 2);
    await page.waitForSelector("#panel:not([hidden])");
    await expect(page.textContent("#panel-title")).resolves.toBe("Embassy of Valdoria in Pellan located-in Pellan");
    expect(new URL(page.url()).hash).toContain("edge=");
    await page.keyboard.press("Escape");
  });

  it("zooms with the buttons and the keyboard", async () => {
    await open();
    const ratio = () => page.evaluate(() => (window as unknown as { kgViewer: { renderer: { getCamera(): { ratio: number } } } }).kgViewer.renderer.getCamera().ratio);
    const start = await ratio();
    await page.click("#zoom-in");
    // each step: act, wait until the camera animation has finished, read the ratio
    const step = async (act: () => Promise<void>): Promise<number> => {
      await act();
      await page.waitForFunction(
        (v) => !(window as unknown as Record<string, { renderer: { getCamera(): { isAnimated(): boolean } } }>)[v]!.renderer.getCamera().isAnimated(),
        V,
      );
      await page.waitForTimeout(50);
      return ratio();
    };
    const zoomed = await step(() => page.click("#zoom-in"));
    expect(zoomed).toBeLessThan(start * 0.8);
    const out = await step(() => page.keyboard.press("-"));
    expect(out).toBeGreaterThan(zoomed * 1.2);
    const inAgain = await step(() => page.keyboard.press("+"));
    expect(inAgain).toBeLessThan(out * 0.8);
    expect(await step(() => page.keyboard.press("0"))).toBeCloseTo(1);
  });

  it("a kind toggle hides its nodes, survives a reload through the URL, and toggles back", async () => {
    const person = page.locator("#legend-kinds button[data-value='Person']");
    await person.click();
    await expect(person.getAttribute("aria-pressed")).resolves.toBe("false");
    for (const n of data.nodes) {
      const d = await nodeDisplay(n.key);
      expect(d!.hidden).toBe(n.attributes.kind === "Person");
    }
    expect(new URL(page.url()).hash).toBe("#hk=Person");
    await page.screenshot({ path: path.join(ARTIFACTS, "04-person-hidden.png") });
    await page.reload();
    await page.waitForSelector("body[data-ready='true']");
    await expect(page.locator("#legend-kinds button[data-value='Person']").getAttribute("aria-pressed")).resolves.toBe("false");
    await expect(nodeDisplay("Person:maria lindqvist")).resolves.toMatchObject({ hidden: true });
    await page.locator("#legend-kinds button[data-value='Person']").click();
    await expect(nodeDisplay("Person:maria lindqvist")).resolves.toMatchObject({ hidden: false });
  });

  it("hides edges with less evidence than asked, and keeps that in the URL", async () => {
    await open();
    const strong = data.edges.filter((e) => (e.attributes as unknown as { weight: number }).weight >= 2).length;
    await page.fill("#min-weight", "2");
    await waitText("#status", `${strong} of ${data.edges.length} edges shown`);
    expect(new URL(page.url()).hash).toBe("#w=2");
    await page.fill("#min-weight", "1");
    await waitText("#status", `${data.edges.length} of ${data.edges.length} edges shown`);
    expect(new URL(page.url()).hash).toBe("");
  });

  it("sizes nodes by degree when asked, and keeps that in the URL", async () => {
    await open();
    const hub = "Group:student protesters";
    const leaf = "State:kestria";
    const size = (key: string) =>
      page.evaluate(({ v, k }) => (window as unknown as Record<string, { renderer: { getNodeDisplayData(k: string): { size: number } } }>)[v]!.renderer.getNodeDisplayData(k)!.size, { v: V, k: key });
    await page.selectOption("#size-by", "degree");
    expect(new URL(page.url()).hash).toBe("#size=degree");
    expect(await size(hub)).toBeGreaterThan(await size(leaf));
    await page.selectOption("#size-by", "mentions");
    expect(new URL(page.url()).hash).toBe("");
  });

  it("article text with markup shows literally and runs nothing", async () => {
    await open("#node=" + encodeURIComponent("Organization:harbor wire"));
    await page.waitForSelector("#panel:not([hidden])");
    const panelText = (await page.textContent("#panel"))!;
    expect(panelText).toContain('<img src=x onerror="window.__xss=1">');
    expect(panelText).toContain(XSS_ARTICLE);
    expect(panelText).toContain('<b>Ivo</b> & "Ana"');
    await expect(page.locator("#panel img, #panel script, #panel b").count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    // a label with markup in the search list, too
    await page.keyboard.press("/");
    await page.keyboard.type("script");
    await page.waitForSelector("#suggestions li");
    await expect(page.locator("#suggestions script").count()).resolves.toBe(0);
    await expect(page.textContent("#suggestions")).resolves.toContain("<script>alert(1)</script>");
    await page.screenshot({ path: path.join(ARTIFACTS, "05-hostile-text.png") });
    await page.keyboard.press("Escape");
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it("runs ForceAtlas2 in a worker (allowed by the CSP), stops it, and removes overlaps", async () => {
    await open();
    const positions = () => Promise.all(data.nodes.map((n) => nodeDisplay(n.key).then((d) => `${d!.x.toFixed(1)},${d!.y.toFixed(1)}`)));
    const before = await positions();
    const first = data.nodes[0]!.key;
    const initial = (await nodeDisplay(first))!;
    await page.click("#layout-run");
    await expect(page.textContent("#layout-run")).resolves.toBe("Stop layout");
    // the worker moves nodes: wait until the first node has moved on screen
    await page.waitForFunction(
      ({ v, key, x, y }) => {
        const d = (window as unknown as Record<string, Viewer>)[v]!.nodeDisplay(key)!;
        return Math.hypot(d.x - x, d.y - y) > 2;
      },
      { v: V, key: first, x: initial.x, y: initial.y },
      { timeout: 20_000 },
    );
    await page.click("#layout-run");
    await expect(page.textContent("#layout-run")).resolves.toBe("Run layout");
    const after = await positions();
    expect(after).not.toEqual(before);
    const settled = await positions();
    await page.waitForTimeout(300);
    expect(await positions()).toEqual(settled); // stopped means stopped
    await page.click("#layout-noverlap");
    await page.screenshot({ path: path.join(ARTIFACTS, "06-after-layout.png") });
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("exports GEXF 1.3 and JSON of the graph", async () => {
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.click("#export-gexf")]);
    const gexfText = readFileSync((await gexf.path())!, "utf8");
    expect(gexfText).toContain('version="1.3"');
    expect((gexfText.match(/<node /g) ?? []).length).toBe(data.nodes.length);
    expect((gexfText.match(/<edge /g) ?? []).length).toBe(data.edges.length);
    const [json] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
    const parsed = JSON.parse(readFileSync((await json.path())!, "utf8")) as Serialized;
    expect(parsed.nodes.map((n) => n.key).sort()).toEqual(data.nodes.map((n) => n.key).sort());
    const [png] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("opens a graph file from disk, and the GEXF it exported", async () => {
    const small = { options: { type: "directed", multi: true }, nodes: [{ key: "a", attributes: { label: "Alpha", kind: "State" } }, { key: "b", attributes: { label: "Beta" } }], edges: [{ source: "a", target: "b", attributes: { predicate: "supports" } }] };
    await page.setInputFiles("#file-input", { name: "small.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(small)) });
    await waitText("#status", "small.json: 2 of 2 nodes, 1 of 1 edges");
    await open();
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.click("#export-gexf")]);
    const gexfPath = (await gexf.path())!;
    await page.setInputFiles("#file-input", gexfPath);
    // the status names the file, so this cannot match the graph.json view that was there before
    await waitText("#status", `${path.basename(gexfPath)}: ${data.nodes.length} of ${data.nodes.length} nodes, ${data.edges.length} of ${data.edges.length} edges`);
    const kinds = await page.$$eval("#legend-kinds button", (bs) => bs.map((b) => (b as HTMLElement).dataset.value));
    expect(kinds).toContain("Embassy");
  });

  it("opens a file dropped on the page", async () => {
    const small = { nodes: [{ key: "x", attributes: { label: "Dropped", kind: "Location", x: 0, y: 0 } }], edges: [] };
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "dropped.json", { type: "application/json" }));
      window.dispatchEvent(new DragEvent("dragenter", { dataTransfer: transfer, bubbles: true }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, JSON.stringify(small));
    await waitText("#status", "dropped.json: 1 of 1 nodes");
    await expect(page.locator("#drop-zone").isHidden()).resolves.toBe(true);
  });

  it("a broken file gives a message and keeps the current graph", async () => {
    await page.setInputFiles("#file-input", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{not json") });
    await waitText("#message", "broken.json is not valid JSON");
    await expect(page.textContent("#status")).resolves.toContain("dropped.json: 1 of 1 nodes");
    expect(pageErrors).toEqual([]);
  });

  it("raised no CSP violation and no page error in the whole session (layout worker and exports included)", () => {
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it("the served CSP really blocks inline script", async () => {
    const fresh = await browser.newPage();
    try {
      const blocked: string[] = [];
      await fresh.exposeFunction("__blocked", (d: string) => blocked.push(d));
      await fresh.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => void (window as unknown as { __blocked(d: string): void }).__blocked(e.violatedDirective)));
      await fresh.goto(server.url);
      await fresh.waitForSelector("body[data-ready='true']");
      const ran = await fresh.evaluate(async () => {
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true";
        document.body.appendChild(script);
        await new Promise((r) => setTimeout(r, 100));
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
      });
      expect(ran).toBe(false);
      await expect.poll(() => blocked.some((d) => d.startsWith("script-src")), { timeout: 5_000 }).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
