// CommonJS graphology packages whose typings declare `export default`: under NodeNext, TypeScript
// types the default import as the whole module, while Node hands over module.exports. Taking
// `.default` of the namespace is right for both, and for vitest's interop too.
import * as pagerankModule from "graphology-metrics/centrality/pagerank.js";
import * as louvainModule from "graphology-communities-louvain";

type Pagerank = typeof pagerankModule.default.default;
type Louvain = typeof louvainModule.default.default;

/** Node: namespace.default is module.exports (the function); some bundlers nest it once more. */
function unwrap<T>(namespace: { default: { default: T } }): T {
  const inner = namespace.default as unknown as T | { default: T };
  return typeof inner === "function" ? (inner as T) : (inner as { default: T }).default;
}

export const pagerank: Pagerank = unwrap(pagerankModule);
export const louvain: Louvain = unwrap(louvainModule);
export { singleSourceLength, undirectedSingleSourceLength } from "graphology-shortest-path/unweighted.js";
