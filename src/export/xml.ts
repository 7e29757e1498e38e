// A small streaming XML writer for GraphML. xmlbuilder2's callback builder, tried first, grew
// superlinearly (over a minute for 10,000 nodes) and does not escape "&" that already looks like
// an entity; this writer escapes everything, appends to an array of chunks and joins once.
// Text must already be legal XML 1.0 characters (see xmlSafe in text.ts).

export function escapeText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text;
}

/** Attribute values: also quotes, and tab/LF/CR as character references so parsers keep them. */
export function escapeAttribute(text: string): string {
  return /[&<>"\t\n\r]/.test(text)
    ? text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/\t/g, "&#x9;")
        .replace(/\n/g, "&#xA;")
        .replace(/\r/g, "&#xD;")
    : text;
}

export type XmlAttributes = Record<string, string | number>;

function attributes(attrs: XmlAttributes): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) out += ` ${name}="${escapeAttribute(String(value))}"`;
  return out;
}

export class XmlWriter {
  private readonly chunks: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private readonly open: string[] = [];

  private indent(): string {
    return "  ".repeat(this.open.length);
  }

  /** <name attrs> ... (children follow until close()) */
  start(name: string, attrs: XmlAttributes = {}): this {
    this.chunks.push(`${this.indent()}<${name}${attributes(attrs)}>\n`);
    this.open.push(name);
    return this;
  }

  /** <name attrs/> or <name attrs>text</name> */
  element(name: string, attrs: XmlAttributes = {}, text?: string): this {
    this.chunks.push(
      text === undefined
        ? `${this.indent()}<${name}${attributes(attrs)}/>\n`
        : `${this.indent()}<${name}${attributes(attrs)}>${escapeText(text)}</${name}>\n`,
    );
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error("news-kg/export/xml: end() without an open element");
    this.chunks.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  toString(): string {
    if (this.open.length > 0) throw new Error(`news-kg/export/xml: <${this.open.join("><")}> left open`);
    return this.chunks.join("");
  }
}
