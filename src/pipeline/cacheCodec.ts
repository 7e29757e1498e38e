// The stored form of a cached Extraction. Most of an Extraction's bytes are copies of the article
// text (sentence texts, mention texts, evidence sentences); they are stored as a marker and
// restored from the article on load. Markers replace values in place so that restored objects have
// their keys in the original order (outputs are byte-identical to an uncached build).
// Lists of objects of one shape (sentences, mentions, relations) are stored as a shape and rows of
// values, which is smaller and faster to parse than one JSON object per item.
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

/** Keys of an object in order; a nested plain object is [key, its shape]. */
type Shape = (string | [string, Shape])[];

function shapeOf(obj: Record<string, unknown>): Shape {
  return Object.keys(obj).map((k) => {
    const v = obj[k];
    return isRecord(v) ? ([k, shapeOf(v)] as [string, Shape]) : k;
  });
}

function flatten(obj: Record<string, unknown>, shape: Shape, out: unknown[]): void {
  for (const part of shape) {
    if (typeof part === "string") out.push(obj[part]);
    else flatten(obj[part[0]] as Record<string, unknown>, part[1], out);
  }
}

interface Rows {
  $shape: Shape;
  $rows: unknown[][];
}

/** A list of same-shaped objects as {$shape, $rows}; any other list as it is. */
function toRows(list: readonly object[]): Rows | readonly object[] {
  if (list.length === 0) return list;
  const shape = shapeOf(list[0] as Record<string, unknown>);
  const signature = JSON.stringify(shape);
  const rows: unknown[][] = [];
  for (const item of list) {
    const record = item as Record<string, unknown>;
    if (JSON.stringify(shapeOf(record)) !== signature) return list;
    const row: unknown[] = [];
    flatten(record, shape, row);
    rows.push(row);
  }
  return { $shape: shape, $rows: rows };
}

function inflate(row: unknown[], shape: Shape, at: { i: number }): Record<string, unknown> | undefined {
  const obj: Record<string, unknown> = {};
  for (const part of shape) {
    if (typeof part === "string") {
      if (at.i >= row.length) return undefined;
      obj[part] = row[at.i++];
    } else {
      if (!Array.isArray(part) || typeof part[0] !== "string" || !Array.isArray(part[1])) return undefined;
      const inner = inflate(row, part[1], at);
      if (inner === undefined) return undefined;
      obj[part[0]] = inner;
    }
  }
  return obj;
}

function isShape(value: unknown): value is Shape {
  return (
    Array.isArray(value) &&
    value.every((p) => typeof p === "string" || (Array.isArray(p) && p.length === 2 && typeof p[0] === "string" && isShape(p[1])))
  );
}

/** The list back from toRows' output; undefined when malformed. */
function fromRows(stored: unknown): unknown[] | undefined {
  if (Array.isArray(stored)) return stored;
  if (!isRecord(stored) || !isShape(stored.$shape) || !Array.isArray(stored.$rows)) return undefined;
  const shape = stored.$shape;
  const out: unknown[] = [];
  for (const row of stored.$rows) {
    if (!Array.isArray(row)) return undefined;
    const at = { i: 0 };
    const obj = inflate(row, shape, at);
    if (obj === undefined || at.i !== row.length) return undefined;
    out.push(obj);
  }
  return out;
}

export function encodeEntry(key: string, article: Article, extraction: Extraction): CacheEntry {
  const text = article.text;
  const stored = {
    ...extraction,
    sentences: toRows(extraction.sentences.map((s) => compact(s, "text", text, s.start, s.end))),
    mentions: toRows(extraction.mentions.map((m) => compact(m, "text", text, m.start, m.end))),
    relations: toRows(
      extraction.relations.map((r) =>
        r.evidence.article === extraction.article
          ? { ...r, evidence: compact(r.evidence, "sentence", text, r.evidence.start, r.evidence.end) }
          : r,
      ),
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
  for (const field of ["sentences", "mentions", "relations"] as const) {
    const list = fromRows(ex[field]);
    if (list === undefined) return undefined;
    ex[field] = list;
  }
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

/**
 * The extraction with every text that repeats its article replaced by a slice of the article's own
 * string, in place. V8 keeps a slice of a long string as a view of it, so the extraction holds the
 * article's text once instead of once per sentence, mention and evidence. Extractions that come
 * back from a worker thread need it: the message copies every string (on 10,000 articles that was
 * about 500 MB more memory than the same extractions read from the cache).
 */
export function shareArticleText(article: Article, extraction: Extraction): Extraction {
  const text = article.text;
  const share = (holder: Record<string, unknown>, field: string, start: unknown, end: unknown): void => {
    if (typeof start !== "number" || typeof end !== "number" || typeof holder[field] !== "string") return;
    const slice = text.slice(start, end);
    if (holder[field] === slice) holder[field] = slice;
  };
  for (const s of extraction.sentences) share(s as unknown as Record<string, unknown>, "text", s.start, s.end);
  for (const m of extraction.mentions) share(m as unknown as Record<string, unknown>, "text", m.start, m.end);
  for (const r of extraction.relations) {
    if (r.evidence.article === extraction.article) share(r.evidence as unknown as Record<string, unknown>, "sentence", r.evidence.start, r.evidence.end);
  }
  return extraction;
}
