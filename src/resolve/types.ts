import type { EntityKind, } from "../model/ontology.js";
import type { Extraction, MentionEvidence } from "../model/types.js";

/** One entity of the whole graph, merged from the per-article entities that denote it. */
export interface GlobalEntity {
  /** Stable node key, independent of article order and scheduling. */
  key: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  mentions: number;
  evidence: MentionEvidence[];
}

export interface CrossDocumentResolution {
  entities: GlobalEntity[];
  /** Node key of a per-article entity. */
  keyOf(article: string, localId: string): string;
}

/** A swappable cross-document resolution stage. */
export type CrossDocumentResolver = (extractions: readonly Extraction[]) => CrossDocumentResolution;
