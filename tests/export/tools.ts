// Independent checkers for the export tests: xmllint (Debian libxml2-utils) with the official
// GEXF 1.3 RELAX NG grammar, and networkx (Debian python3-networkx) as a reader. A missing tool
// fails the test loudly: CI installs both.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const XMLLINT = "/usr/bin/xmllint";
export const PYTHON = "/usr/bin/python3";
export const GEXF_RNG = path.resolve(import.meta.dirname, "../../../shared/schemas/gexf/1.3/gexf.rng");
const NX_READ = path.join(import.meta.dirname, "tools", "nx_read.py");

export function requireTool(file: string, install: string): void {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: install ${install} (apt-get install ${install})`);
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "kg-export-test-"));
}

export function writeTemp(name: string, content: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

export interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** xmllint --noout [--relaxng GEXF_RNG] files... */
export function xmllint(files: string[], options: { relaxng?: boolean } = {}): ToolResult {
  requireTool(XMLLINT, "libxml2-utils");
  if (options.relaxng && !fs.existsSync(GEXF_RNG)) throw new Error(`GEXF grammar missing at ${GEXF_RNG}`);
  const args = ["--noout", ...(options.relaxng ? ["--relaxng", GEXF_RNG] : []), ...files];
  const r = spawnSync(XMLLINT, args, { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface NxGraph {
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<[string, string, Record<string, unknown>]>;
}

/** Reads a GEXF or GraphML file with networkx and returns what it saw. */
export function networkxRead(kind: "gexf" | "graphml", file: string): NxGraph {
  requireTool(PYTHON, "python3");
  const r = spawnSync(PYTHON, [NX_READ, kind, file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    throw new Error(`networkx could not read ${file} (exit ${r.status}); is python3-networkx installed?\n${r.stderr}`);
  }
  return JSON.parse(r.stdout) as NxGraph;
}
