// sigma's WebGL programs, drawn without instancing: same shaders, same picture (pixel for pixel in
// a screenshot comparison), but each item's vertices are written out in full instead of being
// drawn as instances of one shared shape.
//
// Why: sigma v3 draws every node and edge as an instance (drawArraysInstanced). Software WebGL
// (SwiftShader: Chrome without a usable GPU, as in many VMs, remote desktops and CI machines)
// pays a fixed cost per instance: 10,000 nodes drew at 1-3 frames/s there while panning, and
// 10-50 frames/s as plain triangles on the same machine (docs/viewer.md). On a GPU the difference
// should not matter either way (not measured: no GPU here). The price is memory and upload: an
// item's values are repeated per vertex (3 for a node, 3 or 6 for edge parts), e.g. 72 bytes
// instead of 20 for a node.

// Types only from sigma: its modules need WebGL at import time, and this file is unit-tested in Node.
import type { InstancedProgramDefinition, ProgramDefinition } from "sigma/rendering";

type Definition = ProgramDefinition | InstancedProgramDefinition;

function isInstanced(def: Definition): def is InstancedProgramDefinition {
  return "CONSTANT_ATTRIBUTES" in def;
}

/**
 * The definition of the same program without instancing: the per-vertex constants become ordinary
 * attributes after the per-item ones (the shaders read attributes by name, so they are unchanged).
 */
export function flattenDefinition(def: Definition): ProgramDefinition {
  if (!isInstanced(def)) return def;
  const { CONSTANT_ATTRIBUTES, CONSTANT_DATA: _data, ...rest } = def;
  return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
}

/**
 * Writes one item's vertices into `out` from `start`: for each vertex, the item's `itemLength`
 * values from `item`, then that vertex's constants. Returns the index after the last value written.
 */
export function expandInstance(
  item: ArrayLike<number>,
  itemLength: number,
  constants: readonly (readonly number[])[],
  out: Float32Array,
  start: number,
): number {
  let i = start;
  for (const vertex of constants) {
    for (let k = 0; k < itemLength; k++) out[i++] = item[k]!;
    for (const value of vertex) out[i++] = value;
  }
  return i;
}

/** What this file needs of a sigma program class (node or edge program). */
type ProgramClass = abstract new (...args: any[]) => {
  array: Float32Array;
  ATTRIBUTES_ITEMS_COUNT: number;
  getDefinition(): Definition;
  processVisibleItem(index: number, start: number, ...data: any[]): void;
};

/**
 * A subclass of a sigma node or edge program class that draws without instancing. The original's
 * processVisibleItem fills one item into a scratch array; the copy per vertex is done here.
 * A program that is not instanced is left to draw as before.
 */
export function withoutInstancing<C extends abstract new (...args: any[]) => object>(Base: C): C {
  abstract class Flat extends (Base as unknown as ProgramClass) {
    // `declare`: set from getDefinition(), which sigma calls inside the base constructor, so no
    // field definition may reset them after it
    declare private constants: number[][] | undefined;
    declare private item: Float32Array | undefined;

    override getDefinition(): ProgramDefinition {
      const def = super.getDefinition();
      if (isInstanced(def)) this.constants = def.CONSTANT_DATA;
      return flattenDefinition(def);
    }

    override processVisibleItem(index: number, start: number, ...data: any[]): void {
      if (this.constants === undefined) return super.processVisibleItem(index, start, ...data);
      // one item's own values: all attributes but the per-vertex constants appended to them
      this.item ??= new Float32Array(this.ATTRIBUTES_ITEMS_COUNT - (this.constants[0]?.length ?? 0));
      const out = this.array;
      this.array = this.item;
      try {
        super.processVisibleItem(index, 0, ...data);
      } finally {
        this.array = out;
      }
      expandInstance(this.item, this.item.length, this.constants, out, start);
    }
  }
  return Flat as unknown as C;
}
