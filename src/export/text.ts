// String hygiene shared by every exporter, so that no article text can break a file format.
//
// - Lone UTF-16 surrogates (half of an emoji cut by a bad decoder) cannot be encoded as UTF-8:
//   each becomes U+FFFD. One code unit for one, so evidence offsets stay aligned.
// - XML 1.0 forbids C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF: they are removed
//   from XML (GEXF, GraphML) and CSV text. Everything else (emoji, RTL marks, quotes, <, &) is
//   kept and escaped by the writers.
// - Spreadsheet formula injection: a CSV text cell starting with =, +, -, @, tab or CR would be
//   evaluated by Excel, LibreOffice or Google Sheets; such cells get a leading single quote
//   (OWASP's recommendation). Numbers are written as numbers and never prefixed.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const FORMULA_START = /^[=+\-@\t\r]/;

// Cheap first checks, so the common case (clean text) costs one simple scan.
const ANY_SURROGATE = /[\uD800-\uDFFF]/;
const ANY_SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Replaces lone surrogates with U+FFFD; leaves well-formed text untouched. */
export function wellFormed(text: string): string {
  return ANY_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, "\uFFFD") : text;
}

/** Text that is legal in an XML 1.0 document (and in our CSV files). */
export function xmlSafe(text: string): string {
  if (!ANY_SUSPECT.test(text)) return text;
  return wellFormed(text).replace(XML_FORBIDDEN, "");
}

/**
 * An identifier (node or edge key) made legal in XML without merging two keys into one:
 * forbidden code units are spelled `\u{XXXX}` instead of being dropped, and the empty key (which
 * XML writers drop as an absent attribute) is spelled `\u{}`.
 */
export function xmlSafeId(key: string): string {
  if (key === "") return "\\u{}";
  return key.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}}`,
  );
}

/** A CSV text cell that no spreadsheet will run as a formula. */
export function csvText(text: string): string {
  const safe = xmlSafe(text);
  return FORMULA_START.test(safe) ? `'${safe}` : safe;
}
