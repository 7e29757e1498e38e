import { it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import { analyzed } from "./fixture.js";
import { readFileSync } from "node:fs";
it("dbg", () => {
  const { cast, texts } = JSON.parse(readFileSync("/tmp/dbg.json", "utf8"));
  for (const t of texts) {
    const d = analyzed(t, cast);
    console.log(t, "\n  M:", d.mentions.map((m) => m.text).join(" | "), "\n  R:", extractRelations(d).map((r) => `${r.source} ${r.predicate} ${r.target} ${r.evidence.rule}`).join("; "));
  }
});
