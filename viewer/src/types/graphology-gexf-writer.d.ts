// graphology-gexf ships no types for its writer alone; it is the same function as `write` of
// "graphology-gexf/browser". Importing it alone keeps the parser (which needs DOMParser) out of
// code that only writes, so it also runs under Node in the unit tests.
declare module "graphology-gexf/browser/writer.js" {
  import type { write } from "graphology-gexf/browser";
  const writer: typeof write;
  export default writer;
}
