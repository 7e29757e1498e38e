import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "peru", kind: "State", names: ["Peru", "Peruvian", "Lima's government"] },
  { id: "bolivia", kind: "State", names: ["Bolivia", "Bolivian"] },
  { id: "ecuador", kind: "State", names: ["Ecuador", "Ecuadorian"] },
  { id: "pe-embassy", kind: "Embassy", names: ["Peruvian Embassy in La Paz", "the Peruvian embassy", "the embassy"], key: { state: "Peru", city: "La Paz" } },
  { id: "lapaz", kind: "Location", names: ["La Paz"] },
  { id: "cusco", kind: "Location", names: ["Cusco"] },
  { id: "museum", kind: "Location", names: ["the Inka Museum", "Inka Museum"] },
  { id: "quispe", kind: "Person", names: ["Bolivian President Rosa Quispe", "President Rosa Quispe", "Rosa Quispe", "Quispe"] },
  { id: "vargas", kind: "Person", names: ["Luis Vargas", "Vargas"] },
  { id: "mamani", kind: "Person", names: ["Ana Mamani", "Mamani"] },
  { id: "torres", kind: "Person", names: ["Diego Torres", "Torres"] },
  { id: "ministry", kind: "Organization", names: ["Foreign Ministry", "the Foreign Ministry"] },
  { id: "police", kind: "Organization", names: ["Police", "police", "the police"] },
  { id: "miners", kind: "Group", names: ["Striking miners", "striking miners", "the miners", "miners", "Miners", "the protesters"] },
  { id: "activists", kind: "Group", names: ["indigenous rights activists", "the activists"] },
  { id: "rebels", kind: "Organization", names: ["the Sendero front", "Sendero"] },
];

function run(text: string, predicate: string) {
  return triples(extractRelations(analyzed(text, CAST))).filter((t) => t.split(" ")[1] === predicate);
}

describe("represents", () => {
  it("links an embassy to its sending state", () => {
    expect(run("Miners gathered near the Peruvian Embassy in La Paz.", "represents")).toEqual(["pe-embassy represents peru"]);
  });
  it("links diplomats to the state named with their title", () => {
    expect(run("The miners demanded the expulsion of Peru's ambassador, Luis Vargas.", "represents")).toEqual(["vargas represents peru"]);
    expect(run("Ana Mamani, the Ecuadorian ambassador to Bolivia, left.", "represents")).toEqual(["mamani represents ecuador"]);
  });
});

describe("located-in", () => {
  it("places an embassy in its host city and places named with 'in'", () => {
    expect(run("Miners rallied near the Peruvian Embassy in La Paz.", "located-in")).toEqual(["pe-embassy located-in lapaz"]);
    expect(run("They met at the Inka Museum in Cusco.", "located-in")).toEqual(["museum located-in cusco"]);
    expect(run("They met at the Inka Museum in central Cusco.", "located-in")).toEqual(["museum located-in cusco"]);
  });
  it("reads 'X, the Peruvian capital' and 'X, Peru'", () => {
    expect(run("Police in Cusco, the Peruvian capital, were on alert.", "located-in")).toEqual(["cusco located-in peru"]);
    expect(run("The talks were held in Cusco, Peru, on Monday.", "located-in")).toEqual(["cusco located-in peru"]);
  });
  it("does not place an institutional actor by 'police in X'", () => {
    expect(run("Police in Cusco detained striking miners.", "located-in")).toEqual([]);
  });
});

describe("leads and member-of", () => {
  it("needs a title for leads", () => {
    expect(run("Bolivian President Rosa Quispe spoke on Monday.", "leads")).toEqual(["quispe leads bolivia"]);
    expect(run("Rosa Quispe of Bolivia spoke on Monday.", "leads")).toEqual([]);
  });
  it("makes a spokesperson a member of the body", () => {
    expect(run("Foreign Ministry spokesman Diego Torres declined to comment.", "member-of")).toEqual(["torres member-of ministry"]);
    expect(run("Diego Torres, a spokesman for the Foreign Ministry, declined to comment.", "member-of")).toEqual(["torres member-of ministry"]);
  });
  it("places a person introduced by a role in the article's group", () => {
    expect(run("The march was led by indigenous rights activist Ana Mamani.", "member-of")).toEqual(["mamani member-of activists"]);
    expect(run("One of them, a protester named Luis Vargas, was injured by striking miners.", "member-of")).toEqual(["vargas member-of miners"]);
  });
});

describe("allied-with", () => {
  it("needs an explicit alliance", () => {
    expect(run("Bolivia, a close ally of Ecuador, sent aid.", "allied-with")).toEqual(["bolivia allied-with ecuador"]);
    expect(run("Bolivia fought alongside Ecuador.", "allied-with")).toEqual(["bolivia allied-with ecuador"]);
    expect(run("Bolivia traded with Ecuador.", "allied-with")).toEqual([]);
  });
});

describe("attacks", () => {
  it("reads violent verbs in both voices", () => {
    expect(run("Striking miners stormed the Peruvian embassy.", "attacks")).toEqual(["miners attacks pe-embassy"]);
    expect(run("The Peruvian embassy was ransacked by striking miners.", "attacks")).toEqual(["miners attacks pe-embassy"]);
    expect(run("Police beat the miners with batons.", "attacks")).toEqual(["police attacks miners"]);
  });
  it("reads aggression nouns with their possessor", () => {
    expect(run("Ecuador's aggression against Peru continued.", "attacks")).toEqual(["ecuador attacks peru"]);
    expect(run("They marked the anniversary of Ecuador's 1941 invasion of Peru.", "attacks")).toEqual(["ecuador attacks peru"]);
    expect(run("The miners demanded that Ecuador stop the war in Peru.", "attacks")).toEqual(["ecuador attacks peru"]);
  });
  it("gives no edge for threats, conditions and attempts", () => {
    expect(run("Sendero threatened to attack the Peruvian embassy.", "attacks")).toEqual([]);
    expect(run("If the miners storm the embassy, police will respond.", "attacks")).toEqual([]);
    expect(run("Striking miners attempted to storm the Peruvian embassy.", "attacks")).toEqual([]);
    expect(run("Striking miners attempted to storm the Peruvian embassy.", "protests-against")).toEqual([
      "miners protests-against pe-embassy",
      "miners protests-against peru",
    ]);
  });
});

describe("supports", () => {
  it("reads backing and solidarity", () => {
    expect(run("Bolivia backed Ecuador's bid for membership.", "supports")).toEqual(["bolivia supports ecuador"]);
    expect(run("The activists rallied in support of the miners.", "supports")).toEqual(["activists supports miners"]);
    expect(run("The activists expressed solidarity with the miners.", "supports")).toEqual(["activists supports miners"]);
  });
});

describe("arrests", () => {
  it("reads arrests in both voices and keeps the arrested as target", () => {
    expect(run("Police detained striking miners on Friday.", "arrests")).toEqual(["police arrests miners"]);
    expect(run("Striking miners were arrested by police.", "arrests")).toEqual(["police arrests miners"]);
    expect(run("Police took Ana Mamani into custody.", "arrests")).toEqual(["police arrests mamani"]);
    expect(run("Police fired tear gas at the miners, detained a number of them and then sealed off the embassy.", "protects")).toEqual([
      "police protects pe-embassy",
    ]);
  });
  it("gives no edge for denied or planned arrests", () => {
    expect(run("Police did not arrest the miners.", "arrests")).toEqual([]);
    expect(run("Police may detain the activists.", "arrests")).toEqual([]);
  });
});
