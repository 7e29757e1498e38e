// A small invented news graph (fictional countries and outlets) used by the query tests.
import { MultiGraph } from "graphology";
import { KIND_COLORS, PREDICATE_COLORS, type EntityKind, type Predicate } from "../../src/model/ontology.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/model/types.js";
import type { KgGraph } from "../../src/query/types.js";

type NodeSpec = [key: string, kind: EntityKind, label: string, aliases?: string[]];
type EdgeSpec = [source: string, predicate: Predicate, target: string, sentences: [article: string, sentence: string][]];

export const NODES: NodeSpec[] = [
  ["students", "Group", "Ruritanian student activists", ["students", "the activists", "protesters"]],
  ["veterans", "Group", "army veterans", ["veterans", "protesters"]],
  ["anna", "Person", "Anna Petrova", ["Petrova"]],
  ["malenkov", "Person", "Igor Malenkov", ["President Malenkov", "Malenkov"]],
  ["ruritania", "State", "Ruritania", ["Ruritanian Federation", "the Ruritanian government"]],
  ["borduria", "State", "Borduria", []],
  ["syldavia", "State", "Syldavia", ["Syldavian troops"]],
  ["emb-rur-klow", "Embassy", "Embassy of Ruritania in Klow", ["the embassy", "Ruritanian embassy"]],
  ["emb-rur-szohod", "Embassy", "Embassy of Ruritania in Szohod", ["the embassy"]],
  ["emb-bor-klow", "Embassy", "Embassy of Borduria in Klow", ["the embassy", "the Bordurian mission"]],
  ["police", "Organization", "Klow police", ["police", "riot police"]],
  ["guard", "Organization", "Syldavian Guard", []],
  ["courier", "Organization", "Daily Courier", ["the Courier"]],
  ["northwire", "Organization", "Northwire", []],
  ["klow", "Location", "Klow", []],
  ["szohod", "Location", "Szohod", []],
  ["marlow-person", "Person", "Marlow", []],
  ["marlow-town", "Location", "Marlow", []],
  ["island", "Location", "Lonely Island", []],
];

export const EDGES: EdgeSpec[] = [
  ["students", "protests-against", "ruritania", [["a1", "Students rallied against Ruritania outside its embassy."]]],
  ["students", "protests-against", "emb-rur-klow", [["a1", "Students rallied against Ruritania outside its embassy."]]],
  ["veterans", "protests-against", "borduria", [["a2", "Veterans marched on the Bordurian mission to denounce Borduria."]]],
  ["anna", "protests-against", "ruritania", [["a1", "Anna Petrova chanted slogans against the Ruritanian government."]]],
  ["anna", "member-of", "students", [["a1", "Anna Petrova, one of the student activists, spoke to reporters."]]],
  ["police", "protects", "emb-rur-klow", [["a1", "Police kept the crowd away from the embassy gates."]]],
  ["police", "protects", "emb-bor-klow", [["a2", "Riot police cordoned off the Bordurian mission."]]],
  ["guard", "protects", "emb-rur-szohod", [["a3", "The Syldavian Guard secured the Ruritanian embassy in Szohod."]]],
  ["emb-rur-klow", "represents", "ruritania", [["a1", "The embassy of the Ruritanian Federation in Klow said nothing."]]],
  ["emb-rur-szohod", "represents", "ruritania", [["a3", "Ruritania's embassy in Szohod closed for the day."]]],
  ["emb-bor-klow", "represents", "borduria", [["a2", "Borduria's mission in Klow issued a statement."]]],
  ["emb-rur-klow", "located-in", "klow", [["a1", "The embassy of the Ruritanian Federation in Klow said nothing."]]],
  ["emb-bor-klow", "located-in", "klow", [["a2", "Borduria's mission in Klow issued a statement."]]],
  ["emb-rur-szohod", "located-in", "szohod", [["a3", "Ruritania's embassy in Szohod closed for the day."]]],
  ["police", "arrests", "students", [["a1", "Police detained several students."]]],
  [
    "police",
    "reported-by",
    "courier",
    [
      ["a1", "Police detained several students, the Daily Courier reported."],
      ["a2", "Riot police blocked the road, according to the Courier."],
    ],
  ],
  ["students", "reported-by", "courier", [["a1", "The activists demanded an apology, the Daily Courier reported."]]],
  ["students", "reported-by", "northwire", [["a4", "Students gathered again on Monday, Northwire said."]]],
  ["veterans", "reported-by", "northwire", [["a2", "Veterans will return next week, Northwire reported."]]],
  ["ruritania", "attacks", "syldavia", [["a3", "Ruritania shelled Syldavian border posts overnight."]]],
  ["malenkov", "leads", "ruritania", [["a3", "President Malenkov addressed the nation."]]],
  ["marlow-person", "supports", "students", [["a4", "Marlow voiced solidarity with the students."]]],
];

export function fixtureGraph(): KgGraph {
  const graph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", allowSelfLoops: false });
  graph.replaceAttributes({ name: "fixture", generator: "tests", articles: 4 });
  NODES.forEach(([key, kind, label, aliases = []], i) => {
    graph.addNode(key, {
      label,
      kind,
      aliases,
      mentions: 1 + aliases.length,
      evidence: [{ article: `a${(i % 4) + 1}`, sentence: 0, start: 0, end: label.length }],
      x: i,
      y: 0.5 * i - 3,
      size: 1 + aliases.length,
      color: KIND_COLORS[kind],
    });
  });
  for (const [source, predicate, target, sentences] of EDGES) {
    graph.addDirectedEdgeWithKey(`${source}->${predicate}->${target}`, source, target, {
      predicate,
      label: predicate,
      weight: sentences.length,
      evidence: sentences.map(([article, sentence]) => ({ article, sentence, start: 0, end: sentence.length, rule: `test:${predicate}` })),
      color: PREDICATE_COLORS[predicate],
    });
  }
  return graph;
}
