// Random DAG generators for RandWire stages (`er(...)`, `ba(...)`, `ws(...)` in `.dl` files).
// A generated graph is fully determined by its spec, seed included, so a program always
// describes one network. Undirected graphs become DAGs by orienting every edge from the lower
// to the higher node index (as RandWire does), so node order is a topological order.
import { barabasiAlbert, erdosRenyi, wattsStrogatz } from "./generators.ts";
import { mulberry32 } from "./prng.ts";

export type GraphSpec =
  | { kind: "er"; nodes: number; p: number; seed: number }
  | { kind: "ba"; nodes: number; m: number; seed: number }
  | { kind: "ws"; nodes: number; k: number; p: number; seed: number };

/** A DAG on nodes 0..nodes−1; edges sorted, each [lo, hi] with lo < hi, no duplicates. */
export interface Dag {
  nodes: number;
  edges: [number, number][];
}

/** Largest node count a generator accepts: keeps generation (O(n²) for ER) and the IR small. */
export const MAX_GRAPH_NODES = 4096;
const MAX_SEED = 0xffffffff;

/** Why `spec` is out of range, as a user-facing E0701 message; undefined when it is valid. */
export function validateGraphSpec(spec: GraphSpec): string | undefined {
  const gen = `${spec.kind}() argument`;
  const { nodes } = spec;
  if (!Number.isInteger(nodes) || nodes < 2 || nodes > MAX_GRAPH_NODES) {
    return `${gen} \`nodes\` must be an integer from 2 to ${MAX_GRAPH_NODES}, got ${nodes}`;
  }
  switch (spec.kind) {
    case "er":
      if (!isProbability(spec.p)) return `${gen} \`p\` must be a probability in [0, 1], got ${spec.p}`;
      break;
    case "ba":
      if (!Number.isInteger(spec.m) || spec.m < 1 || spec.m >= nodes) {
        return `${gen} \`m\` must be an integer with 1 ≤ m < nodes (${nodes}), got ${spec.m}`;
      }
      break;
    case "ws":
      if (!Number.isInteger(spec.k) || spec.k < 2 || spec.k >= nodes) {
        return `${gen} \`k\` must be an integer with 2 ≤ k < nodes (${nodes}), got ${spec.k}`;
      }
      if (spec.k % 2 !== 0) {
        return `${gen} \`k\` must be even (each node links to k/2 neighbours on each side), got ${spec.k}`;
      }
      if (!isProbability(spec.p)) return `${gen} \`p\` must be a probability in [0, 1], got ${spec.p}`;
      break;
  }
  if (!Number.isInteger(spec.seed) || spec.seed < 0 || spec.seed > MAX_SEED) {
    return `${gen} \`seed\` must be an integer from 0 to ${MAX_SEED} (2^32 − 1), got ${spec.seed}`;
  }
  return undefined;
}

/**
 * The DAG a valid spec describes. Callers validate first (validateGraphSpec); given an invalid
 * spec this still returns a well-formed graph (parameters clamped into range) rather than
 * throwing, so a checker bug can never crash the compiler.
 */
export function generateGraph(spec: GraphSpec): Dag {
  const nodes = clampInt(spec.nodes, 2, MAX_GRAPH_NODES);
  const rng = mulberry32(clampInt(spec.seed, 0, MAX_SEED));
  let undirected: [number, number][];
  switch (spec.kind) {
    case "er":
      undirected = erdosRenyi(nodes, clampProbability(spec.p), rng);
      break;
    case "ba":
      undirected = barabasiAlbert(nodes, clampInt(spec.m, 1, nodes - 1), rng);
      break;
    case "ws": {
      // Largest even k below nodes, at least 2 (nodes ≥ 2; a 2-node "ring" with k = 2 is one edge).
      const kMax = Math.max(2, (nodes - 1) % 2 === 0 ? nodes - 1 : nodes - 2);
      let k = clampInt(spec.k, 2, kMax);
      if (k % 2 !== 0) k -= 1;
      undirected = wattsStrogatz(nodes, k, clampProbability(spec.p), rng);
      break;
    }
  }
  return { nodes, edges: orientAndSort(undirected) };
}

/** In-degree of each node. */
export function inDegrees(g: Dag): number[] {
  const deg = new Array<number>(g.nodes).fill(0);
  for (const [, to] of g.edges) deg[to]++;
  return deg;
}

/** Out-degree of each node. */
export function outDegrees(g: Dag): number[] {
  const deg = new Array<number>(g.nodes).fill(0);
  for (const [from] of g.edges) deg[from]++;
  return deg;
}

/** Nodes with no incoming edge, ascending: in RandWire they read the stage's input. */
export function sources(g: Dag): number[] {
  return indicesWhere(inDegrees(g), (d) => d === 0);
}

/** Nodes with no outgoing edge, ascending: in RandWire the stage's output is their mean. */
export function sinks(g: Dag): number[] {
  return indicesWhere(outDegrees(g), (d) => d === 0);
}

function orientAndSort(pairs: [number, number][]): [number, number][] {
  // Packing each edge into one integer lets a typed-array sort (native, numeric) order millions
  // of edges in well under a second; a comparator sort over tuples takes ~10 s at n = 4096.
  const stride = MAX_GRAPH_NODES + 1;
  const keys = new Float64Array(pairs.length);
  let count = 0;
  for (const [a, b] of pairs) {
    if (a === b) continue;
    keys[count++] = Math.min(a, b) * stride + Math.max(a, b);
  }
  const sorted = keys.subarray(0, count).sort();
  const out: [number, number][] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    out.push([Math.floor(sorted[i] / stride), sorted[i] % stride]);
  }
  return out;
}

function indicesWhere(values: number[], pred: (v: number) => boolean): number[] {
  const out: number[] = [];
  values.forEach((v, i) => {
    if (pred(v)) out.push(i);
  });
  return out;
}

function isProbability(p: number): boolean {
  return p >= 0 && p <= 1; // false for NaN
}

function clampProbability(p: number): number {
  return isProbability(p) ? p : p > 1 ? 1 : 0;
}

function clampInt(v: number, lo: number, hi: number): number {
  if (!Number.isFinite(v)) return lo;
  return Math.min(hi, Math.max(lo, Math.trunc(v)));
}
