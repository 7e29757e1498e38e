// Makes sure dist/ holds a build at least as new as the query sources, for tests that run the
// compiled CLI or import the package by name. `npm test` builds first, so this normally does
// nothing; run alone (`npx vitest run tests/query`), it compiles with tsc (which emits even while
// a colleague's file has a type error). A lock directory keeps parallel test files from building
// at the same time.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const ENTRY = path.join(ROOT, "dist", "index.js");
// Only the files these tests exercise: rebuilding because a colleague just saved another stage
// would rewrite dist/ under tests that are running from it.
const SOURCES = [
  "src/query",
  "src/io/readGraph.ts",
  "src/index.ts",
  "src/cli/commands/query.ts",
  "src/cli/commands/show.ts",
  "src/cli/commands/paths.ts",
  "src/cli/commands/index.ts",
];

function newestSource(): number {
  let newest = 0;
  const visit = (file: string): void => {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) for (const name of fs.readdirSync(file)) visit(path.join(file, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) visit(path.join(ROOT, source));
  return newest;
}

function fresh(): boolean {
  return fs.existsSync(ENTRY) && fs.statSync(ENTRY).mtimeMs >= newestSource();
}

export function ensureBuilt(): void {
  if (fresh()) return;
  const lock = path.join(ROOT, "dist.query-test-lock");
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} is held for too long; remove it if no test is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!fresh()) {
      spawnSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], {
        cwd: ROOT,
        encoding: "utf8",
      });
      if (!fs.existsSync(ENTRY)) throw new Error("tsc did not produce dist/index.js; run `npm run build` to see why");
    }
  } finally {
    fs.rmdirSync(lock);
  }
}
