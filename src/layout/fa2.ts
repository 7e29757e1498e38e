// graphology-layout-forceatlas2 is CommonJS with an `export default` in its typings; under
// NodeNext the typed default import and the runtime value disagree. This module resolves the
// function once, whichever interop the runtime (Node, Vite, vitest) applies, and types it.
import fa2Module from "graphology-layout-forceatlas2";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";

export interface ForceAtlas2 {
  (
    graph: AbstractGraph,
    params: { iterations: number; settings?: ForceAtlas2Settings; getEdgeWeight?: string | null },
  ): Record<string, { x: number; y: number }>;
  inferSettings(order: number): ForceAtlas2Settings;
}

function resolve(module: unknown): ForceAtlas2 {
  if (typeof module === "function") return module as ForceAtlas2;
  const inner = (module as { default?: unknown } | null)?.default;
  if (typeof inner === "function") return inner as ForceAtlas2;
  throw new Error("news-kg/layout: graphology-layout-forceatlas2 did not load as a function");
}

export const forceAtlas2: ForceAtlas2 = resolve(fa2Module);
export type { ForceAtlas2Settings };
