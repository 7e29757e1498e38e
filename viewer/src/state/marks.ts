// Splits an evidence sentence into plain and marked segments. The UI turns each segment into a
// text node (marked ones inside <mark>), so article text is never parsed as HTML.
import { normalizeText } from "./search.js";

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Merges overlapping spans, clipped to [0, length], sorted. */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const clipped = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function segment(text: string, spans: readonly Span[]): Segment[] {
  const result: Segment[] = [];
  let at = 0;
  for (const span of mergeSpans(spans, text.length)) {
    if (span.start > at) result.push({ text: text.slice(at, span.start), mark: false });
    result.push({ text: text.slice(span.start, span.end), mark: true });
    at = span.end;
  }
  if (at < text.length || result.length === 0) result.push({ text: text.slice(at), mark: false });
  return result;
}

/**
 * Spans where any of `names` occurs in `text` as whole words, ignoring case and accents.
 * Used when the graph holds no mention offsets for a sentence (a graph from elsewhere).
 */
export function findNameSpans(text: string, names: readonly string[]): Span[] {
  // compare on a lower-cased copy of the same length, so offsets carry over
  const lower = text.toLowerCase();
  const spans: Span[] = [];
  const wanted = [...new Set(names.map((n) => n.trim()).filter((n) => normalizeText(n) !== ""))].sort((a, b) => b.length - a.length);
  for (const name of wanted) {
    const needle = name.toLowerCase();
    if (needle.length !== name.length) continue; // case folding changed the length: skip rather than mis-mark
    let from = 0;
    for (;;) {
      const at = lower.indexOf(needle, from);
      if (at < 0) break;
      const before = at === 0 ? "" : lower[at - 1]!;
      const after = lower[at + needle.length] ?? "";
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) spans.push({ start: at, end: at + needle.length });
      from = at + 1;
    }
  }
  return spans;
}
