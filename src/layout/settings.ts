// Layout defaults and the policy that adapts ForceAtlas2 to the size of the graph.
import { forceAtlas2, type ForceAtlas2Settings } from "./fa2.js";
import { UsageError } from "../errors.js";

export interface LayoutOptions {
  /** Seed of the start positions. Same seed, same graph: same coordinates. */
  seed?: number;
  /** Number of ForceAtlas2 iterations; by default chosen from the graph's size (see `iterationsFor`). */
  iterations?: number;
}

export const LAYOUT_DEFAULTS = {
  seed: 42,
  /** Iterations for small graphs, where the layout is cheap and quality matters most. */
  maxIterations: 500,
  /** Never fewer than this, even on the largest graphs. */
  minIterations: 20,
  /**
   * Work budget per layout, in estimated milliseconds on the reference machine (2 cores). The
   * iteration count is budget / estimated cost of one iteration, so the layout takes about this
   * long whatever the size (bounded below by minIterations). Deterministic: the count depends on
   * the graph's order and size only, never on measured time.
   */
  budgetMs: 2500,
  /** Above this order, repulsion uses Barnes-Hut (O(n log n)); below, exact O(n^2) is faster. */
  barnesHutAbove: 2000,
  /** Above this order, a coarser Barnes-Hut (theta 1.0 instead of 0.5) halves the cost. */
  coarseAbove: 10_000,
  /** Coordinates are rounded to this many decimals so outputs are byte-stable. */
  decimals: 2,
} as const;

/**
 * Cost model of one ForceAtlas2 iteration, in milliseconds, measured with
 * graphology-layout-forceatlas2 0.10 on the reference machine: exact repulsion costs about
 * 3.6 ns per node pair, Barnes-Hut about 0.4 us (theta 0.5) or 0.2 us (theta 1.0) per n*log2(n),
 * attraction about 0.1 us per edge.
 */
export function iterationCostMs(order: number, size: number): number {
  const n = Math.max(1, order);
  const repulsion =
    n <= LAYOUT_DEFAULTS.barnesHutAbove
      ? n * n * 3.6e-6
      : n * Math.log2(n) * (n > LAYOUT_DEFAULTS.coarseAbove ? 2e-4 : 4e-4);
  return repulsion + size * 1e-4;
}

/** How many iterations to run for a graph of `order` nodes and `size` edges. */
export function iterationsFor(order: number, size: number): number {
  const byBudget = Math.floor(LAYOUT_DEFAULTS.budgetMs / iterationCostMs(order, size));
  return Math.max(LAYOUT_DEFAULTS.minIterations, Math.min(LAYOUT_DEFAULTS.maxIterations, byBudget));
}

/** ForceAtlas2 settings: graphology's `inferSettings`, with Barnes-Hut coarser on large graphs. */
export function settingsFor(order: number): ForceAtlas2Settings {
  const inferred = forceAtlas2.inferSettings(order);
  return {
    ...inferred,
    barnesHutOptimize: order > LAYOUT_DEFAULTS.barnesHutAbove,
    barnesHutTheta: order > LAYOUT_DEFAULTS.coarseAbove ? 1.0 : 0.5,
  };
}

export function resolveOptions(options: LayoutOptions, order: number, size: number): { seed: number; iterations: number } {
  const seed = options.seed ?? LAYOUT_DEFAULTS.seed;
  if (!Number.isInteger(seed)) throw new UsageError("news-kg/layout", `seed must be an integer, got ${String(seed)}`);
  const iterations = options.iterations ?? iterationsFor(order, size);
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new UsageError("news-kg/layout", `iterations must be a positive integer, got ${String(iterations)}`);
  }
  return { seed, iterations };
}
