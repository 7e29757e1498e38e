import { describe, expect, it } from "vitest";
import { collectGarbage } from "../../src/io/memory.js";

describe("collectGarbage", () => {
  it("runs a full collection: an object nothing refers to is gone", async () => {
    let target: object | undefined = { payload: new Array(1000).fill("x") };
    const ref = new WeakRef(target);
    target = undefined;
    // a WeakRef keeps its target for the rest of the job that made it
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });
});
