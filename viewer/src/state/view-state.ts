// What the user has chosen to see. Plain immutable values; the app replaces the state and refreshes
// sigma, and the reducers read it. Nothing here mutates the graph.

export const SIZE_MODES = ["layout", "mentions", "degree"] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

export type Selection = { type: "node"; key: string } | { type: "edge"; key: string } | null;

export interface ViewState {
  hiddenKinds: ReadonlySet<string>;
  hiddenPredicates: ReadonlySet<string>;
  selection: Selection;
  hovered: string | null;
  sizeBy: SizeMode;
  /** Edges with fewer evidence sentences (weight) than this are hidden; 1 shows all. */
  minWeight: number;
}

export const INITIAL_STATE: ViewState = {
  hiddenKinds: new Set(),
  hiddenPredicates: new Set(),
  selection: null,
  hovered: null,
  sizeBy: "mentions",
  minWeight: 1,
};

/** A usable minimum weight: an integer of at least 1. */
export function clampMinWeight(value: number): number {
  return Number.isFinite(value) ? Math.max(1, Math.floor(value)) : 1;
}

export function isSizeMode(value: unknown): value is SizeMode {
  return typeof value === "string" && (SIZE_MODES as readonly string[]).includes(value);
}

/** A copy of `set` with `value` added if absent, removed if present. */
export function toggled(set: ReadonlySet<string>, value: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function toggleKind(state: ViewState, kind: string): ViewState {
  return { ...state, hiddenKinds: toggled(state.hiddenKinds, kind) };
}

export function togglePredicate(state: ViewState, predicate: string): ViewState {
  return { ...state, hiddenPredicates: toggled(state.hiddenPredicates, predicate) };
}

/** Shows everything of one legend group, or hides all its values when all are shown. */
export function setAllHidden(values: readonly string[], hide: boolean): ReadonlySet<string> {
  return hide ? new Set(values) : new Set();
}
