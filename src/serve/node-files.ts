// The FileSource of the real server: reads regular files under two directories, following
// symlinks only when the real path stays inside the root's real path.
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { FileSource } from "./handler.js";
import type { RootName } from "./resolve.js";

export interface Roots {
  viewer: string;
  graph: string;
}

function inside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

export function createFileSource(roots: Roots): FileSource {
  const realRoots = new Map<RootName, Promise<string>>();
  const realRoot = (name: RootName): Promise<string> => {
    let value = realRoots.get(name);
    if (value === undefined) {
      value = realpath(path.resolve(roots[name]));
      realRoots.set(name, value);
    }
    return value;
  };
  return {
    async read(root, relPath) {
      try {
        const base = await realRoot(root);
        const joined = path.resolve(base, ...relPath.split("/"));
        if (!inside(base, joined)) return null;
        const real = await realpath(joined);
        if (!inside(base, real)) return null;
        const info = await stat(real);
        if (!info.isFile()) return null;
        return new Uint8Array(await readFile(real));
      } catch {
        return null; // missing, unreadable or a broken link: all the same 404 to the browser
      }
    },
  };
}
