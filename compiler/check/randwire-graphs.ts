// The generated graph of each randwire call, as the checker made it: lowering builds the stage
// from this record and never runs a generator itself, so the graph the checker sized the
// parameters by (node count, each node's in-degree) is the graph the model computes.
//
// One call can make several graphs: in a layer body, `randwire(ws(nodes: n, …), …)` has a
// spec per instantiation (`n` a layer parameter), and a model checked with overridden
// arguments (CheckOptions.modelArgs) has the graphs of those values. So the record is by call
// and by concrete spec, and it is kept by every check that reaches a concrete spec, the
// instantiated ones included (unlike the generic check's other side tables).
import { type Dag, type GraphSpec, generateGraph } from "../graphgen/index.ts";
import type { CallExpr } from "../syntax/ast.ts";

/** Per randwire call, its graphs by graphSpecKey. */
export type RandwireGraphs = Map<CallExpr, Map<string, Dag>>;

/** A spec's identity: the same generator and arguments (in any order) give the same key. */
export function graphSpecKey(spec: GraphSpec): string {
  const args = Object.entries(spec)
    .filter(([k]) => k !== "kind")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}: ${v}`);
  return `${spec.kind}(${args.join(", ")})`;
}

/** The graph of `spec` at `call`: generated the first time the checker reaches it, then recorded. */
export function recordGraph(graphs: RandwireGraphs, call: CallExpr, spec: GraphSpec): Dag {
  let bySpec = graphs.get(call);
  if (!bySpec) graphs.set(call, (bySpec = new Map()));
  const key = graphSpecKey(spec);
  let dag = bySpec.get(key);
  if (!dag) bySpec.set(key, (dag = generateGraph(spec)));
  return dag;
}
