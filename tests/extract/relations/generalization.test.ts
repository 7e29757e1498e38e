// READ THIS IF IT FAILS: the extractor scores far lower on articles it was never tuned on
// (tests/fixtures/heldout, written for this project) than on ../shared/corpus. At 22:48 UTC:
// dev corpus entities 99.7 / core relations 90.9, held-out entities 86.1 / core relations 35.6.
// The hidden evaluation set is like the held-out one. The failure classes, with examples, are in
// tests/fixtures/heldout/ANALYSIS.md: fix them with GENERAL rules (capitals as states, embassy
// identity, coordinated subjects, passive/nominal events, leads with titles, officials, police of
// different states, "told the <descriptor> X"), not by matching these sentences.
// The lead sets the floors below to measured values minus a margin before committing.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT, tempDir } from "../../helpers/cli.js";

const TARGET_CORE_F1 = 0.6;
const TARGET_EXTENDED_F1 = 0.6;

it(`generalizes: held-out core relations F1 >= ${TARGET_CORE_F1}, extended >= ${TARGET_EXTENDED_F1}`, () => {
  const r = spawnSync("bash", [path.resolve(ROOT, "../shared/eval/run-corpus.sh"), ROOT, path.join(ROOT, "tests/fixtures/heldout"), tempDir("kg-gen-")], {
    encoding: "utf8",
    env: { ...process.env, SCORE_FLAGS: "--json" },
    timeout: 300_000,
  });
  const json = r.stdout.slice(r.stdout.indexOf("{"));
  const summary = JSON.parse(json) as { coreRelations: { f: number }; extendedRelations: { f: number } };
  const help = "see tests/fixtures/heldout/ANALYSIS.md and the comment at the top of this test";
  expect(summary.coreRelations.f, `held-out core relation F1; ${help}`).toBeGreaterThanOrEqual(TARGET_CORE_F1);
  expect(summary.extendedRelations.f, `held-out extended relation F1; ${help}`).toBeGreaterThanOrEqual(TARGET_EXTENDED_F1);
});
