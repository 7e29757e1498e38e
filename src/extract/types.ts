import type { Article, Extraction } from "../model/types.js";

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
  /** Sorted by start offset. */
  mentions: import("../model/types.js").Mention[];
  entities: import("../model/types.js").Entity[];
}
