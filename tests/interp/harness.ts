// Shared test plumbing: seeded random tensors, conversion to and from TensorFlow.js (the
// independent oracle), and running a small builder-made graph through the interpreter.
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { DType } from "../../compiler/ir/ir.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { mulberry32, type Rng } from "../../compiler/graphgen/prng.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { tensorOf, numElements, type Tensor } from "../../runtime/interp/tensor.ts";

export { tf };

export async function useCpuBackend(): Promise<void> {
  await tf.setBackend("cpu");
}

export function rng(seed: number): Rng {
  return mulberry32(seed);
}

/** Uniform values in [low, high); i32 values are integers in [low, high); bool is 0/1. */
export function randomTensor(r: Rng, dtype: DType, shape: number[], low = -2, high = 2): Tensor {
  const n = numElements(shape);
  const values = Array.from({ length: n }, () => {
    if (dtype === "bool") return r() < 0.5 ? 0 : 1;
    const u = low + r() * (high - low);
    return dtype === "i32" ? Math.floor(u) : u;
  });
  return tensorOf(dtype, shape, values);
}

export function toTf(t: Tensor): tf.Tensor {
  const dtype = t.dtype === "f32" ? "float32" : t.dtype === "i32" ? "int32" : "bool";
  return tf.tensor(Array.from(t.data), t.shape, dtype);
}

/** A tf tensor's values; bool comes back as 0/1 in an Int32Array-like array. */
export function fromTf(t: tf.Tensor): { shape: number[]; data: ArrayLike<number> } {
  const data = t.dataSync() as ArrayLike<number>;
  return { shape: [...t.shape], data: Array.from(data, (v) => Number(v)) };
}

/**
 * Builds a graph whose inputs are `args` (named a0, a1, …), whose body is `body`, and
 * interprets it. The graph must verify, so every interpreter test also checks the builder.
 */
export function runGraph(args: Tensor[], body: (b: GraphBuilder, ids: number[]) => number, params = new Map<string, Tensor>()): Tensor {
  const b = new GraphBuilder();
  const ids = args.map((t, i) => b.input(`a${i}`, t.dtype, t.shape));
  const out = body(b, ids);
  const g = b.finish([{ name: "out", node: out }]);
  const problems = verifyGraph(g);
  if (problems.length > 0) throw new Error(`graph does not verify: ${problems.join("; ")}`);
  const inputs = new Map(args.map((t, i) => [`a${i}`, t] as const));
  const result = interpret(g, inputs, params).get("out");
  if (!result) throw new Error("no output");
  return result;
}
