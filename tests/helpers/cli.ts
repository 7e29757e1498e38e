// Runs the compiled CLI (npm test builds dist/ first) and captures its output.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const CLI = path.join(ROOT, "dist", "cli", "main.js");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The compiled package must exist: `npm test` builds it first; run `npm run build` before running test files alone. */
export function ensureBuilt(): void {
  if (!fs.existsSync(CLI) || !fs.existsSync(path.join(ROOT, "dist", "index.js"))) {
    throw new Error(`${path.join(ROOT, "dist")} is missing or incomplete: run "npm run build" first`);
  }
}

export function kg(args: string[], options: { cwd?: string; input?: string } = {}): CliResult {
  ensureBuilt();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = "kg-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** All files below dir, relative, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}
