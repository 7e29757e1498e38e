// The view in the URL fragment, so a view can be shared and reloaded:
// #node=<key>&hk=<hidden kind>&hk=...&hp=<hidden predicate>&size=degree&w=<min evidence>
// The fragment never reaches the server. Unknown or malformed values are ignored on reading.
import { isSizeMode, type SizeMode, type ViewState } from "./view-state.js";

export interface UrlState {
  node?: string;
  edge?: string;
  hiddenKinds: string[];
  hiddenPredicates: string[];
  sizeBy?: SizeMode;
  /** Minimum evidence per edge, when above 1. */
  minWeight?: number;
}

const sorted = (values: Iterable<string>): string[] => [...values].sort();

export function urlStateOf(state: ViewState, defaultSize: SizeMode): UrlState {
  return {
    ...(state.selection?.type === "node" ? { node: state.selection.key } : {}),
    ...(state.selection?.type === "edge" ? { edge: state.selection.key } : {}),
    hiddenKinds: sorted(state.hiddenKinds),
    hiddenPredicates: sorted(state.hiddenPredicates),
    ...(state.sizeBy !== defaultSize ? { sizeBy: state.sizeBy } : {}),
    ...(state.minWeight > 1 ? { minWeight: state.minWeight } : {}),
  };
}

/** The fragment without "#"; "" for the default view. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.node !== undefined) params.append("node", state.node);
  if (state.edge !== undefined) params.append("edge", state.edge);
  for (const kind of sorted(state.hiddenKinds)) params.append("hk", kind);
  for (const predicate of sorted(state.hiddenPredicates)) params.append("hp", predicate);
  if (state.sizeBy !== undefined) params.append("size", state.sizeBy);
  if (state.minWeight !== undefined && state.minWeight > 1) params.append("w", String(state.minWeight));
  return params.toString();
}

export function decodeUrlState(fragment: string): UrlState {
  const params = new URLSearchParams(fragment.startsWith("#") ? fragment.slice(1) : fragment);
  const node = params.get("node");
  const edge = params.get("edge");
  const size = params.get("size");
  const weight = Number(params.get("w"));
  const unique = (values: string[]): string[] => sorted(new Set(values.filter((v) => v !== "")));
  return {
    ...(node ? { node } : {}),
    ...(edge && !node ? { edge } : {}),
    hiddenKinds: unique(params.getAll("hk")),
    hiddenPredicates: unique(params.getAll("hp")),
    ...(isSizeMode(size) ? { sizeBy: size } : {}),
    ...(Number.isInteger(weight) && weight > 1 ? { minWeight: weight } : {}),
  };
}

/** Applies a decoded URL state to a view state, dropping what the graph does not hold. */
export function applyUrlState(
  state: ViewState,
  url: UrlState,
  has: { node(key: string): boolean; edge(key: string): boolean; kind(kind: string): boolean; predicate(p: string): boolean },
): ViewState {
  const selection =
    url.node !== undefined && has.node(url.node)
      ? ({ type: "node", key: url.node } as const)
      : url.edge !== undefined && has.edge(url.edge)
        ? ({ type: "edge", key: url.edge } as const)
        : null;
  return {
    ...state,
    selection,
    hiddenKinds: new Set(url.hiddenKinds.filter((k) => has.kind(k))),
    hiddenPredicates: new Set(url.hiddenPredicates.filter((p) => has.predicate(p))),
    sizeBy: url.sizeBy ?? state.sizeBy,
    minWeight: url.minWeight ?? 1,
  };
}
