// Leading metadata lines of scraped text files (" date 2022-03-04 fbpx", "source: Reuters") and
// YAML-style front matter ("---\ntitle: ...\n---") become ArticleMeta instead of article text.
import type { ArticleMeta } from "../model/types.js";
import { parseDate } from "./dates.js";

export interface MetaKey {
  id: string;
  keys: readonly string[];
  field: "date" | "source" | "title" | "language" | "ignore";
  reason: string;
}

export const META_KEYS: readonly MetaKey[] = [
  { id: "meta-date", keys: ["date", "published", "pubdate", "published_at", "publication_date", "datetime", "created"], field: "date", reason: "publication date written by scrapers and static-site generators" },
  { id: "meta-source", keys: ["source", "site", "publisher", "outlet", "site_name", "feed"], field: "source", reason: "the outlet the article was taken from" },
  { id: "meta-title", keys: ["title", "headline"], field: "title", reason: "the headline, when the scraper wrote it as a field" },
  { id: "meta-language", keys: ["lang", "language", "locale"], field: "language", reason: "declared language of the article" },
  { id: "meta-other", keys: ["url", "link", "canonical", "author", "authors", "byline", "id", "slug", "tags", "categories", "category", "section", "description", "summary", "image", "updated", "modified", "scraped", "fetched", "crawled"], field: "ignore", reason: "scraper fields that are neither article text nor actors of the story" },
];

/**
 * Tokens scrapers leave on metadata lines that mean nothing: tracking-pixel class names and the like.
 * "fbpx" is the class WordPress Facebook-pixel plugins put on elements; it leaks into scraped text.
 */
export const JUNK_TOKENS: ReadonlySet<string> = new Set(["fbpx", "amp", "nofollow", "noopener", "noreferrer", "utm"]);

const KEY_FIELD = new Map(META_KEYS.flatMap((k) => k.keys.map((key) => [key, k.field] as const)));
/** Metadata lines are only looked for among this many leading non-blank lines. */
const MAX_META_LINES = 12;
/** Front matter longer than this many lines is not front matter. */
const MAX_FRONT_MATTER = 60;

/** `key: value`, `key = value` or lower-case `key value` ("date 2022-03-04"). */
const META_LINE = /^\s*([A-Za-z][\w.-]{0,30})\s*(?:[:=]\s*|\s+)(.*)$/;

export interface MetaLines {
  text: string;
  meta: ArticleMeta;
  /** Number of lines lifted out of the text. */
  lines: number;
}

export function extractMetaLines(text: string): MetaLines {
  const front = frontMatter(text);
  if (front) return front;
  const meta: ArticleMeta = {};
  const lines = text.split("\n", MAX_META_LINES * 4);
  let consumed = 0;
  let taken = 0;
  for (let i = 0; i < lines.length && i < MAX_META_LINES * 4; i++) {
    const raw = lines[i]!;
    if (raw.trim() === "") {
      consumed = i + 1;
      continue;
    }
    if (raw.length > 300 || taken >= MAX_META_LINES || !readMetaLine(raw, meta, false)) break;
    taken++;
    consumed = i + 1;
  }
  if (taken === 0) return { text, meta: {}, lines: 0 };
  return { text: dropLines(text, consumed), meta, lines: taken };
}

/**
 * Reads one metadata line into meta. Without a ":" or "=", the key must be lower-case and the value
 * must fit the key (a parseable date for "date"), so that a headline beginning "Date ..." stays text.
 */
function readMetaLine(line: string, meta: ArticleMeta, frontMatter: boolean): boolean {
  const m = META_LINE.exec(line);
  if (!m) return false;
  const key = m[1]!;
  const field = KEY_FIELD.get(key.toLowerCase());
  if (!field) return false;
  const separated = /^\s*[\w.-]+\s*[:=]/.test(line);
  if (!frontMatter && !separated && key !== key.toLowerCase()) return false;
  const value = m[2]!.trim().replace(/^["']|["']$/g, "");
  switch (field) {
    case "date": {
      const date = parseDate(value);
      if (!date) return separated && frontMatter;
      meta.date ??= date;
      return true;
    }
    case "source":
    case "title":
      if (value === "" || value.length > 200) return false;
      if (!separated && (field === "title" || value.split(/\s+/).length > 4)) return false;
      if (JUNK_TOKENS.has(value.toLowerCase())) return true;
      meta[field] ??= value;
      return true;
    case "language":
      if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(value)) return false;
      meta.language ??= value.toLowerCase();
      return true;
    case "ignore":
      return separated;
  }
}

function frontMatter(text: string): MetaLines | undefined {
  if (!/^---[ \t]*\n/.test(text)) return undefined;
  const lines = text.split("\n", MAX_FRONT_MATTER + 2);
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l));
  if (end < 0) return undefined;
  const meta: ArticleMeta = {};
  for (const line of lines.slice(1, end)) {
    if (line.trim() === "" || /^\s/.test(line) || /^\s*-\s/.test(line)) continue;
    readMetaLine(line, meta, true);
  }
  return { text: dropLines(text, end + 1), meta, lines: end + 1 };
}

function dropLines(text: string, n: number): string {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const nl = text.indexOf("\n", at);
    if (nl < 0) return "";
    at = nl + 1;
  }
  return text.slice(at);
}
