import fs from "node:fs";
import { expect, it } from "vitest";
import { VERSION } from "../src/version.js";

it("keeps src/version.ts in step with package.json", () => {
  const pkg = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  expect(VERSION).toBe(pkg.version);
});
