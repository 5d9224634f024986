// The static memory plan: every node's value gets a byte range in one linear memory.
// Inputs, params, consts and graph outputs sit in a fixed region the host writes and reads;
// every other value lives in an arena for exactly its live range (its definition up to its
// last use in node order) and is placed best-fit into holes left by values that died, so a
// chain of layers reuses the same few buffers. reshape and dropout (and a cast to the same
// dtype) are views: they share their input's buffer, and that buffer lives until the last
// use of any view of it.
import type { DType, Graph, Node } from "../ir/ir.ts";
import { numElements } from "../ir/infer.ts";
import { BestFitAllocator } from "../ir/best-fit.ts";

export const ALIGN = 16;

export function bytesPerElement(dtype: DType): number {
  return dtype === "bool" ? 1 : 4;
}

export function alignUp(n: number, a = ALIGN): number {
  return Math.ceil(n / a) * a;
}

export type BufferKind = "input" | "param" | "const" | "output" | "temp";

/** One allocated byte range, owned by its root node (views share it). */
export interface PlannedBuffer {
  root: number;
  kind: BufferKind;
  offset: number;
  /** Allocated size: the data size rounded up to the alignment (at least one block). */
  bytes: number;
  /** First and last step (node id) at which the buffer holds a live value; fixed buffers span the whole run. */
  start: number;
  end: number;
}

export interface MemoryPlan {
  /** Byte offset of each node's value, by node id (views get their root's offset). */
  offsets: number[];
  /** The buffer that holds each node's value, by node id. */
  rootOf: number[];
  buffers: PlannedBuffer[];
  /** Size of the fixed region (inputs, params, consts, outputs); the arena starts here. */
  fixedBytes: number;
  /** Peak size of the arena: the most bytes that temporaries need at once. */
  arenaBytes: number;
  /** fixedBytes + arenaBytes: the memory the graph needs. */
  totalBytes: number;
  /** Bytes a plan without reuse would need for the same temporaries (for reporting). */
  naiveArenaBytes: number;
}

/** Nodes whose value is their first input's bytes, unchanged: they share its buffer. */
export function isView(node: Node, nodes: readonly Node[]): boolean {
  const op = node.attrs.op;
  return op === "reshape" || op === "dropout" || (op === "cast" && nodes[node.inputs[0]].dtype === node.dtype);
}

export function planMemory(graph: Graph): MemoryPlan {
  const nodes = graph.nodes;
  const n = nodes.length;
  const rootOf = nodes.map((nd) => nd.id);
  for (const nd of nodes) {
    if (isView(nd, nodes)) rootOf[nd.id] = rootOf[nd.inputs[0]];
  }
  const lastUse = nodes.map((nd) => nd.id);
  for (const nd of nodes) {
    lastUse[rootOf[nd.id]] = Math.max(lastUse[rootOf[nd.id]], nd.id);
    for (const i of nd.inputs) lastUse[rootOf[i]] = Math.max(lastUse[rootOf[i]], nd.id);
  }
  const outputRoots = new Set(graph.outputs.map((o) => rootOf[o.node]));
  const sizeOf = (id: number): number => Math.max(ALIGN, alignUp(numElements(nodes[id].shape) * bytesPerElement(nodes[id].dtype)));

  const buffers: PlannedBuffer[] = [];
  const byRoot = new Map<number, PlannedBuffer>();
  // Fixed region, in a stable order the host can rely on: inputs, params, consts, outputs.
  let fixed = 0;
  const kinds: BufferKind[] = ["input", "param", "const", "output"];
  const kindOf = (nd: Node): BufferKind | undefined =>
    nd.attrs.op === "input" || nd.attrs.op === "param" || nd.attrs.op === "const" ? nd.attrs.op
    : outputRoots.has(nd.id) && rootOf[nd.id] === nd.id ? "output" : undefined;
  for (const kind of kinds) {
    for (const nd of nodes) {
      if (kindOf(nd) !== kind) continue;
      const b: PlannedBuffer = { root: nd.id, kind, offset: fixed, bytes: sizeOf(nd.id), start: 0, end: n };
      fixed += b.bytes;
      buffers.push(b);
      byRoot.set(nd.id, b);
    }
  }

  // Arena: walk the nodes in order, freeing buffers whose last use is behind us.
  const arena = new BestFitAllocator();
  let live: PlannedBuffer[] = [];
  let naive = 0;
  for (const nd of nodes) {
    if (rootOf[nd.id] !== nd.id || byRoot.has(nd.id)) continue;
    // Buffers whose last use came before this step are free again; this node's own inputs
    // are still live (their last use is at least this step), so its output never overlaps them.
    live = live.filter((b) => {
      if (b.end < nd.id) arena.free(b.offset - fixed, b.bytes);
      return b.end >= nd.id;
    });
    const bytes = sizeOf(nd.id);
    naive += bytes;
    const b: PlannedBuffer = { root: nd.id, kind: "temp", offset: fixed + arena.alloc(bytes), bytes, start: nd.id, end: lastUse[nd.id] };
    buffers.push(b);
    byRoot.set(nd.id, b);
    live.push(b);
  }
  const offsets = nodes.map((nd) => byRoot.get(rootOf[nd.id])!.offset);
  return { offsets, rootOf, buffers, fixedBytes: fixed, arenaBytes: arena.peak, totalBytes: fixed + arena.peak, naiveArenaBytes: naive };
}
