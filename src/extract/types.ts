import type { EntityKind } from "../model/ontology.js";
import type { Article, Extraction, Mention } from "../model/types.js";

/**
 * A swappable extraction stage: one article in, its entities, mentions and relations out.
 * Pure and deterministic: the same article and configuration give the same Extraction.
 */
export interface Extractor {
  readonly name: string;
  /** Changes whenever rules, lexicons or configuration change; part of the cache key. */
  readonly version: string;
  extract(article: Article): Extraction;
}

/** A word or punctuation token of the article text. */
export interface Token {
  text: string;
  /** Character offsets into Article.text, end exclusive. */
  start: number;
  end: number;
  /** Index of the sentence holding the token. */
  sentence: number;
}

/**
 * The article after sentence splitting, mention finding and within-article resolution:
 * the input of the relation stage.
 */
export interface AnalyzedArticle {
  article: Article;
  sentences: import("../model/types.js").Sentence[];
  tokens: Token[];
  /** Sorted by start offset; never nested or overlapping. */
  mentions: AnalyzedMention[];
  entities: import("../model/types.js").Entity[];
  /** Facts the entity stage read while resolving: an embassy's sender and host, a person's title. */
  links: EntityLink[];
}

/** A mention with what the entity stage knows about it (a Mention, so it can be stored as one). */
export interface AnalyzedMention extends Mention {
  kind: EntityKind;
  /** The mention refers back ("he", "they", "the embassy", "the agency") instead of naming. */
  anaphor?: boolean;
}

/**
 * A fact read by the entity stage, for the relation stage:
 * - `sender`: an Embassy (from) and the State it belongs to (to): "the Russian embassy".
 * - `host`: an Embassy (from) and the city it is in (to): "embassy in Baku" (`stated` when the text says so).
 * - `title`: a Person (from) with a title ("President", "Ambassador"), `role` leader/diplomat/official/military,
 *   and the State qualifying it (to) when written ("Serbian Prime Minister ...", `stated`). A head of state or
 *   government titled without a state ("President Xi Jinping") gets `to` inferred, `stated: false`: the state
 *   of the same person's qualified title elsewhere (rule `title.state.person`, then `stated: true`), else the
 *   one state the sentence names (`title.state.sentence`), else the dateline's state (`title.state.host`).
 */
export interface EntityLink {
  type: "sender" | "host" | "title";
  from: string;
  to?: string;
  role?: string;
  title?: string;
  /** The text states it (else it was inferred, e.g. the dateline city as host). */
  stated: boolean;
  sentence: number;
  /** Offsets of the mention that carries the fact. */
  start: number;
  end: number;
  rule: string;
}
