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
  const adj = new BitMatrix(n);
  const half = k / 2;
  for (let u = 0; u < n; u++) for (let j = 1; j <= half; j++) adj.link(u, (u + j) % n);
  // Rings of distance j are rewired one at a time, as in the original paper's procedure.
  for (let j = 1; j <= half; j++) {
    for (let u = 0; u < n; u++) {
      if (rng() >= p) continue;
      const free = n - 1 - adj.degree[u];
      // A node already linked to everyone has nowhere to move the edge to.
      if (free === 0) continue;
      const w = pickNonNeighbour(adj, u, free, rng);
      adj.unlink(u, (u + j) % n);
      adj.link(u, w);
    }
  }
  const edges: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (adj.has(a, b)) edges.push([a, b]);
  return edges;
}

/**
 * A uniform node that is neither u nor a neighbour of u (`free` of them exist). Rejection
 * sampling costs about n / free draws, ruinous when u is linked to nearly everyone (k close to
 * n); then taking the r-th free node by scanning u's bit row (n / 32 words) is cheaper. Both
 * give the same distribution.
 */
function pickNonNeighbour(adj: BitMatrix, u: number, free: number, rng: Rng): number {
  const n = adj.n;
  if (free * 4 >= n) {
    let w = randInt(rng, n);
    while (w === u || adj.has(u, w)) w = randInt(rng, n);
    return w;
  }
  // Walk u's row a word at a time, counting free (zero) bits with popcount, to the r-th free node.
  let r = randInt(rng, free);
  const row = u * adj.words;
  for (let wi = 0; wi < adj.words; wi++) {
    let taken = adj.bits[row + wi];
    if (wi === u >>> 5) taken |= 1 << (u & 31);
    const validBits = Math.min(32, n - wi * 32);
    let freeBits = ~taken & (validBits === 32 ? 0xffffffff : (1 << validBits) - 1);
    const count = popcount(freeBits);
    if (r >= count) {
      r -= count;
      continue;
    }
    for (; r > 0; r--) freeBits &= freeBits - 1; // drop the lowest free bit r times
    return wi * 32 + (31 - Math.clz32(freeBits & -freeBits));
  }
  return u === 0 ? 1 : 0; // unreachable: `free` counts exactly the zero bits the walk sees
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Symmetric adjacency as one bit per pair: 2 MiB at n = 4096, O(1) membership tests. */
class BitMatrix {
  readonly words: number;
  readonly bits: Uint32Array;
  readonly degree: Int32Array;
  constructor(readonly n: number) {
    this.words = (n + 31) >>> 5;
    this.bits = new Uint32Array(n * this.words);
    this.degree = new Int32Array(n);
  }
  has(a: number, b: number): boolean {
    return (this.bits[a * this.words + (b >>> 5)] & (1 << (b & 31))) !== 0;
  }
  link(a: number, b: number): void {
    if (this.has(a, b)) return;
    this.bits[a * this.words + (b >>> 5)] |= 1 << (b & 31);
    this.bits[b * this.words + (a >>> 5)] |= 1 << (a & 31);
    this.degree[a]++;
    this.degree[b]++;
  }
  unlink(a: number, b: number): void {
    if (!this.has(a, b)) return;
    this.bits[a * this.words + (b >>> 5)] &= ~(1 << (b & 31));
    this.bits[b * this.words + (a >>> 5)] &= ~(1 << (a & 31));
    this.degree[a]--;
    this.degree[b]--;
  }
}
