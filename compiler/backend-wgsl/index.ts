// The WGSL backend: renders a schedule (compiler/schedule) as a WgslProgram (program.ts), the
// plan the WebGPU runtime executes: one compute shader per kernel, named after it, with a
// header naming the `.dl` line it came from. Memory is the one plan of
// compiler/schedule/memory-plan.ts for a target of 4-byte elements (bool as u32) whose arenas
// stay within the device's buffer and binding limits; a kernel binds each arena it touches once.
import type { Graph } from "../ir/ir.ts";
import { fmtType } from "../ir/infer.ts";
import { scheduleGraph } from "../schedule/build.ts";
import { MemoryPlanError, planMemory, type MemoryPlan, type MemoryTarget } from "../schedule/memory-plan.ts";
import type { Kernel, Schedule } from "../schedule/schedule.ts";
import { emitArgmax } from "./argmax.ts";
import { emitConv2d, emitPool2d } from "./conv.ts";
import { emitLoop, type ShaderBody, type WgslCtx } from "./loop.ts";
import { emitMatmul } from "./matmul.ts";
import { DEFAULT_LIMITS, type WgslKernel, type WgslLimits, type WgslProgram, type WgslTensor } from "./program.ts";
import { assemble, type ArenaBinding } from "./shader.ts";
import { spanLocation, WgslError, type SourceLookup } from "./source-info.ts";

export { WgslError, type SourceLookup } from "./source-info.ts";
export { DEFAULT_LIMITS, type WgslBinding, type WgslKernel, type WgslLimits, type WgslProgram, type WgslTensor } from "./program.ts";

export interface CompileWgslOptions {
  /** Loaded source files by path (LoadResult.sources), so kernels can name `.dl` lines. */
  sources?: SourceLookup;
  /** Fuse kernels (default true). */
  fuse?: boolean;
  /** A schedule made already (the build shares one between targets). */
  schedule?: Schedule;
}

export function wgslTarget(limits: WgslLimits): MemoryTarget {
  return {
    elementBytes: () => 4,
    align: 16,
    maxArenaBytes: Math.min(limits.maxBufferSize, limits.maxStorageBufferBindingSize),
    inPlace: false,
  };
}

function emitKernel(ctx: WgslCtx, k: Kernel, s: Schedule, graph: Graph): ShaderBody {
  switch (k.kind) {
    case "loop":
      return emitLoop(ctx, k.body, k.output);
    case "matmul":
      return emitMatmul(ctx, k);
    case "conv2d":
      return emitConv2d(ctx, k, graph.nodes[k.node], s.buffers[k.x].shape, s.buffers[k.w].shape);
    case "opaque": {
      const n = graph.nodes[k.node];
      const x = s.buffers[k.inputs[0]];
      const io = { input: k.inputs[0], output: k.output, inShape: x.shape };
      return n.attrs.op === "argmax" ? emitArgmax(ctx, n, io, x.dtype) : emitPool2d(ctx, n, io);
    }
  }
}

/** What a kernel computes, for its header: "matmul, add, max (f32[64, 784] -> f32[64, 300])". */
function describe(k: Kernel, s: Schedule, graph: Graph): string {
  const ops: string[] = [];
  for (const id of k.nodes) if (!ops.includes(graph.nodes[id].attrs.op)) ops.push(graph.nodes[id].attrs.op);
  const ins = k.reads.map((b) => fmtType(s.buffers[b]));
  return `${k.kind === "loop" && k.name.endsWith("_copy") ? "copy" : ops.join(", ")} (${ins.join(", ")} -> ${fmtType(s.buffers[k.output])})`;
}

/**
 * Compiles a verified graph for a device with `limits`. Throws WgslError when it cannot be
 * placed under the limits (the message names the tensor, its size and the limit).
 */
export function compileWgsl(graph: Graph, limits: WgslLimits = DEFAULT_LIMITS, options: CompileWgslOptions = {}): WgslProgram {
  const schedule = options.schedule ?? scheduleGraph(graph, { fuse: options.fuse ?? true });
  let mem: MemoryPlan;
  try {
    mem = planMemory(schedule, wgslTarget(limits));
  } catch (e) {
    if (!(e instanceof MemoryPlanError)) throw e;
    const b = schedule.buffers[e.buffer];
    const where = spanLocation(graph.spans[b.node], options.sources);
    const limit = Math.min(limits.maxStorageBufferBindingSize, limits.maxBufferSize);
    const which = limits.maxStorageBufferBindingSize <= limits.maxBufferSize ? "maxStorageBufferBindingSize" : "maxBufferSize";
    throw new WgslError(`tensor %${b.node} (${graph.nodes[b.node].attrs.op}${where ? ` from ${where}` : ""}, ${fmtType(b)}) needs ${e.bytes} bytes, ` +
      `more than the device's ${which} of ${limit} bytes; WebGPU cannot bind it as one storage buffer (use a smaller batch or a device with larger limits)`, "buffer", b.node);
  }
  const placed = (buf: number) => {
    const p = mem.placement[buf];
    if (!p) throw new WgslError(`internal: buffer b${buf} has no place in device memory`);
    return p;
  };
  const tensors: WgslTensor[] = [];
  for (const b of schedule.buffers) {
    if (b.role === "temp" || b.alias || !mem.placement[b.id]) continue;
    const p = placed(b.id);
    const t: WgslTensor = { node: b.node, arena: p.arena, offset: p.offset, byteSize: Math.max(4, b.shape.reduce((x, y) => x * y, 1) * 4), dtype: b.dtype, shape: [...b.shape], role: b.role };
    if (b.name !== undefined) t.name = b.name;
    if (b.constData) t.constData = b.dtype === "bool" ? b.constData.map((v) => (v !== 0 ? 1 : 0)) : [...b.constData];
    tensors.push(t);
  }
  const kernels: WgslKernel[] = schedule.kernels.map((k) => {
    const touched = new Map<number, ArenaBinding["access"]>();
    for (const r of k.reads) touched.set(placed(r).arena, "read");
    touched.set(placed(k.output).arena, "read_write");
    if (touched.size > limits.maxStorageBuffersPerShaderStage) {
      throw new WgslError(`kernel ${k.name} needs ${touched.size} storage bindings (one per memory arena it touches), more than the device's maxStorageBuffersPerShaderStage of ${limits.maxStorageBuffersPerShaderStage}`,
        "bindings", k.nodes[k.nodes.length - 1]);
    }
    const bindings = [...touched].sort((a, b) => a[0] - b[0]).map(([arena, access]) => ({ arena, access }));
    const helpers = new Set<string>();
    const ctx: WgslCtx = { limits, arenaOf: (buf) => `a${placed(buf).arena}`, elemOffset: (buf) => placed(buf).offset / 4, helpers };
    const parts = emitKernel(ctx, k, schedule, graph);
    const source = spanLocation(k.span, options.sources);
    const header = [`${k.name}: ${describe(k, schedule, graph)}${source ? ` from ${source}` : ""}`, `nodes: ${k.nodes.map((n) => `%${n}`).join(" ")}`];
    const { code, dispatch } = assemble(header, parts, bindings, [...helpers], limits);
    return {
      name: k.name, nodes: [...k.nodes], ...(k.span ? { span: k.span } : {}), ...(source ? { source } : {}), code,
      bindings: bindings.map((b, i) => ({ binding: i, arena: b.arena, access: b.access })), dispatch,
      ...(k.phase === "weights" ? { phase: "weights" as const } : {}),
    };
  });
  return { arenas: mem.arenas, tensors, kernels, prepareKernels: schedule.prepareKernels, limits: { ...limits } };
}

/** Every kernel of a program in one text, for golden files and reading. */
export function programText(program: WgslProgram): string {
  return program.kernels.map((k) => `// ==== ${k.name} ${"=".repeat(Math.max(4, 70 - k.name.length))}\n${k.code}`).join("\n");
}
