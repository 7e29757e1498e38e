// A small news graph written for these tests (fictional names), with parallel edges in both
// directions and hostile text in labels, aliases and evidence.
import { MultiDirectedGraph } from "graphology";
import { KIND_COLORS, PREDICATE_COLORS, type EntityKind, type Predicate } from "../../src/model/ontology.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/model/types.js";

export const XSS_SENTENCE = 'Witnesses said <img src=x onerror="window.__xss=1"> was painted near the Harbor Wire office.';
export const XSS_ARTICLE = "hostile<script>.txt";

/** Article texts, so mention offsets are real offsets into them. */
export const ARTICLES: Record<string, string> = {
  "pellan-rally.txt":
    "Student protesters rallied outside the Embassy of Valdoria in Pellan on Sunday. " +
    "The students demanded that Valdoria end its attacks on Kestria. " +
    "Pellan police cordoned off the embassy and detained four protesters, Harbor Wire reported. " +
    "Maria Lindqvist, one of the organizers, said the protesters would return. " +
    "Protesters also chanted against Pellan police for the arrests.",
  [XSS_ARTICLE]: `${XSS_SENTENCE} The police guarded the embassy.`,
};

interface NodeSpec {
  key: string;
  label: string;
  kind: EntityKind;
  aliases?: string[];
  mentions?: number;
}

const NODES: NodeSpec[] = [
  { key: "Group:student protesters", label: "student protesters", kind: "Group", aliases: ["The students", "protesters"] },
  { key: "Embassy:valdoria@pellan", label: "Embassy of Valdoria in Pellan", kind: "Embassy", aliases: ["the embassy"] },
  { key: "State:valdoria", label: "Valdoria", kind: "State" },
  { key: "State:kestria", label: "Kestria", kind: "State" },
  { key: "Organization:pellan police", label: "Pellan police", kind: "Organization", aliases: ["The police"] },
  { key: "Organization:harbor wire", label: "Harbor Wire", kind: "Organization" },
  { key: "Person:maria lindqvist", label: "Maria Lindqvist", kind: "Person", aliases: ["Lindqvist"] },
  { key: "Location:pellan", label: "Pellan", kind: "Location" },
  { key: "Person:<b>bold</b>", label: "<b>Ivo</b> & \"Ana\"", kind: "Person", aliases: ["<script>alert(1)</script>"] },
];

interface EdgeSpec {
  source: string;
  predicate: Predicate;
  target: string;
  article: string;
  /** The sentence: found in the article text by its first words. */
  sentenceStart: string;
}

const EDGES: EdgeSpec[] = [
  { source: "Group:student protesters", predicate: "protests-against", target: "Embassy:valdoria@pellan", article: "pellan-rally.txt", sentenceStart: "Student protesters rallied" },
  { source: "Group:student protesters", predicate: "protests-against", target: "State:valdoria", article: "pellan-rally.txt", sentenceStart: "The students demanded" },
  { source: "State:valdoria", predicate: "attacks", target: "State:kestria", article: "pellan-rally.txt", sentenceStart: "The students demanded" },
  { source: "Organization:pellan police", predicate: "protects", target: "Embassy:valdoria@pellan", article: "pellan-rally.txt", sentenceStart: "Pellan police cordoned" },
  { source: "Organization:pellan police", predicate: "arrests", target: "Group:student protesters", article: "pellan-rally.txt", sentenceStart: "Pellan police cordoned" },
  { source: "Organization:pellan police", predicate: "reported-by", target: "Organization:harbor wire", article: "pellan-rally.txt", sentenceStart: "Pellan police cordoned" },
  { source: "Person:maria lindqvist", predicate: "member-of", target: "Group:student protesters", article: "pellan-rally.txt", sentenceStart: "Maria Lindqvist" },
  { source: "Group:student protesters", predicate: "protests-against", target: "Organization:pellan police", article: "pellan-rally.txt", sentenceStart: "Protesters also chanted" },
  { source: "Embassy:valdoria@pellan", predicate: "represents", target: "State:valdoria", article: "pellan-rally.txt", sentenceStart: "Student protesters rallied" },
  { source: "Embassy:valdoria@pellan", predicate: "located-in", target: "Location:pellan", article: "pellan-rally.txt", sentenceStart: "Student protesters rallied" },
  { source: "Organization:pellan police", predicate: "protects", target: "Embassy:valdoria@pellan", article: XSS_ARTICLE, sentenceStart: "The police guarded" },
  { source: "Person:<b>bold</b>", predicate: "reported-by", target: "Organization:harbor wire", article: XSS_ARTICLE, sentenceStart: "Witnesses said" },
];

function sentenceAt(text: string, begin: string): { sentence: string; start: number; end: number } {
  const start = text.indexOf(begin);
  if (start < 0) throw new Error(`fixture: "${begin}" not in article`);
  const stop = text.indexOf(". ", start);
  const end = stop < 0 ? text.length : stop + 1;
  return { sentence: text.slice(start, end), start, end };
}

/** Every occurrence of the node's names in every article, as mention evidence. */
function mentionsOf(spec: NodeSpec): NodeAttributes["evidence"] {
  const out: NodeAttributes["evidence"] = [];
  for (const [article, text] of Object.entries(ARTICLES)) {
    for (const name of [spec.label, ...(spec.aliases ?? [])]) {
      let at = text.indexOf(name);
      while (at >= 0) {
        out.push({ article, sentence: 0, start: at, end: at + name.length });
        at = text.indexOf(name, at + 1);
      }
    }
  }
  return out;
}

export function fixtureGraph(): MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name: "fixture", generator: "tests", articles: Object.keys(ARTICLES).length });
  NODES.forEach((n, i) => {
    const evidence = mentionsOf(n);
    const angle = (2 * Math.PI * i) / NODES.length;
    graph.addNode(n.key, {
      label: n.label,
      kind: n.kind,
      aliases: n.aliases ?? [],
      mentions: n.mentions ?? Math.max(1, evidence.length),
      evidence,
      x: 100 * Math.cos(angle),
      y: 100 * Math.sin(angle),
      size: 6,
      color: KIND_COLORS[n.kind],
    });
  });
  for (const e of EDGES) {
    const key = `${e.source}->${e.predicate}->${e.target}`;
    const { sentence, start, end } = sentenceAt(ARTICLES[e.article]!, e.sentenceStart);
    const evidence = { article: e.article, sentence, start, end, rule: `test.${e.predicate}` };
    if (graph.hasEdge(key)) {
      graph.updateEdgeAttributes(key, (a) => ({ ...a, weight: a.weight + 1, evidence: [...a.evidence, evidence] }));
    } else {
      graph.addDirectedEdgeWithKey(key, e.source, e.target, {
        predicate: e.predicate,
        label: e.predicate,
        weight: 1,
        evidence: [evidence],
        color: PREDICATE_COLORS[e.predicate],
      });
    }
  }
  return graph;
}

export function fixtureJson(): string {
  return JSON.stringify(fixtureGraph().export(), null, 2);
}
