import { describe, expect, it } from "vitest";
import { isDragging, withoutPickingWhileDragging } from "../../viewer/src/rendering/no-picking-while-dragging.js";
import { expandInstance, flattenDefinition, withoutInstancing } from "../../viewer/src/rendering/without-instancing.js";

const FLOAT = 5126;
const UNSIGNED_BYTE = 5121;

/** An instanced definition shaped like sigma's circle program: 3 corners, one constant per corner. */
const circleLike = () => ({
  VERTICES: 3,
  VERTEX_SHADER_SOURCE: "vertex",
  FRAGMENT_SHADER_SOURCE: "fragment",
  METHOD: 4,
  UNIFORMS: ["u_matrix"],
  ATTRIBUTES: [
    { name: "a_position", size: 2, type: FLOAT },
    { name: "a_size", size: 1, type: FLOAT },
    { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
  ],
  CONSTANT_ATTRIBUTES: [{ name: "a_angle", size: 1, type: FLOAT }],
  CONSTANT_DATA: [[0], [2], [4]],
});

describe("flattenDefinition", () => {
  it("moves the per-vertex constants after the per-item attributes and drops the instancing keys", () => {
    const flat = flattenDefinition(circleLike());
    expect(flat.ATTRIBUTES.map((a) => a.name)).toEqual(["a_position", "a_size", "a_color", "a_angle"]);
    expect("CONSTANT_ATTRIBUTES" in flat).toBe(false);
    expect("CONSTANT_DATA" in flat).toBe(false);
    expect(flat).toMatchObject({ VERTICES: 3, VERTEX_SHADER_SOURCE: "vertex", FRAGMENT_SHADER_SOURCE: "fragment", METHOD: 4, UNIFORMS: ["u_matrix"] });
  });

  it("leaves a definition without instancing as it is", () => {
    const { CONSTANT_ATTRIBUTES: _a, CONSTANT_DATA: _d, ...plain } = circleLike();
    expect(flattenDefinition(plain)).toBe(plain);
  });
});

describe("expandInstance", () => {
  it("repeats the item once per vertex, each copy followed by that vertex's constants", () => {
    const out = new Float32Array(20).fill(-1);
    const end = expandInstance([7, 8, 9], 3, [[0, 1], [2, 3], [4, 5]], out, 2);
    expect(end).toBe(2 + 3 * 5);
    expect(Array.from(out)).toEqual([-1, -1, 7, 8, 9, 0, 1, 7, 8, 9, 2, 3, 7, 8, 9, 4, 5, -1, -1, -1]);
  });

  it("reads only the item's own length from a longer scratch array", () => {
    const out = new Float32Array(6);
    expandInstance([1, 2, 99], 2, [[5], [6]], out, 0);
    expect(Array.from(out)).toEqual([1, 2, 5, 1, 2, 6]);
  });
});

/**
 * A stand-in for sigma's Program: it reads the definition in its constructor and computes the
 * per-vertex item count the way sigma does, and its processVisibleItem writes one instance at
 * `start` of this.array, like sigma's programs.
 */
class FakeProgram {
  array = new Float32Array(0);
  ATTRIBUTES_ITEMS_COUNT: number;
  VERTICES: number;
  isInstanced: boolean;
  constructor() {
    const def = this.getDefinition();
    this.VERTICES = def.VERTICES;
    this.isInstanced = "CONSTANT_ATTRIBUTES" in def;
    // a normalized 4-byte color packs into one float, like sigma's getAttributesItemsCount
    this.ATTRIBUTES_ITEMS_COUNT = 0;
    for (const a of def.ATTRIBUTES as { size: number; type: number }[]) this.ATTRIBUTES_ITEMS_COUNT += a.type === UNSIGNED_BYTE ? 1 : a.size;
  }
  getDefinition(): ReturnType<typeof circleLike> | ReturnType<typeof flattenDefinition> {
    return circleLike();
  }
  processVisibleItem(index: number, start: number, data: { x: number; y: number; size: number }): void {
    this.array[start++] = data.x;
    this.array[start++] = data.y;
    this.array[start++] = data.size;
    this.array[start++] = index;
  }
}

describe("withoutInstancing", () => {
  it("makes a program that is not instanced and writes each vertex in full", () => {
    const Flat = withoutInstancing(FakeProgram);
    const program = new Flat();
    expect(program.isInstanced).toBe(false);
    // position (2) + size + color, then the angle
    expect(program.ATTRIBUTES_ITEMS_COUNT).toBe(5);
    program.array = new Float32Array(2 * 3 * 5);
    program.processVisibleItem(42, 15, { x: 1.5, y: -2, size: 6 });
    expect(Array.from(program.array.subarray(0, 15))).toEqual(new Array(15).fill(0));
    expect(Array.from(program.array.subarray(15))).toEqual([1.5, -2, 6, 42, 0, 1.5, -2, 6, 42, 2, 1.5, -2, 6, 42, 4]);
  });

  it("leaves the program's array in place after writing an item", () => {
    const program = new (withoutInstancing(FakeProgram))();
    const array = new Float32Array(15);
    program.array = array;
    program.processVisibleItem(1, 0, { x: 0, y: 0, size: 1 });
    expect(program.array).toBe(array);
  });

  it("keeps a program without instancing as it draws", () => {
    class Plain extends FakeProgram {
      override getDefinition() {
        return flattenDefinition(circleLike());
      }
    }
    const program = new (withoutInstancing(Plain))();
    program.array = new Float32Array(4);
    program.processVisibleItem(3, 0, { x: 1, y: 2, size: 3 });
    expect(Array.from(program.array)).toEqual([1, 2, 3, 3]);
  });
});

/** A stand-in for sigma's renderer: its mouse captor and the renders it was asked for. */
function fakeRenderer() {
  const upListeners: Array<() => void> = [];
  const renderer = {
    captor: { isMouseDown: false, draggedEvents: 0, once: (_type: "mouseup", f: () => void) => upListeners.push(f) },
    scheduled: 0,
    getMouseCaptor: () => renderer.captor,
    scheduleRender: () => renderer.scheduled++,
    /** The button goes up: sigma's captor resets its state, then emits "mouseup". */
    release: () => {
      renderer.captor.isMouseDown = false;
      renderer.captor.draggedEvents = 0;
      upListeners.splice(0).forEach((f) => f());
    },
  };
  return renderer;
}

/** A stand-in for sigma's Program.render: records which passes it drew. */
class FakeDrawing {
  calls: string[] = [];
  normalProgram = { name: "normal", gl: { viewport: () => undefined } as unknown as WebGLRenderingContext };
  pickProgram: object | null = { name: "pick" };
  constructor(readonly renderer: ReturnType<typeof fakeRenderer>) {}
  hasNothingToRender(): boolean {
    return false;
  }
  render(_params: unknown): void {
    if (this.pickProgram) this.calls.push("pick");
    this.calls.push("normal");
  }
  bindProgram(p: { name: string }): void {
    this.calls.push(`bind ${p.name}`);
  }
  renderProgram(_params: unknown, p: { name: string }): void {
    this.calls.push(p.name);
  }
  unbindProgram(p: { name: string }): void {
    this.calls.push(`unbind ${p.name}`);
  }
}

describe("withoutPickingWhileDragging", () => {
  const params = { width: 100, height: 50, pixelRatio: 1 } as never;
  const Program = withoutPickingWhileDragging(FakeDrawing);

  it("is a drag only once the pointer moved with the button down", () => {
    const r = fakeRenderer();
    expect(isDragging(r)).toBe(false);
    r.captor.isMouseDown = true;
    expect(isDragging(r)).toBe(false); // a press, maybe a click
    r.captor.draggedEvents = 1;
    expect(isDragging(r)).toBe(true);
  });

  it("draws both passes when the stage is not dragged", () => {
    const program = new Program(fakeRenderer());
    program.render(params);
    expect(program.calls).toEqual(["pick", "normal"]);
  });

  it("draws only the visible pass during a drag, and asks for one full frame after the release", () => {
    const r = fakeRenderer();
    const program = new Program(r);
    r.captor.isMouseDown = true;
    r.captor.draggedEvents = 3;
    program.render(params);
    program.render(params);
    expect(program.calls).toEqual(["bind normal", "normal", "unbind normal", "bind normal", "normal", "unbind normal"]);
    expect(r.scheduled).toBe(0);
    r.release();
    expect(r.scheduled).toBe(1); // once, however many frames were drawn without picking
    program.calls = [];
    program.render(params);
    expect(program.calls).toEqual(["pick", "normal"]);
    // a later drag asks again
    r.captor.isMouseDown = true;
    r.captor.draggedEvents = 1;
    program.render(params);
    r.release();
    expect(r.scheduled).toBe(2);
  });

  it("leaves programs without a picking pass (hover layer) as they are", () => {
    const r = fakeRenderer();
    const program = new Program(r);
    program.pickProgram = null;
    r.captor.isMouseDown = true;
    r.captor.draggedEvents = 1;
    program.render(params);
    expect(program.calls).toEqual(["normal"]); // through the base render
    r.release();
    expect(r.scheduled).toBe(0);
  });
});
