// The device memory plan: every tensor gets a byte range in one of a few storage-buffer
// "arenas". Inputs, params, consts and outputs sit at fixed slots (packed first, in that
// order, so the runtime can upload and read them back at stable offsets); every other value
// lives only for its live range and is placed best-fit into holes left by values that died,
// as in the WASM plan. Offsets are multiples of minStorageBufferOffsetAlignment so each
// tensor can be bound on its own, and no arena grows past maxBufferSize. bool is stored as
// one u32 per element, so every element is 4 bytes.
import type { Graph, Node } from "../ir/ir.ts";
import { fmtType, numElements } from "../ir/infer.ts";
import type { WgslLimits, WgslTensor } from "./program.ts";
import { describeNode, WgslError, type SourceLookup } from "./source-info.ts";
import { BestFitAllocator } from "../ir/best-fit.ts";

export const ELEMENT_BYTES = 4;

export function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** Nodes whose value is their first input's bytes, unchanged: they share its slot. */
export function isView(node: Node, nodes: readonly Node[]): boolean {
  const op = node.attrs.op;
  return op === "reshape" || op === "dropout" || (op === "cast" && nodes[node.inputs[0]].dtype === node.dtype);
}

/** Bytes a binding of this tensor covers: 4 per element, at least 4 so an empty tensor still binds. */
export function bindingBytes(shape: readonly number[]): number {
  return Math.max(1, numElements(shape)) * ELEMENT_BYTES;
}

export interface WgslMemoryPlan {
  arenas: { byteSize: number }[];
  tensors: WgslTensor[];
  /** Index into `tensors` of the slot holding each node's value, by node id (views: their root's). */
  slotOf: number[];
}

export function planWgslMemory(graph: Graph, limits: WgslLimits, sources?: SourceLookup): WgslMemoryPlan {
  const nodes = graph.nodes;
  const align = limits.minStorageBufferOffsetAlignment;
  const rootOf = nodes.map((nd) => nd.id);
  for (const nd of nodes) if (isView(nd, nodes)) rootOf[nd.id] = rootOf[nd.inputs[0]];
  const lastUse = nodes.map((nd) => nd.id);
  for (const nd of nodes) {
    lastUse[rootOf[nd.id]] = Math.max(lastUse[rootOf[nd.id]], nd.id);
    for (const i of nd.inputs) lastUse[rootOf[i]] = Math.max(lastUse[rootOf[i]], nd.id);
  }
  const outputRoots = new Set(graph.outputs.map((o) => rootOf[o.node]));
  const outputNameOf = new Map<number, string>();
  for (const o of graph.outputs) if (o.node === rootOf[o.node] && !outputNameOf.has(o.node)) outputNameOf.set(o.node, o.name);

  for (const nd of nodes) {
    if (rootOf[nd.id] !== nd.id) continue;
    const bytes = numElements(nd.shape) * ELEMENT_BYTES;
    const limit = Math.min(limits.maxStorageBufferBindingSize, limits.maxBufferSize);
    if (bytes > limit) {
      const which = limits.maxStorageBufferBindingSize <= limits.maxBufferSize ? "maxStorageBufferBindingSize" : "maxBufferSize";
      throw new WgslError(
        `tensor %${nd.id} (${describeNode(graph, nd, sources)}, ${fmtType(nd)}) needs ${bytes} bytes, more than the device's ${which} of ${limit} bytes; ` +
          `WebGPU cannot bind it as one storage buffer (use a smaller batch or a device with larger limits)`,
      );
    }
  }

  const arenas: { byteSize: number }[] = [];
  const tensors: WgslTensor[] = [];
  const slotOfRoot = new Map<number, number>();
  const sizeOf = (nd: Node): number => alignUp(bindingBytes(nd.shape), align);
  const roleOf = (nd: Node): WgslTensor["role"] | undefined =>
    nd.attrs.op === "input" || nd.attrs.op === "param" || nd.attrs.op === "const" ? nd.attrs.op
    : outputRoots.has(nd.id) && rootOf[nd.id] === nd.id ? "output" : undefined;
  const addSlot = (nd: Node, arena: number, offset: number, role: WgslTensor["role"]): void => {
    const a = nd.attrs;
    const t: WgslTensor = { node: nd.id, arena, offset, byteSize: bindingBytes(nd.shape), dtype: nd.dtype, shape: [...nd.shape], role };
    if (a.op === "input" || a.op === "param") t.name = a.name;
    else if (role === "output") t.name = outputNameOf.get(nd.id);
    if (a.op === "const") t.constData = nd.dtype === "bool" ? a.value.map((v) => (v !== 0 ? 1 : 0)) : [...a.value];
    slotOfRoot.set(nd.id, tensors.length);
    tensors.push(t);
  };

  // Fixed slots, packed in order into as many arenas as maxBufferSize requires.
  let fill = 0;
  for (const role of ["input", "param", "const", "output"] as const) {
    for (const nd of nodes) {
      if (roleOf(nd) !== role) continue;
      const size = sizeOf(nd);
      if (arenas.length === 0 || fill + size > limits.maxBufferSize) {
        arenas.push({ byteSize: 0 });
        fill = 0;
      }
      addSlot(nd, arenas.length - 1, fill, role);
      fill += size;
      arenas[arenas.length - 1].byteSize = fill;
    }
  }

  // Temporaries: the first temp arena continues the last fixed one; more open when full.
  const temps: { arena: number; base: number; alloc: BestFitAllocator }[] = [];
  const openTemp = (): void => {
    if (temps.length === 0 && arenas.length > 0) {
      temps.push({ arena: arenas.length - 1, base: fill, alloc: new BestFitAllocator(limits.maxBufferSize - fill) });
    } else {
      arenas.push({ byteSize: 0 });
      temps.push({ arena: arenas.length - 1, base: 0, alloc: new BestFitAllocator(limits.maxBufferSize) });
    }
  };
  let live: { t: number; size: number; end: number; temp: number }[] = [];
  for (const nd of nodes) {
    if (rootOf[nd.id] !== nd.id || slotOfRoot.has(nd.id)) continue;
    live = live.filter((b) => {
      if (b.end < nd.id) temps[b.temp].alloc.free(tensors[b.t].offset - temps[b.temp].base, b.size);
      return b.end >= nd.id;
    });
    const size = sizeOf(nd);
    let placed = -1;
    let which = 0;
    for (; which < temps.length && placed < 0; which++) placed = temps[which].alloc.alloc(size);
    if (placed < 0) {
      openTemp();
      which = temps.length;
      placed = temps[which - 1].alloc.alloc(size);
    }
    const tmp = temps[which - 1];
    addSlot(nd, tmp.arena, tmp.base + placed, "temp");
    live.push({ t: slotOfRoot.get(nd.id)!, size, end: lastUse[nd.id], temp: which - 1 });
  }
  for (const t of temps) arenas[t.arena].byteSize = Math.max(arenas[t.arena].byteSize, t.base + t.alloc.peak);
  for (const a of arenas) a.byteSize = Math.max(a.byteSize, align);

  // Outputs that are views, sources or repeats get their own entry over the same bytes.
  const named = new Set(tensors.filter((t) => t.role === "output").map((t) => t.name));
  for (const o of graph.outputs) {
    if (named.has(o.name)) continue;
    const root = tensors[slotOfRoot.get(rootOf[o.node])!];
    const nd = nodes[o.node];
    tensors.push({ node: o.node, arena: root.arena, offset: root.offset, byteSize: bindingBytes(nd.shape), dtype: nd.dtype, shape: [...nd.shape], role: "output", name: o.name });
  }
  return { arenas, tensors, slotOf: nodes.map((nd) => slotOfRoot.get(rootOf[nd.id])!) };
}
