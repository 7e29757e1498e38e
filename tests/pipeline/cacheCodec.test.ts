// The in-memory side of the cache codec: extractions copied from a worker share the article's text again.
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract/index.js";
import { shareArticleText } from "../../src/pipeline/cacheCodec.js";

describe("shareArticleText", () => {
  it("keeps every value of a copied extraction and points its texts back at the article", () => {
    const article = { id: "a.txt", text: "Police guarded the embassy. Protesters marched on it.", meta: {} };
    const extraction = createExtractor().extract(article);
    const copy = structuredClone(extraction);
    expect(shareArticleText(article, copy)).toEqual(extraction);
    for (const s of copy.sentences) expect(s.text).toBe(article.text.slice(s.start, s.end));
  });
});
