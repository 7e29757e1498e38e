// Collectives within one article: people named only as a category make no node, a definite count refers
// back to the collective counted the same, and a crowd in a clause opened by another city is that city's
// crowd. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract/index.js";

const extractor = createExtractor();

function extract(text: string) {
  return extractor.extract({ id: "t", text, meta: {} });
}

/** Labels of the Group entities of one text. */
function groups(text: string): string[] {
  return extract(text)
    .entities.filter((e) => e.kind === "Group")
    .map((e) => e.label)
    .sort();
}

/** The label of the entity each surface text was resolved to. */
function entityOf(text: string, surfaces: string[]): (string | undefined)[] {
  const x = extract(text);
  return surfaces.map((surface) => {
    const m = x.mentions.find((mention) => mention.text === surface);
    return m && x.entities.find((e) => e.id === m.entity)?.label;
  });
}

describe("people named as a category", () => {
  it("makes no node of the targets of harm or the objects of a government's concern", () => {
    const text =
      "About 400 students marched to the Kenyan embassy in Kampala on Monday. The foreign ministry voiced concern for the safety of Ugandan nationals, and the minister condemned attacks on foreign migrants in Nairobi.";
    expect(groups(text)).toEqual(["students"]);
  });

  it("still makes a node of such people when they act", () => {
    const text = "About 400 students marched to the Kenyan embassy in Kampala. Dozens of Ugandan traders joined a separate sit-in at the border.";
    expect(groups(text)).toContain("Ugandan traders");
  });

  it("makes no node of a population counted in millions, of a coalition's members or of a byline", () => {
    const text =
      "By Harbour Daily staff\nSeveral hundred Sudanese-Canadians rallied outside the Egyptian embassy in Ottawa. The rally was called by a coalition of Sudanese community groups, which said the dam threatened more than 40 million Sudanese.";
    expect(groups(text)).toEqual(["Sudanese-Canadians"]);
  });

  it("makes no node of the civilian dead of a past war", () => {
    const text = "Hundreds of relatives of the missing marched on the embassy in Colombo. Thousands of civilians were killed in the final months of the war.";
    expect(groups(text).some((g) => /civilians/u.test(g))).toBe(false);
  });
});

describe("a definite count refers back", () => {
  it("joins 'the three men' to the collective counted as three before", () => {
    const text =
      "Soldiers freed three Malaysian sailors held by pirates off Sulawesi. The three men, all from Sabah, were flown to Kota Kinabalu on Monday. Dozens of protesters had marched on the embassy in Jakarta last week.";
    const [sailors, men] = entityOf(text, ["three Malaysian sailors", "three men"]);
    expect(sailors).toBeDefined();
    expect(men).toBe(sailors);
  });
});

describe("a crowd in a clause opened by another city", () => {
  it("is that city's crowd, apart from the story's first crowd", () => {
    const text =
      "BERLIN, May 2 - Hundreds of protesters gathered outside the Turkish embassy in Berlin on Saturday. The unrest spread elsewhere, and in Hamburg several dozen people blocked the entrance of the Turkish consulate.";
    const [first, second] = entityOf(text, ["Hundreds of protesters", "several dozen people"]);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
  });

  it("reads the city after 'in the port city of' as the clause's place", () => {
    const text =
      "TIRANA, May 2 - Hundreds of protesters gathered outside the Serbian embassy in Tirana on Saturday, and in the port city of Durres, police kept several dozen demonstrators away from the Serbian consulate.";
    const [first, second] = entityOf(text, ["Hundreds of protesters", "several dozen demonstrators"]);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
  });

  it("joins a second crowd already placed in that city", () => {
    const text =
      "Hundreds of Tamil demonstrators rallied outside the High Commission of Sri Lanka in Ottawa on Sunday. A smaller group picketed the Consulate General of Sri Lanka in Montreal. In Montreal, police moved the protesters back from the gate.";
    const [smaller, there] = entityOf(text, ["A smaller group", "protesters"]);
    expect(smaller).toBeDefined();
    expect(there).toBe(smaller);
  });

  it("keeps one crowd when a city is only named inside a clause", () => {
    const text = "Hundreds of protesters gathered outside the Turkish embassy in Berlin. The protesters, who had travelled from Hamburg and Cologne, chanted slogans.";
    expect(groups(text)).toHaveLength(1);
  });
});

describe("an apposition that names the same collective", () => {
  it("joins 'many of them' refugees to the crowd just named", () => {
    const text =
      "About 500 people rallied outside the Russian embassy in Warsaw on Saturday. The demonstrators, most of them Ukrainian refugees, laid flowers at the gate.";
    expect(groups(text)).toHaveLength(1);
  });

  it("reads the people of a counter-rally who describe themselves as students as the second crowd", () => {
    const text =
      "Hundreds of pro-independence demonstrators rallied outside the Spanish consulate in Perpignan, while a smaller crowd gathered across the road. Members of the counter-rally, who called themselves loyal Spanish workers, shouted at the marchers.";
    const [smaller, workers, marchers] = entityOf(text, ["smaller crowd", "loyal Spanish workers", "marchers"]);
    expect(smaller).toBeDefined();
    expect(workers).toBe(smaller);
    expect(marchers).not.toBe(smaller);
  });

  it("makes no crowd of the people a place draws", () => {
    const text =
      "Several hundred activists marched to the Chinese embassy in Bangkok. The city has long been a haven for Burmese and Cambodian dissidents fleeing their governments.";
    expect(groups(text)).toEqual(["activists"]);
  });
});

describe("second collectives", () => {
  it("keeps a breakaway group apart from counter-protesters", () => {
    const text =
      "Thousands of people marched through Paris on Saturday. Later a breakaway group walked to the Israeli embassy, where police held them back. A small group of counter-protesters stood near the Opera holding flags.";
    const [breakaway, counter] = entityOf(text, ["a breakaway group", "small group of counter-protesters"]);
    expect(breakaway).toBeDefined();
    expect(counter).toBeDefined();
    expect(counter).not.toBe(breakaway);
  });
});

describe("more category and coordination cases", () => {
  it("sees a category frame across an opening quote", () => {
    const text = 'Hundreds of Kurds marched in Stockholm. Ankara demanded that the Swedish government act against "terrorist organisations" on its soil.';
    expect(groups(text)).toEqual(["Kurds"]);
  });

  it("reads one quantity over two coordinated nouns as one collective", () => {
    const text = "About 300 farmers and student activists picketed the Brazilian embassy in Asuncion on Monday.";
    const [farmers, activists] = entityOf(text, ["About 300 farmers", "student activists"]);
    expect(farmers).toBeDefined();
    expect(activists).toBe(farmers);
  });
});

describe("an indefinite crowd placed in another city", () => {
  it("is a crowd of its own", () => {
    const text =
      "DHAKA - Hundreds of Bangladeshi students marched towards the Indian High Commission in Dhaka on Tuesday, a day after a mob in the border town of Agartala broke into the Bangladeshi mission there.";
    const [students, mob] = entityOf(text, ["Hundreds of Bangladeshi students", "mob"]);
    expect(students).toBeDefined();
    expect(mob).toBeDefined();
    expect(mob).not.toBe(students);
  });

  it("but the definite crowd placed there stays the story's crowd", () => {
    const text = "Hundreds of Bangladeshi students marched in Dhaka on Tuesday. They had travelled from Sylhet, and police said the protesters in Sylhet had planned the march for weeks.";
    expect(groups(text)).toHaveLength(1);
  });
});
