// Journalist phrasings of the extended relations (located-in, member-of, leads) and of protests at a
// body's seat, on sentences written for this test: places stated by apposition or possession, titles
// owned by "its", heads named in a relative clause.
import { describe, expect, it } from "vitest";
import { pairs } from "../../helpers/extract.js";

describe("located-in stated by the text", () => {
  it("reads 'the <direction> city of Y' after 'in'", () => {
    expect(pairs("Drones hit a chemical plant in the southern city of Odesa overnight.", "located-in")).toEqual(["chemical plant -> Odesa"]);
  });

  it("sites a body named with its acronym in parentheses", () => {
    const found = pairs("Farmers blocked the headquarters of the European Medicines Agency (EMA) in Amsterdam on Monday.", "located-in");
    expect(found).toContain("European Medicines Agency -> Amsterdam");
  });

  it("sites a building-like body even inside a prepositional phrase, but not an armed group", () => {
    expect(pairs("The families sent a petition to the Supreme Court in Nairobi.", "located-in")).toContain("Supreme Court -> Nairobi");
    expect(pairs("Government troops fought alongside the M23 in North Kivu.", "located-in")).toEqual([]);
  });

  it("reads 'X, based in Y' and 'X, a ... headquartered in Y'", () => {
    expect(pairs("The strike was called by Amnesty International, based in London, on Friday.", "located-in")).toContain("Amnesty International -> London");
    expect(pairs("The strike was backed by the International Transport Workers' Federation, a global union federation headquartered in London.", "located-in")).toContain(
      "International Transport Workers' Federation -> London",
    );
  });

  it("reads possessive regions and cities: 'India's Assam state', 'Turkey's city of Izmir'", () => {
    expect(pairs("Clashes broke out in India's Assam state on Sunday.", "located-in")).toContain("Assam -> India");
    expect(pairs("Hundreds marched in Turkey's city of Izmir.", "located-in")).toContain("Izmir -> Turkey");
  });

  it("reads 'X, Y's second-largest city' and 'X, in Y' after a preposition", () => {
    expect(pairs("In Aleppo, Syria's second-largest city, shops stayed shut.", "located-in")).toContain("Aleppo -> Syria");
    expect(pairs("The convoy was stopped near Kandahar, in Afghanistan.", "located-in")).toContain("Kandahar -> Afghanistan");
  });

  it("does not read a list of cities as a siting", () => {
    expect(pairs("Rallies were held in Paris, in London and in Berlin.", "located-in")).toEqual([]);
  });

  it("reads a city and its province and 'the X district of Y'", () => {
    expect(pairs("She grew up in Hamilton, Ontario, and moved away.", "located-in")).toContain("Hamilton -> Ontario");
    expect(pairs("Police sealed off the Kadikoy district of Istanbul.", "located-in")).toContain("Kadikoy -> Istanbul");
  });

  it("resolves 'the <demonym> capital' to the capital the article names", () => {
    const text = "Protesters gathered in Oslo on Friday. Hundreds rallied outside the Iranian embassy in the Norwegian capital.";
    expect(pairs(text, "located-in")).toContain("Embassy of Iran in Oslo -> Oslo");
  });
});

describe("titles owned by a possessive pronoun", () => {
  it("gives 'Its spokeswoman, X' to the body that organised the protest, not to the state named last", () => {
    const text =
      "The rally was organised by the Ocean Defence Network in Norway. Its spokeswoman, Clara Weiss, said the activists were peaceful.";
    expect(pairs(text, "member-of")).toContain("Clara Weiss -> Ocean Defence Network");
  });

  it("skips a platform and a quoted body in the sentence before", () => {
    const text =
      'The march was called by the Forest Alliance. "Shell is lying," the group wrote on Facebook. Its spokesman, Piet de Vries, said the march was peaceful.';
    expect(pairs(text, "member-of")).toEqual(["Piet de Vries -> Forest Alliance"]);
  });

  it("reads 'one of its coordinators, X' and 'Its chair, X'", () => {
    const text = "The sit-in was called by the National Students Movement. One of its coordinators, Amir Haddad, addressed the crowd. Its chair, Leila Nasser, spoke later.";
    expect(pairs(text, "member-of")).toEqual(expect.arrayContaining(["Amir Haddad -> National Students Movement", "Leila Nasser -> National Students Movement"]));
    expect(pairs(text, "leads")).toContain("Leila Nasser -> National Students Movement");
  });
});

describe("heads and appositions", () => {
  it("reads 'X, who heads Y' as leading Y", () => {
    expect(pairs("Maria Lopez, who heads the Green Alliance, said the march would continue.", "leads")).toContain("Maria Lopez -> Green Alliance");
  });

  it("does not read a title inside a relative clause as the person's own", () => {
    const text = "Marchers shouted slogans against President Jorge Ramos, who has praised former British prime minister Margaret Thatcher.";
    expect(pairs(text, "leads")).not.toContain("Jorge Ramos -> United Kingdom");
  });
});

describe("protests at a body's seat", () => {
  it("makes a march to the headquarters of a party a protest against the party", () => {
    const text = "Several thousand protesters marched to the headquarters of the ruling Unity Party on Sunday.";
    expect(pairs(text, "protests-against")).toContain("protesters -> Unity Party");
  });

  it("keeps a crowd gathering at a place without protest words out of the protest edges", () => {
    expect(pairs("Thousands of people gathered outside the offices of the Unity Party to celebrate.", "protests-against")).toEqual([]);
  });
});
