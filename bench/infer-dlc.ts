// The dlc side of the inference benchmark: compile an example .dl to the graph IR, make the
// shared weights, and run the graph with the reference interpreter or the WASM backend.
// Used by bench/infer-contender.ts (one contender per child process).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createNodeHost } from "../cli/node-host.ts";
import { checkForBuild } from "../compiler/build.ts";
import type { Graph } from "../compiler/ir/ir.ts";
import { lowerModel, type LoweredParam } from "../compiler/lower/index.ts";
import { initializeParam } from "../runtime/init.ts";
import { interpret } from "../runtime/interp/index.ts";
import type { Tensor } from "../runtime/interp/tensor.ts";
import { WORKLOADS, type Workload } from "./infer-workloads.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface Lowered {
  graph: Graph;
  params: LoweredParam[];
}

export async function lowerWorkload(w: Workload, batch: number): Promise<Lowered> {
  const host = createNodeHost({ cwd: path.join(ROOT, "examples") });
  const program = await checkForBuild([w.file], host);
  const errors = program.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`${w.file}: ${errors.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  const lowered = lowerModel(program.load, program.checked, w.model, { batch });
  if (!lowered.graph) throw new Error(`lowering ${w.model}: ${lowered.diagnostics.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  return { graph: lowered.graph, params: lowered.params };
}

/**
 * The weights every contender gets. Matrices and kernels use their declared initializer
 * (glorot / he); biases, γ and β are drawn too (not zeros / ones) so that a contender that
 * dropped a bias or swapped γ and β fails the correctness check instead of passing it.
 */
export function makeWeights(params: readonly LoweredParam[], seed: number): Record<string, Float32Array> {
  const out: Record<string, Float32Array> = {};
  for (const p of params) {
    const leaf = p.name.slice(p.name.lastIndexOf(".") + 1);
    const init = leaf === "gamma" ? { kind: "uniform" as const, low: 0.5, high: 1.5 }
      : leaf === "b" || leaf === "beta" ? { kind: "uniform" as const, low: -0.1, high: 0.1 }
      : p.init;
    out[p.name] = initializeParam(init, p.shape, seed, p.name);
  }
  return out;
}

export function makeInput(shape: readonly number[], seed: number): Float32Array {
  return initializeParam({ kind: "uniform", low: -1, high: 1 }, shape, seed, "input");
}

export function inputShape(w: Workload, batch: number): number[] {
  return [batch, ...w.sample];
}

export { WORKLOADS };

/** A prepared dlc runner: `run` computes one batch and returns the single output. */
export interface Runner {
  run(): Float32Array;
  /** What actually ran (e.g. "runtime/session wasm" or "compileWasm + instantiateWasm"). */
  via: string;
}

export function interpRunner(low: Lowered, x: Float32Array, weights: Record<string, Float32Array>): Runner {
  const inName = low.graph.inputs[0]!.name;
  const inNode = low.graph.nodes[low.graph.inputs[0]!.node]!;
  const inputs = new Map<string, Tensor>([[inName, { dtype: "f32", shape: [...inNode.shape], data: x }]]);
  const params = new Map<string, Tensor>(low.params.map((p) => [p.name, { dtype: "f32", shape: [...p.shape], data: weights[p.name]! }]));
  const outName = low.graph.outputs[0]!.name;
  return {
    via: "runtime/interp interpret()",
    run: () => interpret(low.graph, inputs, params).get(outName)!.data as Float32Array,
  };
}

/**
 * The WASM column. Prefers the public runtime (runtime/session.ts load(artifact, {backend:
 * "wasm"})) and falls back to the backend's own host when the session cannot load a wasm
 * artifact yet. The input is set once per run either way, as a caller would.
 */
export async function wasmRunner(w: Workload, batch: number, low: Lowered, x: Float32Array, weights: Record<string, Float32Array>): Promise<Runner> {
  const why: string[] = [];
  try {
    const { buildArtifact } = await import("../compiler/build.ts");
    const { load } = await import("../runtime/session.ts");
    const host = createNodeHost({ cwd: path.join(ROOT, "examples") });
    const built = await buildArtifact([w.file], host, { model: w.model, batch, targets: ["wasm"] });
    if (!built.artifact) throw new Error(built.diagnostics.map((d) => `${d.code} ${d.message}`).join("; "));
    const session = await load(built.artifact, { backend: "wasm" });
    session.setWeights(Object.fromEntries(Object.entries(weights).map(([k, data]) => [k, { data }])));
    const inName = session.inputs[0]!.name;
    const outName = session.outputs[0]!.name;
    const feed = { [inName]: { data: x } };
    return { via: "runtime/session load(artifact, {backend: \"wasm\"})", run: () => session.run(feed)[outName]!.data as Float32Array };
  } catch (e) {
    why.push(e instanceof Error ? e.message : String(e));
  }
  const { compileWasm } = await import("../compiler/backend-wasm/index.ts");
  const { instantiateWasm } = await import("../compiler/backend-wasm/instantiate.ts");
  const compiled = compileWasm(low.graph);
  const inst = await instantiateWasm(compiled);
  for (const p of low.params) inst.setParam(p.name, weights[p.name]!);
  const inName = low.graph.inputs[0]!.name;
  const outName = low.graph.outputs[0]!.name;
  return {
    via: `compileWasm + instantiateWasm (session unavailable: ${why.join("; ").slice(0, 120)})`,
    run: () => {
      inst.setInput(inName, x);
      inst.run();
      return inst.getOutput(outName) as Float32Array;
    },
  };
}

/** The webgpu column's runner: asynchronous (a submission and a readback per run). */
export interface AsyncRunner {
  run(): Promise<Float32Array>;
  via: string;
  /** The adapter's own description, and whether it is a CPU implementation (lavapipe, SwiftShader). */
  adapter: { description: string; software: boolean };
  dispose(): void;
}

/**
 * The WebGPU column, through the public runtime only (load(artifact, {backend: "webgpu"}),
 * runAsync). There is no fallback: a failure here is reported as a failed cell.
 */
export async function webgpuRunner(w: Workload, batch: number, x: Float32Array, weights: Record<string, Float32Array>): Promise<AsyncRunner> {
  const { buildArtifact } = await import("../compiler/build.ts");
  const { load } = await import("../runtime/session.ts");
  const { nodeGpu } = await import("../cli/node-gpu.ts");
  const host = createNodeHost({ cwd: path.join(ROOT, "examples") });
  const built = await buildArtifact([w.file], host, { model: w.model, batch, targets: ["wgsl"] });
  if (!built.artifact) throw new Error(built.diagnostics.map((d) => `${d.code} ${d.message}`).join("; "));
  const session = await load(built.artifact, { backend: "webgpu", gpu: await nodeGpu() });
  session.setWeights(Object.fromEntries(Object.entries(weights).map(([k, data]) => [k, { data }])));
  const inName = session.inputs[0]!.name;
  const outName = session.outputs[0]!.name;
  const feed = { [inName]: { data: x } };
  const a = session.adapter;
  return {
    via: `runtime/session load(artifact, {backend: "webgpu"}) + runAsync; adapter ${a ? `${a.description}${a.software ? " (software)" : ""}` : "?"}`,
    adapter: { description: a?.description ?? "unknown adapter", software: a?.software ?? false },
    run: async () => (await session.runAsync(feed))[outName]!.data as Float32Array,
    dispose: () => session.dispose(),
  };
}
