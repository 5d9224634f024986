// Shared plumbing for the lowering tests: load + check an example, lower it, and make seeded
// random weights and inputs for the interpreter and the TensorFlow.js oracle alike.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createNodeHost } from "../../cli/node-host.ts";
import { checkProgram } from "../../compiler/check/checker.ts";
import type { CheckResult, ModelInfo } from "../../compiler/check/result.ts";
import type { Graph } from "../../compiler/ir/ir.ts";
import { loadProgram } from "../../compiler/modules/loader.ts";
import { createMemoryHost } from "../../compiler/modules/memory-host.ts";
import type { LoadResult } from "../../compiler/modules/types.ts";
import { type LowerOptions, type LowerResult, lowerModel } from "../../compiler/lower/lower.ts";
import { mulberry32 } from "../../compiler/graphgen/prng.ts";
import { tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { interpret } from "../../runtime/interp/interpret.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface Lowered extends LowerResult {
  load: LoadResult;
  checked: CheckResult;
  info: ModelInfo;
  graph: Graph;
}

export async function lowerExample(file: string, model: string, options: LowerOptions = { batch: 2 }): Promise<Lowered> {
  const host = createNodeHost({ cwd: ROOT });
  const load = await loadProgram([`examples/${file}`], host);
  const checked = checkProgram(load);
  const info = checked.models.find((m) => m.name === model);
  if (!info) throw new Error(`${file} has no model ${model}`);
  const res = lowerModel(load, checked, model, options);
  if (!res.graph) throw new Error(`lowering ${model} failed: ${res.diagnostics.map((d) => d.message).join("; ")}`);
  return { ...res, graph: res.graph, load, checked, info };
}

/** Uniform values in [low, high) from a seeded stream. */
export function uniform(seed: number, shape: readonly number[], low = -1, high = 1): Tensor {
  const r = mulberry32(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  return tensorOf("f32", shape, Array.from({ length: n }, () => low + r() * (high - low)));
}

/**
 * Random weights for every parameter, scaled by 1/√fan-in so activations stay O(1) through deep
 * stacks; BatchNorm running variances are kept positive.
 */
export function randomParams(l: Lowered, seed: number): Map<string, Tensor> {
  const out = new Map<string, Tensor>();
  l.params.forEach((p, i) => {
    if (p.name.endsWith("running_var")) out.set(p.name, uniform(seed + i, p.shape, 0.5, 1.5));
    else {
      const fanIn = p.shape.length === 2 ? p.shape[0] : p.shape.length > 2 ? p.shape.slice(1).reduce((a, b) => a * b, 1) : 1;
      const s = 1 / Math.sqrt(Math.max(1, fanIn));
      out.set(p.name, uniform(seed + i, p.shape, -s, s));
    }
  });
  return out;
}

export function run(l: Lowered, inputs: Map<string, Tensor>, params: Map<string, Tensor>): Map<string, Tensor> {
  return interpret(l.graph, inputs, params);
}

const STDLIB = Object.fromEntries(
  readdirSync(path.join(ROOT, "stdlib"))
    .filter((f) => f.endsWith(".dl"))
    .map((f) => [f, readFileSync(path.join(ROOT, "stdlib", f), "utf8")]),
);

/** Checks and lowers an in-memory `main.dl` (with the real stdlib); the result keeps its diagnostics. */
export async function lowerSource(source: string, model: string, options: LowerOptions = { batch: 2 }) {
  const load = await loadProgram(["main.dl"], createMemoryHost({ files: { "main.dl": source }, stdlib: STDLIB }));
  const checked = checkProgram(load);
  return { load, checked, lowered: lowerModel(load, checked, model, options) };
}
