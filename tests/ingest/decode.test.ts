import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, guessUtf16, plausibleCp1252, utf8Stats } from "../../src/ingest/decode.js";
import { ARTICLE, encodeUtf16, utf8 } from "./fixtures.js";

describe("decodeBytes", () => {
  it("reads UTF-8 without notes and strips a UTF-8 byte-order mark", () => {
    expect(decodeBytes(utf8("Café “quoted”"))).toEqual({ text: "Café “quoted”", encoding: "utf-8", notes: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Kyiv")]);
    expect(decodeBytes(withBom).text).toBe("Kyiv");
  });

  it.each(["le", "be"] as const)("reads UTF-16%s with a byte-order mark", (endian) => {
    const d = decodeBytes(encodeUtf16("Protesters in Kraków said “no” — 抗议", endian));
    expect(d.text).toBe("Protesters in Kraków said “no” — 抗议");
    expect(d.encoding).toBe(`utf-16${endian}`);
    expect(d.notes[0]).toMatch(/UTF-16(LE|BE) \(byte-order mark\)/);
  });

  it("guesses UTF-16 without a byte-order mark from the NUL pattern", () => {
    expect(guessUtf16(encodeUtf16(ARTICLE, "le", false))).toBe("utf-16le");
    expect(guessUtf16(encodeUtf16(ARTICLE, "be", false))).toBe("utf-16be");
    expect(guessUtf16(utf8(ARTICLE))).toBeUndefined();
    expect(decodeBytes(encodeUtf16(ARTICLE, "be", false)).text).toBe(ARTICLE);
  });

  it("reads Windows-1252 curly quotes, dashes and accents", () => {
    const text = "The minister said “enough” – and left the Café Noël at 5 o’clock.";
    const bytes = iconv.encode(text, "win1252");
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe("windows-1252");
    expect(d.text).toBe(text);
    expect(d.notes).toEqual(["not valid UTF-8; decoded as Windows-1252"]);
  });

  it("keeps UTF-8 with a few corrupt bytes as UTF-8, replacing them and saying so", () => {
    const good = utf8("Naïve café — “fine” text with many accents: é è ê ë ï ô.");
    const bytes = new Uint8Array([...good, 0xc3, 0x28, ...utf8(" end")]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toContain("\uFFFD(");
    expect(d.notes).toEqual(["invalid UTF-8: 1 bad byte sequence replaced with U+FFFD"]);
  });

  it("replaces bytes that are neither UTF-8 nor Windows-1252", () => {
    // 0x81 and 0x9d are undefined in Windows-1252.
    const d = decodeBytes(new Uint8Array([...utf8("abc "), 0x81, 0x9d, ...utf8(" def")]));
    expect(d.encoding).toBe("utf-8");
    expect(d.notes[0]).toMatch(/^invalid UTF-8: 2 bad byte sequences/);
  });

  it("marks an odd trailing byte of UTF-16", () => {
    const bytes = new Uint8Array([...encodeUtf16("ab", "le"), 0x41]);
    const d = decodeBytes(bytes);
    expect(d.text).toBe("ab\uFFFD");
    expect(d.notes.some((n) => n.includes("odd number of bytes"))).toBe(true);
  });
});

describe("utf8Stats", () => {
  it("counts well-formed multibyte and ill-formed sequences", () => {
    expect(utf8Stats(utf8("aé€𝄞"))).toEqual({ multibyte: 3, invalid: 0 });
    // overlong encoding of "/", a lone continuation byte, a surrogate (ED A0 80), a truncated sequence
    expect(utf8Stats(new Uint8Array([0xc0, 0xaf, 0x80, 0xed, 0xa0, 0x80, 0xe2, 0x82])).invalid).toBeGreaterThanOrEqual(4);
  });

  it("agrees with TextDecoder on whether bytes are valid", () => {
    for (let seed = 1; seed < 300; seed++) {
      const bytes = new Uint8Array(12).map((_, i) => (seed * 7919 + i * 104729) % 256);
      let valid = true;
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      expect(utf8Stats(bytes).invalid === 0).toBe(valid);
    }
  });
});

describe("plausibleCp1252", () => {
  it("rejects bytes undefined in the code page and text that is mostly high bytes", () => {
    expect(plausibleCp1252(new Uint8Array([0x61, 0x93, 0x62, 0x94]))).toBe(true);
    expect(plausibleCp1252(new Uint8Array([0x61, 0x81, 0x62]))).toBe(false);
    expect(plausibleCp1252(new Uint8Array(100).map((_, i) => (i % 2 ? 0xe9 : 0x61)))).toBe(false);
    expect(plausibleCp1252(new Uint8Array(100).map((_, i) => (i % 10 ? 0x61 : 0xe9)))).toBe(true);
  });
});
