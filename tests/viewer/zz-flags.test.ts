import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { it } from "vitest";
import { chromium } from "playwright-core";
import { ensureViewerBuilt, generateGraph } from "../../src/bench/suites/viewer.js";
import { createFileSource, startServer } from "../../src/serve/index.js";
const BASE = ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"];
it("flags", async () => {
  const n = Number(process.env.N ?? 10000);
  const dir = mkdtempSync(path.join(tmpdir(), "kg-prof-"));
  writeFileSync(path.join(dir, "graph.json"), JSON.stringify(generateGraph(n, 3, n).export()));
  const server = await startServer({ files: createFileSource({ viewer: ensureViewerBuilt(), graph: dir }), port: 0 });
  const variants: [string, string[], boolean][] = [
    ["default", [], true],
    ["angle-swiftshader", ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"], true],
    ["angle-swiftshader-webgl", ["--use-angle=swiftshader-webgl"], true],
    ["gl-egl", ["--use-gl=egl"], true],
    ["no-disable-gpu", [], true],
    ["old-headless", ["--headless=old"], true],
  ];
  for (const [name, extra, headless] of variants) {
    const args = name === "no-disable-gpu" ? BASE.filter((a) => a !== "--disable-gpu") : [...BASE, ...extra];
    const b = await chromium.launch({ executablePath: "/usr/bin/chromium", headless, args });
    const page = await b.newPage({ viewport: { width: 1366, height: 800 } });
    try {
      await page.goto(server.url);
      await page.waitForSelector("body[data-ready='true']", { timeout: 120000 });
      const r = await page.evaluate(async () => {
        const count = (ms: number, f?: (i: number) => void) => new Promise<number>((res) => { let k = 0; const s = performance.now(); const tick = () => { k++; f?.(k); if (performance.now() - s < ms) requestAnimationFrame(tick); else res(k * 1000 / (performance.now() - s)); }; requestAnimationFrame(tick); });
        const c = document.createElement("canvas"); const gl = c.getContext("webgl2")!; const d = gl.getExtension("WEBGL_debug_renderer_info");
        const renderer = d ? gl.getParameter(d.UNMASKED_RENDERER_WEBGL) : "?";
        const fr = performance.getEntriesByName("kg:first-render")[0]!.startTime;
        const idle = await count(1500);
        const cam = (window as any).kgViewer.renderer.getCamera();
        const pan = await count(2000, (i) => cam.setState({ x: 0.5 + 0.1 * Math.sin(i / 10), y: 0.5 }));
        return { renderer, fr: Math.round(fr), idle: idle.toFixed(1), pan: pan.toFixed(1) };
      });
      console.log(name, JSON.stringify(r));
    } catch (e) { console.log(name, "failed", (e as Error).message.slice(0, 200)); }
    await b.close();
  }
  await server.close();
}, 600000);
