import { beforeAll, describe, expect, it } from "vitest";
import { tensorOf } from "../../runtime/interp/tensor.ts";
import { expectClose } from "./close.ts";
import { fromTf, randomTensor, rng, runGraph, tf, toTf, useCpuBackend } from "./harness.ts";

beforeAll(useCpuBackend);

type Red = "reduce_sum" | "reduce_max" | "reduce_min" | "reduce_prod";
const refs: Record<Red, (x: tf.Tensor, axes: number[], keep: boolean) => tf.Tensor> = {
  reduce_sum: (x, a, k) => tf.sum(x, a, k),
  reduce_max: (x, a, k) => tf.max(x, a, k),
  reduce_min: (x, a, k) => tf.min(x, a, k),
  reduce_prod: (x, a, k) => tf.prod(x, a, k),
};

describe("reductions against TensorFlow.js", () => {
  const axesCases: (number[] | undefined)[] = [[0], [2], [1, 3], [0, 2, 3], [-1], undefined];
  for (const op of Object.keys(refs) as Red[]) {
    for (const axes of axesCases) {
      for (const keepdims of [false, true]) {
        it(`${op} axes=${JSON.stringify(axes ?? "all")} keepdims=${keepdims}`, () => {
          // prod stays near 1 in magnitude so the f32 oracle does not overflow or underflow.
          const [lo, hi] = op === "reduce_prod" ? [0.7, 1.3] : [-2, 2];
          const x = randomTensor(rng(op.length + (axes?.length ?? 9)), "f32", [3, 4, 5, 2], lo, hi);
          const got = runGraph([x], (b, [a]) => b.reduce(op, a, axes, keepdims));
          const all = axes ?? [0, 1, 2, 3];
          expectClose(got, fromTf(refs[op](toTf(x), all.map((a) => (a < 0 ? a + 4 : a)), keepdims)));
        });
      }
    }
  }
  it("i32 sum and max", () => {
    const x = randomTensor(rng(5), "i32", [4, 6], -50, 50);
    expectClose(runGraph([x], (b, [a]) => b.reduce("reduce_sum", a, 1)), fromTf(tf.sum(toTf(x), 1)), { atol: 0 });
    expectClose(runGraph([x], (b, [a]) => b.reduce("reduce_max", a, 0, true)), fromTf(tf.max(toTf(x), 0, true)), { atol: 0 });
  });
  it("argmax on each axis", () => {
    const x = randomTensor(rng(6), "f32", [3, 4, 5]);
    for (const axis of [0, 1, 2]) {
      const got = runGraph([x], (b, [a]) => b.argmax(a, axis));
      expect(got.dtype).toBe("i32");
      expectClose(got, fromTf(tf.argMax(toTf(x), axis)), { atol: 0 });
    }
  });
});

describe("reduction edge cases", () => {
  it("argmax takes the first of tied maxima, and keepdims keeps the axis", () => {
    const x = tensorOf("f32", [2, 4], [1, 3, 3, 0, 2, 2, 2, 2]);
    const got = runGraph([x], (b, [a]) => b.argmax(a, 1, true));
    expect(got.shape).toEqual([2, 1]);
    expect(Array.from(got.data)).toEqual([1, 0]);
  });
  it("max, min and argmax propagate NaN", () => {
    const x = tensorOf("f32", [2, 3], [1, NaN, 5, -Infinity, -Infinity, -Infinity]);
    expect(Array.from(runGraph([x], (b, [a]) => b.reduce("reduce_max", a, 1)).data)).toEqual([NaN, -Infinity]);
    expect(Array.from(runGraph([x], (b, [a]) => b.reduce("reduce_min", a, 1)).data)).toEqual([NaN, -Infinity]);
    expect(Array.from(runGraph([x], (b, [a]) => b.argmax(a, 1)).data)).toEqual([1, 0]);
  });
  it("reducing an empty axis gives the identity of the op", () => {
    const x = tensorOf("f32", [2, 0], []);
    const run = (op: Red) => Array.from(runGraph([x], (b, [a]) => b.reduce(op, a, 1)).data);
    expect(run("reduce_sum")).toEqual([0, 0]);
    expect(run("reduce_prod")).toEqual([1, 1]);
    expect(run("reduce_max")).toEqual([-Infinity, -Infinity]);
    expect(run("reduce_min")).toEqual([Infinity, Infinity]);
  });
  it("sums accumulate in f64 and round once", () => {
    // 2^24 + 1 + 1: f32 accumulation would lose both ones; f64 keeps them.
    const x = tensorOf("f32", [3], [16777216, 1, 1]);
    expect(Array.from(runGraph([x], (b, [a]) => b.reduce("reduce_sum", a)).data)).toEqual([16777218]);
  });
});
