import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "police", kind: "Organization", names: ["Police", "police", "the police"] },
  { id: "workers", kind: "Group", names: ["Striking dockworkers", "the dockworkers", "dockworkers", "witnesses", "they"] },
  { id: "kyodo", kind: "Organization", names: ["the Kyodo news agency", "Kyodo"] },
  { id: "ap", kind: "Organization", names: ["the Associated Press", "AP"] },
  { id: "nhk", kind: "Organization", names: ["the broadcaster NHK", "NHK"] },
  { id: "port", kind: "Organization", names: ["the port authority", "The port authority"] },
  { id: "tanaka", kind: "Person", names: ["Union leader Hiro Tanaka", "Hiro Tanaka", "Tanaka", "he"] },
  { id: "sato", kind: "Person", names: ["Inspector Mei Sato", "Sato"] },
  { id: "japan", kind: "State", names: ["Japan", "Tokyo"] },
];

function run(text: string) {
  return triples(extractRelations(analyzed(text, CAST))).filter((t) => t.includes(" reported-by "));
}

describe("reported-by", () => {
  it("reads a trailing attribution: '..., X reported'", () => {
    expect(run("Police detained six dockworkers near the gate, the Kyodo news agency reported.")).toEqual(["police reported-by kyodo"]);
    expect(run("Striking dockworkers blocked the port, said NHK.")).toEqual(["workers reported-by nhk"]);
  });

  it("reads 'according to X' before and after the clause", () => {
    expect(run("According to Kyodo, police detained six dockworkers.")).toEqual(["police reported-by kyodo"]);
    expect(run("Striking dockworkers blocked the port, according to the Associated Press.")).toEqual(["workers reported-by ap"]);
  });

  it("takes the subject of the reported clause as the actor: 'X said (in a statement) that Y ...'", () => {
    expect(run("The port authority said in a statement that the dockworkers had blocked three ships.")).toEqual(["workers reported-by port"]);
    expect(run("Kyodo said the dockworkers had blocked the harbour.")).toEqual(["workers reported-by kyodo"]);
  });

  it("reads 'X told reporters' and 'X wrote on social media'", () => {
    expect(run("The dockworkers were dispersed within an hour, Inspector Mei Sato told reporters at the scene.")).toEqual(["workers reported-by sato"]);
    expect(run("Police beat the strikers, Union leader Hiro Tanaka wrote on social media.")).toEqual(["police reported-by tanaka"]);
  });

  it("gives two links for nested attribution: actor -> inner source -> outlet", () => {
    expect(run("Earlier, AP said, citing Kyodo, that the dockworkers had occupied the terminal.")).toEqual([
      "kyodo reported-by ap",
      "workers reported-by kyodo",
    ]);
  });

  it("links a speaker quoted by an outlet, and a speaker who told an outlet", () => {
    expect(run('"We will not move," Hiro Tanaka was quoted by Kyodo as saying.')).toContain("tanaka reported-by kyodo");
    expect(run("Hiro Tanaka told NHK that police had beaten the dockworkers.")).toEqual(["police reported-by tanaka", "tanaka reported-by nhk"]);
  });

  it("gives no edge for unnamed witnesses or an actor reporting itself", () => {
    expect(run("Police fired tear gas, witnesses said.")).toEqual([]);
    expect(run("Police said police had arrested nobody.")).toEqual([]);
    expect(run("Police detained dozens of people, security sources said.")).toEqual([]);
  });

  it("does not read a noun 'the report' as a reporting verb", () => {
    expect(run("Kyodo removed the report about the dockworkers from its website.")).toEqual([]);
  });
});

describe("reported-by, more shapes", () => {
  it("reads an inverted attribution with a body and title: '..., said port authority spokesman X'", () => {
    expect(run("Striking dockworkers blocked the port, said Inspector Mei Sato.")).toEqual(["workers reported-by sato"]);
  });

  it("credits the outlet of an interview", () => {
    expect(run("Hiro Tanaka said in an interview with NHK that police had beaten the dockworkers.")).toEqual([
      "police reported-by tanaka",
      "tanaka reported-by nhk",
    ]);
  });
});

describe("reported-by, speakers named by their body", () => {
  it("credits the body of 'a spokesperson for X' and of 'X experts', but not a demonym's officials", () => {
    expect(run('"There is no such plan," a spokesperson for the port authority told Kyodo.')).toContain("port reported-by kyodo");
    expect(run("Kyodo experts said that police had detained six dockworkers.")).toEqual(["police reported-by kyodo"]);
    const cast = [...CAST, { id: "korea", kind: "State" as const, names: ["Korea", "Korean"] }];
    const out = triples(extractRelations(analyzed("Korean officials said police had detained six dockworkers.", cast)));
    expect(out.filter((t) => t.includes("reported-by"))).toEqual([]);
  });
});
