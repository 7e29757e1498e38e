// Text clean-up after decoding: one kind of line end, no invisible or control characters,
// well-formed UTF-16, NFC. Every step is a single linear pass.

export interface Normalized {
  text: string;
  /** Number of CRLF or lone CR line ends converted to LF. */
  crlf: number;
  /** Number of control or invisible formatting characters removed or replaced. */
  controls: number;
}

/** Line and paragraph separators other than LF: CR LF, CR, NEL, LS, PS, vertical tab, form feed. */
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029\v\f]/g;
/** Invisible formatting: zero-width characters, soft hyphen, word joiner, BOM, bidi marks and embeddings. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF]/g;
/** C0 (except tab and LF), DEL and C1 controls: never text. */
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/** Unpaired surrogates (possible in strings from other sources; never produced by our decoders). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Horizontal white space of every kind, including no-break and ideographic spaces. */
const SPACES = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

export function normalizeText(input: string): Normalized {
  let crlf = 0;
  let controls = 0;
  let text = input.replace(LINE_BREAKS, (m) => {
    if (m.startsWith("\r")) crlf++;
    return "\n";
  });
  text = text.replace(INVISIBLE, () => {
    controls++;
    return "";
  });
  text = text.replace(CONTROLS, () => {
    controls++;
    return " ";
  });
  text = text.replace(LONE_SURROGATE, "\uFFFD");
  text = text.normalize("NFC");
  text = text.replace(SPACES, " ");
  text = tidyLines(text);
  return { text, crlf, controls };
}

/** Trims every line, collapses runs of blank lines to one, trims the whole text. Linear. */
export function tidyLines(text: string): string {
  const out: string[] = [];
  let blank = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push("");
    blank = false;
    out.push(line);
  }
  return out.join("\n");
}
