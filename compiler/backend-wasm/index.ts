// The WASM backend: one binaryen module for a whole graph. Each non-source node becomes one
// kernel function (k<id>_<op>) over buffers at the static offsets of the memory plan; the
// exported `run` calls them in node order. Views (reshape, dropout, same-dtype cast) have no
// kernel: they share their input's buffer. Inputs, params and outputs sit at fixed offsets
// that the plan reports to the host; consts are data segments.
import type { DType, Graph, Node } from "../ir/ir.ts";
import { CATEGORY } from "../ir/ir.ts";
import { numElements } from "../ir/infer.ts";
import { emitConv2d, emitPool2d } from "./conv.ts";
import { emitElementwise } from "./elementwise.ts";
import type { KernelCtx, KernelEmitter } from "./kernel.ts";
import { mathHelpers } from "./math.ts";
import { emitMatmul } from "./matmul.ts";
import { isView, planMemory, type MemoryPlan } from "./memory-plan.ts";
import { buildModule, WasmBackendError, type BuildOptions } from "./module.ts";
import { emitMovement } from "./movement.ts";
import { emitReduce } from "./reduce.ts";
import { dataString, Fn } from "./wat.ts";

export { WasmBackendError } from "./module.ts";
export { planMemory, type MemoryPlan, type PlannedBuffer } from "./memory-plan.ts";

/** Where the host finds one named tensor in linear memory. */
export interface TensorSlot {
  name: string;
  node: number;
  /** Byte offset (16-byte aligned). */
  offset: number;
  dtype: DType;
  shape: number[];
  /** Number of elements. */
  length: number;
  /** Bytes of data (length × element size; bool is one byte). */
  byteLength: number;
}

export interface WasmPlan {
  inputs: TensorSlot[];
  params: TensorSlot[];
  outputs: TensorSlot[];
  /** Linear memory size in 64 KiB pages (fixed: the module never grows it). */
  memoryPages: number;
  /** Bytes of the fixed region (inputs, params, consts, outputs). */
  fixedBytes: number;
  /** Peak bytes of the temporaries arena. */
  peakBytes: number;
  totalBytes: number;
  /** The kernel functions, in the order `run` calls them. */
  kernels: { node: number; name: string }[];
  memory: MemoryPlan;
}

export interface CompileWasmOptions extends BuildOptions {}

export interface CompileWasmResult {
  wasm: Uint8Array;
  plan: WasmPlan;
  text?: string;
}

const PAGE = 65536;

function emitterFor(node: Node): KernelEmitter {
  const op = node.attrs.op;
  switch (CATEGORY[op]) {
    case "elementwise":
      return emitElementwise;
    case "reduce":
      return emitReduce;
    case "broadcast":
    case "movement":
    case "opaque":
      return emitMovement;
    default:
      if (op === "matmul") return emitMatmul;
      if (op === "conv2d") return emitConv2d;
      if (op === "max_pool2d" || op === "avg_pool2d") return emitPool2d;
      throw new WasmBackendError(`internal: no WASM kernel for ${op} (node %${node.id})`);
  }
}

function constBytes(node: Node, values: readonly number[]): Uint8Array {
  const n = values.length;
  if (node.dtype === "f32") return new Uint8Array(Float32Array.from(values).buffer);
  if (node.dtype === "i32") return new Uint8Array(Int32Array.from(values).buffer);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = values[i] !== 0 ? 1 : 0;
  return out;
}

function slot(node: Node, name: string, mem: MemoryPlan): TensorSlot {
  const length = numElements(node.shape);
  return {
    name, node: node.id, offset: mem.offsets[node.id], dtype: node.dtype, shape: [...node.shape], length,
    byteLength: length * (node.dtype === "bool" ? 1 : 4),
  };
}

/** Compiles a verified graph to one WASM module. Throws WasmBackendError on an internal failure. */
export function compileWasm(graph: Graph, options: CompileWasmOptions = {}): CompileWasmResult {
  const mem = planMemory(graph);
  // Kernels index memory with i32 and compare loop bounds signed, so stay below 2 GiB.
  if (mem.totalBytes > 2 ** 31) {
    throw new WasmBackendError(`the graph needs ${mem.totalBytes} bytes of memory; the WASM backend supports at most 2 GiB`);
  }
  const ctx: KernelCtx = { nodes: graph.nodes, offset: (id) => mem.offsets[id] };
  const funcs: string[] = [];
  const data: string[] = [];
  const kernels: { node: number; name: string }[] = [];
  for (const node of graph.nodes) {
    const op = node.attrs.op;
    if (node.attrs.op === "const") {
      const bytes = constBytes(node, node.attrs.value);
      if (bytes.length > 0) data.push(`(data (i32.const ${mem.offsets[node.id]}) ${dataString(bytes)})`);
      continue;
    }
    if (CATEGORY[op] === "source" || isView(node, graph.nodes)) continue;
    const name = `k${node.id}_${op}`;
    const fn = new Fn(name);
    const body = emitterFor(node)(fn, node, ctx);
    funcs.push(fn.finish(body));
    kernels.push({ node: node.id, name });
  }
  const pages = Math.max(1, Math.ceil(mem.totalBytes / PAGE));
  const run = `(func $run (export "run")\n${kernels.map((k) => ` (call $${k.name})`).join("\n")})`;
  const wat = `(module\n(memory (export "memory") ${pages} ${pages})\n${data.join("\n")}\n${mathHelpers()}\n${funcs.join("\n")}\n${run})`;
  const built = buildModule(wat, options);
  const paramNodes = graph.nodes.filter((n) => n.attrs.op === "param");
  const plan: WasmPlan = {
    inputs: graph.inputs.map((v) => slot(graph.nodes[v.node], v.name, mem)),
    params: paramNodes.map((n) => slot(n, (n.attrs as { name: string }).name, mem)),
    outputs: graph.outputs.map((v) => slot(graph.nodes[v.node], v.name, mem)),
    memoryPages: pages,
    fixedBytes: mem.fixedBytes,
    peakBytes: mem.arenaBytes,
    totalBytes: mem.totalBytes,
    kernels,
    memory: mem,
  };
  return { wasm: built.wasm, plan, text: built.text };
}
