// Recursive-descent parser of the pattern language (a SPARQL basic graph pattern, simplified):
//
//   pattern    := triple ( "." triple )* "."? end
//   triple     := node predicate node
//   node       := variable kinds? ( "~" name )?  |  ( name | id ) kinds?
//   name       := word | string
//   kinds      := ":" kind ( "|" kind )*               kind ∈ ENTITY_KINDS, any case
//   predicate  := variable | word ( "|" word )*         word ∈ PREDICATES, any case
//
// Example: ?x:Organization protects ?e:Embassy . ?e represents ?s
import { PatternError } from "../../errors.js";
import { ENTITY_KINDS, PREDICATES, type EntityKind, type Predicate } from "../../model/ontology.js";
import { editDistance } from "../normalize.js";
import type { NodeTerm, ParsedPattern, PredicateTerm, Span, TriplePattern } from "./ast.js";
import { tokenize, type Token } from "./tokenize.js";

const NODE_EXPECTED = 'an entity: ?variable, a name (Russia, "Embassy of Russia in Baku") or #id';
const PREDICATE_EXPECTED = `a predicate (${PREDICATES.join(", ")}) or ?variable`;

/** Parses a pattern; throws PatternError pointing at the first offending character. */
export function parsePattern(source: string): ParsedPattern {
  return new Parser(source).parse();
}

class Parser {
  private readonly tokens: Token[];
  private position = 0;
  private readonly variableRoles = new Map<string, "node" | "predicate">();
  private readonly nodeVariables: string[] = [];
  private readonly predicateVariables: string[] = [];

  constructor(private readonly source: string) {
    this.tokens = tokenize(source);
  }

  parse(): ParsedPattern {
    if (this.peek().type === "end") {
      throw this.error(this.peek(), "a triple pattern such as: ?who protests-against Russia");
    }
    const triples: TriplePattern[] = [this.triple()];
    while (this.peek().type === "dot") {
      this.next();
      if (this.peek().type === "end") break;
      triples.push(this.triple());
    }
    const token = this.peek();
    if (token.type !== "end") {
      const previous = this.tokens[this.position - 1];
      const hint =
        previous?.type === "word" && (token.type === "word" || token.type === "string")
          ? ` (a name with spaces must be quoted: "${previous.value} ${token.value} …")`
          : "";
      throw this.error(token, `"." between triple patterns, or the end of the pattern${hint}`);
    }
    return {
      source: this.source,
      triples,
      nodeVariables: this.nodeVariables,
      predicateVariables: this.predicateVariables,
    };
  }

  private triple(): TriplePattern {
    const subject = this.node();
    const predicate = this.predicate();
    const object = this.node();
    return { subject, predicate, object, span: { start: subject.span.start, end: object.span.end } };
  }

  private node(): NodeTerm {
    const token = this.next();
    let term: NodeTerm;
    if (token.type === "variable") {
      this.declare(token, "node");
      term = { term: "variable", name: token.value, kinds: [], span: spanOf(token) };
    } else if (token.type === "word" || token.type === "string") {
      term = { term: "name", name: token.value, kinds: [], span: spanOf(token) };
    } else if (token.type === "id") {
      term = { term: "id", id: token.value, kinds: [], span: spanOf(token) };
    } else {
      throw this.error(token, NODE_EXPECTED);
    }
    if (this.peek().type === "colon") {
      this.next();
      term.kinds = this.kinds();
      term.span = { start: term.span.start, end: this.tokens[this.position - 1]!.end };
    }
    if (this.peek().type === "tilde") {
      const tilde = this.next();
      if (term.term !== "variable") throw this.error(tilde, '"~" only after a ?variable (?x~police: every entity named police)');
      const name = this.next();
      if (name.type !== "word" && name.type !== "string") throw this.error(name, 'a name after "~" (?x~police, ?x~"riot police")');
      term.among = { name: name.value, span: spanOf(name) };
      term.span = { start: term.span.start, end: name.end };
    }
    return term;
  }

  private kinds(): EntityKind[] {
    const kinds: EntityKind[] = [this.kind()];
    while (this.peek().type === "pipe") {
      this.next();
      const kind = this.kind();
      if (!kinds.includes(kind)) kinds.push(kind);
    }
    return kinds;
  }

  private kind(): EntityKind {
    const token = this.next();
    const expected = `a kind (${ENTITY_KINDS.join(", ")})`;
    if (token.type !== "word") throw this.error(token, expected);
    const kind = ENTITY_KINDS.find((candidate) => candidate.toLowerCase() === token.value.toLowerCase());
    if (!kind) throw this.error(token, `${expected}, not "${token.value}"${didYouMean(token.value, ENTITY_KINDS)}`);
    return kind;
  }

  private predicate(): PredicateTerm {
    const token = this.next();
    if (token.type === "variable") {
      this.declare(token, "predicate");
      if (this.peek().type === "colon") throw this.error(this.peek(), "an entity after a predicate variable (predicates have no kind)");
      return { term: "variable", name: token.value, span: spanOf(token) };
    }
    const predicates: Predicate[] = [this.predicateName(token)];
    let end = token.end;
    while (this.peek().type === "pipe") {
      this.next();
      const next = this.next();
      const predicate = this.predicateName(next);
      if (!predicates.includes(predicate)) predicates.push(predicate);
      end = next.end;
    }
    return { term: "predicates", predicates, span: { start: token.start, end } };
  }

  private predicateName(token: Token): Predicate {
    if (token.type !== "word") throw this.error(token, PREDICATE_EXPECTED);
    const predicate = PREDICATES.find((candidate) => candidate === token.value.toLowerCase());
    if (!predicate) {
      throw this.error(token, `${PREDICATE_EXPECTED}, not "${token.value}"${didYouMean(token.value, PREDICATES)}`);
    }
    return predicate;
  }

  private declare(token: Token, role: "node" | "predicate"): void {
    const known = this.variableRoles.get(token.value);
    if (known === undefined) {
      this.variableRoles.set(token.value, role);
      (role === "node" ? this.nodeVariables : this.predicateVariables).push(token.value);
    } else if (known !== role) {
      throw this.error(
        token,
        `${role === "node" ? "an entity" : "a predicate"}; ?${token.value} is already used as ${known === "node" ? "an entity" : "a predicate"}`,
      );
    }
  }

  private peek(): Token {
    return this.tokens[this.position]!;
  }

  private next(): Token {
    const token = this.tokens[this.position]!;
    if (token.type !== "end") this.position++;
    return token;
  }

  private error(token: Token, expected: string): PatternError {
    return new PatternError(this.source, token.start, expected);
  }
}

function spanOf(token: Token): Span {
  return { start: token.start, end: token.end };
}

/** '; did you mean "x"?' for the closest candidate within a small edit distance, else "". */
function didYouMean(value: string, candidates: readonly string[]): string {
  const lower = value.toLowerCase().replace(/_/gu, "-");
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(lower.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === undefined ? "" : `; did you mean "${best}"?`;
}
