import { it } from "vitest";
import { run } from "../../src/bench/suites/viewer.js";
it("bench", async () => { console.log(JSON.stringify(await run(), null, 1)); }, 600_000);
