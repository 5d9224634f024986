// The batch analysis with each op's batch rule from the op table: it follows the batch axis
// lowering recorded through every node instead of guessing it from shapes divisible by N.
// Each case states where the samples must end up, and why a mixed graph is mixed.
import { describe, expect, it } from "vitest";
import { analyzeBatch, batchStates } from "../../compiler/batch-analysis.ts";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { IrError } from "../../compiler/ir/shape.ts";

const N = 4;

describe("batch rules", () => {
  it("x @ w + b: the bias broadcast is uniform, the output holds the samples on axis 0", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [N, 3]);
    const w = b.param("w", "f32", [3, 2], { kind: "zeros" });
    const bias = b.param("b", "f32", [2], { kind: "zeros" });
    const mm = b.matmul(x, w);
    const bb = b.broadcastTo(bias, [N, 2]);
    const y = b.add(mm, bb);
    const g = b.finish({ y });
    const st = batchStates(g, { x: 0 });
    expect(st[bb]).toEqual({ k: "uniform", grown: [0] });
    expect(st[mm]).toEqual({ k: "batch", axis: 0, f: 1 });
    expect(st[y]).toEqual({ k: "batch", axis: 0, f: 1 });
    expect(analyzeBatch(g, { x: 0 }, N)).toEqual({ perSample: true, outputBatched: { y: true } });
  });

  it("follows the batch through a transpose and back (the old analysis gave up at the first)", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [N, 3]);
    const t = b.transpose(x);
    const m = b.mul(t, b.broadcastTo(b.const(2, "f32"), [3, N]));
    const y = b.transpose(m);
    const g = b.finish({ y });
    const st = batchStates(g, { x: 0 });
    expect(st[t]).toEqual({ k: "batch", axis: 1, f: 1 });
    expect(st[m]).toEqual({ k: "batch", axis: 1, f: 1 });
    expect(analyzeBatch(g, { x: 0 }, N)).toEqual({ perSample: true, outputBatched: { y: true } });
    // Left transposed, the runtime could not slice it: the batch is fixed, and says why.
    const g2 = new GraphBuilder();
    const x2 = g2.input("x", "f32", [N, 3]);
    expect(analyzeBatch(g2.finish({ t: g2.transpose(x2) }), { x: 0 })).toEqual({
      perSample: false,
      reason: 'output "t" has the batch on axis 1; the runtime slices axis 0 only',
      outputBatched: { t: false },
    });
  });

  it("the [N, T, d] → [N·T, d] reshape of `x @ w` holds T rows per sample, and back to one", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [N, 5, 3]);
    const rows = b.reshape(x, [-1, 3]);
    const mm = b.matmul(rows, b.param("w", "f32", [3, 2], { kind: "zeros" }));
    const y = b.reshape(mm, [N, 5, 2]);
    const g = b.finish({ y, flat: mm });
    const st = batchStates(g, { x: 0 });
    expect(st[rows]).toEqual({ k: "batch", axis: 0, f: 5 });
    expect(st[y]).toEqual({ k: "batch", axis: 0, f: 1 });
    expect(analyzeBatch(g, { x: 0 })).toEqual({ perSample: false, reason: 'output "flat" holds 5 rows per sample', outputBatched: { y: true, flat: false } });
  });

  it("a reshape that splits a sample across rows mixes", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [N, 6]);
    const g = b.finish({ y: b.reshape(b.reshape(x, [2, 12]), [N, 6]) });
    expect(analyzeBatch(g, { x: 0 })).toMatchObject({ perSample: false, reason: "reshape at %1 splits samples across rows" });
  });

  it("mixes on a reduction, a contraction, a slice or a concat along the batch axis", () => {
    const cases: [string, (b: GraphBuilder, x: number) => number, RegExp][] = [
      ["reduce", (b, x) => b.reduce("reduce_sum", x, 0, true), /reduce_sum at %1 reduces over the batch axis/],
      ["argmax", (b, x) => b.argmax(x, 0), /argmax at %1 reduces over the batch axis/],
      ["w @ x", (b, x) => b.matmul(b.param("w", "f32", [2, N], { kind: "zeros" }), x), /contracts over the batch axis/],
      ["slice", (b, x) => b.sliceAxis(x, 0, 1, N), /slice at %1 slices the batch axis/],
      ["concat", (b, x) => b.concat([x, x], 0), /concat at %1 concatenates along the batch axis/],
      ["gather rows", (b, x) => b.gather(x, b.const([0, 0, 0, 0], "i32", [N]), 0), /gathers across samples/],
    ];
    for (const [name, make, why] of cases) {
      const b = new GraphBuilder();
      const x = b.input("x", "f32", [N, 3]);
      const r = analyzeBatch(b.finish({ y: make(b, x) }), { x: 0 });
      expect(r.perSample, name).toBe(false);
      expect(r.reason, name).toMatch(why);
    }
  });

  it("a sum along a broadcast axis mixes; along another axis it does not", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [N, 3]);
    const c = b.broadcastTo(b.param("c", "f32", [3], { kind: "zeros" }), [N, 3]);
    const along = b.reduce("reduce_sum", c, 0, true);
    const across = b.reduce("reduce_sum", c, 1, true);
    const st = batchStates(b.finish({ a: b.add(x, b.broadcastTo(along, [N, 3])), b: b.add(x, b.broadcastTo(across, [N, 3])) }), { x: 0 });
    expect(st[along]).toMatchObject({ k: "mixed", why: expect.stringMatching(/broadcast dimension that may be the batch/) });
    expect(st[across]).toEqual({ k: "uniform", grown: [0] });
  });

  it("never takes a dimension equal to N for the batch: only the recorded axis is", () => {
    // x is [N, N]: the batch is the axis lowering named, so a sum over the other one is fine.
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [N, N]);
    const s0 = b.reduce("reduce_sum", x, 0);
    const s1 = b.reduce("reduce_sum", x, 1);
    const g = b.finish({ s0, s1 });
    expect(batchStates(g, { x: 1 })[s0]).toEqual({ k: "batch", axis: 0, f: 1 });
    expect(batchStates(g, { x: 1 })[s1]).toMatchObject({ k: "mixed" });
    expect(batchStates(g, { x: 0 })[s0]).toMatchObject({ k: "mixed" });
    expect(batchStates(g, { x: 0 })[s1]).toEqual({ k: "batch", axis: 0, f: 1 });
    // An input without a recorded axis has no samples, whatever its shape.
    expect(analyzeBatch(g, {})).toEqual({ perSample: true, outputBatched: { s0: false, s1: false } });
  });

  it("an embedding lookup puts the samples where the indices had them", () => {
    const b = new GraphBuilder();
    const ids = b.input("ids", "i32", [N, 7]);
    const e = b.gather(b.param("table", "f32", [10, 5], { kind: "zeros" }), ids, 0);
    const g = b.finish({ e, hot: b.oneHot(ids, 3) });
    const st = batchStates(g, { ids: 0 });
    expect(st[e]).toEqual({ k: "batch", axis: 0, f: 1 });
    expect(analyzeBatch(g, { ids: 0 })).toEqual({ perSample: true, outputBatched: { e: true, hot: true } });
  });

  it("a shared matrix broadcast over the batch dims of a batched matmul stays per-sample", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [N, 5, 3]);
    const mix = b.param("mix", "f32", [5, 5], { kind: "zeros" });
    const y = b.matmul(mix, x); // mix is broadcast to [N, 5, 5]: grown on axis 0, the pairwise axis
    const g = b.finish({ y });
    expect(analyzeBatch(g, { x: 0 })).toEqual({ perSample: true, outputBatched: { y: true } });
  });

  it("convolution and pooling keep the samples on axis 0; a batch on channels is contracted", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [N, 2, 6, 6]);
    const c = b.conv2d(x, b.param("w", "f32", [3, 2, 3, 3], { kind: "zeros" }), { padding: 1 });
    const p = b.maxPool2d(c, { size: 2 });
    const g = b.finish({ p });
    expect(analyzeBatch(g, { x: 0 })).toEqual({ perSample: true, outputBatched: { p: true } });
    expect(batchStates(g, { x: 1 })[c]).toMatchObject({ k: "mixed", why: "conv2d at %2 contracts over the batch axis" });
  });

  it("an input batched on another axis is reported, since the runtime pads axis 0", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [3, N]);
    const g = b.finish({ y: b.transpose(x) });
    expect(analyzeBatch(g, { x: 1 }, N)).toEqual({ perSample: false, reason: 'input "x" has the batch on axis 1; the runtime pads axis 0 only', outputBatched: { y: true } });
  });

  it("refuses a batch axis that is not an input's, or not of the batch size", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [N, 3]);
    const g = b.finish({ y: b.unary("neg", x) });
    expect(() => analyzeBatch(g, { z: 0 })).toThrow(IrError);
    expect(() => analyzeBatch(g, { x: 2 })).toThrow(/cannot have its batch on axis 2/);
    expect(() => analyzeBatch(g, { x: 1 }, N)).toThrow(/cannot have its batch of 4 on axis 1/);
    // The names-of-axis-0 form is the same as { name: 0 }.
    expect(analyzeBatch(g, new Set(["x"]), N)).toEqual(analyzeBatch(g, { x: 0 }, N));
  });
});
