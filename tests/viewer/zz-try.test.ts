import { it, expect } from "vitest";
import { run } from "../../src/cli/program.js";
it("build seeds in-process", async () => {
  const code = await run(["node", "kg", "build", "seeds/", "--out", "/tmp/kgzz2/out", "--no-cache", "-q", "-j", "1"]);
  expect(code).toBe(0);
}, 120000);
