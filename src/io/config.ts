// Reads the user's extractor configuration from disk: `--config FILE`, or `kg.config.json`
// in the working directory when present. The format is documented in docs/config.md.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { InputError, UsageError } from "../errors.js";
import { EMPTY_CONFIG, parseConfig } from "../extract/config.js";
import type { ExtractorConfig } from "../extract/config.js";

const MODULE = "news-kg/io/config";

/** File name looked up in the working directory when no --config is given. */
export const DEFAULT_CONFIG_FILE = "kg.config.json";

export interface LoadConfigOptions {
  /** Path given with --config; the file must exist. */
  file?: string;
  /** Directory searched for kg.config.json when `file` is not given. Default process.cwd(). */
  cwd?: string;
}

/**
 * Loads and validates the config. An explicit file that cannot be read is an InputError;
 * a missing kg.config.json is not an error (the empty config is returned).
 * Validation problems are UsageErrors that name the file and the field.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<ExtractorConfig> {
  const explicit = options.file !== undefined;
  const path = explicit ? resolve(options.cwd ?? process.cwd(), options.file!) : resolve(options.cwd ?? process.cwd(), DEFAULT_CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!explicit && code === "ENOENT") return EMPTY_CONFIG;
    throw new InputError(MODULE, path, code === "ENOENT" ? "config file not found" : `cannot read config file (${code ?? "error"})`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(MODULE, `${path}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  try {
    return parseConfig(json);
  } catch (error) {
    if (error instanceof UsageError) {
      const detail = error.message.replace(/^news-kg\/config: /, "");
      throw new UsageError(MODULE, `${path}: ${detail}`, { cause: error });
    }
    throw error;
  }
}

/** `--config FILE` if given, else `kg.config.json` in the working directory if present. */
export function readConfig(file?: string): Promise<ExtractorConfig> {
  return loadConfig(file === undefined ? {} : { file });
}
