// Property-based tests through the whole pipeline: generated articles (random Unicode, random
// HTML, random bytes, and proper-looking articles whose names and sentences carry markup,
// controls, bidi marks, emoji and lone surrogates) never crash ingest or the extractor, and every
// export of the resulting graph stays valid. xmllint runs on a sample, not on every case.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { exportAll } from "../../src/export/index.js";
import { createExtractor } from "../../src/extract/index.js";
import { ingest } from "../../src/ingest/index.js";
import type { RawInput } from "../../src/ingest/types.js";
import type { Article, Extraction } from "../../src/model/types.js";
import { graphFromExtractions } from "../../src/pipeline/index.js";
import { tempDir, xmllint } from "../export/tools.js";
import { nastyName, nastyString, randomHtml } from "./arbitraries.js";
import { fileText } from "../../src/export/chunks.js";

const extractor = createExtractor();
// A fixed seed keeps CI reproducible; FC_SEED=random (or a number) explores other cases.
if (process.env.FC_SEED !== "random") fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 0x6b67) });
const encoder = new TextEncoder();
const sampleDir = tempDir();
const samples: { gexf: string[]; graphml: string[] } = { gexf: [], graphml: [] };
let built = 0;
let withEdges = 0;
/** Graphs whose exports carry escaped markup from names or evidence: the hostile text got through. */
let withMarkup = 0;

afterAll(() => fs.rmSync(sampleDir, { recursive: true, force: true }));

/** Characters XML 1.0 forbids anywhere in a document. */
const XML_ILLEGAL = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
/** A CSV cell a spreadsheet would run as a formula: starts with = + @, or - not followed by a digit. */
const CSV_FORMULA = /(?:^|,|\n)"?(?:[=+@]|-(?![\d.]))/;

function buildAndCheck(articles: Article[]): void {
  const extractions: Extraction[] = articles.map((a) => extractor.extract(a));
  const graph = graphFromExtractions(extractions, { extractor });
  const files = exportAll(graph);
  built++;
  const byName = new Map(files.map((f) => [f.path, fileText(f)]));
  const json = JSON.parse(byName.get("graph.json")!) as { nodes: unknown[]; edges: unknown[] };
  if (json.edges.length > 0) withEdges++;
  if (/&lt;|&amp;|&quot;/.test(byName.get("graph.gexf")!) && /&lt;|&amp;|&quot;/.test(byName.get("graph.graphml")!)) withMarkup++;
  for (const name of ["graph.gexf", "graph.graphml"]) {
    const xml = byName.get(name)!;
    expect(xml, name).not.toMatch(XML_ILLEGAL);
    expect(xml.startsWith("<?xml")).toBe(true);
  }
  for (const name of ["nodes.csv", "edges.csv"]) {
    const csv = byName.get(name)!;
    expect(csv, name).not.toMatch(XML_ILLEGAL);
    // Header line aside, no cell may start a formula.
    expect(csv.slice(csv.indexOf("\n")), name).not.toMatch(CSV_FORMULA);
  }
  // Keep a sample for xmllint: the first graphs with edges, up to 25.
  if (json.edges.length > 0 && samples.gexf.length < 25) {
    const n = samples.gexf.length;
    const gexf = path.join(sampleDir, `s${n}.gexf`);
    const graphml = path.join(sampleDir, `s${n}.graphml`);
    fs.writeFileSync(gexf, byName.get("graph.gexf")!);
    fs.writeFileSync(graphml, byName.get("graph.graphml")!);
    samples.gexf.push(gexf);
    samples.graphml.push(graphml);
  }
}

function fromRaw(raws: RawInput[]): Article[] {
  return raws.flatMap((raw) => {
    const r = ingest(raw);
    return r.article ? [r.article] : [];
  });
}

const template = fc.tuple(nastyName, nastyName, nastyName, nastyString(30)).map(([a, b, c, junk]) => {
  const text = [
    `${a} activists protest at ${b} embassy`,
    "",
    `Hundreds of ${a} activists rallied outside the ${b} embassy in ${c} on Monday, chanting "${junk}".`,
    "",
    `Police guarded the embassy and kept the protesters away from the building, the ${c} Herald reported.`,
    "",
    `President ${b}${junk.slice(0, 5)} said the ${a} demonstrators had attacked ${b}'s embassy, according to Reuters.`,
  ].join("\n");
  return text;
});

describe("pipeline properties", () => {
  it("random Unicode articles: no crash, valid exports", () => {
    fc.assert(
      fc.property(fc.array(nastyString(300), { minLength: 1, maxLength: 3 }), (texts) => {
        // Straight to the extractor, bypassing ingest's clean-up: the extractor must cope too.
        buildAndCheck(texts.map((text, i) => ({ id: `u${i}.txt`, text, meta: {} })));
      }),
      { numRuns: 300 },
    );
  });

  it("articles with hostile names and evidence: no crash, valid exports", () => {
    fc.assert(
      fc.property(fc.array(template, { minLength: 1, maxLength: 2 }), fc.boolean(), (texts, throughIngest) => {
        const articles = throughIngest
          ? fromRaw(texts.map((t, i) => ({ id: `t${i}.txt`, path: `t${i}.txt`, bytes: encoder.encode(t) })))
          : texts.map((text, i) => ({ id: `t${i}<&"'>.txt`, text, meta: { title: text.slice(0, 20) } }));
        buildAndCheck(articles);
      }),
      { numRuns: 300 },
    );
  });

  it("random HTML and random bytes through ingest: no crash, valid exports", () => {
    fc.assert(
      fc.property(randomHtml, fc.uint8Array({ maxLength: 1500 }), (html, bytes) => {
        buildAndCheck(
          fromRaw([
            { id: "page.html", path: "page.html", bytes: encoder.encode(html) },
            { id: "bytes.txt", path: "bytes.txt", bytes },
          ]),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("the sample validates: GEXF against the official 1.3 grammar, GraphML as XML", () => {
    expect(built).toBeGreaterThanOrEqual(900);
    // The hostile-name articles must really have produced edges carrying the hostile evidence.
    expect(withEdges).toBeGreaterThan(50);
    expect(withMarkup).toBeGreaterThan(50);
    expect(samples.gexf.length).toBe(25);
    const gexf = xmllint(samples.gexf, { relaxng: true });
    expect(gexf.status, gexf.stderr).toBe(0);
    const graphml = xmllint(samples.graphml);
    expect(graphml.status, graphml.stderr).toBe(0);
  });
});
