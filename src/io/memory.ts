// A full garbage collection on demand, for the CLI to call between build stages. V8 sizes its
// next collection from the heap that survived the last one; a build allocates hundreds of MB of
// short-lived strings per stage (extraction messages, resolver tables, export pieces), so without
// a collection at the stage boundaries the heap (and the resident memory) keeps the garbage of the
// stage before. Node exposes gc() only behind a flag, which V8 lets us set at run time.
import v8 from "node:v8";
import vm from "node:vm";

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    v8.setFlagsFromString("--expose-gc");
    gc = vm.runInNewContext("gc") as () => void;
  }
  gc();
}
