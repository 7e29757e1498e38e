// A small streaming XML writer for GEXF and GraphML. xmlbuilder2's callback builder, tried first, grew
// superlinearly (over a minute for 10,000 nodes) and does not escape "&" that already looks like
// an entity; this writer escapes everything and gathers its text in a PieceBuffer, which the
// exporter drains whenever it is full (chunks.ts). Text must already be legal XML 1.0 characters
// (see xmlSafe in text.ts).
import { PieceBuffer } from "./chunks.js";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#x9;",
  "\n": "&#xA;",
  "\r": "&#xD;",
};
const TEXT_SPECIAL = /[&<>]/g;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/g;
const escapeChar = (c: string): string => ENTITIES[c] as string;

/** Text content: &, < and > (one pass). */
export function escapeText(text: string): string {
  return text.replace(TEXT_SPECIAL, escapeChar);
}

/** Attribute values: also quotes, and tab/LF/CR as character references so parsers keep them. */
export function escapeAttribute(text: string): string {
  return text.replace(ATTRIBUTE_SPECIAL, escapeChar);
}

export type XmlAttributes = Record<string, string | number>;

/**
 * Strings are pushed one by one and joined per piece: concatenating them per element would build
 * ropes that the join has to flatten again (about 3x slower on a 300 MB file).
 */
export class XmlWriter {
  private readonly chunks = new PieceBuffer();
  private readonly open: string[] = [];

  constructor() {
    this.chunks.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  }

  private tag(name: string, attrs: XmlAttributes): void {
    this.chunks.push("  ".repeat(this.open.length), "<", name);
    for (const [attribute, value] of Object.entries(attrs)) {
      this.chunks.push(" ", attribute, '="', escapeAttribute(String(value)), '"');
    }
  }

  /** <name attrs> ... (children follow until end()) */
  start(name: string, attrs: XmlAttributes = {}): this {
    this.tag(name, attrs);
    this.chunks.push(">\n");
    this.open.push(name);
    return this;
  }

  /** <name attrs/> or <name attrs>text</name> */
  element(name: string, attrs: XmlAttributes = {}, text?: string): this {
    this.tag(name, attrs);
    if (text === undefined) this.chunks.push("/>\n");
    else this.chunks.push(">", escapeText(text), "</", name, ">\n");
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error("news-kg/export/xml: end() without an open element");
    this.chunks.push("  ".repeat(this.open.length), "</", name, ">\n");
    return this;
  }

  /** Whether enough text is gathered to hand on a piece (drain). */
  get full(): boolean {
    return this.chunks.full;
  }

  /** The text written since the last drain, elements possibly still open. */
  drain(): string {
    return this.chunks.take();
  }

  /** The rest of the document, once every element is closed. */
  finish(): string {
    if (this.open.length > 0) throw new Error(`news-kg/export/xml: <${this.open.join("><")}> left open`);
    return this.chunks.take();
  }
}
