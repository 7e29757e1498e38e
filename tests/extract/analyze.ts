// Helpers for tests of the entity stage: analyze a text and look entities up.
import { analyze } from "../../src/extract/index.js";
import type { AnalyzedArticle } from "../../src/extract/types.js";

export function run(text: string): AnalyzedArticle {
  return analyze({ id: "t", text, meta: {} });
}

export function entity(doc: AnalyzedArticle, label: string) {
  return doc.entities.find((e) => e.label === label);
}

/** The entity the first mention with this exact surface text was resolved to. */
export function entityOf(doc: AnalyzedArticle, surface: string) {
  const m = doc.mentions.find((x) => x.text === surface);
  return m ? doc.entities.find((e) => e.id === m.entity) : undefined;
}
