// Finds and reads the inputs of a build: files, directories (recursive), globs and "-" (stdin).
import type { RawInput, Warning } from "../ingest/types.js";

export interface CollectOptions {
  /** Files larger than this many bytes are skipped with a warning. Default DEFAULT_MAX_FILE_SIZE. */
  maxFileSize?: number;
  /** Reads standard input when "-" is given. Default: reads process.stdin. */
  stdin?: () => Promise<Uint8Array>;
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export async function collectInputs(
  inputs: string[],
  options: CollectOptions = {},
): Promise<{ inputs: RawInput[]; warnings: Warning[] }> {
  void inputs;
  void options;
  return { inputs: [], warnings: [] };
}
