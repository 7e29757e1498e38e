// Issue 2's bar for the seed article: `kg build seeds/` scored by the shared scorer against
// ../shared/corpus/seed.gold.json (read in place beside the checkout, never copied into the project).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import { kg, ROOT, tempDir } from "../helpers/cli.js";

const SHARED = path.resolve(ROOT, "..", "shared");

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = ({ tp, fp, fn }: Counts) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

it("builds seeds/ with entity F1 >= 0.90 and core relation F1 >= 0.80 against the seed's gold", async () => {
  const out = tempDir("kg-seed-");
  expect(kg(["build", "seeds", "--out", out, "--quiet", "--no-cache"]).status).toBe(0);
  const scorer = (await import(pathToFileURL(path.join(SHARED, "eval", "score.mjs")).href)) as {
    scoreOne(gold: unknown, graph: unknown): { entities: Counts; core: Record<string, Counts> };
  };
  const gold = JSON.parse(fs.readFileSync(path.join(SHARED, "corpus", "seed.gold.json"), "utf8"));
  const g = JSON.parse(fs.readFileSync(path.join(out, "graph.json"), "utf8"));
  const graph = {
    nodes: g.nodes.map((n: { key: string; attributes: { label: string; kind: string; aliases: string[] } }) => ({
      key: n.key,
      label: n.attributes.label,
      kind: n.attributes.kind,
      aliases: n.attributes.aliases,
    })),
    edges: g.edges.map((e: { source: string; target: string; attributes: { predicate: string } }) => ({
      source: e.source,
      target: e.target,
      predicate: e.attributes.predicate,
    })),
  };
  const s = scorer.scoreOne(gold, graph);
  const core = Object.values(s.core).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
  expect(f1(s.entities)).toBeGreaterThanOrEqual(0.9);
  expect(f1(core)).toBeGreaterThanOrEqual(0.8);
});
