// Named national police and gendarmerie forces (src/extract/mentions/forces.ts). Every sentence here is
// written for this test.
import { describe, expect, it } from "vitest";
import { entity, entityOf, run } from "../analyze.js";

describe("named police forces", () => {
  it("reads a national force with its officers as an organization of its own beside the police", () => {
    const doc = run("Local police and Guardia Civil officers sealed off the port. Later the carabinieri arrived.");
    const guardia = entityOf(doc, "Guardia Civil officers");
    expect(guardia?.kind).toBe("Organization");
    expect(guardia?.label.startsWith("Guardia Civil")).toBe(true);
    expect(guardia?.id).not.toBe(entityOf(doc, "Local police")?.id);
    expect(entity(doc, "Carabinieri")?.kind).toBe("Organization");
  });

  it("leaves a force's name inside a longer capitalized name to the name finder", () => {
    const doc = run("Visitors queued outside the Polizei Museum Hamburg on Sunday.");
    expect(entity(doc, "Polizei")).toBeUndefined();
  });
});
