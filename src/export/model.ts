// The attribute model of a set of nodes or edges: one declared type per attribute name,
// inferred from the values, and one way to flatten each value for a flat format (GEXF, GraphML,
// CSV). Lists of scalars are joined with LIST_SEPARATOR; objects and lists of objects (evidence)
// are written as canonical JSON text.
import type { Attributes } from "graphology-types";
import { attributeNames, canonicalJson } from "./canonical.js";

export type ValueType = "boolean" | "int" | "long" | "double" | "string" | "list" | "json";

export interface AttributeSpec {
  name: string;
  type: ValueType;
}

/** Separator of joined lists (aliases) in GEXF, GraphML and CSV. Documented in docs/exports.md. */
export const LIST_SEPARATOR = "|";

const INT32 = 2 ** 31 - 1;

function typeOf(value: unknown): ValueType | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    if (!Number.isInteger(value)) return "double";
    return Math.abs(value) <= INT32 ? "int" : "long";
  }
  if (typeof value === "string") return "string";
  if (Array.isArray(value)) return value.every((v) => v === null || ["string", "number", "boolean"].includes(typeof v)) ? "list" : "json";
  return "json";
}

/** Combines the types seen for one attribute into the narrowest type that holds them all. */
function widen(a: ValueType, b: ValueType): ValueType {
  if (a === b) return a;
  const numeric: ValueType[] = ["int", "long", "double"];
  if (numeric.includes(a) && numeric.includes(b)) return numeric[Math.max(numeric.indexOf(a), numeric.indexOf(b))] as ValueType;
  if (a === "json" || b === "json") return "json";
  return "string";
}

export function inferModel(records: readonly { attributes: Attributes }[], exclude: ReadonlySet<string> = new Set()): AttributeSpec[] {
  const types = new Map<string, ValueType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record.attributes)) {
      if (exclude.has(name)) continue;
      const t = typeOf(value);
      if (t === null) continue;
      const seen = types.get(name);
      types.set(name, seen === undefined ? t : widen(seen, t));
    }
  }
  return attributeNames(records, exclude)
    .filter((name) => types.has(name))
    .map((name) => ({ name, type: types.get(name) as ValueType }));
}

/** The value as a flat scalar of the declared type, or undefined when absent. */
export function flatten(value: unknown, type: ValueType): string | number | boolean | undefined {
  if (value === undefined || value === null) return undefined;
  switch (type) {
    case "boolean":
      return typeof value === "boolean" ? value : undefined;
    case "int":
    case "long":
    case "double":
      return typeof value === "number" && Number.isFinite(value) ? value : undefined;
    case "list":
      return Array.isArray(value) ? value.map((v) => String(v)).join(LIST_SEPARATOR) : String(value);
    case "json":
      return canonicalJson(value);
    case "string":
      return typeof value === "string" ? value : Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : String(value);
  }
}
