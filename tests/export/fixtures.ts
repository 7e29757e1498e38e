// Graphs built by hand for the export and layout tests, with the attribute shapes of
// src/model/types.ts. No text from the shared corpus.
import { MultiDirectedGraph } from "graphology";
import type { Attributes } from "graphology-types";

export type TestGraph = MultiDirectedGraph<Attributes, Attributes, Attributes>;

/** Every kind of trouble a scraped article can put in a string. */
export const HOSTILE = {
  markup: `<script>alert("x")</script> & "quotes" 'single' > end`,
  entity: "AT&amp;T &lt;not a tag&gt; &#x41; &unknown;",
  controls: "bell\u0007 null\u0000 vt\u000b ff\u000c esc\u001b us\u001f del\u007f",
  whitespace: "tab\there\nnewline\r\ncrlf  double  space ",
  emoji: "flag 🇺🇦 family 👨‍👩‍👧 face 😀",
  rtl: "\u200fمرحبا\u200e \u202eoverride\u202c \u2067isolate\u2069",
  loneHigh: "before \ud83d after",
  loneLow: "before \ude00 after",
  nonChars: "x\uFFFE y\uFFFF z",
  formulas: ["=HYPERLINK(\"http://evil\",\"click\")", "+1+2", "-3-4", "@SUM(A1:A9)", "\tTAB", "\rCR"],
} as const;

/** The string values of HOSTILE, as one list. */
export function hostileStrings(): string[] {
  return Object.values(HOSTILE).flatMap((v) => (Array.isArray(v) ? [...v] : [v as string]));
}

export function evidence(article: string, sentence: string, rule = "test-rule", start = 0) {
  return { article, sentence, start, end: start + sentence.length, rule };
}

/** A small, laid-out-looking graph about a protest at an embassy. */
export function protestGraph(): TestGraph {
  const g: TestGraph = new MultiDirectedGraph();
  g.replaceAttributes({ name: "test graph", generator: "news-kg test", articles: 2 });
  const node = (key: string, label: string, kind: string, aliases: string[], mentions: number, x: number, y: number) =>
    g.addNode(key, {
      label,
      kind,
      aliases,
      mentions,
      evidence: [{ article: "one.txt", sentence: 0, start: 0, end: label.length }],
      x,
      y,
      size: 5,
      color: "#123456",
    });
  node("group:students", "Freedonian students", "Group", ["students", "protesters"], 4, -12.5, 3.25);
  node("state:sylvania", "Sylvania", "State", ["Sylvanian government"], 3, 40, -7.75);
  node("embassy:sylvania@capital", "Embassy of Sylvania in Capital City", "Embassy", ["the embassy"], 2, 10.5, 0);
  node("org:police", "police", "Organization", [], 2, -3, -30.5);
  node("org:wire", "Wire Agency", "Organization", [], 1, 0, 55);
  const edge = (source: string, predicate: string, target: string, sentences: string[]) =>
    g.addDirectedEdgeWithKey(`${source}->${predicate}->${target}`, source, target, {
      predicate,
      label: predicate,
      weight: sentences.length,
      evidence: sentences.map((s, i) => evidence(i === 0 ? "one.txt" : "two.txt", s, `rule-${predicate}`, 10 * i)),
      color: "#654321",
    });
  edge("group:students", "protests-against", "state:sylvania", ["Students rallied against Sylvania.", "They marched again."]);
  edge("group:students", "protests-against", "embassy:sylvania@capital", ["Students picketed the embassy."]);
  edge("org:police", "protects", "embassy:sylvania@capital", ["Police guarded the embassy."]);
  edge("org:police", "reported-by", "org:wire", ["Police held them back, Wire Agency reported."]);
  edge("embassy:sylvania@capital", "represents", "state:sylvania", ["The embassy of Sylvania."]);
  return g;
}

/** A graph whose names, keys and evidence hold every hostile string. */
export function hostileGraph(): TestGraph {
  const g: TestGraph = new MultiDirectedGraph();
  g.replaceAttributes({ name: `hostile ${HOSTILE.markup}`, generator: `gen ${HOSTILE.entity}`, articles: 1 });
  const strings = hostileStrings();
  strings.forEach((text, i) => {
    g.addNode(`n${i}:${text}`, {
      label: text,
      kind: ["Person", "State", "Embassy", "Organization", "Group", "Location"][i % 6],
      aliases: [text, `${text} alias`, "plain"],
      mentions: i + 1,
      evidence: [{ article: `${text}.txt`, sentence: i, start: i, end: i + 5 }],
      x: i * 1.5 - 10,
      y: -i * 2.25,
      size: 3 + i,
      color: "#e15759",
    });
  });
  const keys = g.nodes();
  for (let i = 0; i < keys.length; i++) {
    const source = keys[i] as string;
    const target = keys[(i + 1) % keys.length] as string;
    const text = strings[i] as string;
    g.addDirectedEdgeWithKey(`${source}->supports->${target}`, source, target, {
      predicate: "supports",
      label: "supports",
      weight: 1 + (i % 3),
      evidence: [evidence(`${text}.txt`, text, `rule ${text}`), evidence("plain.txt", `Plain, then ${text}`)],
      color: "#bcbd22",
    });
  }
  return g;
}

/** The same graph with nodes and edges added in reverse order. */
export function reversedCopy(graph: TestGraph): TestGraph {
  const g: TestGraph = new MultiDirectedGraph();
  g.replaceAttributes({ ...graph.getAttributes() });
  for (const key of graph.nodes().reverse()) g.addNode(key, { ...graph.getNodeAttributes(key) });
  for (const key of graph.edges().reverse()) {
    g.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), { ...graph.getEdgeAttributes(key) });
  }
  return g;
}

/** What XML and CSV text keeps of a string: lone surrogates become U+FFFD, forbidden controls go. */
export function expectedXmlText(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}
