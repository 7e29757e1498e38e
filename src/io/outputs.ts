// Writes a build's files so the output directory is replaced all at once or not at all.
//
// The output directory is owned by the tool: each build replaces it whole (files a previous build
// wrote and this one does not are gone). To never wipe a user's own folder by mistake
// (`--out .`), an existing directory is replaced only when it carries our marker file
// (OUTPUT_MARKER), is empty, or holds nothing but files this build writes; otherwise the build
// stops with a UsageError and the directory is untouched.
//
// How: the files are written into a temporary directory beside the target (same file system, so
// renames are atomic), then the old directory is renamed aside, the new one renamed into place and
// the old one deleted. SIGINT/SIGTERM during the write abort it and leave the old directory as it
// was; during the two renames they are held back until the swap is complete. A crash between the
// two renames (SIGKILL, power loss) is repaired by the next call: the directory renamed aside is
// restored if the target is missing.
import fs from "node:fs";
import path from "node:path";
import type { OutputFile } from "../export/types.js";
import { KgError, UsageError } from "../errors.js";

const MODULE = "news-kg/io";
export const OUTPUT_MARKER = ".kg-output";
const MARKER_TEXT = "This directory is written by `kg build` and replaced whole by each build. Keep your own files elsewhere.\n";

export interface WriteOptions {
  /** Called after each file is written into the temporary directory (tests use it to interrupt). */
  onFileWritten?: (file: string) => void | Promise<void>;
}

/**
 * Writes `files` into `dir`, replacing it whole. `files` may be a lazy iterable (exportFiles), and
 * each file's text is written piece by piece as it is made: the text of a format is never held
 * whole in memory.
 * Returns the paths written, in order.
 */
export async function writeOutputsAtomically(
  dir: string,
  files: Iterable<OutputFile>,
  options: WriteOptions = {},
): Promise<string[]> {
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  const base = path.basename(target);
  if (base === "" || target === parent) throw new UsageError(MODULE, `cannot write outputs to the root directory ${target}`);
  const eager = Array.isArray(files);
  if (eager) {
    checkPaths(files);
    checkOwnership(target, files.map((f) => f.path));
  }
  fs.mkdirSync(parent, { recursive: true });
  recoverInterruptedSwap(parent, base);
  const written: string[] = [];
  const seen = new Set<string>();

  const tag = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const temp = path.join(parent, `.${base}.tmp-${tag}`);
  const aside = path.join(parent, `.${base}.old-${tag}`);

  let signal: NodeJS.Signals | undefined;
  const onSignal = (s: NodeJS.Signals) => {
    signal ??= s;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    fs.mkdirSync(temp);
    fs.writeFileSync(path.join(temp, OUTPUT_MARKER), MARKER_TEXT);
    for (const file of files) {
      if (signal) break;
      if (!eager) checkPath(file.path, seen);
      written.push(file.path);
      const to = path.join(temp, file.path);
      await fs.promises.mkdir(path.dirname(to), { recursive: true });
      // the pieces are made as they are written: one piece in memory, never the whole file
      await fs.promises.writeFile(to, untilSignalled(file.pieces(), () => signal !== undefined));
      await options.onFileWritten?.(file.path);
    }
    if (signal) throw new KgError(MODULE, `interrupted (${signal}); ${dir} left as it was`);
    // A lazy list's names are known only now; nothing outside the temporary directory changed yet.
    if (!eager) checkOwnership(target, written);
    // The swap: synchronous, so no signal handler runs between the renames.
    const existed = fs.existsSync(target);
    if (existed) fs.renameSync(target, aside);
    try {
      fs.renameSync(temp, target);
    } catch (error) {
      if (existed) fs.renameSync(aside, target);
      throw error;
    }
    if (existed) fs.rmSync(aside, { recursive: true, force: true });
    return written;
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    if (error instanceof KgError) throw error;
    throw new KgError(MODULE, `could not write outputs to ${dir}: ${reason(error)}; ${dir} left as it was`, { cause: error });
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    // Deliver the held-back signal with its default effect (the process ends) once the old
    // directory is safe; listeners of the program, if any, see it as usual.
    if (signal) process.kill(process.pid, signal);
  }
}

/** The pieces until a signal arrives; the caller then sees `signal` and aborts the whole write. */
function* untilSignalled(pieces: Iterable<string>, signalled: () => boolean): Generator<string> {
  for (const piece of pieces) {
    if (signalled()) return;
    yield piece;
  }
}

/** Output paths are relative, inside the directory, and unique. */
function checkPaths(files: readonly OutputFile[]): void {
  const seen = new Set<string>();
  for (const file of files) checkPath(file.path, seen);
}

function checkPath(filePath: string, seen: Set<string>): void {
  const normalized = path.posix.normalize(filePath.split(path.sep).join("/"));
  if (
    filePath === "" ||
    path.isAbsolute(filePath) ||
    normalized.startsWith("../") ||
    normalized === ".." ||
    normalized === "." ||
    filePath.includes("\0") ||
    normalized === OUTPUT_MARKER
  ) {
    throw new KgError(MODULE, `refusing to write output file "${filePath}": outside the output directory or reserved`);
  }
  if (seen.has(normalized)) throw new KgError(MODULE, `two output files named "${filePath}"`);
  seen.add(normalized);
}

function checkOwnership(target: string, paths: readonly string[]): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return; // does not exist: ours to create
  }
  if (!stat.isDirectory()) {
    throw new UsageError(MODULE, `${target} exists and is not a directory; choose another --out`);
  }
  const entries = fs.readdirSync(target);
  if (entries.length === 0 || entries.includes(OUTPUT_MARKER)) return;
  const ours = new Set(paths.map((p) => p.split(/[\\/]/)[0]!));
  const foreign = entries.filter((e) => !ours.has(e));
  if (foreign.length > 0) {
    const shown = foreign.sort().slice(0, 3).join(", ") + (foreign.length > 3 ? ", ..." : "");
    throw new UsageError(
      MODULE,
      `${target} holds files kg did not write (${shown}); the output directory is replaced whole by each build, so choose an empty or new directory with --out`,
    );
  }
}

/** Repairs a swap cut between its two renames, and removes temporary directories of dead builds. */
function recoverInterruptedSwap(parent: string, base: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return;
  }
  const target = path.join(parent, base);
  const prefix = new RegExp(`^\\.${escapeRegExp(base)}\\.(tmp|old)-(\\d+)-`);
  for (const name of names.sort()) {
    const m = prefix.exec(name);
    if (!m || processAlive(Number(m[2]))) continue;
    const full = path.join(parent, name);
    if (m[1] === "old" && !fs.existsSync(target)) fs.renameSync(full, target);
    else fs.rmSync(full, { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOSPC") return "no space left on device";
  if (code === "EROFS") return "read-only file system";
  return error instanceof Error ? error.message : String(error);
}
