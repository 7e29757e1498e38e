// Sigma reducers: how each node and edge is drawn for the current view state. They read the state
// and precomputed lookups and return display data; the graph itself is never changed.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { isEdgeVisible, isFiltering, visibleNeighbourhood } from "./filters.js";
import type { ViewEdge, ViewGraph, ViewNode } from "./model.js";
import { computeSizes, edgeSize } from "./sizes.js";
import type { ViewState } from "./view-state.js";

export const DIM_NODE_COLOR = "#d9dce1";
export const DIM_EDGE_COLOR = "#eceef1";
/** Beyond this many neighbours, hovering does not force every neighbour's label. */
export const MAX_FORCED_LABELS = 40;
/** Graphs up to this many nodes show every label (sigma's label grid would drop small nodes' ones). */
export const LABEL_ALL_MAX_NODES = 150;

/** Lookups derived from the graph and the state, rebuilt only when what they depend on changes. */
export interface ReducerContext {
  graph: ViewGraph;
  state: ViewState;
  /** The hovered node, else the selected node, with its visible neighbours; null when none. */
  focus: { node: string; neighbours: Set<string> } | null;
  /** Selected edge, when an edge is selected. */
  focusEdge: string | null;
  sizes: Map<string, number> | null;
  curvatures: Map<string, number>;
  /** Whether anything is filtered out (else every edge is visible, no look-up needed). */
  filtering: boolean;
  labelAll: boolean;
}

export function focusOf(graph: ViewGraph, state: ViewState): ReducerContext["focus"] {
  const node = state.hovered ?? (state.selection?.type === "node" ? state.selection.key : null);
  if (node === null || !graph.hasNode(node)) return null;
  return { node, neighbours: visibleNeighbourhood(graph, state, node) };
}

export function createContext(
  graph: ViewGraph,
  state: ViewState,
  curvatures: Map<string, number>,
  sizes: Map<string, number> | null = computeSizes(graph, state.sizeBy),
): ReducerContext {
  return {
    graph,
    state,
    focus: focusOf(graph, state),
    focusEdge: state.selection?.type === "edge" && graph.hasEdge(state.selection.key) ? state.selection.key : null,
    sizes,
    curvatures,
    filtering: isFiltering(state),
    labelAll: graph.order <= LABEL_ALL_MAX_NODES,
  };
}

export function reduceNode(ctx: ReducerContext, node: string, attrs: ViewNode): Partial<NodeDisplayData> {
  // only what sigma draws: a small fresh object (sigma writes its defaults into it)
  const display: Partial<NodeDisplayData> = { x: attrs.x, y: attrs.y, size: attrs.size, color: attrs.color, label: attrs.label };
  if (ctx.state.hiddenKinds.has(attrs.kind)) return { ...display, hidden: true };
  const size = ctx.sizes?.get(node);
  if (size !== undefined) display.size = size;
  if (ctx.labelAll) display.forceLabel = true;
  const selected = ctx.state.selection?.type === "node" && ctx.state.selection.key === node;
  if (selected) {
    display.highlighted = true;
    display.forceLabel = true;
    display.zIndex = 2;
  }
  if (ctx.focusEdge !== null) {
    const ends = ctx.graph.extremities(ctx.focusEdge);
    if (ends.includes(node)) {
      display.forceLabel = true;
      display.highlighted = true;
      display.zIndex = 2;
    } else {
      display.color = DIM_NODE_COLOR;
      display.label = null;
      display.zIndex = 0;
    }
    return display;
  }
  if (ctx.focus !== null) {
    if (ctx.focus.neighbours.has(node)) {
      display.zIndex = Math.max(display.zIndex ?? 0, 1);
      if (node === ctx.focus.node || ctx.focus.neighbours.size <= MAX_FORCED_LABELS) display.forceLabel = true;
    } else {
      display.color = DIM_NODE_COLOR;
      display.label = null;
      display.zIndex = 0;
    }
  }
  return display;
}

export function reduceEdge(ctx: ReducerContext, edge: string, attrs: ViewEdge): Partial<EdgeDisplayData> {
  const display: Partial<EdgeDisplayData> = { color: attrs.color, label: attrs.label, size: edgeSize(attrs.weight) };
  if (ctx.filtering && !isEdgeVisible(ctx.graph, ctx.state, edge)) return { ...display, hidden: true };
  const curvature = ctx.curvatures.get(edge);
  if (curvature === undefined) display.type = "arrow";
  else Object.assign(display, { type: "curved", curvature });
  if (ctx.focusEdge !== null) {
    if (edge === ctx.focusEdge) Object.assign(display, { forceLabel: true, zIndex: 2, size: (display.size ?? 1) + 1.5 });
    else Object.assign(display, { color: DIM_EDGE_COLOR, label: null, zIndex: 0 });
    return display;
  }
  if (ctx.focus !== null) {
    const [source, target] = ctx.graph.extremities(edge);
    if (source === ctx.focus.node || target === ctx.focus.node) Object.assign(display, { forceLabel: true, zIndex: 1 });
    else Object.assign(display, { color: DIM_EDGE_COLOR, label: null, zIndex: 0 });
  }
  return display;
}
