import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { it } from "vitest";
import { ensureViewerBuilt, generateGraph, launchChromium } from "../../src/bench/suites/viewer.js";
import { createFileSource, startServer } from "../../src/serve/index.js";
it("prof", async () => {
  const n = Number(process.env.N ?? 10000);
  const dir = mkdtempSync(path.join(tmpdir(), "kg-prof-"));
  writeFileSync(path.join(dir, "graph.json"), JSON.stringify(generateGraph(n, 3, n).export()));
  const server = await startServer({ files: createFileSource({ viewer: ensureViewerBuilt(), graph: dir }), port: 0 });
  const b = await launchChromium();
  const page = await b.newPage({ viewport: { width: 1366, height: 800 } });
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready='true']", { timeout: 120000 });
  console.log(await page.evaluate(() => performance.getEntriesByType("mark").map((m) => `${m.name} ${m.startTime.toFixed(0)}`).join("\n")));
  const r = await page.evaluate(async () => {
    const v = (window as any).kgViewer;
    const out: Record<string, number> = {};
    let t = performance.now(); v.renderer.refresh(); out.refresh = performance.now() - t;
    t = performance.now(); (v.renderer as any).render(); out.render = performance.now() - t;
    v.renderer.setSetting("renderEdgeLabels", false);
    t = performance.now(); (v.renderer as any).render(); out.renderNoEdgeLabels = performance.now() - t;
    v.renderer.setSetting("renderLabels", false);
    t = performance.now(); (v.renderer as any).render(); out.renderNoLabels = performance.now() - t;
    v.renderer.setSetting("renderLabels", true); v.renderer.setSetting("renderEdgeLabels", true);
    // idle fps
    const count = (ms: number, f?: (i: number) => void) => new Promise<number>((res) => { let k = 0; const s = performance.now(); const tick = () => { k++; f?.(k); if (performance.now() - s < ms) requestAnimationFrame(tick); else res(k * 1000 / (performance.now() - s)); }; requestAnimationFrame(tick); });
    out.idleFps = await count(1000);
    const cam = v.renderer.getCamera();
    out.camFps = await count(2000, (i) => cam.setState({ x: 0.5 + 0.1 * Math.sin(i / 10), y: 0.5 }));
    return out;
  });
  console.log(JSON.stringify(r));
  await b.close(); await server.close();
}, 300000);
