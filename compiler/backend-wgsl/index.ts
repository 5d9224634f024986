// The WGSL backend: compiles a graph to a WgslProgram (see program.ts), the plan the WebGPU
// runtime executes. Each non-source node that is not a view becomes one compute shader named
// k<id>_<op>, with a header naming the `.dl` line it came from; concat may take several
// kernels when its inputs exceed the storage-binding limit. Views (reshape, dropout,
// same-dtype cast) have no kernel: they share their input's slot in the memory plan.
import type { Graph, Node } from "../ir/ir.ts";
import { CATEGORY } from "../ir/ir.ts";
import { fmtType } from "../ir/infer.ts";
import { emitConv2d, emitPool2d } from "./conv.ts";
import { emitElementwise } from "./elementwise.ts";
import { emitMatmul } from "./matmul.ts";
import { isView, planWgslMemory } from "./memory-plan.ts";
import { emitMovement } from "./movement.ts";
import { DEFAULT_LIMITS, type WgslKernel, type WgslLimits, type WgslProgram } from "./program.ts";
import { emitReduce } from "./reduce.ts";
import { assemble, type KernelCtx, type KernelParts } from "./shader.ts";
import { spanLocation, WgslError, type SourceLookup } from "./source-info.ts";

export { WgslError, type SourceLookup } from "./source-info.ts";
export { DEFAULT_LIMITS, type WgslBinding, type WgslKernel, type WgslLimits, type WgslProgram, type WgslTensor } from "./program.ts";

export interface CompileWgslOptions {
  /** Loaded source files by path (LoadResult.sources), so kernels can name `.dl` lines. */
  sources?: SourceLookup;
}

function emit(ctx: KernelCtx): KernelParts | KernelParts[] {
  const op = ctx.node.attrs.op;
  switch (CATEGORY[op]) {
    case "elementwise":
      return emitElementwise(ctx);
    case "reduce":
      return emitReduce(ctx);
    case "broadcast":
    case "movement":
    case "opaque":
      return emitMovement(ctx);
    default:
      if (op === "matmul") return emitMatmul(ctx);
      if (op === "conv2d") return emitConv2d(ctx);
      if (op === "max_pool2d" || op === "avg_pool2d") return emitPool2d(ctx);
      throw new WgslError(`internal: no WGSL kernel for ${op} (node %${ctx.node.id})`);
  }
}

/** "f32[64, 784] @ f32[784, 300] -> f32[64, 300]": the operand and result types of a node. */
function signature(graph: Graph, node: Node): string {
  const ins = node.inputs.map((i) => fmtType(graph.nodes[i]));
  return `${node.attrs.op === "matmul" ? ins.join(" @ ") : ins.join(", ")} -> ${fmtType(node)}`;
}

function attrsNote(node: Node): string | undefined {
  const { op, ...rest } = node.attrs as Record<string, unknown> & { op: string };
  void op;
  const entries = Object.entries(rest).filter(([k]) => k !== "value");
  return entries.length ? entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", ") : undefined;
}

/**
 * Compiles a verified graph for a device with `limits`. Throws WgslError when a tensor
 * cannot be bound under the limits (the message names the tensor, its size and the limit).
 */
export function compileWgsl(graph: Graph, limits: WgslLimits = DEFAULT_LIMITS, options: CompileWgslOptions = {}): WgslProgram {
  if (limits.maxStorageBuffersPerShaderStage < 4) {
    throw new WgslError(`maxStorageBuffersPerShaderStage is ${limits.maxStorageBuffersPerShaderStage}; kernels need at least 4 (where binds 3 inputs and an output)`);
  }
  const plan = planWgslMemory(graph, limits, options.sources);
  const kernels: WgslKernel[] = [];
  for (const node of graph.nodes) {
    if (CATEGORY[node.attrs.op] === "source" || isView(node, graph.nodes)) continue;
    const emitted = emit({ graph, node, limits });
    const parts = Array.isArray(emitted) ? emitted : [emitted];
    const span = graph.spans[node.id];
    const source = spanLocation(span, options.sources);
    parts.forEach((p, k) => {
      const name = `k${node.id}_${node.attrs.op}${parts.length > 1 ? `_part${k}` : ""}`;
      const note = attrsNote(node);
      const header = [
        `${name}: ${node.attrs.op}${source ? ` from ${source}` : ""} (${signature(graph, node)})`,
        ...(note ? [note] : []),
      ];
      // A node bound twice (mul(x, x), concat([x, y, x])) is bound once: two overlapping
      // bindings of one buffer are an aliasing error when either is writable.
      const firstName = new Map<number, string>();
      for (const b of p.bindings) {
        const first = firstName.get(b.node);
        if (first === undefined) firstName.set(b.node, b.name);
        else p.body = p.body.replace(new RegExp(`\\b${b.name}\\[`, "g"), `${first}[`);
      }
      p.bindings = p.bindings.filter((b) => firstName.get(b.node) === b.name);
      // WebGPU's usage rules are per buffer, not per range: within one dispatch an arena bound
      // writable cannot also be bound read-only, so inputs sharing the output's arena are
      // declared read_write too (the kernel still only reads them).
      const arenaOf = (nodeId: number): number => plan.tensors[plan.slotOf[nodeId]].arena;
      const written = new Set(p.bindings.filter((b) => b.access === "read_write").map((b) => arenaOf(b.node)));
      p.bindings = p.bindings.map((b) => (written.has(arenaOf(b.node)) ? { ...b, access: "read_write" } : b));
      const { code, dispatch } = assemble(header, p, (id) => graph.nodes[id].dtype, limits);
      kernels.push({
        name, node: node.id, ...(span ? { span } : {}), ...(source ? { source } : {}), code,
        bindings: p.bindings.map((b, i) => ({ binding: i, tensor: plan.slotOf[b.node], access: b.access })),
        dispatch,
      });
    });
  }
  return { arenas: plan.arenas, tensors: plan.tensors, kernels, limits: { ...limits } };
}

/** Every kernel of a program in one text, for golden files and reading. */
export function programText(program: WgslProgram): string {
  return program.kernels.map((k) => `// ==== ${k.name} ${"=".repeat(Math.max(4, 70 - k.name.length))}\n${k.code}`).join("\n");
}
