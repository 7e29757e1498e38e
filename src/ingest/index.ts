// Ingest: the bytes of one input -> one Article (decoded, HTML reduced to text, metadata lifted,
// page noise removed), or no article and the reasons why. Pure: no file system, no printing, and
// linear in the size of the input whatever it holds.
import type { Article, ArticleMeta } from "../model/types.js";
import { sniffBinary } from "./binary.js";
import { markSpacedColumns, removeBoilerplate } from "./boilerplate.js";
import { declaredCharset, decodeBytes, detectBom, guessUtf16 } from "./decode.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { detectLanguage } from "./language.js";
import { markdownToText } from "./markdown.js";
import { extractMetaLines } from "./metadata.js";
import { normalizeText, tidyLines } from "./normalize.js";
import type { RawInput, Warning } from "./types.js";

export type { RawInput, Warning } from "./types.js";

export interface IngestResult {
  article?: Article;
  warnings: Warning[];
}

/** Whether a warning means the input gave no article (as opposed to a note about how it was read). */
export function isSkipped(warning: Warning): boolean {
  return warning.reason.startsWith("skipped");
}

export type InputFormat = "text" | "markdown" | "html";

export interface IngestOptions {
  /** Forces a format; by default it comes from the file's extension, and HTML is also sniffed. */
  format?: InputFormat;
  /** Keep articles the language test finds not English (default false: skip them with a warning). */
  keepNonEnglish?: boolean;
}

/** Above this share of U+FFFD among the decoded characters, the bytes are not text. */
const MAX_REPLACEMENT_SHARE = 0.25;
/** Below this share of English function words (over enough words) a text is not English at all. */
const MIN_UNCLEAR_SHARE = 0.05;
/** A line longer than this many characters is reported (it is still processed). */
export const LONG_LINE = 100_000;

export function formatOf(path: string): InputFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  if (ext === "md" || ext === "markdown") return "markdown";
  return "text";
}

export function ingest(raw: RawInput, options: IngestOptions = {}): IngestResult {
  const warnings: Warning[] = [];
  const warn = (reason: string) => warnings.push({ file: raw.path, reason });
  const bytes = raw.bytes;

  if (bytes.length === 0) {
    warn("skipped: empty file");
    return { warnings };
  }
  const bom = detectBom(bytes);
  const utf16 = bom?.encoding.startsWith("utf-16") || (!bom && guessUtf16(bytes) !== undefined);
  if (!utf16) {
    const binary = sniffBinary(bytes);
    if (binary) {
      warn(`skipped: not text but ${binary}`);
      return { warnings };
    }
  }

  const byName = options.format ?? formatOf(raw.path);
  const decoded = decodeBytes(bytes, { charset: byName === "markdown" ? undefined : declaredCharset(bytes) });
  const replaced = countReplacements(decoded.text);
  if (replaced > 0 && replaced > MAX_REPLACEMENT_SHARE * decoded.text.length) {
    const share = Math.round((100 * replaced) / decoded.text.length);
    warn(`skipped: ${share}% of it cannot be decoded (not UTF-8, UTF-16 or Windows-1252; save it as UTF-8)`);
    return { warnings };
  }
  for (const note of decoded.notes) warn(note);

  if (decoded.text.trim() === "" || /^[\s\uFEFF\u200B-\u200D\u2060]*$/.test(decoded.text)) {
    warn("skipped: only white space");
    return { warnings };
  }

  const format = options.format ?? (byName === "text" && looksLikeHtml(decoded.text) ? "html" : byName);
  let meta: ArticleMeta = {};
  let text: string;
  if (format === "html") {
    const html = htmlToText(decoded.text);
    meta = html.meta;
    const normalized = normalizeText(html.text);
    text = normalized.text;
    if (normalized.controls > 0) warn(`${normalized.controls} control or invisible characters removed`);
    if (text === "") {
      warn("skipped: no article text in the HTML (only markup, scripts or page clutter)");
      return { warnings };
    }
  } else {
    const normalized = normalizeText(markSpacedColumns(decoded.text));
    if (normalized.crlf > 0) warn("CRLF line ends converted to LF");
    if (normalized.controls > 0) warn(`${normalized.controls} control or invisible characters removed`);
    const lifted = extractMetaLines(normalized.text);
    meta = lifted.meta;
    text = format === "markdown" ? tidyLines(markdownToText(lifted.text)) : lifted.text;
    if (text === "") {
      warn(lifted.lines > 0 ? "skipped: only metadata lines, no article text" : "skipped: no article text");
      return { warnings };
    }
  }

  const longest = longestLine(text);
  if (longest > LONG_LINE) warn(`a single line of ${sizeLabel(longest)} characters without a break`);

  const cleaned = removeBoilerplate(text);
  text = tidyLines(cleaned.text);
  if (cleaned.date && !meta.date) meta.date = cleaned.date;
  if (text === "") {
    warn("skipped: nothing but page clutter (menus, share bars, related links, comments)");
    return { warnings };
  }

  const language = detectLanguage(text);
  if (language.code !== "en" && language.code !== "und" && language.code !== "other") {
    if (!options.keepNonEnglish) {
      warn(`skipped: not English (looks ${language.name}); the extraction rules are English-only`);
      return { warnings };
    }
    warn(`looks ${language.name}, not English; extracted anyway, expect little`);
  } else if (language.code === "other" && language.name.endsWith("script")) {
    if (!options.keepNonEnglish) {
      warn(`skipped: not English (written in ${language.name}); the extraction rules are English-only`);
      return { warnings };
    }
    warn(`written in ${language.name}, not English; extracted anyway, expect little`);
  } else if (language.code === "other" && language.englishShare < MIN_UNCLEAR_SHARE && !options.keepNonEnglish) {
    warn("skipped: not English (almost no English function words; another language or garbled text)");
    return { warnings };
  } else if (language.code === "other") {
    warn(`language unclear (${Math.round(100 * language.englishShare)}% English function words); extracted anyway`);
  }
  meta.language = language.code === "other" ? "und" : language.code;

  const articleMeta: ArticleMeta = { ...meta, path: raw.id };
  return { article: { id: raw.id, text, meta: sortKeys(articleMeta) }, warnings };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    longest = Math.max(longest, end - start);
    if (nl < 0) return longest;
    start = nl + 1;
  }
}

function sizeLabel(chars: number): string {
  return chars >= 1_000_000 ? `${(chars / 1_000_000).toFixed(1)} million` : `${Math.round(chars / 1000)} thousand`;
}

/** Longest title or source kept in the metadata. */
const MAX_META_CHARS = 300;

/**
 * Same keys in the same order whatever the source, so outputs are byte-identical; title and source
 * (read from page heads and scraper lines) cleaned like the text and kept short.
 */
function sortKeys(meta: ArticleMeta): ArticleMeta {
  const out: ArticleMeta = {};
  for (const key of ["title", "date", "source", "path", "language"] as const) {
    let v = meta[key];
    if (v === undefined) continue;
    if (key === "title" || key === "source") {
      v = normalizeText(v).text.replace(/\s+/g, " ");
      if (v.length > MAX_META_CHARS) v = `${v.slice(0, MAX_META_CHARS - 1)}…`;
      if (v === "") continue;
    }
    out[key] = v;
  }
  return out;
}
