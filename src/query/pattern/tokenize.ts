// Tokenizer of the pattern language. Tokens carry their offsets; errors point at them.
//
//   ?name          variable            "a name" 'a name'   quoted name (\" and \\ escapes)
//   #id  #"id"     node id (may contain ":")   word       bare name, predicate or kind
//   :  |  .  ~     punctuation
//
// A bare word runs until whitespace or one of  " ' ? # : | ~ ; a "." ends it only when followed by
// whitespace or the end of the pattern, so `U.S.A` stays one word but `Russia .` and `Russia.`
// both end a triple. Names with spaces, colons or a final period must be quoted.
import { PatternError } from "../../errors.js";

export type TokenType = "variable" | "id" | "string" | "word" | "colon" | "pipe" | "tilde" | "dot" | "end";

export interface Token {
  type: TokenType;
  /** Variable name without "?", id without "#", unquoted string, or the word itself. */
  value: string;
  start: number;
  end: number;
}

const VARIABLE_CHAR = /[\p{L}\p{N}_]/u;
const WORD_STOP = new Set(['"', "'", "?", "#", ":", "|", "~"]);

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const char = source[i]!;
    if (isSpace(char)) {
      i++;
      continue;
    }
    const start = i;
    if (char === ":" || char === "|" || char === "~") {
      tokens.push({ type: char === ":" ? "colon" : char === "|" ? "pipe" : "tilde", value: char, start, end: i + 1 });
      i++;
    } else if (char === ".") {
      tokens.push({ type: "dot", value: ".", start, end: i + 1 });
      i++;
    } else if (char === "?") {
      i++;
      while (i < n && VARIABLE_CHAR.test(source[i]!)) i++;
      if (i === start + 1) throw new PatternError(source, i, 'a variable name after "?" (letters, digits, _)');
      tokens.push({ type: "variable", value: source.slice(start + 1, i), start, end: i });
    } else if (char === '"' || char === "'") {
      const [value, end] = readQuoted(source, i);
      tokens.push({ type: "string", value, start, end });
      i = end;
    } else if (char === "#") {
      i++;
      if (source[i] === '"' || source[i] === "'") {
        const [value, end] = readQuoted(source, i);
        tokens.push({ type: "id", value, start, end });
        i = end;
      } else {
        // Ids may contain ":" ("state:russia"); a kind after an id would add nothing.
        const end = readWord(source, i, true);
        if (end === i) throw new PatternError(source, i, 'a node id after "#"');
        tokens.push({ type: "id", value: source.slice(i, end), start, end });
        i = end;
      }
    } else {
      const end = readWord(source, i);
      tokens.push({ type: "word", value: source.slice(i, end), start, end });
      i = end;
    }
  }
  tokens.push({ type: "end", value: "", start: n, end: n });
  return tokens;
}

/** End offset of the bare word starting at `i` (which is not a stop character). */
function readWord(source: string, i: number, allowColon = false): number {
  const n = source.length;
  while (i < n) {
    const char = source[i]!;
    if (isSpace(char) || (WORD_STOP.has(char) && !(allowColon && char === ":"))) break;
    if (char === "." && (i + 1 === n || isSpace(source[i + 1]))) break;
    i++;
  }
  return i;
}

/** [unescaped value, offset after the closing quote] of the quoted string opening at `i`. */
function readQuoted(source: string, i: number): [string, number] {
  const quote = source[i]!;
  let value = "";
  let j = i + 1;
  while (j < source.length) {
    const char = source[j]!;
    if (char === "\\" && j + 1 < source.length) {
      value += source[j + 1];
      j += 2;
      continue;
    }
    if (char === quote) {
      if (value.trim() === "") throw new PatternError(source, i, "a name inside the quotes");
      return [value, j + 1];
    }
    value += char;
    j++;
  }
  throw new PatternError(source, i, `a closing ${quote} for the name opened here`);
}
