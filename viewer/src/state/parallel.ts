// Curvatures that draw apart the edges joining the same two nodes (several predicates, or both
// directions). A lone edge stays straight; a bundle of n edges fans out symmetrically.

/** Curvature between two neighbouring edges of a bundle; 0.25 each side for a pair. */
export const CURVATURE_STEP = 0.5;
/** No edge of a bundle bends more than this. */
export const MAX_CURVATURE = 1;

export interface EdgeEnds {
  key: string;
  source: string;
  target: string;
  /** Orders the edges of a bundle deterministically (the predicate). */
  sortKey: string;
}

/**
 * Curvature per edge of every bundle of two or more edges; edges absent from the map are straight.
 * The curve program bends relative to the source -> target direction, so an edge running against the
 * bundle's reference direction gets the opposite sign, which puts it on its own side.
 */
export function parallelCurvatures(edges: Iterable<EdgeEnds>): Map<string, number> {
  const bundles = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const id = `${a}\u0000${b}`;
    const bundle = bundles.get(id);
    if (bundle) bundle.push(edge);
    else bundles.set(id, [edge]);
  }
  const result = new Map<string, number>();
  for (const bundle of bundles.values()) {
    const n = bundle.length;
    if (n < 2) continue;
    bundle.sort((x, y) => {
      const fx = x.source < x.target ? 0 : 1;
      const fy = y.source < y.target ? 0 : 1;
      return fx - fy || (x.sortKey < y.sortKey ? -1 : x.sortKey > y.sortKey ? 1 : x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
    });
    const step = Math.min(CURVATURE_STEP, (2 * MAX_CURVATURE) / (n - 1));
    bundle.forEach((edge, i) => {
      const offset = (i - (n - 1) / 2) * step;
      const forward = edge.source < edge.target;
      const curvature = forward ? offset : -offset;
      // the middle edge of an odd bundle stays straight
      if (curvature !== 0) result.set(edge.key, curvature);
    });
  }
  return result;
}
