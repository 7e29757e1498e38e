// Data passed between the pipeline stages: ingest -> extract -> resolve -> graph -> layout -> export.
// Every stage takes these plain values and returns plain values; none of them touches the disk.
import type { EntityKind, Predicate } from "./ontology.js";

/** Metadata read from an article's leading lines or its HTML head. */
export interface ArticleMeta {
  title?: string;
  date?: string;
  source?: string;
  /** Path of the file the article came from, relative to the input root ("-" for stdin). */
  path?: string;
  /** Language code when detected ("en"), or "und". */
  language?: string;
}

/** One article after ingest: clean body text; all offsets downstream index into `text`. */
export interface Article {
  /** Stable id: the path relative to the input root, with "/" separators. */
  id: string;
  text: string;
  meta: ArticleMeta;
}

export interface Sentence {
  index: number;
  /** Character offsets into Article.text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/** A surface form in the text that refers to an entity. */
export interface Mention {
  /** Local id of the entity this mention was resolved to. */
  entity: string;
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** Id of the lexicon entry or rule that found the mention. */
  rule: string;
}

/** An entity as resolved within one article. */
export interface Entity {
  /** Local id, unique within one Extraction ("e1", "e2", ...). */
  id: string;
  kind: EntityKind;
  label: string;
  /** Other surface forms resolved to this entity, sorted, without the label. */
  aliases: string[];
  mentions: number;
  /**
   * Identity hints for cross-document merging: for an Embassy the sending state and host city
   * labels; for a State its ISO 3166 alpha-3 code when known.
   */
  key?: { state?: string; city?: string; code?: string };
}

/** Where a relation was read: the sentence and the rule that fired. */
export interface Evidence {
  article: string;
  sentence: string;
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
  rule: string;
}

export interface Relation {
  /** Local entity ids. */
  source: string;
  target: string;
  predicate: Predicate;
  evidence: Evidence;
}

/** Everything extracted from one article. The unit that is cached and merged. */
export interface Extraction {
  article: string;
  meta: ArticleMeta;
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  relations: Relation[];
}

/** Where an entity was seen, as stored on a graph node. */
export interface MentionEvidence {
  article: string;
  sentence: number;
  start: number;
  end: number;
}

/** Node attributes of the built graph (graphology), names as ONTOLOGY.md gives them. */
export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  aliases: string[];
  mentions: number;
  evidence: MentionEvidence[];
  x: number;
  y: number;
  size: number;
  color: string;
}

/** Edge attributes of the built graph. */
export interface EdgeAttributes {
  predicate: Predicate;
  /** Same as predicate: what GEXF, Gephi and sigma show as the edge's label. */
  label: string;
  weight: number;
  evidence: Evidence[];
  color: string;
}

export interface GraphAttributes {
  name: string;
  /** Extractor name and version, so a graph says what made it. */
  generator: string;
  articles: number;
}
