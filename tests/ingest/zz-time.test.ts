import { test } from "vitest";
import { readFileSync } from "node:fs";
import { ingest } from "../../src/ingest/index.js";
test("t", () => {
  const bytes = readFileSync("/tmp/oneline/one.txt");
  for (let i = 0; i < 3; i++) { const t = performance.now(); const r = ingest({ id: "a", path: "a.txt", bytes }); console.log("txt", Math.round(performance.now() - t), r.article?.text.length); }
  const html = Buffer.from("<html><body><article>" + "<p>Police guarded the embassy in Lima, the Andes Daily reported.</p>".repeat(70000) + "</article></body></html>");
  const t = performance.now(); const r = ingest({ id: "b", path: "b.html", bytes: html }); console.log("html", html.length, Math.round(performance.now() - t), r.article?.text.length);
});
