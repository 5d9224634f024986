// The WASM backend: renders a schedule (compiler/schedule) as one binaryen module. Each kernel
// is one function named after it; the exported `prepare` calls the weights-phase kernels (once
// per weight change) and `run` the others, each in schedule order. Memory is
// the one plan of compiler/schedule/memory-plan.ts for a target of byte-sized bools, 16-byte
// alignment and one linear memory: inputs, params, consts and outputs sit at fixed offsets that
// the plan reports to the host; consts are data segments.
import type { DType, Graph } from "../ir/ir.ts";
import { numElements } from "../ir/infer.ts";
import { scheduleGraph } from "../schedule/build.ts";
import { planMemory, type MemoryPlan, type MemoryTarget } from "../schedule/memory-plan.ts";
import type { Kernel, Schedule } from "../schedule/schedule.ts";
import { emitArgmax } from "./argmax.ts";
import { emitConv2d, emitPool2d } from "./conv.ts";
import { emitLoopKernel, type LoopCtx } from "./loop.ts";
import { mathHelpers } from "./math.ts";
import { emitMatmul } from "./matmul.ts";
import { buildModule, WasmBackendError, type BuildOptions } from "./module.ts";
import { dataString, Fn } from "./wat.ts";

export { WasmBackendError } from "./module.ts";

/** Where the host finds one named tensor in linear memory. */
export interface TensorSlot {
  name: string;
  /** Byte offset (16-byte aligned). */
  offset: number;
  dtype: DType;
  shape: number[];
  /** Number of elements. */
  length: number;
  /** Bytes of data (length × element size; bool is one byte). */
  byteLength: number;
}

export interface KernelInfo {
  name: string;
  /** Graph nodes the kernel computes. */
  nodes: number[];
  /** "weights": called by `prepare` (once per weight change), not by `run`. */
  phase?: "weights";
}

export interface WasmPlan {
  inputs: TensorSlot[];
  params: TensorSlot[];
  outputs: TensorSlot[];
  /** Linear memory size in 64 KiB pages (fixed: the module never grows it). */
  memoryPages: number;
  /** Bytes of the fixed region (inputs, params, consts, outputs). */
  fixedBytes: number;
  /** Peak bytes of temporaries. */
  peakBytes: number;
  totalBytes: number;
  /** The kernel functions in order: the first `prepareKernels` are what `prepare` calls, the rest `run`. */
  kernels: KernelInfo[];
  /** How many leading kernels `prepare` calls; the host calls it before a run whenever a parameter changed. */
  prepareKernels: number;
}

export interface CompileWasmOptions extends BuildOptions {
  /** Fuse kernels (default true). */
  fuse?: boolean;
  /** A schedule made already (the build shares one between targets). */
  schedule?: Schedule;
}

export interface CompileWasmResult {
  wasm: Uint8Array;
  plan: WasmPlan;
  schedule: Schedule;
  memory: MemoryPlan;
  text?: string;
}

const PAGE = 65536;
/** Kernels index memory with i32 and compare loop bounds signed, so stay below 2 GiB. */
export const WASM_MAX_BYTES = 2 ** 31;

export const WASM_TARGET: MemoryTarget = {
  elementBytes: (dtype) => (dtype === "bool" ? 1 : 4),
  align: 16,
  maxArenaBytes: Infinity,
  inPlace: true,
};

function constBytes(dtype: DType, values: readonly number[]): Uint8Array {
  if (dtype === "f32") return new Uint8Array(Float32Array.from(values).buffer);
  if (dtype === "i32") return new Uint8Array(Int32Array.from(values).buffer);
  return Uint8Array.from(values, (v) => (v !== 0 ? 1 : 0));
}

function emitKernel(fn: Fn, k: Kernel, s: Schedule, graph: Graph, ctx: LoopCtx): string {
  switch (k.kind) {
    case "loop":
      return emitLoopKernel(ctx, k.body, k.output);
    case "matmul":
      return emitMatmul(ctx, k);
    case "conv2d": {
      const n = graph.nodes[k.node];
      return emitConv2d(ctx, k, n, s.buffers[k.x].shape, s.buffers[k.w].shape);
    }
    case "opaque": {
      const n = graph.nodes[k.node];
      const x = s.buffers[k.inputs[0]];
      const io = { input: ctx.offsetOf(k.inputs[0]), output: ctx.offsetOf(k.output), inShape: x.shape };
      return n.attrs.op === "argmax" ? emitArgmax(fn, n, io, x.dtype) : emitPool2d(fn, n, io);
    }
  }
}

/** Compiles a verified graph to one WASM module. Throws WasmBackendError when it cannot. */
export function compileWasm(graph: Graph, options: CompileWasmOptions = {}): CompileWasmResult {
  const schedule = options.schedule ?? scheduleGraph(graph, { fuse: options.fuse ?? true });
  const mem = planMemory(schedule, WASM_TARGET);
  if (mem.totalBytes > WASM_MAX_BYTES) {
    throw new WasmBackendError(`the model needs ${mem.totalBytes} bytes of memory at this batch size; the WASM backend addresses at most ${WASM_MAX_BYTES} bytes (2 GiB)`, "memory");
  }
  const offsetOf = (buf: number): number => {
    const p = mem.placement[buf];
    if (!p) throw new WasmBackendError(`internal: buffer b${buf} has no place in memory`);
    return p.offset;
  };
  const funcs: string[] = [];
  const data: string[] = [];
  for (const b of schedule.buffers) {
    if (b.role !== "const" || !mem.placement[b.id]) continue;
    const bytes = constBytes(b.dtype, b.constData!);
    if (bytes.length > 0) data.push(`(data (i32.const ${offsetOf(b.id)}) ${dataString(bytes)})`);
  }
  for (const k of schedule.kernels) {
    const fn = new Fn(k.name);
    const ctx: LoopCtx = { fn, offsetOf, elemBytes: WASM_TARGET.elementBytes };
    funcs.push(fn.finish(emitKernel(fn, k, schedule, graph, ctx)));
  }
  const pages = Math.max(1, Math.ceil(mem.totalBytes / PAGE));
  const calls = (ks: Kernel[]) => ks.map((k) => `\n (call $${k.name})`).join("");
  const prepare = `(func $prepare (export "prepare")${calls(schedule.kernels.slice(0, schedule.prepareKernels))})`;
  const run = `(func $run (export "run")${calls(schedule.kernels.slice(schedule.prepareKernels))})`;
  const wat = `(module\n(memory (export "memory") ${pages} ${pages})\n${data.join("\n")}\n${mathHelpers()}\n${funcs.join("\n")}\n${prepare}\n${run})`;
  const built = buildModule(wat, options);
  const slot = (name: string, buf: number): TensorSlot => {
    const b = schedule.buffers[buf];
    const length = numElements(b.shape);
    return { name, offset: offsetOf(buf), dtype: b.dtype, shape: [...b.shape], length, byteLength: length * WASM_TARGET.elementBytes(b.dtype) };
  };
  const plan: WasmPlan = {
    inputs: schedule.inputs.map((v) => slot(v.name, v.buf)),
    params: schedule.params.map((v) => slot(v.name, v.buf)),
    outputs: schedule.outputs.map((v) => slot(v.name, v.buf)),
    memoryPages: pages,
    fixedBytes: mem.fixedBytes,
    peakBytes: mem.peakBytes,
    totalBytes: mem.totalBytes,
    kernels: schedule.kernels.map((k) => ({ name: k.name, nodes: [...k.nodes], ...(k.phase === "weights" ? { phase: "weights" as const } : {}) })),
    prepareKernels: schedule.prepareKernels,
  };
  return { wasm: built.wasm, plan, schedule, memory: mem, ...(built.text !== undefined ? { text: built.text } : {}) };
}
