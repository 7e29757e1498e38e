// The contract of ../shared/ONTOLOGY.md as code: node kinds and edge predicates.

export const ENTITY_KINDS = ["Person", "State", "Embassy", "Organization", "Group", "Location"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const CORE_PREDICATES = ["protests-against", "protects", "reported-by"] as const;
export const EXTENDED_PREDICATES = [
  "represents",
  "located-in",
  "member-of",
  "leads",
  "allied-with",
  "attacks",
  "supports",
  "arrests",
] as const;
export const PREDICATES = [...CORE_PREDICATES, ...EXTENDED_PREDICATES] as const;
export type Predicate = (typeof PREDICATES)[number];

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === "string" && (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isPredicate(value: unknown): value is Predicate {
  return typeof value === "string" && (PREDICATES as readonly string[]).includes(value);
}

/** Colors by kind, shared by the layout stage, the exports and the viewer. */
export const KIND_COLORS: Record<EntityKind, string> = {
  Person: "#e15759",
  State: "#4e79a7",
  Embassy: "#f28e2b",
  Organization: "#59a14f",
  Group: "#b07aa1",
  Location: "#76b7b2",
};

/** Colors by predicate, for edges. */
export const PREDICATE_COLORS: Record<Predicate, string> = {
  "protests-against": "#d62728",
  protects: "#1f77b4",
  "reported-by": "#7f7f7f",
  represents: "#ff7f0e",
  "located-in": "#17becf",
  "member-of": "#9467bd",
  leads: "#8c564b",
  "allied-with": "#2ca02c",
  attacks: "#a50026",
  supports: "#bcbd22",
  arrests: "#393b79",
};
