// Streaming: every format's text comes as pieces of bounded size, which join to the whole text.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { EXPORTERS } from "../../src/export/index.js";
import { fileText, gatherPieces, joinPieces, PIECE_CHARS, PieceBuffer } from "../../src/export/chunks.js";
import { writeGexf } from "../../src/export/gexf.js";
import { writeGraphml } from "../../src/export/graphml.js";
import { writeJson } from "../../src/export/json.js";
import { writeEdgesCsv, writeNodesCsv } from "../../src/export/csv.js";

/** A graph whose every format is several PIECE_CHARS long: 8,000 nodes with long evidence. */
function largeGraph(): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  const sentence = "Protesters rallied outside the embassy and the police kept them behind barriers. ".repeat(3);
  for (let i = 0; i < 8000; i++) {
    graph.addNode(`person:p${i}`, {
      label: `Person ${i}`,
      kind: "Person",
      mentions: 3,
      evidence: [1, 2, 3, 4, 5, 6, 7, 8].map((s) => ({ article: `a${i}.txt`, sentence: s, start: s * 10, end: s * 10 + 8 })),
      x: i,
      y: -i,
    });
  }
  for (let i = 1; i < 8000; i++) {
    graph.addEdgeWithKey(`e${i}`, `person:p${i - 1}`, `person:p${i}`, {
      predicate: "supports",
      weight: 1,
      evidence: [{ article: `a${i}.txt`, sentence, start: 0, end: sentence.length, rule: "test" }],
    });
  }
  return graph;
}

describe("pieces", () => {
  const graph = largeGraph();
  const whole: Record<string, (g: MultiDirectedGraph) => string> = {
    "graph.json": writeJson,
    "graph.gexf": writeGexf,
    "graph.graphml": writeGraphml,
    "nodes.csv": writeNodesCsv,
    "edges.csv": writeEdgesCsv,
  };

  for (const exporter of Object.values(EXPORTERS)) {
    it(`${exporter.name}: bounded pieces that join to the whole file`, () => {
      for (const file of exporter.write(graph)) {
        const pieces = [...file.pieces()];
        const text = pieces.join("");
        // a piece closes at the first record that fills it: at most one record over the bound
        for (const piece of pieces) expect(piece.length).toBeLessThan(PIECE_CHARS + 10_000);
        // every table is over a piece long here; only the Cypher script is short
        if (!file.path.endsWith(".cypher")) expect(pieces.length).toBeGreaterThan(1);
        // pieces() starts over on each call
        expect(fileText(file)).toBe(text);
        const writer = whole[file.path];
        if (writer) expect(text).toBe(writer(graph));
      }
    });
  }

  it("the formats of a large graph are large enough to be streamed", () => {
    expect(writeGexf(graph).length).toBeGreaterThan(2 * PIECE_CHARS);
    expect(writeNodesCsv(graph).length).toBeGreaterThan(2 * PIECE_CHARS);
  });

  it("are made lazily: nothing is produced before the first piece is asked for", () => {
    let made = 0;
    const texts = function* (): Generator<string> {
      for (let i = 0; i < 3; i++) {
        made++;
        yield "x".repeat(PIECE_CHARS);
      }
    };
    const pieces = gatherPieces(texts());
    expect(made).toBe(0);
    const iterator = pieces[Symbol.iterator]();
    expect(iterator.next().value).toHaveLength(PIECE_CHARS);
    expect(made).toBe(1);
  });

  it("PieceBuffer joins what it gathered and starts empty again", () => {
    const buffer = new PieceBuffer();
    buffer.push("a", "b");
    expect(buffer.full).toBe(false);
    expect(buffer.take()).toBe("ab");
    expect(buffer.take()).toBe("");
    expect(joinPieces(["x", "", "y"])).toBe("xy");
  });
});
