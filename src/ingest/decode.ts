// Bytes -> string: byte-order marks, UTF-8, UTF-16, Windows-1252, with a note for every guess.
import iconv from "iconv-lite";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "declared";

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Human-readable notes about the decoding ("invalid UTF-8: 3 bad byte sequences replaced"). */
  notes: string[];
}

/** Bytes never produced by Windows-1252 text: undefined code points of the code page. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** Above this share of non-ASCII bytes, Windows-1252 is not a plausible reading of English news. */
const CP1252_MAX_HIGH_RATIO = 0.3;
/** Bytes sampled when guessing UTF-16 without a byte-order mark. */
const UTF16_SAMPLE = 4096;

/** Returns the byte-order-mark encoding and its length, if the bytes start with one. */
export function detectBom(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/**
 * Guesses UTF-16 without a byte-order mark: ASCII-heavy UTF-16 has a NUL in every other byte.
 * Returns undefined unless one parity is mostly NUL and the other almost never.
 */
export function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return "utf-16le";
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return "utf-16be";
  return undefined;
}

export interface Utf8Stats {
  /** Well-formed sequences of two to four bytes. */
  multibyte: number;
  /** Maximal ill-formed subsequences (each becomes one U+FFFD). */
  invalid: number;
}

/** One linear pass over the bytes counting well-formed multibyte and ill-formed UTF-8 sequences. */
export function utf8Stats(bytes: Uint8Array, start = 0): Utf8Stats {
  let multibyte = 0;
  let invalid = 0;
  let i = start;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined) break;
      if (j === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) break;
    }
    if (j > need) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i += j;
    }
  }
  return { multibyte, invalid };
}

/** Whether bytes that are not UTF-8 read plausibly as Windows-1252 text. */
export function plausibleCp1252(bytes: Uint8Array, start = 0): boolean {
  let high = 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (CP1252_UNDEFINED.has(b)) return false;
    high++;
  }
  const n = bytes.length - start;
  // Short texts ("“Yes”") may be mostly high bytes; the ratio says something only on longer ones.
  return n > 0 && (n < 64 || high / n <= CP1252_MAX_HIGH_RATIO);
}

/**
 * The character set an HTML page declares in its first 1024 bytes (`<meta charset>` or
 * `http-equiv="Content-Type"`), lower-cased, if iconv-lite knows it.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1");
  const m = /<meta\b[^>]{0,300}?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})/i.exec(head);
  const name = m?.[1]?.toLowerCase();
  return name && iconv.encodingExists(name) ? name : undefined;
}

/** Decodes text bytes. Never throws: what cannot be decoded becomes U+FFFD and a note. */
export function decodeBytes(bytes: Uint8Array, options: { charset?: string } = {}): Decoded {
  const bom = detectBom(bytes);
  if (bom?.encoding === "utf-16le" || bom?.encoding === "utf-16be") {
    return decodeUtf16(bytes.subarray(bom.length), bom.encoding, [`decoded as ${label(bom.encoding)} (byte-order mark)`]);
  }
  if (!bom) {
    const utf16 = guessUtf16(bytes);
    if (utf16) return decodeUtf16(bytes, utf16, [`decoded as ${label(utf16)} (no byte-order mark; guessed from NUL bytes)`]);
  }
  const start = bom ? bom.length : 0;
  const stats = utf8Stats(bytes, start);
  if (stats.invalid === 0) return { text: utf8(bytes.subarray(start)), encoding: "utf-8", notes: [] };
  // Not UTF-8, and the page says what it is: believe it (windows-1251, shift_jis, iso-8859-2, ...).
  const declared = options.charset;
  if (!bom && declared && !/^(?:utf-?8|unicode-1-1-utf-8)$/.test(declared) && stats.multibyte === 0) {
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), declared),
      encoding: "declared",
      notes: [`not valid UTF-8; decoded as ${declared} (declared by the page)`],
    };
  }
  // One well-formed multibyte sequence is strong evidence of UTF-8 (Windows-1252 text almost never
  // forms one by chance): then the bad bytes are corruption. None at all: try the Windows code page.
  if (!bom && stats.multibyte === 0 && plausibleCp1252(bytes, start)) {
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "win1252"),
      encoding: "windows-1252",
      notes: ["not valid UTF-8; decoded as Windows-1252"],
    };
  }
  const s = stats.invalid === 1 ? "" : "s";
  return {
    text: utf8(bytes.subarray(start)),
    encoding: "utf-8",
    notes: [`invalid UTF-8: ${stats.invalid} bad byte sequence${s} replaced with U+FFFD`],
  };
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", notes: string[]): Decoded {
  const even = bytes.length & ~1;
  const swapped = new Uint8Array(even);
  // Read as little-endian in both cases: swap the byte pairs of big-endian input.
  for (let i = 0; i < even; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    swapped[i] = encoding === "utf-16le" ? a : b;
    swapped[i + 1] = encoding === "utf-16le" ? b : a;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(swapped);
  } catch {
    text = new TextDecoder("utf-16le", { fatal: false, ignoreBOM: true }).decode(swapped);
    notes.push(`invalid ${label(encoding)}: unpaired surrogates replaced with U+FFFD`);
  }
  if (bytes.length !== even) {
    text += "\uFFFD";
    notes.push(`odd number of bytes for ${label(encoding)}: last byte replaced with U+FFFD`);
  }
  return { text, encoding, notes };
}

function label(encoding: Encoding): string {
  return encoding === "utf-16le" ? "UTF-16LE" : encoding === "utf-16be" ? "UTF-16BE" : encoding === "utf-8" ? "UTF-8" : encoding === "declared" ? "the declared charset" : "Windows-1252";
}
