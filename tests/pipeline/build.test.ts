import { describe, expect, it } from "vitest";
import { runBuildAsync } from "../../src/pipeline/index.js";
import type { RawInput } from "../../src/ingest/types.js";
import { writeJson } from "../../src/export/json.js";
import { countingExtractor } from "./fixtures.js";

const encoder = new TextEncoder();
function raw(id: string, text: string): RawInput {
  return { id, path: id, bytes: encoder.encode(text) };
}
const RAWS = [
  raw("a.txt", "Kenya met Chile today. Then Chile spoke."),
  raw("b.txt", "Chile and Brazil met. Brazil left."),
  raw("c.txt", "Japan met Kenya. Nothing else."),
];

describe("runBuildAsync", () => {
  it("keeps the extractions in the result by default", async () => {
    const result = await runBuildAsync(RAWS, { extractor: countingExtractor(), jobs: 1 });
    expect(result.extractions.map((e) => e.article)).toEqual(["a.txt", "b.txt", "c.txt"]);
  });

  it("lets the extractions go before the layout when asked, and builds the same graph", async () => {
    const kept = await runBuildAsync(RAWS, { extractor: countingExtractor(), jobs: 1 });
    const released = await runBuildAsync(RAWS, { extractor: countingExtractor(), jobs: 1, keepExtractions: false });
    expect(released.extractions).toEqual([]);
    expect(released.graph.order).toBeGreaterThan(0);
    expect(writeJson(released.graph)).toBe(writeJson(kept.graph));
  });
});
