// The on-disk store of per-article extractions: one JSON file per (article content, extractor) key
// under <dir>/v<format>/<first two hex digits>/<key>.json. Entries are written atomically
// (temporary file, then rename). A missing, unreadable or corrupt entry is a miss: the article is
// extracted again and the entry rewritten. Nothing here throws on a bad cache.
import fs from "node:fs";
import path from "node:path";
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
