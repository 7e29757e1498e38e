// Visibility rules shared by the reducers, the legend and the side panel.
import type { ViewGraph } from "./model.js";
import type { ViewState } from "./view-state.js";

/** Whether anything at all is filtered out (else every node and edge shows, no look-ups needed). */
export function isFiltering(state: ViewState): boolean {
  return state.hiddenKinds.size > 0 || state.hiddenPredicates.size > 0 || state.minWeight > 1;
}

export function isNodeVisible(graph: ViewGraph, state: ViewState, node: string): boolean {
  return !state.hiddenKinds.has(graph.getNodeAttribute(node, "kind"));
}

/** An edge shows when its predicate is shown, it has enough evidence, and both its ends are shown. */
export function isEdgeVisible(graph: ViewGraph, state: ViewState, edge: string): boolean {
  const attrs = graph.getEdgeAttributes(edge);
  if (state.hiddenPredicates.has(attrs.predicate) || attrs.weight < state.minWeight) return false;
  return isNodeVisible(graph, state, graph.source(edge)) && isNodeVisible(graph, state, graph.target(edge));
}

/** The node and the neighbours it reaches through visible edges (either direction). */
export function visibleNeighbourhood(graph: ViewGraph, state: ViewState, node: string): Set<string> {
  const result = new Set<string>([node]);
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    if (isEdgeVisible(graph, state, edge)) result.add(source === node ? target : source);
  });
  return result;
}

export interface VisibleCounts {
  nodes: number;
  edges: number;
}

export function countVisible(graph: ViewGraph, state: ViewState): VisibleCounts {
  if (!isFiltering(state)) return { nodes: graph.order, edges: graph.size };
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((node) => {
    if (isNodeVisible(graph, state, node)) nodes++;
  });
  graph.forEachEdge((edge) => {
    if (isEdgeVisible(graph, state, edge)) edges++;
  });
  return { nodes, edges };
}
