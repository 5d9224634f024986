// The op-by-op cases every backend runs against the interpreter: one table, so a case added
// for one backend is run on all of them. Each backend passes its own `checkOp` (compile the
// one-op graph, run it there and in the interpreter, compare).
import { describe, it } from "vitest";
import type { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { ReduceOp } from "../../compiler/ir/ir.ts";
import type { Tensor } from "../../runtime/interp/tensor.ts";
import { tensorOf } from "../../runtime/interp/tensor.ts";
import type { Tolerance } from "../interp/close.ts";
import { randomTensor, rng } from "../backend-wasm/harness.ts";

export type CheckOp = (args: Tensor[], body: (b: GraphBuilder, ids: number[]) => number, tol?: Tolerance) => Promise<unknown>;

export function defineOpCases(checkOp: CheckOp): void {
  describe("movement ops match the interpreter", () => {
    it("broadcast: scalar, leading axes, a middle 1, bool rows", async () => {
      const r = rng(1);
      await checkOp([randomTensor(r, "f32", [])], (b, [x]) => b.broadcastTo(x, [3, 7]));
      await checkOp([randomTensor(r, "f32", [13])], (b, [x]) => b.broadcastTo(x, [5, 13]));
      await checkOp([randomTensor(r, "f32", [3, 1, 7])], (b, [x]) => b.broadcastTo(x, [2, 3, 11, 7]));
      await checkOp([randomTensor(r, "f32", [7, 1])], (b, [x]) => b.broadcastTo(x, [7, 13]));
      await checkOp([randomTensor(r, "i32", [5, 1], -9, 9)], (b, [x]) => b.broadcastTo(x, [5, 9]));
      await checkOp([randomTensor(r, "bool", [3, 1])], (b, [x]) => b.broadcastTo(x, [3, 33]));
      await checkOp([randomTensor(r, "bool", [1, 5])], (b, [x]) => b.broadcastTo(x, [4, 5]));
    });
    it("reshape is a view that reads the same bytes", async () => {
      await checkOp([randomTensor(rng(2), "f32", [3, 11])], (b, [x]) => b.reshape(x, [11, 3]));
      await checkOp([randomTensor(rng(2), "f32", [3, 11])], (b, [x]) => b.unary("exp", b.reshape(x, [33])));
    });
    it("transpose of ranks 2–4 and bool", async () => {
      const r = rng(3);
      await checkOp([randomTensor(r, "f32", [7, 13])], (b, [x]) => b.transpose(x));
      await checkOp([randomTensor(r, "f32", [2, 3, 5, 7])], (b, [x]) => b.transpose(x, [0, 2, 1, 3]));
      await checkOp([randomTensor(r, "i32", [3, 5, 7], -9, 9)], (b, [x]) => b.transpose(x, [2, 0, 1]));
      await checkOp([randomTensor(r, "bool", [5, 7])], (b, [x]) => b.transpose(x));
    });
    it("slice with steps and offsets", async () => {
      const r = rng(4);
      await checkOp([randomTensor(r, "f32", [7, 13])], (b, [x]) => b.slice(x, [1, 2], [6, 13], [2, 3]));
      await checkOp([randomTensor(r, "f32", [3, 33])], (b, [x]) => b.sliceAxis(x, 1, 5, 30));
      await checkOp([randomTensor(r, "i32", [4, 5, 6], -9, 9)], (b, [x]) => b.slice(x, [1, 0, 2], [4, 5, 5], [1, 2, 1]));
      await checkOp([randomTensor(r, "f32", [5, 4])], (b, [x]) => b.slice(x, [2, 1], [2, 3], [1, 1]));
    });
    it("concat along each axis", async () => {
      const r = rng(5);
      const [a, c] = [randomTensor(r, "f32", [3, 5, 7]), randomTensor(r, "f32", [3, 2, 7])];
      await checkOp([a, c], (b, [x, y]) => b.concat([x, y, x], 1));
      await checkOp([randomTensor(r, "f32", [2, 3]), randomTensor(r, "f32", [5, 3])], (b, [x, y]) => b.concat([x, y], 0));
      await checkOp([randomTensor(r, "bool", [3, 5]), randomTensor(r, "bool", [3, 1])], (b, [x, y]) => b.concat([x, y], 1));
    });
    it("gather on axis 0 and 1, out-of-range indices clamped", async () => {
      const r = rng(6);
      const idx = tensorOf("i32", [2, 3], [0, 4, 2, -3, 9, 1]);
      await checkOp([randomTensor(r, "f32", [5, 7]), idx], (b, [x, i]) => b.gather(x, i, 0));
      await checkOp([randomTensor(r, "f32", [3, 5, 7]), idx], (b, [x, i]) => b.gather(x, i, 1));
      await checkOp([randomTensor(r, "i32", [5, 3], -9, 9), idx], (b, [x, i]) => b.gather(x, i, 0));
    });
    it("one_hot with indices outside [0, depth) giving zero rows", async () => {
      await checkOp([tensorOf("i32", [7], [0, 3, 9, -1, 12, 5, 2])], (b, [i]) => b.oneHot(i, 10));
      await checkOp([randomTensor(rng(7), "i32", [3, 5], 0, 13)], (b, [i]) => b.oneHot(i, 13));
    });
  });

  const FOLDS: Exclude<ReduceOp, "argmax">[] = ["reduce_sum", "reduce_max", "reduce_min", "reduce_prod"];

  describe("reductions match the interpreter", () => {
    const cases: [number[], number[], boolean][] = [
      [[7, 13], [1], false], [[7, 13], [0], true], [[3, 5, 33], [2], false], [[3, 33, 5], [1], false],
      [[3, 5, 7], [0, 2], false], [[3, 5, 7], [0, 1, 2], false], [[4, 6, 5], [1, 2], true], [[33], [0], false],
      [[2, 1, 9], [1], false], [[2, 3], [], false],
    ];
    for (const op of FOLDS) {
      it(`${op} on f32 and i32 over contiguous, strided and split axes`, async () => {
        for (const [shape, axes, keep] of cases) {
          const r = rng(shape.length * 17 + axes.length);
          const [lo, hi] = op === "reduce_prod" ? [0.5, 1.6] : [-4, 4];
          await checkOp([randomTensor(r, "f32", shape, lo, hi)], (b, [x]) => b.node({ op, axes, keepdims: keep }, [x]));
          await checkOp([randomTensor(r, "i32", shape, -1000, 1000)], (b, [x]) => b.node({ op, axes, keepdims: keep }, [x]));
        }
      });
    }
    it("max and min propagate NaN; an empty reduction gives the identity", async () => {
      const x = tensorOf("f32", [2, 9], [1, 2, NaN, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, NaN]);
      await checkOp([x], (b, [a]) => b.reduce("reduce_max", a, 1));
      await checkOp([x], (b, [a]) => b.reduce("reduce_min", a, 1));
      await checkOp([x], (b, [a]) => b.reduce("reduce_max", a, 0));
      for (const op of FOLDS) await checkOp([tensorOf("f32", [3, 0], [])], (b, [a]) => b.reduce(op, a, 1));
      for (const op of FOLDS) await checkOp([tensorOf("i32", [3, 0], [])], (b, [a]) => b.reduce(op, a, 1));
    });
    it("argmax: first index of the maximum, NaN wins, on every axis", async () => {
      const x = tensorOf("f32", [3, 5], [1, 5, 5, 2, 0, NaN, 1, NaN, 9, 9, -1, -1, -1, -1, -1]);
      await checkOp([x], (b, [a]) => b.argmax(a, 1));
      await checkOp([x], (b, [a]) => b.argmax(a, 0, true));
      const r = rng(8);
      await checkOp([randomTensor(r, "f32", [3, 7, 13])], (b, [a]) => b.argmax(a, 1));
      await checkOp([randomTensor(r, "i32", [5, 13], -3, 3)], (b, [a]) => b.argmax(a, -1));
    });
  });

  describe("complex ops match the interpreter", () => {
    it("matmul on odd shapes hitting every block edge, batched", async () => {
      const shapes: [number, number, number][] = [[1, 1, 1], [7, 13, 33], [4, 8, 8], [5, 3, 12], [13, 7, 6], [9, 33, 3], [64, 30, 17]];
      for (const [m, k, n] of shapes) {
        const r = rng(m * 100 + k * 10 + n);
        await checkOp([randomTensor(r, "f32", [m, k]), randomTensor(r, "f32", [k, n])], (b, [x, y]) => b.matmul(x, y));
      }
      const r = rng(9);
      await checkOp([randomTensor(r, "f32", [2, 3, 5, 7]), randomTensor(r, "f32", [2, 3, 7, 9])], (b, [x, y]) => b.matmul(x, y));
      await checkOp([randomTensor(r, "f32", [3, 0]), randomTensor(r, "f32", [0, 5])], (b, [x, y]) => b.matmul(x, y));
    });
    it("conv2d with stride, padding, dilation and groups", async () => {
      const cases: [number[], number[], { stride?: number; padding?: number; dilation?: number; groups?: number }][] = [
        [[1, 3, 7, 9], [4, 3, 3, 3], {}],
        [[2, 3, 13, 11], [5, 3, 3, 3], { padding: 1 }],
        [[1, 4, 13, 13], [6, 2, 3, 3], { groups: 2, padding: 2 }],
        [[1, 2, 15, 14], [3, 2, 5, 3], { stride: 2, padding: 1 }],
        [[1, 2, 11, 12], [2, 2, 3, 3], { dilation: 2, padding: 1 }],
        [[2, 4, 9, 9], [4, 1, 3, 3], { groups: 4, stride: 3 }],
        [[1, 1, 5, 5], [2, 1, 1, 1], {}],
        [[1, 1, 3, 3], [1, 1, 3, 3], { padding: 4 }],
      ];
      for (const [xs, ws, opts] of cases) {
        const r = rng(xs[2] * 7 + ws[0]);
        await checkOp([randomTensor(r, "f32", xs), randomTensor(r, "f32", ws)], (b, [x, w]) => b.conv2d(x, w, opts));
      }
    });
    it("max and avg pooling with padding (avg does not count it) and overlapping windows", async () => {
      const cases: [number[], { size: number; stride?: number; padding?: number }][] = [
        [[1, 2, 8, 8], { size: 2 }], [[2, 3, 7, 9], { size: 3, stride: 2, padding: 1 }],
        [[1, 1, 5, 5], { size: 3, stride: 1 }], [[1, 2, 6, 7], { size: 2, stride: 3, padding: 1 }],
        [[1, 1, 2, 2], { size: 1, stride: 1, padding: 2 }],
        // wide rows: the f32x4 interior path with borders and remainders on both sides
        [[1, 2, 9, 21], { size: 2 }], [[1, 1, 7, 20], { size: 3, stride: 1, padding: 1 }],
        [[2, 3, 11, 27], { size: 3, stride: 2, padding: 1 }], [[1, 1, 4, 40], { size: 5, stride: 1, padding: 2 }],
      ];
      for (const [xs, opts] of cases) {
        const r = rng(xs[2] + xs[3]);
        await checkOp([randomTensor(r, "f32", xs)], (b, [x]) => b.maxPool2d(x, opts));
        await checkOp([randomTensor(r, "f32", xs)], (b, [x]) => b.avgPool2d(x, opts));
      }
      // NaN inside a vectorized window propagates like the scalar loop's Math.max.
      const x = randomTensor(rng(99), "f32", [1, 1, 4, 24]);
      x.data[30] = NaN;
      await checkOp([x], (b, [a]) => b.maxPool2d(a, { size: 2 }));
      await checkOp([x], (b, [a]) => b.avgPool2d(a, { size: 2 }));
    });
  });
}
