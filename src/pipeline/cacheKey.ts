// Cache keys for per-article extractions: what an Extraction depends on, hashed.
// An extraction depends on the article (id, text, metadata) and on the extractor (name, version,
// configuration). Change any of these and the key changes, so the cached entry is not used.
import { createHash } from "node:crypto";
import type { Article } from "../model/types.js";

/** Bump when the meaning of a key or the stored entry format changes. */
export const CACHE_FORMAT = 2;

export interface ExtractorIdentity {
  name: string;
  version: string;
  /** Hash of any configuration not already reflected in `version`. */
  config?: string;
}

/** Canonical JSON: object keys sorted, undefined dropped; the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(",")}}`;
}

/** Hash of a configuration value, independent of key order. */
export function configHash(config: unknown): string {
  return createHash("sha256").update(canonicalJson(config)).digest("hex").slice(0, 16);
}

/** The part of the key shared by all articles of one build: compute once. */
export function extractorPrefix(extractor: ExtractorIdentity): string {
  return canonicalJson({ format: CACHE_FORMAT, name: extractor.name, version: extractor.version, config: extractor.config ?? "" });
}

/** Content hash of one article under one extractor: 64 hex digits. */
export function articleCacheKey(article: Article, prefix: string): string {
  const hash = createHash("sha256");
  hash.update(prefix);
  hash.update("\u0000");
  hash.update(article.id);
  hash.update("\u0000");
  hash.update(canonicalJson(article.meta));
  hash.update("\u0000");
  hash.update(article.text);
  return hash.digest("hex");
}
