import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { it } from "vitest";
import { ensureViewerBuilt, generateGraph, launchChromium } from "../../src/bench/suites/viewer.js";
import { createFileSource, startServer } from "../../src/serve/index.js";
it("cpu", async () => {
  const n = Number(process.env.N ?? 10000);
  const dir = mkdtempSync(path.join(tmpdir(), "kg-prof-"));
  writeFileSync(path.join(dir, "graph.json"), JSON.stringify(generateGraph(n, 3, n).export()));
  const server = await startServer({ files: createFileSource({ viewer: ensureViewerBuilt(), graph: dir }), port: 0 });
  const b = await launchChromium();
  const page = await b.newPage({ viewport: { width: 1366, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  const phase = process.env.PHASE ?? "pan";
  if (phase === "load") await cdp.send("Profiler.start");
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready='true']", { timeout: 120000 });
  if (phase === "pan") {
    await cdp.send("Profiler.start");
    await page.evaluate(async () => {
      const cam = (window as any).kgViewer.renderer.getCamera();
      await new Promise<void>((res) => { let k = 0; const s = performance.now(); const tick = () => { k++; cam.setState({ x: 0.5 + 0.1 * Math.sin(k / 10), y: 0.5 }); if (performance.now() - s < 3000) requestAnimationFrame(tick); else res(); }; requestAnimationFrame(tick); });
    });
  }
  const { profile } = (await cdp.send("Profiler.stop")) as any;
  const self = new Map<string, number>();
  const byId = new Map<number, any>(profile.nodes.map((nd: any) => [nd.id, nd]));
  const dt: number[] = profile.timeDeltas;
  profile.samples.forEach((id: number, i: number) => {
    const nd = byId.get(id); const cf = nd.callFrame;
    const key = `${cf.functionName || "(anon)"} ${cf.url.split("/").pop()}:${cf.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0).padStart(6)}ms ${k}`).join("\n"));
  await b.close(); await server.close();
}, 300000);
