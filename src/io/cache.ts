// The on-disk store of per-article extractions: one JSON file per (article content, extractor) key
// under <dir>/v<format>/<first two hex digits>/<key>.json. Entries are written atomically
// (temporary file, then rename). A missing, unreadable or corrupt entry is a miss: the article is
// extracted again and the entry rewritten. Nothing here throws on a bad cache.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article, Extraction } from "../model/types.js";
import { decodeEntry, encodeEntry } from "../pipeline/cacheCodec.js";
import { CACHE_FORMAT } from "../pipeline/cacheKey.js";

/** Where the cache lives when the user does not say (relative to the working directory). */
export const DEFAULT_CACHE_DIR = path.join(".cache", "kg");

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries that existed but could not be used (corrupt, truncated, other format). */
  corrupt: number;
  writes: number;
  /** Entries that could not be written (read-only disk, full disk); the build goes on. */
  writeErrors: number;
}

export interface ExtractionStore {
  readonly dir: string;
  readonly stats: CacheStats;
  /** The cached extraction of this article under this key, or undefined. */
  get(key: string, article: Article): Extraction | undefined;
  put(key: string, article: Article, extraction: Extraction): void;
}

let tmpCounter = 0;

export class DiskExtractionCache implements ExtractionStore {
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, writes: 0, writeErrors: 0 };
  private readonly root: string;
  private readonly madeDirs = new Set<string>();

  constructor(readonly dir: string) {
    this.root = path.join(dir, `v${CACHE_FORMAT}`);
  }

  /** Path of the entry for a key (keys are hex digests). */
  entryPath(key: string): string {
    return path.join(this.root, key.slice(0, 2), `${key}.json`);
  }

  get(key: string, article: Article): Extraction | undefined {
    let text: string;
    try {
      text = fs.readFileSync(this.entryPath(key), "utf8");
    } catch {
      this.stats.misses++;
      return undefined;
    }
    let extraction: Extraction | undefined;
    try {
      extraction = decodeEntry(JSON.parse(text), key, article);
    } catch {
      extraction = undefined;
    }
    if (extraction === undefined) {
      this.stats.corrupt++;
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    return extraction;
  }

  put(key: string, article: Article, extraction: Extraction): void {
    const file = this.entryPath(key);
    const dir = path.dirname(file);
    const tmp = `${file}.${process.pid}.${tmpCounter++}.tmp`;
    try {
      if (!this.madeDirs.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        this.madeDirs.add(dir);
      }
      fs.writeFileSync(tmp, JSON.stringify(encodeEntry(key, article, extraction)));
      fs.renameSync(tmp, file);
      this.stats.writes++;
    } catch {
      this.stats.writeErrors++;
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // nothing more to do: the entry is simply not cached
      }
    }
  }
}

/** A store that remembers nothing (`--no-cache`). */
export class NoExtractionCache implements ExtractionStore {
  readonly dir = "";
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, writes: 0, writeErrors: 0 };
  get(): Extraction | undefined {
    this.stats.misses++;
    return undefined;
  }
  put(): void {}
}

export function openExtractionCache(dir: string | false): ExtractionStore {
  return dir === false ? new NoExtractionCache() : new DiskExtractionCache(dir);
}

/** Where a build came from and what it wrote, kept to tell whether the next build has anything to do. */
export interface BuildRecord {
  fingerprint: string;
  /** Output files as written: path relative to the output directory, size and modification time. */
  files: { path: string; size: number; mtimeMs: number }[];
  /** Warnings of the recorded build, shown again when it is reused. */
  warnings: { file: string; reason: string }[];
  articles: number;
  nodes: number;
  edges: number;
}

function recordPath(cacheDir: string, outDir: string): string {
  const id = createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, "builds", `${id}.json`);
}

/** The record of the last build into `outDir`, or undefined (none, unreadable or malformed). */
export function readBuildRecord(cacheDir: string, outDir: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(recordPath(cacheDir, outDir), "utf8")) as BuildRecord;
    if (typeof record.fingerprint !== "string" || !Array.isArray(record.files) || !Array.isArray(record.warnings)) return undefined;
    return record;
  } catch {
    return undefined;
  }
}

/** Records a finished build; false when it could not be written (the build itself is not affected). */
export function writeBuildRecord(cacheDir: string, outDir: string, record: Omit<BuildRecord, "files">, files: readonly string[]): boolean {
  try {
    const stats = files.map((file) => {
      const stat = fs.statSync(path.join(outDir, file));
      return { path: file, size: stat.size, mtimeMs: stat.mtimeMs };
    });
    const target = recordPath(cacheDir, outDir);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.${tmpCounter++}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ ...record, files: stats }));
    fs.renameSync(tmp, target);
    return true;
  } catch {
    return false;
  }
}

/** Whether the files a record lists are still there as written (same size and modification time). */
export function outputsUnchanged(outDir: string, record: BuildRecord): boolean {
  if (record.files.length === 0) return false;
  try {
    return record.files.every((file) => {
      const stat = fs.statSync(path.join(outDir, file.path));
      return stat.size === file.size && stat.mtimeMs === file.mtimeMs;
    });
  } catch {
    return false;
  }
}

/** Hashes the code files below `dirs` (relative to this package's code root), in a stable order. */
function hashCode(dirs: readonly string[], hash = createHash("sha256")): ReturnType<typeof createHash> {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|mjs|cjs|ts|json)$/.test(entry.name)) hash.update(`${path.relative(root, full)}\u0000`).update(fs.readFileSync(full));
    }
  };
  for (const dir of dirs) walk(path.join(root, dir));
  return hash;
}

let toolHash: string | undefined;

/**
 * Fingerprint of the program: a hash of the code files of this package (the compiled dist/ when
 * installed), so a rebuilt or upgraded tool never reuses the outputs of an older one.
 */
export function toolFingerprint(): string {
  if (toolHash !== undefined) return toolHash;
  const hash = hashCode(["."]);
  // dependencies (graphology, exporters) are part of the program too
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const manifest = path.join(path.dirname(root), "package.json");
  if (fs.existsSync(manifest)) hash.update(fs.readFileSync(manifest));
  toolHash = hash.digest("hex");
  return toolHash;
}

let extractorHash: string | undefined;

/**
 * Fingerprint of the extraction code (extract/ and resolve/, and model/ and util/ which they import:
 * the ontology's tables live in model/): part of every per-article cache key,
 * so changed matching or resolution code never serves extractions made by the old code, even when
 * nobody bumped the extractor's version string.
 */
export function extractorCodeFingerprint(): string {
  extractorHash ??= hashCode(["extract", "resolve", "model", "util"]).digest("hex").slice(0, 16);
  return extractorHash;
}
