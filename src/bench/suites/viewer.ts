// Viewer benchmark: time from page load to sigma's first render, and frame rate while panning, for
// generated graphs of 1,000, 10,000 and 50,000 nodes (three times as many edges) in headless Chromium.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MultiDirectedGraph } from "graphology";
import { chromium, type Browser, type Page } from "playwright-core";
import { ENTITY_KINDS, KIND_COLORS, PREDICATES, PREDICATE_COLORS } from "../../model/ontology.js";
import { createFileSource, startServer } from "../../serve/index.js";
import type { BenchOptions, BenchResult } from "../types.js";
import { mulberry32 } from "../../util/random.js";
import { childrenCpuMs } from "../proc-cpu.js";

export const CHROMIUM_PATH = process.env.KG_CHROMIUM ?? "/usr/bin/chromium";

/** Flags that make Debian's Chromium work headless as root, offline, with software WebGL. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const VIEWER_DIST = path.join(ROOT, "viewer", "dist");

/** Builds viewer/dist when it is missing (npm test and npm start build it beforehand). */
export function ensureViewerBuilt(): string {
  if (!existsSync(path.join(VIEWER_DIST, "index.html"))) {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "vite", "bin", "vite.js"), "build", "--config", "viewer/vite.config.ts", "--logLevel", "error"], {
      cwd: ROOT,
      stdio: "inherit",
    });
  }
  return VIEWER_DIST;
}

/** A small seeded generator, so the benchmark graphs are the same on every run. */
export const seededRandom = mulberry32;

/**
 * A laid-out graph shaped like ours: clustered positions, kinds and predicates from the ontology,
 * one evidence sentence per edge. `edgeFactor` edges per node.
 */
export function generateGraph(nodes: number, edgeFactor = 3, seed = 1): MultiDirectedGraph {
  const rand = seededRandom(seed);
  const graph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: `bench-${nodes}`, generator: "news-kg bench", articles: 0 });
  const clusters = Math.max(1, Math.round(Math.sqrt(nodes) / 2));
  const centres = Array.from({ length: clusters }, () => ({ x: (rand() - 0.5) * 1000, y: (rand() - 0.5) * 1000 }));
  for (let i = 0; i < nodes; i++) {
    const kind = ENTITY_KINDS[Math.floor(rand() * ENTITY_KINDS.length)]!;
    const c = centres[i % clusters]!;
    const r = Math.sqrt(rand()) * 120;
    const a = rand() * 2 * Math.PI;
    const mentions = 1 + Math.floor(rand() ** 3 * 40);
    graph.addNode(`n${i}`, {
      label: `${kind} ${i}`,
      kind,
      aliases: [`alias ${i}`],
      mentions,
      evidence: [{ article: `a${i % 500}.txt`, sentence: 0, start: 0, end: 5 }],
      x: c.x + r * Math.cos(a),
      y: c.y + r * Math.sin(a),
      size: 2 + Math.sqrt(mentions),
      color: KIND_COLORS[kind],
    });
  }
  const edges = nodes * edgeFactor;
  for (let e = 0; e < edges; e++) {
    const s = Math.floor(rand() * nodes);
    // mostly inside the cluster, sometimes across
    let t = rand() < 0.85 ? (s + clusters * (1 + Math.floor(rand() * 20))) % nodes : Math.floor(rand() * nodes);
    if (t === s) t = (s + 1) % nodes;
    const predicate = PREDICATES[Math.floor(rand() * PREDICATES.length)]!;
    graph.addDirectedEdgeWithKey(`e${e}`, `n${s}`, `n${t}`, {
      predicate,
      label: predicate,
      weight: 1,
      evidence: [{ article: `a${s % 500}.txt`, sentence: `Sentence about ${s} and ${t}.`, start: 0, end: 20, rule: "bench" }],
      color: PREDICATE_COLORS[predicate],
    });
  }
  return graph;
}

export interface LoadTiming {
  /** Navigation start -> sigma's first render call returned (graph fetched, parsed, drawn). */
  firstRenderMs: number;
  /** Navigation start -> the next animation frame after it, i.e. once that first frame was composited. */
  firstFrameMs: number;
  /** Parts of firstRenderMs: downloading graph.json, parsing it into a graph, creating the sigma renderer. */
  fetchMs: number;
  parseMs: number;
  sigmaMs: number;
}

/** Loads the page and waits for the first render; times are ms from navigation start. */
export async function loadAndTime(page: Page, url: string, timeoutMs = 120_000): Promise<LoadTiming> {
  await page.goto(url, { waitUntil: "domcontentloaded" });
  await page.waitForSelector("body[data-ready]", { timeout: timeoutMs });
  const ready = await page.getAttribute("body", "data-ready");
  if (ready !== "true") throw new Error(`viewer bench: the page did not load the graph (${await page.textContent("#message")})`);
  return page.evaluate(async () => {
    // a frame after the first render: by then the GPU (here a software one) has drawn it
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    const at = (name: string): number => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    return {
      firstRenderMs: at("kg:first-render"),
      firstFrameMs: performance.now(),
      fetchMs: at("kg:fetched") - at("kg:fetch-start"),
      parseMs: at("kg:parsed") - at("kg:fetched"),
      sigmaMs: at("kg:sigma-ready") - at("kg:view-derived"),
    };
  });
}

export interface PanResult {
  /** Frames sigma drew per second during the drag. */
  fps: number;
  /** CPU time of the whole browser (renderer, GPU process, compositor) per frame drawn; null without /proc. */
  cpuMsPerFrame: number | null;
}

/**
 * Drags the stage for `durationMs` and measures the frames sigma drew meanwhile.
 *
 * The drag runs inside the page: one mousemove per animation frame (as a browser delivers a real
 * mouse's moves), dispatched on sigma's mouse layer, so that the same handlers run as for a real
 * mouse; sigma's renders are counted through its afterRender event. An earlier version moved the
 * mouse with page.mouse.move and counted requestAnimationFrame ticks. That measured the harness:
 * each page.mouse.move is a DevTools-protocol round trip that waits for the renderer to acknowledge
 * the input, so only ~2-7 moves per second reached the page (at 1,000 nodes: 7 moves and 6 sigma
 * renders in 2 s while 19 "frames" per second were reported), and animation frames tick whether
 * or not sigma draws anything in them.
 *
 * The CPU time is read around the drag, before the button is released (the release makes sigma
 * redraw everything once, which is not panning).
 */
export async function measurePanning(page: Page, durationMs = 3000): Promise<PanResult> {
  const cpuBefore = childrenCpuMs();
  const { frames, elapsed } = await page.evaluate(async (duration) => {
    type Renderer = { on(event: "afterRender", f: () => void): void; off(event: "afterRender", f: () => void): void };
    const renderer = (window as unknown as { kgViewer: { renderer: Renderer } }).kgViewer.renderer;
    const layer = document.querySelector("#graph .sigma-mouse");
    if (!layer) throw new Error("viewer bench: no sigma mouse layer");
    const box = layer.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const move = (x: number, y: number): void => {
      layer.dispatchEvent(new MouseEvent("mousemove", { clientX: x, clientY: y, button: 0, buttons: 1, bubbles: true, cancelable: true }));
    };
    let drawn = 0;
    const count = (): void => void drawn++;
    renderer.on("afterRender", count);
    layer.dispatchEvent(new MouseEvent("mousedown", { clientX: cx, clientY: cy, button: 0, buttons: 1, bubbles: true, cancelable: true }));
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const step = (): void => {
        const t = performance.now() - start;
        if (t >= duration) return resolve();
        // round and round, half a turn per second
        const phase = (t / 1000) * Math.PI;
        move(cx + Math.sin(phase) * box.width * 0.25, cy + Math.cos(phase) * box.height * 0.2);
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    renderer.off("afterRender", count);
    return { frames: drawn, elapsed: performance.now() - start };
  }, durationMs);
  const cpuAfter = childrenCpuMs();
  await page.evaluate(() => {
    // sigma listens for the release on the document
    document.dispatchEvent(new MouseEvent("mouseup", { button: 0, buttons: 0, bubbles: true, cancelable: true }));
  });
  return {
    fps: (frames * 1000) / elapsed,
    cpuMsPerFrame: cpuBefore === null || cpuAfter === null || frames === 0 ? null : (cpuAfter - cpuBefore) / frames,
  };
}

/**
 * Main-thread time of one sigma render after a camera move, averaged: the application's own cost of
 * a frame, apart from how fast the GPU (here a software one) then rasterizes it.
 */
export async function measureRenderJs(page: Page, frames = 10): Promise<number> {
  return page.evaluate((count) => {
    const view = (window as unknown as { kgViewer: { renderer: { getCamera(): { setState(s: object): void }; render(): void } } }).kgViewer;
    const start = performance.now();
    for (let i = 0; i < count; i++) {
      view.renderer.getCamera().setState({ x: 0.5 + i * 0.005, y: 0.5 });
      view.renderer.render();
    }
    return (performance.now() - start) / count;
  }, frames);
}

export const SIZES = [1_000, 10_000, 50_000] as const;

let measured: Promise<BenchResult> | null = null;

/**
 * The graph sizes are fixed, not tied to the harness's article count: measured once per process and
 * reported in every column.
 */
export function run(options?: Partial<BenchOptions>): Promise<BenchResult> {
  measured ??= measure(options?.workDir);
  return measured;
}

async function measure(workDir: string | undefined): Promise<BenchResult> {
  const viewer = ensureViewerBuilt();
  const dir = mkdtempSync(path.join(workDir ?? tmpdir(), "kg-bench-viewer-"));
  const result: Record<string, number | string> = { "viewer.browser": "", "viewer.webgl": "swiftshader (software)" };
  try {
    for (const n of SIZES) {
      const graphDir = path.join(dir, String(n));
      mkdirSync(graphDir);
      writeFileSync(path.join(graphDir, "graph.json"), JSON.stringify(generateGraph(n, 3, n).export()));
      const server = await startServer({ files: createFileSource({ viewer, graph: graphDir }), port: 0 });
      // a browser per size: its GPU process is shared by all its pages, and software WebGL may still
      // be drawing the previous page's last frames when the next one loads (measured: 10,000 nodes
      // took 18.7 s to first render right after a page that drew 10 frames of them, 1.6 s alone)
      const browser = await launchChromium();
      result["viewer.browser"] = browser.version();
      const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
      try {
        const timing = await loadAndTime(page, server.url);
        await page.waitForTimeout(300);
        const pan = await measurePanning(page);
        result[`viewer.${n}.renderJsMs`] = Math.round((await measureRenderJs(page)) * 10) / 10;
        result[`viewer.${n}.firstRenderMs`] = Math.round(timing.firstRenderMs);
        result[`viewer.${n}.firstFrameMs`] = Math.round(timing.firstFrameMs);
        result[`viewer.${n}.fetchMs`] = Math.round(timing.fetchMs);
        result[`viewer.${n}.parseMs`] = Math.round(timing.parseMs);
        result[`viewer.${n}.sigmaMs`] = Math.round(timing.sigmaMs);
        result[`viewer.${n}.panFps`] = Math.round(pan.fps * 10) / 10;
        if (pan.cpuMsPerFrame !== null) result[`viewer.${n}.panCpuMsPerFrame`] = Math.round(pan.cpuMsPerFrame);
      } finally {
        await browser.close();
        await server.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
