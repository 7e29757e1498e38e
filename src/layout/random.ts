// Seeded randomness for the layout: no Math.random anywhere, so two runs give the same bytes.

import { hashString, mulberry32 } from "../util/random.js";

export { hashString, mulberry32 };

/**
 * A start position for one node, drawn from a PRNG seeded by the layout seed and the node's key,
 * so a node's start does not depend on the order nodes were added or on the other nodes.
 */
export function seededPoint(key: string, seed: number, radius: number): { x: number; y: number } {
  const next = mulberry32(hashString(key, seed));
  return { x: (next() * 2 - 1) * radius, y: (next() * 2 - 1) * radius };
}
