// Recognizes bytes that are not text (documents, archives, images, executables) before decoding.
// Signatures are data: each has an id and the reason it is there.

export interface MagicRule {
  id: string;
  /** What the file is, as said in the warning. */
  name: string;
  /** Bytes expected at `offset` (default 0). */
  bytes: number[];
  offset?: number;
  reason: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const MAGIC_RULES: readonly MagicRule[] = [
  { id: "magic-pdf", name: "a PDF document", bytes: ascii("%PDF-"), reason: "PDFs renamed .txt are common in scraped folders; their text is compressed streams" },
  { id: "magic-zip", name: "a ZIP archive (or DOCX/ODT/EPUB)", bytes: [0x50, 0x4b, 0x03, 0x04], reason: "office documents and archives are ZIP containers" },
  { id: "magic-zip-empty", name: "a ZIP archive", bytes: [0x50, 0x4b, 0x05, 0x06], reason: "empty ZIP archive" },
  { id: "magic-ole", name: "an old Microsoft Office document", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], reason: ".doc/.xls compound files" },
  { id: "magic-png", name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], reason: "images saved with a text extension" },
  { id: "magic-jpeg", name: "a JPEG image", bytes: [0xff, 0xd8, 0xff], reason: "images saved with a text extension" },
  { id: "magic-gif", name: "a GIF image", bytes: ascii("GIF8"), reason: "images saved with a text extension" },
  { id: "magic-webp", name: "a RIFF (WebP/WAV/AVI) file", bytes: ascii("RIFF"), reason: "media containers" },
  { id: "magic-gzip", name: "a gzip archive", bytes: [0x1f, 0x8b], reason: "compressed pages saved as-is" },
  { id: "magic-bzip2", name: "a bzip2 archive", bytes: [...ascii("BZh"), 0x39, 0x31, 0x41, 0x59], reason: "compressed files (block size 9 header)" },
  { id: "magic-xz", name: "an xz archive", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], reason: "compressed files" },
  { id: "magic-7z", name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], reason: "compressed files" },
  { id: "magic-rar", name: "a RAR archive", bytes: ascii("Rar!"), reason: "compressed files" },
  { id: "magic-elf", name: "an ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46], reason: "programs are never articles" },
  { id: "magic-pe", name: "a Windows executable", bytes: [0x4d, 0x5a, 0x90, 0x00], reason: "programs are never articles" },
  { id: "magic-wasm", name: "a WebAssembly module", bytes: [0x00, 0x61, 0x73, 0x6d], reason: "programs are never articles" },
  { id: "magic-sqlite", name: "an SQLite database", bytes: ascii("SQLite format 3"), reason: "databases are never articles" },
  { id: "magic-mp4", name: "an MP4/MOV video", bytes: ascii("ftyp"), offset: 4, reason: "ISO media files carry 'ftyp' after a 4-byte box size" },
];

/** Bytes looked at for NUL and control characters (like git's 8000-byte heuristic, a bit wider). */
const SAMPLE = 64 * 1024;
/** Share of control bytes (other than tab, line feed, carriage return, form feed) above which bytes are binary. */
const CONTROL_RATIO = 0.1;

/**
 * Returns what the bytes are when they are not text ("a PDF document", "binary data (NUL bytes)"),
 * or undefined for text. Call after byte-order-mark detection: UTF-16 text is full of NUL bytes.
 */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const rule of MAGIC_RULES) {
    if (startsWith(bytes, rule.bytes, rule.offset ?? 0)) return rule.name;
  }
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return "binary data (NUL bytes)";
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (n > 0 && control / n > CONTROL_RATIO) {
    return `binary data (${Math.round((100 * control) / n)}% control bytes)`;
  }
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset: number): boolean {
  if (bytes.length < offset + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[offset + i] !== prefix[i]) return false;
  return true;
}
