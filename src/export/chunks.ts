// Exporters produce a file as a sequence of pieces rather than one string: the writer writes each
// piece as it comes, so a build holds one piece in memory instead of a whole format (on a
// 10,000-article graph, graph.gexf alone is about 230 MB of text, twice that in memory).
import type { OutputFile } from "./types.js";

/**
 * Characters (UTF-16 code units) gathered before a piece is handed on. Small on purpose: a piece
 * and the strings it is joined from then live and die in V8's young generation. With 1 MB pieces
 * they were promoted to the old generation, which V8 lets grow far before collecting it: a
 * 10,000-article build peaked at 2.6 GB of memory with 1 MB pieces and at 1.3 GB with these.
 */
export const PIECE_CHARS = 1 << 16;

/** Gathers small strings and hands them on joined, once they reach PIECE_CHARS. */
export class PieceBuffer {
  private parts: string[] = [];
  private length = 0;

  push(...texts: string[]): void {
    for (const text of texts) {
      this.parts.push(text);
      this.length += text.length;
    }
  }

  /** Whether enough text is gathered to hand on a piece. */
  get full(): boolean {
    return this.length >= PIECE_CHARS;
  }

  /** The text gathered so far, joined once (a join makes a flat string; `+=` would build ropes). */
  take(): string {
    const text = this.parts.join("");
    this.parts = [];
    this.length = 0;
    return text;
  }
}

/** Many small strings (records, lines) gathered into pieces. */
export function* gatherPieces(texts: Iterable<string>): Generator<string> {
  const out = new PieceBuffer();
  for (const text of texts) {
    out.push(text);
    if (out.full) yield out.take();
  }
  yield out.take();
}

/** The whole text of a sequence of pieces. */
export function joinPieces(pieces: Iterable<string>): string {
  return [...pieces].join("");
}

/** The whole text of an output file (for tests and small graphs; writers stream the pieces). */
export function fileText(file: OutputFile): string {
  return joinPieces(file.pieces());
}

/** An output file whose text is already one string. */
export function textFile(path: string, text: string): OutputFile {
  return { path, pieces: () => [text] };
}
