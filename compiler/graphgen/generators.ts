// The three random-graph families of RandWire (Xie et al. 2019, "Exploring Randomly Wired Neural
// Networks for Image Recognition", §3.3). Each returns an UNDIRECTED simple graph as a list of
// pairs [lo, hi] with lo < hi; index.ts turns it into a DAG by reading every pair as lo → hi.
// The sampling follows the classic formulations (as in NetworkX) so that edge counts match
// the paper: WS keeps exactly n·k/2 edges, BA has exactly (n − m)·m.
import { randInt, type Rng } from "./prng.ts";

/** Erdős–Rényi G(n, p): every one of the n(n−1)/2 pairs is an edge independently with probability p. */
export function erdosRenyi(n: number, p: number, rng: Rng): [number, number][] {
  const edges: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // rng() < 1 always, so p = 1 gives the complete graph and p = 0 the empty one.
      if (rng() < p) edges.push([i, j]);
    }
  }
  return edges;
}

/**
 * Barabási–Albert with m edges per new node. Nodes 0..m−1 start unconnected; node m links to
 * all of them; every later node links to m distinct earlier nodes chosen with probability
 * proportional to their degree (preferential attachment). Every new node has the highest index
 * so far, so each edge is already [older, newer].
 */
export function barabasiAlbert(n: number, m: number, rng: Rng): [number, number][] {
  const edges: [number, number][] = [];
  // Each node appears here once per incident edge: a uniform pick from it is a degree-weighted pick.
  const repeated: number[] = [];
  let targets: number[] = Array.from({ length: m }, (_, i) => i);
  for (let source = m; source < n; source++) {
    for (const t of targets) {
      edges.push([t, source]);
      repeated.push(t, source);
    }
    targets = distinctSample(repeated, m, rng);
  }
  return edges;
}

/** m distinct values drawn from `pool` (with repeats in the pool acting as weights), sorted. */
function distinctSample(pool: readonly number[], m: number, rng: Rng): number[] {
  // Rejection terminates: after node m joins, the pool always holds ≥ m + 1 distinct nodes.
  const chosen = new Set<number>();
  while (chosen.size < m) chosen.add(pool[randInt(rng, pool.length)]);
  return [...chosen].sort((a, b) => a - b);
}

/**
 * Watts–Strogatz: a ring where each node links to its k/2 nearest neighbours on each side, then
 * every lattice edge (u, u+j) is, with probability p, rewired to (u, w) for a uniformly random w
 * that is neither u nor already a neighbour of u. Rewiring moves edges, so the count stays n·k/2.
 */
export function wattsStrogatz(n: number, k: number, p: number, rng: Rng): [number, number][] {
  const adj: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  const link = (a: number, b: number) => {
    adj[a].add(b);
    adj[b].add(a);
  };
  const half = k / 2;
  for (let u = 0; u < n; u++) for (let j = 1; j <= half; j++) link(u, (u + j) % n);
  // Rings of distance j are rewired one at a time, as in the original paper's procedure.
  for (let j = 1; j <= half; j++) {
    for (let u = 0; u < n; u++) {
      if (rng() >= p) continue;
      // A node already linked to everyone has nowhere to move the edge to.
      if (adj[u].size >= n - 1) continue;
      const v = (u + j) % n;
      let w = randInt(rng, n);
      while (w === u || adj[u].has(w)) w = randInt(rng, n);
      adj[u].delete(v);
      adj[v].delete(u);
      link(u, w);
    }
  }
  const edges: [number, number][] = [];
  for (let a = 0; a < n; a++) for (const b of adj[a]) if (a < b) edges.push([a, b]);
  return edges;
}
