// Errors of the query API that callers may want to tell apart from other usage errors.
import { PatternError, UsageError } from "../errors.js";
import type { EntityRef } from "./types.js";

const MODULE = "news-kg/query";

/** No node matches the name (after the kind filter). `suggestions` are near labels, best first. */
export class UnknownEntityError extends UsageError {
  constructor(
    readonly entity: string,
    readonly suggestions: readonly EntityRef[],
  ) {
    super(MODULE, `no entity named "${entity}"${describeSuggestions(suggestions)}`);
  }
}

/** Several nodes match the name equally well; `candidates` lists them so the caller can pick one. */
export class AmbiguousEntityError extends UsageError {
  constructor(
    readonly entity: string,
    readonly candidates: readonly EntityRef[],
  ) {
    super(
      MODULE,
      `"${entity}" matches ${candidates.length} entities: ${candidates
        .slice(0, 8)
        .map(describeRef)
        .join(", ")}${candidates.length > 8 ? ", …" : ""}; narrow it with a kind or give the node id`,
    );
  }
}

export function describeRef(ref: EntityRef): string {
  return `"${ref.label}" (${ref.kind}, ${formatId(ref.id)})`;
}

/** A node id as written in patterns: #id, or #"id" when the bare form would not read back. */
export function formatId(id: string): string {
  const bare = id !== "" && !/[\s"'?#|]/u.test(id) && !id.endsWith(".");
  return bare ? `#${id}` : `#"${id.replace(/["\\]/gu, (c) => `\\${c}`)}"`;
}

export function describeSuggestions(suggestions: readonly EntityRef[]): string {
  if (suggestions.length === 0) return "";
  return `; did you mean ${suggestions.map(describeRef).join(" or ")}?`;
}

/**
 * A name or #id in a pattern that does not resolve to exactly one entity. It is a PatternError,
 * so it points at the name; `reason` and `candidates` say why.
 */
export class PatternEntityError extends PatternError {
  constructor(
    pattern: string,
    position: number,
    readonly entity: string,
    readonly reason: "unknown" | "ambiguous",
    /** Suggestions (unknown) or the tied matches (ambiguous). */
    readonly candidates: readonly EntityRef[],
  ) {
    super(
      pattern,
      position,
      reason === "unknown"
        ? `an entity of the graph; nothing is named "${entity}"${describeSuggestions(candidates)}`
        : `a single entity; "${entity}" matches ${candidates
            .slice(0, 8)
            .map(describeRef)
            .join(", ")}${candidates.length > 8 ? ", …" : ""} (add :Kind, use #id, or write ?x~"${entity}" to match all of them)`,
    );
  }
}
