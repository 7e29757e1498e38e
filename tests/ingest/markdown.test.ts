import { describe, expect, it } from "vitest";
import { markdownToText } from "../../src/ingest/markdown.js";

describe("markdownToText", () => {
  it("removes markup and keeps the words", () => {
    const md = "# Students rally\n\n![crowd](img/crowd.jpg)\n\nThe **students** marched to the [French embassy](https://example.org/x) in _Oslo_.\n\n> A quoted line\n\n- first item\n- second item\n\n---\n\n`code`";
    expect(markdownToText(md)).toBe("Students rally\n\n\n\nThe students marched to the French embassy in Oslo.\n\nA quoted line\n\nfirst item\nsecond item\n\n\n\ncode");
  });

  it("leaves snake_case and arithmetic alone", () => {
    expect(markdownToText("user_name and 2 * 3 * 4")).toBe("user_name and 2 * 3 * 4");
  });

  it("is fast on pathological input", () => {
    const evil = "[".repeat(200_000) + "*a".repeat(100_000) + "](".repeat(50_000);
    const t = performance.now();
    markdownToText(evil);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
