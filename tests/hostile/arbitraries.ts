// fast-check generators for hostile text, HTML and names.
import fc from "fast-check";

/** Characters that break formats or display: markup, quotes, controls, bidi, zero-width, emoji, lone surrogates. */
export const NASTY = ["<", ">", "&", '"', "'", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u200b", "\u200e", "\u202e", "\u2066", "\ufeff", "\ud800", "\udfff", "😀", "👩‍👩‍👧", "=", "+", "-", "@", "\t", "\r", "\n", "]]>", "<!--", "&amp;", "&#0;", "\\", "\u2028", "ﷺ", "e\u0301"];

export const nastyChar = fc.constantFrom(...NASTY);

/** Strings mixing any code points with the nasty ones. */
export const nastyString = (maxLength = 40) =>
  fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 4 }), nastyChar), { maxLength }).map((parts) => parts.join(""));

/** A capitalized word carrying nasty characters, so rules that look for proper names pick it up. */
export const nastyName = fc
  .tuple(fc.constantFrom("A", "Be", "Ka", "Mo", "Zu", "Ol"), nastyString(3), fc.constantFrom("ria", "stan", "nia", "ov", "land"))
  .map(([a, b, c]) => `${a}${b}${c}`);

const tagName = fc.constantFrom("p", "div", "span", "a", "b", "script", "style", "nav", "article", "header", "footer", "aside", "h1", "li", "ul", "br", "img", "iframe", "svg", "form", "table", "td", "pre", "noscript", "template", "title", "meta");
const attr = fc.tuple(fc.constantFrom("class", "id", "style", "hidden", "onclick", "href", "lang", "aria-hidden", "role"), nastyString(8)).map(([k, v]) => ` ${k}="${v.replace(/"/g, "&quot;")}"`);

function htmlOf(text: fc.Arbitrary<string>, fragments: string[]): fc.Arbitrary<string> {
  return fc.letrec<{ node: string; nodes: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      text,
      fc.tuple(tagName, fc.array(attr, { maxLength: 3 }), tie("nodes"), fc.boolean()).map(
        ([t, attrs, inner, close]) => `<${t}${attrs.join("")}>${inner}${close ? `</${t}>` : ""}`,
      ),
      fc.constantFrom(...fragments),
    ),
    nodes: fc.array(tie("node"), { maxLength: 5 }).map((xs) => xs.join("")),
  })).nodes;
}

/** Random, often broken, HTML: nested elements, attributes, text, comments, stray closers. */
export const randomHtml = htmlOf(nastyString(20), ["<!-- c -->", "<!--", "</p>", "<![CDATA[x]]>", "<!doctype html>", "&nbsp;", "&#x202e;", "&lt;script&gt;", "<", ">"]);

/**
 * Random HTML whose text never opens markup (no "<" in text, no unterminated comments): elements
 * may be unclosed or stray, but what follows it is parsed as markup by any HTML parser.
 */
export const randomHtmlClosedText = htmlOf(nastyString(20).map((s) => s.replace(/</g, "")), ["<!-- c -->", "</p>", "</div>", "<!doctype html>", "&nbsp;", "&#x202e;", "&lt;script&gt;", ">"]);
