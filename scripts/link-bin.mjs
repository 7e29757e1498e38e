// npm links the bins of dependencies into node_modules/.bin, but not the package's own bin.
// The shared scorer (../shared/eval/run-corpus.sh) calls node_modules/.bin/kg, so we link it here.
import fs from "node:fs";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const binDir = path.join(root, "node_modules", ".bin");
const target = path.join(root, "dist", "cli", "main.js");
if (fs.existsSync(path.join(root, "node_modules")) && fs.existsSync(target)) {
  fs.mkdirSync(binDir, { recursive: true });
  const link = path.join(binDir, "kg");
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.relative(binDir, target), link);
  fs.chmodSync(target, 0o755);
}
