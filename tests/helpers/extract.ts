// Shared by the extraction tests: one text through the default extractor, read back as edge strings
// or entity kinds, so a test states the expected graph in a line.
import { createExtractor } from "../../src/extract/index.js";

/** The default extractor, built once. */
export const extractor = createExtractor();

/** "source predicate target" by entity labels, for the relations of one text. */
export function edges(text: string, predicate?: string): string[] {
  const x = extractor.extract({ id: "t", text, meta: {} });
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return x.relations
    .filter((r) => predicate === undefined || r.predicate === predicate)
    .map((r) => `${label.get(r.source)} ${r.predicate} ${label.get(r.target)}`)
    .sort();
}

/** The kind of the entity each surface text was resolved to. */
export function kindOf(text: string, surfaces: string[]): (string | undefined)[] {
  const x = extractor.extract({ id: "t", text, meta: {} });
  return surfaces.map((surface) => {
    const m = x.mentions.find((mention) => mention.text === surface);
    return m && x.entities.find((e) => e.id === m.entity)?.kind;
  });
}

/** "source -> target" by entity labels for one predicate, in the extractor's order. */
export function pairs(text: string, predicate: string): string[] {
  const x = extractor.extract({ id: "t", text, meta: {} });
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return x.relations.filter((r) => r.predicate === predicate).map((r) => `${label.get(r.source)} -> ${label.get(r.target)}`);
}
