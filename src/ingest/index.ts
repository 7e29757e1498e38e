// Ingest: the bytes of one input -> one Article (decoded, HTML reduced to text, metadata lifted,
// page noise removed), or no article and the reasons why.
import type { Article } from "../model/types.js";
import type { RawInput, Warning } from "./types.js";

export type { RawInput, Warning } from "./types.js";

export interface IngestResult {
  article?: Article;
  warnings: Warning[];
}

export function ingest(raw: RawInput): IngestResult {
  const text = new TextDecoder().decode(raw.bytes).replace(/\r\n?/g, "\n");
  return { article: { id: raw.id, text, meta: { path: raw.id } }, warnings: [] };
}
