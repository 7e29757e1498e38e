import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../viewer/src/graph/load.js";
import { findNameSpans, mergeSpans, segment } from "../../viewer/src/state/marks.js";
import { edgePanel, nodePanel } from "../../viewer/src/state/panel-model.js";
import { XSS_ARTICLE, XSS_SENTENCE, fixtureJson } from "./fixture.js";

const g = parseGraphJson(fixtureJson());
const P = "Group:student protesters";
const POLICE = "Organization:pellan police";
const joined = (segments: Array<{ text: string; mark: boolean }>) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join("");

describe("marks", () => {
  it("merges overlapping spans and clips them to the text", () => {
    expect(mergeSpans([{ start: 5, end: 9 }, { start: -3, end: 2 }, { start: 7, end: 12 }, { start: 40, end: 50 }], 20)).toEqual([
      { start: 0, end: 2 },
      { start: 5, end: 12 },
    ]);
  });

  it("segments cover the text exactly", () => {
    const text = "Police held the protesters back.";
    const segs = segment(text, [{ start: 0, end: 6 }, { start: 16, end: 26 }]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(joined(segs)).toBe("[Police] held the [protesters] back.");
    expect(segment("", [])).toEqual([{ text: "", mark: false }]);
  });

  it("finds names as whole words, any case, longest first", () => {
    const text = "The Students and the student protesters met students' parents.";
    const spans = findNameSpans(text, ["student protesters", "students"]);
    expect(joined(segment(text, spans))).toBe("The [Students] and the [student protesters] met [students]' parents.");
    expect(findNameSpans("studentship", ["student"])).toEqual([]);
  });
});

describe("node panel", () => {
  it("groups relations in and out by predicate, in ontology order", () => {
    const m = nodePanel(g, P);
    expect(m.label).toBe("student protesters");
    expect(m.aliases).toEqual(["protesters", "The students"]);
    expect(m.outgoing.map((grp) => grp.predicate)).toEqual(["protests-against"]);
    expect(m.outgoing[0]!.links.map((l) => l.otherLabel).sort()).toEqual(["Embassy of Valdoria in Pellan", "Pellan police", "Valdoria"]);
    expect(m.incoming.map((grp) => grp.predicate)).toEqual(["member-of", "arrests"]);
  });

  it("marks the node's mentions in each evidence sentence from the stored offsets", () => {
    const m = nodePanel(g, P);
    const texts = m.evidence.map((e) => joined(e.segments));
    expect(texts).toContain("Student [protesters] rallied outside the Embassy of Valdoria in Pellan on Sunday.");
    expect(texts).toContain("[The students] demanded that Valdoria end its attacks on Kestria.");
    // evidence is ordered by article and position
    const starts = m.evidence.filter((e) => e.article === "pellan-rally.txt").map((e) => e.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("keeps hostile text as plain segment text", () => {
    const m = nodePanel(g, "Organization:harbor wire");
    const item = m.evidence.find((e) => e.article === XSS_ARTICLE)!;
    expect(item.segments.map((s) => s.text).join("")).toBe(XSS_SENTENCE);
    expect(item.segments.find((s) => s.mark)!.text).toBe("Harbor Wire");
  });

  it("counts mentions per article and caps the evidence list", () => {
    const m = nodePanel(g, POLICE, 2);
    expect(m.evidence).toHaveLength(2);
    expect(m.moreEvidence).toBeGreaterThan(0);
    expect(m.articles.map((a) => a.article).sort()).toEqual(["hostile<script>.txt", "pellan-rally.txt"]);
  });
});

describe("edge panel", () => {
  it("shows both ends and marks both in the sentence", () => {
    const m = edgePanel(g, `${POLICE}->arrests->${P}`);
    expect(m).toMatchObject({ sourceLabel: "Pellan police", targetLabel: "student protesters", predicate: "arrests", weight: 1 });
    expect(joined(m.evidence[0]!.segments)).toContain("[Pellan police] cordoned off the embassy and detained four [protesters]");
  });

  it("lists every evidence sentence of a repeated edge", () => {
    const key = `${POLICE}->protects->Embassy:valdoria@pellan`;
    const m = edgePanel(g, key);
    expect(m.weight).toBe(2);
    expect(m.evidence.map((e) => e.article).sort()).toEqual(["hostile<script>.txt", "pellan-rally.txt"]);
  });
});
