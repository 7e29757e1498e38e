import { it } from "vitest";
import { ensureViewerBuilt, launchChromium } from "../../src/bench/suites/viewer.js";
import { createFileSource, startServer } from "../../src/serve/index.js";
it("seed", async () => {
  const server = await startServer({ files: createFileSource({ viewer: ensureViewerBuilt(), graph: process.env.DIR ?? "/tmp/kgseed" }), port: 0 });
  const b = await launchChromium();
  const page = await b.newPage({ viewport: { width: 1366, height: 800 } });
  page.on("pageerror", (e) => console.log("PAGEERROR", e.message));
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready='true']");
  await page.screenshot({ path: "test-artifacts/seed-1.png" });
  await page.keyboard.press("/"); await page.keyboard.type(process.env.Q ?? "embassy"); await page.keyboard.press("Enter");
  await page.waitForTimeout(700);
  await page.screenshot({ path: "test-artifacts/seed-2.png" });
  await b.close(); await server.close();
}, 120000);
