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

/** What a whole build's outputs depend on; see buildFingerprint. */
export interface BuildFingerprintInput {
  /** Fingerprint of the program itself (its compiled code). */
  tool: string;
  extractor: ExtractorIdentity;
  /** Options that change the outputs (formats, layout seed, limits). */
  options: unknown;
  inputs: readonly { id: string; bytes: Uint8Array }[];
}

/**
 * Hash of everything a build's output files depend on: when it equals the one recorded for the
 * output directory by the previous build, and those files are untouched, the build has nothing to do.
 */
export function buildFingerprint(input: BuildFingerprintInput): string {
  const hash = createHash("sha256");
  hash.update(canonicalJson({ format: CACHE_FORMAT, tool: input.tool, extractor: input.extractor, options: input.options }));
  const inputs = [...input.inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id, bytes } of inputs) {
    hash.update(`\u0000${id}\u0000${bytes.length}\u0000`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}
