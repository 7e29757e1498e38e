// The stored form of a cached Extraction. Most of an Extraction's bytes are copies of the article
// text (sentence texts, mention texts, evidence sentences); they are stored as a marker and
// restored from the article on load. Markers replace values in place so that restored objects have
// their keys in the original order (outputs are byte-identical to an uncached build).
import type { Article, Extraction } from "../model/types.js";
import { CACHE_FORMAT } from "./cacheKey.js";

/** Marks a text field equal to article.text.slice(start, end). Texts are strings, so 0 is unambiguous. */
const SLICE = 0;

export interface CacheEntry {
  format: number;
  key: string;
  article: string;
  extraction: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Replace the text-like field by the marker when it equals the slice [start, end) of the article. */
function compact<T extends object>(obj: T, field: string, text: string, start: number, end: number): T {
  const record = obj as Record<string, unknown>;
  if (record[field] !== text.slice(start, end)) return obj;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, k === field ? SLICE : v])) as T;
}

export function encodeEntry(key: string, article: Article, extraction: Extraction): CacheEntry {
  const text = article.text;
  const stored = {
    ...extraction,
    sentences: extraction.sentences.map((s) => compact(s, "text", text, s.start, s.end)),
    mentions: extraction.mentions.map((m) => compact(m, "text", text, m.start, m.end)),
    relations: extraction.relations.map((r) =>
      r.evidence.article === extraction.article
        ? { ...r, evidence: compact(r.evidence, "sentence", text, r.evidence.start, r.evidence.end) }
        : r,
    ),
  };
  return { format: CACHE_FORMAT, key, article: article.id, extraction: stored };
}

function restore(list: unknown, field: string, text: string, pick: (item: Record<string, unknown>) => Record<string, unknown>): boolean {
  if (!Array.isArray(list)) return false;
  for (const item of list) {
    if (!isRecord(item)) return false;
    const holder = pick(item);
    if (!isRecord(holder)) return false;
    if (holder[field] === SLICE) {
      const { start, end } = holder;
      if (typeof start !== "number" || typeof end !== "number" || start < 0 || end > text.length || start > end) return false;
      holder[field] = text.slice(start, end);
    } else if (typeof holder[field] !== "string") {
      return false;
    }
  }
  return true;
}

/**
 * The Extraction stored in `entry` for `article` under `key`, or undefined when the entry is not a
 * valid entry for exactly this article and key (corrupt, truncated, from another format or article).
 */
export function decodeEntry(entry: unknown, key: string, article: Article): Extraction | undefined {
  if (!isRecord(entry) || entry.format !== CACHE_FORMAT || entry.key !== key || entry.article !== article.id) return undefined;
  const ex = entry.extraction;
  if (!isRecord(ex) || ex.article !== article.id || !isRecord(ex.meta) || !Array.isArray(ex.entities)) return undefined;
  const text = article.text;
  if (!restore(ex.sentences, "text", text, (s) => s)) return undefined;
  if (!restore(ex.mentions, "text", text, (m) => m)) return undefined;
  if (!restore(ex.relations, "sentence", text, (r) => r.evidence as Record<string, unknown>)) return undefined;
  for (const entity of ex.entities) {
    if (!isRecord(entity) || typeof entity.id !== "string" || typeof entity.label !== "string" || !Array.isArray(entity.aliases)) {
      return undefined;
    }
  }
  return ex as unknown as Extraction;
}
