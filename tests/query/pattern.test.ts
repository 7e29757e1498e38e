import { describe, expect, it } from "vitest";
import { PatternError } from "../../src/errors.js";
import { parsePattern } from "../../src/query/pattern/parse.js";
import { tokenize } from "../../src/query/pattern/tokenize.js";

function patternError(source: string): PatternError {
  try {
    parsePattern(source);
  } catch (error) {
    if (error instanceof PatternError) return error;
    throw error;
  }
  throw new Error(`expected "${source}" to be rejected`);
}

describe("tokenize", () => {
  it("gives each token its type, value and offsets", () => {
    const tokens = tokenize(`?x:Group protests-against "Embassy of X" . #n1`);
    expect(tokens.map((t) => [t.type, t.value, t.start, t.end])).toEqual([
      ["variable", "x", 0, 2],
      ["colon", ":", 2, 3],
      ["word", "Group", 3, 8],
      ["word", "protests-against", 9, 25],
      ["string", "Embassy of X", 26, 40],
      ["dot", ".", 41, 42],
      ["id", "n1", 43, 46],
      ["end", "", 46, 46],
    ]);
  });

  it("keeps inner periods in a bare word but ends the word at a final period", () => {
    expect(tokenize("U.S.A attacks Ruritania.").map((t) => t.type + ":" + t.value)).toEqual([
      "word:U.S.A",
      "word:attacks",
      "word:Ruritania",
      "dot:.",
      "end:",
    ]);
  });

  it("lets node ids contain colons", () => {
    expect(tokenize("#state:russia leads ?x").map((t) => t.type + ":" + t.value).slice(0, 2)).toEqual([
      "id:state:russia",
      "word:leads",
    ]);
  });

  it("unescapes quotes and backslashes in quoted names", () => {
    const [token] = tokenize(String.raw`"the \"Courier\" \\ daily"`);
    expect(token!.value).toBe(`the "Courier" \\ daily`);
    expect(tokenize("'Dalton\\'s office'")[0]!.value).toBe("Dalton's office");
  });
});

describe("parsePattern", () => {
  it("parses a single triple with a variable and a name", () => {
    const parsed = parsePattern("?who protests-against Russia");
    expect(parsed.nodeVariables).toEqual(["who"]);
    expect(parsed.triples).toHaveLength(1);
    const [triple] = parsed.triples;
    expect(triple!.subject).toEqual({ term: "variable", name: "who", kinds: [], span: { start: 0, end: 4 } });
    expect(triple!.predicate).toEqual({ term: "predicates", predicates: ["protests-against"], span: { start: 5, end: 21 } });
    expect(triple!.object).toEqual({ term: "name", name: "Russia", kinds: [], span: { start: 22, end: 28 } });
  });

  it("parses a join with kind constraints", () => {
    const parsed = parsePattern("?x:Organization protects ?e:Embassy . ?e represents ?s");
    expect(parsed.nodeVariables).toEqual(["x", "e", "s"]);
    expect(parsed.triples.map((t) => t.subject.kinds)).toEqual([["Organization"], []]);
    expect(parsed.triples[0]!.object).toMatchObject({ term: "variable", name: "e", kinds: ["Embassy"] });
    expect(parsed.triples[0]!.object.span).toEqual({ start: 25, end: 35 });
  });

  it("accepts kind and predicate alternatives, any case, and removes duplicates", () => {
    const parsed = parsePattern("?x:group|Person|GROUP Protects|attacks|protects 'Embassy of Ruritania in Klow':embassy");
    const [triple] = parsed.triples;
    expect(triple!.subject.kinds).toEqual(["Group", "Person"]);
    expect(triple!.predicate).toMatchObject({ predicates: ["protects", "attacks"] });
    expect(triple!.object).toMatchObject({ term: "name", name: "Embassy of Ruritania in Klow", kinds: ["Embassy"] });
  });

  it("parses predicate variables and node ids", () => {
    const parsed = parsePattern('?a ?p #n1 . #"odd id" ?p ?a');
    expect(parsed.nodeVariables).toEqual(["a"]);
    expect(parsed.predicateVariables).toEqual(["p"]);
    expect(parsed.triples[0]!.object).toMatchObject({ term: "id", id: "n1" });
    expect(parsed.triples[1]!.subject).toMatchObject({ term: "id", id: "odd id" });
  });

  it("parses name sets after variables: ?x~name, ?x:Kind~\"a name\"", () => {
    const parsed = parsePattern('?g~protesters reported-by ?src:Organization~"Daily Courier"');
    expect(parsed.triples[0]!.subject).toMatchObject({ term: "variable", name: "g", among: { name: "protesters", span: { start: 3, end: 13 } } });
    expect(parsed.triples[0]!.object).toMatchObject({ kinds: ["Organization"], among: { name: "Daily Courier" } });
    expect(parsed.triples[0]!.object.span).toEqual({ start: 26, end: 59 });
  });

  it("allows a trailing period and extra whitespace", () => {
    expect(parsePattern("  ?a   leads\tX .  ").triples).toHaveLength(1);
    expect(parsePattern("?a leads X. ?a member-of ?g.").triples).toHaveLength(2);
  });
});

describe("parsePattern errors point at the problem and say what was expected", () => {
  const cases: [pattern: string, position: number, expected: RegExp][] = [
    ["", 0, /a triple pattern such as/],
    ["   ", 3, /a triple pattern such as/],
    ["?who protest-against Russia", 5, /a predicate .*not "protest-against"; did you mean "protests-against"\?/],
    ["?who protests_against Russia", 5, /did you mean "protests-against"\?/],
    ["?who protests-against", 21, /an entity: \?variable, a name/],
    ["?x protects Embassy of Russia", 20, /"\." between triple patterns.*must be quoted: "Embassy of …"/],
    ['?x protects "Embassy of Russia', 12, /a closing " for the name opened here/],
    ["? protects X", 1, /a variable name after "\?"/],
    ["?x:Organisation protects ?e", 3, /a kind \(Person, .*not "Organisation"; did you mean "Organization"\?/],
    ["?x: protects ?e", 4, /a kind/],
    ["?x ?p ?y . ?p protects ?y", 11, /an entity; \?p is already used as a predicate/],
    ["?x ?x ?y", 3, /a predicate; \?x is already used as an entity/],
    ["?x ?p:State ?y", 5, /predicates have no kind/],
    ["?x protects ?y ?z", 15, /"\." between triple patterns/],
    ["?x protects ?y . . ?a leads ?b", 17, /an entity/],
    ["# protects ?y", 1, /a node id after "#"/],
    ["?x protects ''", 12, /a name inside the quotes/],
    [". ?x leads ?y", 0, /an entity/],
    ["Russia~police leads ?y", 6, /"~" only after a \?variable/],
    ["?x~", 3, /a name after "~"/],
    ["?x~?y leads ?z", 3, /a name after "~"/],
  ];
  it.each(cases)("%j -> position %i", (pattern, position, expected) => {
    const error = patternError(pattern);
    expect(error.position).toBe(position);
    expect(error.expected).toMatch(expected);
    // The message shows the pattern and a caret under the offending character.
    const lines = error.message.split("\n");
    expect(lines[0]).toContain(`at position ${position + 1}: expected`);
    expect(lines[1]).toBe(`  ${pattern}`);
    expect(lines[2]).toBe(`  ${" ".repeat(position)}^`);
  });
});
