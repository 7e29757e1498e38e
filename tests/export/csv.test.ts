import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { writeEdgesCsv, writeNodesCsv } from "../../src/export/csv.js";
import { csvText } from "../../src/export/text.js";
import { expectedXmlText, HOSTILE, hostileGraph, protestGraph } from "./fixtures.js";

const FORMULA = /^[=+\-@\t\r]/;

function rows(text: string): Record<string, string>[] {
  return parse(text, { columns: true, relax_quotes: false }) as Record<string, string>[];
}

describe("CSV export", () => {
  it("parses back with one row per node and per edge", () => {
    const graph = protestGraph();
    const nodes = rows(writeNodesCsv(graph));
    const edges = rows(writeEdgesCsv(graph));
    expect(nodes).toHaveLength(graph.order);
    expect(edges).toHaveLength(graph.size);
    const students = nodes.find((n) => n.id === "group:students");
    expect(students).toMatchObject({ label: "Freedonian students", kind: "Group", aliases: "students|protesters", mentions: "4" });
    expect(Number(students?.x)).toBe(-12.5); // negative numbers stay numbers, not "'-12.5"
    const edge = edges.find((e) => e.predicate === "protests-against" && e.target === "state:sylvania");
    expect(edge).toMatchObject({ source: "group:students", source_label: "Freedonian students", target_label: "Sylvania", weight: "2" });
    expect(JSON.parse(edge?.evidence as string)).toEqual(graph.getEdgeAttribute(edge?.id as string, "evidence"));
  });

  it("neutralizes every text cell a spreadsheet would run as a formula", () => {
    const graph = hostileGraph();
    const all = [...rows(writeNodesCsv(graph)), ...rows(writeEdgesCsv(graph))];
    expect(all.length).toBe(graph.order + graph.size);
    const numeric = new Set(["mentions", "x", "y", "size", "weight"]);
    let neutralized = 0;
    for (const row of all) {
      for (const [column, value] of Object.entries(row)) {
        if (numeric.has(column)) {
          expect(Number.isFinite(Number(value))).toBe(true);
          continue;
        }
        expect(value).not.toMatch(FORMULA);
        if (value.startsWith("'")) neutralized++;
      }
    }
    expect(neutralized).toBeGreaterThanOrEqual(HOSTILE.formulas.length);
    const labels = all.map((r) => r.label);
    for (const formula of HOSTILE.formulas) expect(labels).toContain(`'${expectedXmlText(formula)}`);
  });

  it("keeps hostile text otherwise intact and the table rectangular", () => {
    const graph = hostileGraph();
    const text = writeNodesCsv(graph);
    const table = parse(text) as string[][];
    const width = (table[0] as string[]).length;
    for (const row of table) expect(row).toHaveLength(width);
    const labels = rows(text).map((r) => r.label);
    for (const s of [HOSTILE.markup, HOSTILE.entity, HOSTILE.emoji, HOSTILE.rtl, HOSTILE.whitespace]) {
      expect(labels).toContain(expectedXmlText(s));
    }
    expect(labels).toContain("before \uFFFD after");
  });

  it("csvText prefixes exactly the dangerous first characters", () => {
    expect(csvText("=1+1")).toBe("'=1+1");
    expect(csvText("+1")).toBe("'+1");
    expect(csvText("-1")).toBe("'-1");
    expect(csvText("@x")).toBe("'@x");
    expect(csvText("\tx")).toBe("'\tx");
    expect(csvText("\rx")).toBe("'\rx");
    expect(csvText("a=1")).toBe("a=1");
    expect(csvText("Ünïcode")).toBe("Ünïcode");
    expect(csvText("\u0001=1")).toBe("'=1"); // control stripped first, then checked
  });
});

describe("RFC 4180 formatting", () => {
  it("quotes exactly the fields that need it and parses back to the same cells", async () => {
    const { csvTable } = await import("../../src/export/csvFormat.js");
    const cells = ["plain", "comma,inside", 'quote "inside"', "line\nbreak", "cr\rhere", "", "  spaced  ", "ünï😀"];
    const text = csvTable([cells, [1, -2.5, true, undefined, null, 0, "x", "y"]]);
    expect(text.split("\n")[0]?.startsWith('plain,"comma,inside","quote ""inside""","line')).toBe(true);
    const back = parse(text) as string[][];
    expect(back[0]).toEqual(cells);
    expect(back[1]).toEqual(["1", "-2.5", "true", "", "", "0", "x", "y"]);
  });
});
