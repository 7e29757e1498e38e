// Finds and reads the inputs of a build: files, directories (recursive), globs and "-" (stdin).
// Every problem with one input is a warning naming it and the reason; the others are still read.
//
// Decisions (documented in the README's "Inputs" section):
// - Extensions read: .txt .md .markdown .html .htm .xhtml (any case). Other files found in a
//   directory or by a glob are ignored silently; a file named explicitly with another extension is
//   skipped with a warning.
// - Directories are walked recursively in code-point order of names; entries whose name starts
//   with "." (.git, .DS_Store) are ignored. Symbolic links are followed; a link back to a directory
//   being walked is a loop (warning); a directory reached twice is read once. Globs do not follow
//   symbolic links (a loop would otherwise be matched under ever longer paths).
// - Nesting deeper than MAX_DEPTH levels below an input directory is not entered (warning).
// - Inside an input directory, node_modules is not entered, nor a directory kg wrote its output
//   to (it holds the marker file of src/io/outputs.ts; warning), so `kg build .` reads articles only.
// - Files larger than maxFileSize (default 10 MiB, `--max-file-size`) are skipped (warning): a
//   news article is rarely over 1 MB, even as HTML.
// - Article ids are paths relative to the input root with "/" separators: for a directory, the
//   directory; for a file, its folder; for a glob, the folder before its first wildcard; "-" for
//   standard input. When two inputs give the same id, the later one gets its path relative to the
//   working directory instead.
import nodeFs from "node:fs/promises";
import path from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import type { RawInput, Warning } from "../ingest/types.js";
import { OUTPUT_MARKER } from "./outputs.js";

export interface CollectOptions {
  /** Files larger than this many bytes are skipped with a warning. Default DEFAULT_MAX_FILE_SIZE. */
  maxFileSize?: number;
  /** Reads standard input when "-" is given. Default: reads process.stdin. */
  stdin?: () => Promise<Uint8Array>;
  /** Working directory for relative inputs. Default process.cwd(). */
  cwd?: string;
  /** File-system calls, replaceable in tests (to inject EACCES when running as root). */
  fs?: InputFileSystem;
}

/** The few file-system calls collectInputs makes. */
export interface InputFileSystem {
  stat(p: string): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }>;
  lstat(p: string): Promise<{ isSymbolicLink(): boolean }>;
  readdir(p: string): Promise<string[]>;
  readFile(p: string): Promise<Uint8Array>;
  realpath(p: string): Promise<string>;
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** Directory levels entered below an input directory. */
export const MAX_DEPTH = 32;
export const INPUT_EXTENSIONS: readonly string[] = [".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"];
/** Directory names never walked into: installed packages, not articles. */
const IGNORED_DIRECTORIES = new Set(["node_modules"]);
/** Files read at once. */
const PARALLEL_READS = 16;

const defaultFs: InputFileSystem = {
  stat: (p) => nodeFs.stat(p),
  lstat: (p) => nodeFs.lstat(p),
  readdir: (p) => nodeFs.readdir(p),
  readFile: (p) => nodeFs.readFile(p),
  realpath: (p) => nodeFs.realpath(p),
};

/** A file to read: where it is and the id it will have. */
interface Candidate {
  file: string;
  /** Path as shown in messages. */
  shown: string;
  id: string;
  /** Relative to the working directory, used when ids collide. */
  fallbackId: string;
}

export function hasInputExtension(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return INPUT_EXTENSIONS.includes(ext);
}

export async function collectInputs(
  inputs: string[],
  options: CollectOptions = {},
): Promise<{ inputs: RawInput[]; warnings: Warning[] }> {
  const fs = options.fs ?? defaultFs;
  const cwd = options.cwd ?? process.cwd();
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const warnings: Warning[] = [];
  const warn = (file: string, reason: string) => warnings.push({ file: displayPath(file), reason });
  const candidates: (Candidate | "stdin")[] = [];
  let stdinSeen = false;

  for (const input of inputs) {
    if (input === "-") {
      if (stdinSeen) warn("-", "standard input given twice; read once");
      else candidates.push("stdin");
      stdinSeen = true;
      continue;
    }
    const abs = path.resolve(cwd, input);
    let stat: Awaited<ReturnType<InputFileSystem["stat"]>> | undefined;
    try {
      stat = await fs.stat(abs);
    } catch (error) {
      const code = errorCode(error);
      if (code === "ENOENT" && isDynamicPattern(input)) {
        const found = await expandGlob(input, cwd);
        if (found.length === 0) warn(input, "no .txt, .md or .html file matches this pattern");
        candidates.push(...found);
        continue;
      }
      if (code === "ELOOP") warn(input, "skipped: symbolic link loop");
      else if (code === "ENOENT") warn(input, (await isSymlink(fs, abs)) ? "skipped: broken symbolic link" : "skipped: no such file or directory");
      else warn(input, `skipped: ${describeError(error)}`);
      continue;
    }
    if (stat.isDirectory()) {
      candidates.push(...(await walk(fs, abs, input, cwd, warn)));
    } else if (stat.isFile()) {
      if (!hasInputExtension(abs)) {
        warn(input, `skipped: extension "${path.extname(abs) || "(none)"}" is not one of ${INPUT_EXTENSIONS.join(" ")}`);
        continue;
      }
      candidates.push({ file: abs, shown: input, id: path.basename(abs), fallbackId: toId(path.relative(cwd, abs)) });
    } else {
      warn(input, "skipped: not a regular file or directory");
    }
  }

  // One candidate per real file (a file reached through two arguments or a link is read once).
  const realSeen = new Set<string>();
  const unique: (Candidate | "stdin")[] = [];
  for (const c of candidates) {
    if (c !== "stdin") {
      const real = await fs.realpath(c.file).catch(() => c.file);
      if (realSeen.has(real)) continue;
      realSeen.add(real);
    }
    unique.push(c);
  }
  candidates.splice(0, candidates.length, ...unique);

  // Read, a few at a time; warnings in input order.
  const read: (RawInput | undefined)[] = [];
  for (let i = 0; i < candidates.length; i += PARALLEL_READS) {
    const batch = candidates.slice(i, i + PARALLEL_READS);
    const results = await Promise.all(batch.map((c) => readCandidate(fs, c, maxFileSize, options.stdin)));
    for (const r of results) {
      read.push(r.raw);
      warnings.push(...r.warnings);
    }
  }

  // Unique ids.
  const out: RawInput[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const raw = read[i];
    if (!raw) continue;
    if (c !== "stdin" && ids.has(raw.id)) raw.id = c.fallbackId;
    let id = raw.id;
    for (let n = 2; ids.has(id); n++) id = `${raw.id}~${n}`;
    raw.id = id;
    ids.add(id);
    out.push(raw);
  }
  return { inputs: out, warnings };
}

async function readCandidate(
  fs: InputFileSystem,
  c: Candidate | "stdin",
  maxFileSize: number,
  stdin: (() => Promise<Uint8Array>) | undefined,
): Promise<{ raw?: RawInput; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const skip = (file: string, reason: string) => {
    warnings.push({ file: displayPath(file), reason });
    return { warnings };
  };
  if (c === "stdin") {
    try {
      const bytes = await (stdin ?? readStdin)();
      if (bytes.length > maxFileSize) {
        return skip("-", `skipped: standard input is ${overLimit(bytes.length, maxFileSize)}`);
      }
      return { raw: { id: "-", path: "-", bytes }, warnings };
    } catch (error) {
      return skip("-", `skipped: standard input could not be read (${describeError(error)})`);
    }
  }
  try {
    const stat = await fs.stat(c.file);
    const tooLarge = (size: number) => skip(c.shown, `skipped: ${overLimit(size, maxFileSize)}`);
    if (stat.size > maxFileSize) return tooLarge(stat.size);
    const bytes = await fs.readFile(c.file);
    // The file may have grown since stat.
    if (bytes.length > maxFileSize) return tooLarge(bytes.length);
    return { raw: { id: c.id, path: displayPath(c.shown), bytes }, warnings };
  } catch (error) {
    return skip(c.shown, `skipped: ${describeError(error)}`);
  }
}

/** Walks a directory without recursion (deep trees cannot blow the stack). */
async function walk(
  fs: InputFileSystem,
  root: string,
  shownRoot: string,
  cwd: string,
  warn: (file: string, reason: string) => void,
): Promise<Candidate[]> {
  const found: Candidate[] = [];
  const visited = new Set<string>();
  interface Frame {
    dir: string;
    depth: number;
    /** Real paths of this directory and its ancestors in the walk. */
    ancestors: ReadonlySet<string>;
  }
  const rootReal = await fs.realpath(root).catch(() => root);
  visited.add(rootReal);
  const stack: Frame[] = [{ dir: root, depth: 0, ancestors: new Set([rootReal]) }];
  const shown = (p: string) => joinShown(shownRoot, path.relative(root, p));
  while (stack.length > 0) {
    const frame = stack.pop()!;
    let names: string[];
    try {
      names = await fs.readdir(frame.dir);
    } catch (error) {
      warn(shown(frame.dir), `directory skipped: ${describeError(error)}`);
      continue;
    }
    if (frame.depth > 0 && names.includes(OUTPUT_MARKER)) {
      warn(shown(frame.dir), "directory skipped: it holds kg's own output (a previous build)");
      continue;
    }
    names = names.filter((n) => !n.startsWith(".") && !IGNORED_DIRECTORIES.has(n)).sort(compareCodePoints);
    const subdirs: Frame[] = [];
    for (const name of names) {
      const full = path.join(frame.dir, name);
      let stat: Awaited<ReturnType<InputFileSystem["stat"]>>;
      try {
        stat = await fs.stat(full);
      } catch (error) {
        const code = errorCode(error);
        if (code === "ELOOP") warn(shown(full), "skipped: symbolic link loop");
        else if (code === "ENOENT") warn(shown(full), "skipped: broken symbolic link");
        else warn(shown(full), `skipped: ${describeError(error)}`);
        continue;
      }
      if (stat.isFile()) {
        if (hasInputExtension(name)) {
          found.push({ file: full, shown: shown(full), id: toId(path.relative(root, full)), fallbackId: toId(path.relative(cwd, full)) });
        }
        continue;
      }
      if (!stat.isDirectory()) continue;
      const real = await fs.realpath(full).catch(() => full);
      if (frame.ancestors.has(real)) {
        warn(shown(full), "skipped: symbolic link loop (links back to a directory being read)");
        continue;
      }
      if (visited.has(real)) continue;
      if (frame.depth + 1 > MAX_DEPTH) {
        warn(shown(full), `directory skipped: nested deeper than ${MAX_DEPTH} levels below ${shownRoot}`);
        continue;
      }
      visited.add(real);
      subdirs.push({ dir: full, depth: frame.depth + 1, ancestors: new Set([...frame.ancestors, real]) });
    }
    // Depth-first in name order (reversed onto the stack); the result is sorted by id anyway.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  return found.sort((a, b) => compareCodePoints(a.id, b.id));
}

async function expandGlob(pattern: string, cwd: string): Promise<Candidate[]> {
  const posix = pattern.split(path.sep).join("/");
  const segments = posix.split("/");
  const firstMagic = segments.findIndex((s) => isDynamicPattern(s));
  const base = path.resolve(cwd, segments.slice(0, Math.max(firstMagic, 0)).join("/") || ".");
  const matches = await glob([posix], { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false });
  return matches
    .filter(hasInputExtension)
    .map((file) => ({
      file,
      shown: toId(path.relative(cwd, file)) || file,
      id: toId(path.relative(base, file)),
      fallbackId: toId(path.relative(cwd, file)),
    }))
    .sort((a, b) => compareCodePoints(a.id, b.id));
}

async function isSymlink(fs: InputFileSystem, p: string): Promise<boolean> {
  try {
    return (await fs.lstat(p)).isSymbolicLink();
  } catch {
    return false;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

function joinShown(root: string, rel: string): string {
  if (rel === "") return root;
  const r = toId(rel);
  return root.endsWith("/") || root.endsWith(path.sep) ? `${root}${r}` : `${root}/${r}`;
}

function toId(p: string): string {
  return p.split(path.sep).join("/");
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

/**
 * A path made safe to print: control characters (newlines, terminal escape sequences) and bidi
 * overrides in a file name are shown as \u{...} escapes, so one warning stays one honest line.
 */
export function displayPath(p: string): string {
  return p.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** A short reason for a file-system error, without the stack or the path (the warning names it). */
export function describeError(error: unknown): string {
  switch (errorCode(error)) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "no such file or directory";
    case "ELOOP":
      return "symbolic link loop";
    case "EISDIR":
      return "is a directory";
    case "ENAMETOOLONG":
      return "path too long";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "EIO":
      return "input/output error";
    case "ERR_INVALID_ARG_VALUE":
    case "ERR_INVALID_ARG_TYPE":
      return "not a valid path";
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return message.replace(/^\w+: /, "").split("\n")[0]!;
    }
  }
}

function overLimit(size: number, max: number): string {
  const [a, b] = formatSize(size) === formatSize(max) ? [`${size} bytes`, `${max} bytes`] : [formatSize(size), formatSize(max)];
  return `${a}, over the limit of ${b} (--max-file-size)`;
}

/** Parses a size for --max-file-size: "10MB", "512k", "2 MiB", "1000" (bytes). Undefined if malformed. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  const value = Math.floor(Number(m[1]) * factor);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
