import { beforeAll, describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { IndexOutOfRangeError } from "../../runtime/interp/errors.ts";
import { tensorOf } from "../../runtime/interp/tensor.ts";
import { expectClose } from "./close.ts";
import { fromTf, randomTensor, rng, runGraph, tf, toTf, useCpuBackend } from "./harness.ts";

beforeAll(useCpuBackend);
const exact = { rtol: 0, atol: 0 };

describe("movement ops against TensorFlow.js", () => {
  it("broadcast (rank-extending and size-1 dims)", () => {
    const x = randomTensor(rng(1), "f32", [3, 1, 4]);
    expectClose(runGraph([x], (b, [a]) => b.broadcastTo(a, [2, 3, 5, 4])), fromTf(tf.broadcastTo(toTf(x), [2, 3, 5, 4])), exact);
  });
  it("binaryBroadcast inserts broadcasts on both sides", () => {
    const x = randomTensor(rng(2), "f32", [4, 1]);
    const y = randomTensor(rng(3), "f32", [3]);
    expectClose(runGraph([x, y], (b, [p, q]) => b.binaryBroadcast("sub", p, q)), fromTf(tf.sub(toTf(x), toTf(y))));
  });
  it("reshape keeps row-major order", () => {
    const x = randomTensor(rng(4), "i32", [2, 3, 4], -9, 9);
    expectClose(runGraph([x], (b, [a]) => b.reshape(a, [4, -1])), fromTf(tf.reshape(toTf(x), [4, 6])), exact);
  });
  it("transpose with a 4-D permutation", () => {
    const x = randomTensor(rng(5), "f32", [2, 3, 4, 5]);
    expectClose(runGraph([x], (b, [a]) => b.transpose(a, [2, 0, 3, 1])), fromTf(tf.transpose(toTf(x), [2, 0, 3, 1])), exact);
  });
  it("slice with starts, ends and steps on every axis", () => {
    const x = randomTensor(rng(6), "f32", [7, 8, 5]);
    const got = runGraph([x], (b, [a]) => b.slice(a, [1, 0, 2], [7, 8, 4], [2, 3, 1]));
    expect(got.shape).toEqual([3, 3, 2]);
    expectClose(got, fromTf(tf.stridedSlice(toTf(x), [1, 0, 2], [7, 8, 4], [2, 3, 1])), exact);
  });
  it("sliceAxis with negative bounds", () => {
    const x = randomTensor(rng(7), "f32", [3, 10]);
    expectClose(runGraph([x], (b, [a]) => b.sliceAxis(a, -1, -7, -1)), fromTf(tf.slice(toTf(x), [0, 3], [3, 6])), exact);
  });
  it("concat along a middle axis", () => {
    const xs = [[2, 1, 3], [2, 4, 3], [2, 2, 3]].map((s, i) => randomTensor(rng(10 + i), "f32", s));
    expectClose(runGraph(xs, (b, ids) => b.concat(ids, 1)), fromTf(tf.concat(xs.map(toTf), 1)), exact);
  });
  it("gather along axis 0 and axis 1", () => {
    const x = randomTensor(rng(20), "f32", [5, 6, 3]);
    const idx = randomTensor(rng(21), "i32", [2, 4], 0, 5);
    expectClose(runGraph([x, idx], (b, [p, q]) => b.gather(p, q, 0)), fromTf(tf.gather(toTf(x), toTf(idx), 0)), exact);
    const idx1 = randomTensor(rng(22), "i32", [7], 0, 6);
    const got = runGraph([x, idx1], (b, [p, q]) => b.gather(p, q, 1));
    expect(got.shape).toEqual([5, 7, 3]);
    expectClose(got, fromTf(tf.gather(toTf(x), toTf(idx1), 1)), exact);
  });
  it("one_hot, with out-of-range indices giving rows of zeros", () => {
    const idx = tensorOf("i32", [2, 3], [0, 3, 1, 2, 2, 0]);
    const got = runGraph([idx], (b, [a]) => b.oneHot(a, 4));
    expect(got.dtype).toBe("f32");
    expectClose(got, fromTf(tf.oneHot(toTf(idx), 4)), exact);
    const odd = runGraph([tensorOf("i32", [2], [-1, 4])], (b, [a]) => b.oneHot(a, 4));
    expect(Array.from(odd.data)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("gather out of range", () => {
  const b = new GraphBuilder();
  const x = b.input("x", "f32", [3, 2]);
  const i = b.input("i", "i32", [2]);
  const span = { file: "m.dl", start: 40, end: 52 };
  const g = b.finish({ y: b.gather(x, i, 0, span) });
  const xs = tensorOf("f32", [3, 2], [1, 2, 3, 4, 5, 6]);
  it("throws a RangeError naming the op, node and index when asked to", () => {
    const run = () => interpret(g, new Map([["x", xs], ["i", tensorOf("i32", [2], [1, 3])]]), new Map(), { gatherOutOfRange: "throw" });
    expect(run).toThrow(IndexOutOfRangeError);
    expect(run).toThrow(RangeError);
    expect(run).toThrow(/gather at node %2 \(m\.dl@40\): index 3 \(element 1 of the indices\) is outside \[0, 3\)/);
  });
  it("clamps by default, as spec/builtins.md defines it", () => {
    const out = interpret(g, new Map([["x", xs], ["i", tensorOf("i32", [2], [-5, 9])]]), new Map());
    expect(Array.from(out.get("y")!.data)).toEqual([1, 2, 5, 6]);
  });
});
