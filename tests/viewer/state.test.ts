import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../viewer/src/graph/load.js";
import { countVisible, isEdgeVisible, visibleNeighbourhood } from "../../viewer/src/state/filters.js";
import { kindLegend, predicateLegend } from "../../viewer/src/state/legend.js";
import { parallelCurvatures, type EdgeEnds } from "../../viewer/src/state/parallel.js";
import { createContext, DIM_NODE_COLOR, LABEL_ALL_MAX_NODES, reduceEdge, reduceNode } from "../../viewer/src/state/reducers.js";
import { computeSizes, MAX_NODE_SIZE, MIN_NODE_SIZE, scaleSizes } from "../../viewer/src/state/sizes.js";
import { applyUrlState, decodeUrlState, encodeUrlState, urlStateOf } from "../../viewer/src/state/url-state.js";
import { clampMinWeight, INITIAL_STATE, toggleKind, togglePredicate, type ViewState } from "../../viewer/src/state/view-state.js";
import type { ViewGraph } from "../../viewer/src/state/model.js";
import { fixtureJson } from "./fixture.js";

const graph = (): ViewGraph => parseGraphJson(fixtureJson());
const P = "Group:student protesters";
const POLICE = "Organization:pellan police";

describe("parallelCurvatures", () => {
  const e = (key: string, source: string, target: string, sortKey = key): EdgeEnds => ({ key, source, target, sortKey });

  it("leaves lone edges straight", () => {
    expect(parallelCurvatures([e("1", "a", "b"), e("2", "b", "c"), e("3", "c", "a")]).size).toBe(0);
  });

  it("bends a reciprocal pair to opposite sides", () => {
    const c = parallelCurvatures([e("ab", "a", "b"), e("ba", "b", "a")]);
    // same sign in each edge's own frame = opposite sides on screen, since the frames are reversed
    expect(c.get("ab")).toBeCloseTo(c.get("ba")!);
    expect(Math.abs(c.get("ab")!)).toBeGreaterThan(0);
  });

  it("fans out a same-direction bundle symmetrically, middle one straight when odd", () => {
    const c = parallelCurvatures([e("x", "a", "b", "1"), e("y", "a", "b", "2"), e("z", "a", "b", "3")]);
    expect(c.has("y")).toBe(false);
    expect(c.get("x")).toBeCloseTo(-c.get("z")!);
  });

  it("keeps every curvature within bounds for large bundles and distinct per edge", () => {
    const edges = Array.from({ length: 9 }, (_, i) => e(`k${i}`, i % 2 ? "a" : "b", i % 2 ? "b" : "a", String(i)));
    const c = parallelCurvatures(edges);
    const screen = edges.map((x) => (x.source < x.target ? 1 : -1) * (c.get(x.key) ?? 0));
    expect(new Set(screen.map((v) => v.toFixed(6))).size).toBe(9);
    for (const v of screen) expect(Math.abs(v)).toBeLessThanOrEqual(1);
  });

  it("is deterministic whatever the input order", () => {
    const edges = [e("p", "a", "b", "protects"), e("q", "b", "a", "attacks"), e("r", "a", "b", "leads")];
    expect([...parallelCurvatures(edges)].sort()).toEqual([...parallelCurvatures([...edges].reverse())].sort());
  });
});

describe("filters and legend", () => {
  it("counts kinds and predicates in ontology order", () => {
    const g = graph();
    const kinds = kindLegend(g);
    expect(kinds.map((k) => k.value)).toEqual(["Person", "State", "Embassy", "Organization", "Group", "Location"]);
    expect(kinds.find((k) => k.value === "Person")!.count).toBe(2);
    const preds = predicateLegend(g);
    expect(preds[0]).toMatchObject({ value: "protests-against", count: 3 });
    expect(preds.reduce((n, p) => n + p.count, 0)).toBe(g.size);
  });

  it("puts kinds outside the ontology after the known ones", () => {
    const g: ViewGraph = new MultiDirectedGraph();
    const base = { aliases: [], mentions: 1, evidence: [], x: 0, y: 0, size: 1, color: "#123456" };
    g.addNode("z", { ...base, label: "z", kind: "Zeppelin" });
    g.addNode("s", { ...base, label: "s", kind: "State" });
    expect(kindLegend(g).map((k) => [k.value, k.color])).toEqual([
      ["State", "#4e79a7"],
      ["Zeppelin", "#123456"],
    ]);
  });

  it("hides edges of hidden predicates and of hidden kinds at either end", () => {
    const g = graph();
    const s0 = INITIAL_STATE;
    expect(countVisible(g, s0)).toEqual({ nodes: g.order, edges: g.size });
    const noPeople = toggleKind(s0, "Person");
    expect(isEdgeVisible(g, noPeople, `Person:maria lindqvist->member-of->${P}`)).toBe(false);
    expect(countVisible(g, noPeople).nodes).toBe(g.order - 2);
    const noArrests = togglePredicate(s0, "arrests");
    expect(isEdgeVisible(g, noArrests, `${POLICE}->arrests->${P}`)).toBe(false);
    expect(countVisible(g, noArrests).edges).toBe(g.size - 1);
    // toggling twice restores
    expect(togglePredicate(noArrests, "arrests").hiddenPredicates.size).toBe(0);
  });

  it("hides edges with less evidence than the minimum", () => {
    const g = graph();
    const strong = `${POLICE}->protects->Embassy:valdoria@pellan`;
    const s2: ViewState = { ...INITIAL_STATE, minWeight: 2 };
    expect(g.getEdgeAttribute(strong, "weight")).toBe(2);
    expect(isEdgeVisible(g, s2, strong)).toBe(true);
    expect(isEdgeVisible(g, s2, `${POLICE}->arrests->${P}`)).toBe(false);
    expect(countVisible(g, s2)).toEqual({ nodes: g.order, edges: g.filterEdges((_e, a) => a.weight >= 2).length });
    expect(clampMinWeight(0)).toBe(1);
    expect(clampMinWeight(2.7)).toBe(2);
    expect(clampMinWeight(Number.NaN)).toBe(1);
  });

  it("neighbourhood follows visible edges in both directions", () => {
    const g = graph();
    expect([...visibleNeighbourhood(g, INITIAL_STATE, "State:valdoria")].sort()).toEqual(
      ["Embassy:valdoria@pellan", P, "State:kestria", "State:valdoria"].sort(),
    );
    const s = togglePredicate(INITIAL_STATE, "attacks");
    expect(visibleNeighbourhood(g, s, "State:valdoria").has("State:kestria")).toBe(false);
  });
});

describe("reducers", () => {
  it("hide nodes of hidden kinds without touching the graph", () => {
    const g = graph();
    const before = JSON.stringify(g.export());
    const ctx = createContext(g, toggleKind(INITIAL_STATE, "State"), new Map());
    expect(reduceNode(ctx, "State:kestria", g.getNodeAttributes("State:kestria")).hidden).toBe(true);
    expect(reduceNode(ctx, P, g.getNodeAttributes(P)).hidden).toBeFalsy();
    expect(reduceEdge(ctx, "State:valdoria->attacks->State:kestria", g.getEdgeAttributes("State:valdoria->attacks->State:kestria")).hidden).toBe(true);
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it("dim everything outside the hovered node's neighbourhood and force labels inside it", () => {
    const g = graph();
    const state: ViewState = { ...INITIAL_STATE, hovered: "State:kestria" };
    const ctx = createContext(g, state, new Map());
    const far = reduceNode(ctx, "Location:pellan", g.getNodeAttributes("Location:pellan"));
    expect(far.color).toBe(DIM_NODE_COLOR);
    expect(far.label).toBeNull();
    const near = reduceNode(ctx, "State:valdoria", g.getNodeAttributes("State:valdoria"));
    expect(near.color).toBe(g.getNodeAttribute("State:valdoria", "color"));
    expect(near.forceLabel).toBe(true);
    const edge = "State:valdoria->attacks->State:kestria";
    expect(reduceEdge(ctx, edge, g.getEdgeAttributes(edge)).forceLabel).toBe(true);
    const other = `${POLICE}->arrests->${P}`;
    expect(reduceEdge(ctx, other, g.getEdgeAttributes(other)).label).toBeNull();
  });

  it("label every node of a small graph, and leave big graphs to sigma's label grid", () => {
    const g = graph();
    const ctx = createContext(g, INITIAL_STATE, new Map());
    expect(g.mapNodes((n, a) => reduceNode(ctx, n, a).forceLabel)).toEqual(g.mapNodes(() => true));
    const big: ViewGraph = new MultiDirectedGraph();
    for (let i = 0; i <= LABEL_ALL_MAX_NODES; i++) {
      big.addNode(`n${i}`, { label: `n${i}`, kind: "Person", aliases: [], mentions: 1, evidence: [], x: i, y: 0, size: 2, color: "#000" });
    }
    const bigCtx = createContext(big, INITIAL_STATE, new Map());
    expect(reduceNode(bigCtx, "n1", big.getNodeAttributes("n1")).forceLabel).toBeFalsy();
  });

  it("use the curved program only for edges given a curvature", () => {
    const g = graph();
    const edge = `${POLICE}->arrests->${P}`;
    const ctx = createContext(g, INITIAL_STATE, new Map([[edge, 0.25]]));
    expect(reduceEdge(ctx, edge, g.getEdgeAttributes(edge))).toMatchObject({ type: "curved", curvature: 0.25 });
    const lone = "State:valdoria->attacks->State:kestria";
    expect(reduceEdge(ctx, lone, g.getEdgeAttributes(lone)).type).toBe("arrow");
  });

  it("size nodes by the chosen measure", () => {
    const g = graph();
    const byDegree = createContext(g, { ...INITIAL_STATE, sizeBy: "degree" }, new Map());
    const hub = reduceNode(byDegree, P, g.getNodeAttributes(P)).size!;
    const leaf = reduceNode(byDegree, "State:kestria", g.getNodeAttributes("State:kestria")).size!;
    expect(hub).toBe(MAX_NODE_SIZE);
    expect(leaf).toBeLessThan(hub);
    const asBuilt = createContext(g, { ...INITIAL_STATE, sizeBy: "layout" }, new Map());
    expect(reduceNode(asBuilt, P, g.getNodeAttributes(P)).size).toBe(g.getNodeAttribute(P, "size"));
    expect(computeSizes(g, "layout")).toBeNull();
  });
});

describe("sizes", () => {
  it("scale from min to max by square root, and give equal values the middle size", () => {
    const s = scaleSizes(new Map([["a", 1], ["b", 5], ["c", 17]]));
    expect(s.get("a")).toBe(MIN_NODE_SIZE);
    expect(s.get("c")).toBe(MAX_NODE_SIZE);
    expect(s.get("b")).toBeCloseTo(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * 0.5);
    expect(scaleSizes(new Map([["a", 3], ["b", 3]])).get("a")).toBe((MIN_NODE_SIZE + MAX_NODE_SIZE) / 2);
  });
});

describe("URL state", () => {
  it("round-trips selection, filters and size", () => {
    const state: ViewState = {
      ...INITIAL_STATE,
      selection: { type: "node", key: "Person:<b>bold</b> & co #1" },
      hiddenKinds: new Set(["Person", "Group"]),
      hiddenPredicates: new Set(["leads"]),
      sizeBy: "degree",
      minWeight: 3,
    };
    const hash = encodeUrlState(urlStateOf(state, "mentions"));
    expect(hash).not.toMatch(/[<># ]/);
    const back = decodeUrlState(`#${hash}`);
    expect(back).toEqual({ node: "Person:<b>bold</b> & co #1", hiddenKinds: ["Group", "Person"], hiddenPredicates: ["leads"], sizeBy: "degree", minWeight: 3 });
  });

  it("encodes the default view as an empty fragment", () => {
    expect(encodeUrlState(urlStateOf(INITIAL_STATE, INITIAL_STATE.sizeBy))).toBe("");
  });

  it("ignores malformed and unknown values", () => {
    expect(decodeUrlState("#size=huge&hk=&zz=1&w=-4")).toEqual({ hiddenKinds: [], hiddenPredicates: [] });
    expect(decodeUrlState("#w=2.5")).toEqual({ hiddenKinds: [], hiddenPredicates: [] });
    const g = graph();
    const applied = applyUrlState(INITIAL_STATE, decodeUrlState("#node=nope&hk=Person&hk=Dragon&hp=attacks"), {
      node: (k) => g.hasNode(k),
      edge: (k) => g.hasEdge(k),
      kind: (k) => k === "Person",
      predicate: (p) => p === "attacks",
    });
    expect(applied.selection).toBeNull();
    expect([...applied.hiddenKinds]).toEqual(["Person"]);
    expect([...applied.hiddenPredicates]).toEqual(["attacks"]);
  });

  it("selects an edge from the URL", () => {
    const g = graph();
    const key = "State:valdoria->attacks->State:kestria";
    const applied = applyUrlState(INITIAL_STATE, decodeUrlState(encodeUrlState({ edge: key, hiddenKinds: [], hiddenPredicates: [] })), {
      node: (k) => g.hasNode(k),
      edge: (k) => g.hasEdge(k),
      kind: () => true,
      predicate: () => true,
    });
    expect(applied.selection).toEqual({ type: "edge", key });
  });
});
