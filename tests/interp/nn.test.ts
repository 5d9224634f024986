import { beforeAll, describe, expect, it } from "vitest";
import { tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { expectClose } from "./close.ts";
import { fromTf, randomTensor, rng, runGraph, tf, toTf, useCpuBackend } from "./harness.ts";

beforeAll(useCpuBackend);

describe("matmul against TensorFlow.js", () => {
  it("2-D", () => {
    const a = randomTensor(rng(1), "f32", [7, 13]);
    const b = randomTensor(rng(2), "f32", [13, 5]);
    expectClose(runGraph([a, b], (g, [x, y]) => g.matmul(x, y)), fromTf(tf.matMul(toTf(a), toTf(b))));
  });
  it("batched with equal batch dims (rank 4)", () => {
    const a = randomTensor(rng(3), "f32", [2, 3, 4, 6]);
    const b = randomTensor(rng(4), "f32", [2, 3, 6, 5]);
    expectClose(runGraph([a, b], (g, [x, y]) => g.matmul(x, y)), fromTf(tf.matMul(toTf(a), toTf(b))));
  });
  it("broadcasts batch dims and applies a matrix to every row", () => {
    const a = randomTensor(rng(5), "f32", [4, 3, 8]);
    const w = randomTensor(rng(6), "f32", [8, 2]);
    const want = tf.reshape(tf.matMul(tf.reshape(toTf(a), [12, 8]), toTf(w)), [4, 3, 2]);
    expectClose(runGraph([a, w], (g, [x, y]) => g.matmul(x, y)), fromTf(want));
    const p = randomTensor(rng(7), "f32", [2, 1, 3, 4]);
    const q = randomTensor(rng(8), "f32", [5, 4, 6]);
    const bp = tf.broadcastTo(toTf(p), [2, 5, 3, 4]);
    const bq = tf.broadcastTo(toTf(q), [2, 5, 4, 6]);
    expectClose(runGraph([p, q], (g, [x, y]) => g.matmul(x, y)), fromTf(tf.matMul(bp, bq)));
  });
  it("a rank-1 right operand is a vector", () => {
    const a = randomTensor(rng(9), "f32", [2, 3, 4]);
    const v = randomTensor(rng(10), "f32", [4]);
    const got = runGraph([a, v], (g, [x, y]) => g.matmul(x, y));
    expect(got.shape).toEqual([2, 3]);
    expectClose(got, fromTf(tf.sum(tf.mul(toTf(a), toTf(v)), -1)));
  });
});

interface Conv { stride?: number; padding?: number; dilation?: number; groups?: number }

/** The oracle: TF.js NHWC/HWIO conv, with groups done by splitting channels explicitly. */
function tfConv(x: Tensor, w: Tensor, { stride = 1, padding = 0, dilation = 1, groups = 1 }: Conv): tf.Tensor {
  const xs = tf.split(tf.transpose(toTf(x), [0, 2, 3, 1]), groups, 3);
  const ws = tf.split(tf.transpose(toTf(w), [2, 3, 1, 0]), groups, 3);
  const pad: [[number, number], [number, number], [number, number], [number, number]] = [[0, 0], [padding, padding], [padding, padding], [0, 0]];
  const outs = xs.map((xg, i) => tf.conv2d(xg as tf.Tensor4D, ws[i] as tf.Tensor4D, stride, pad, "NHWC", dilation));
  return tf.transpose(tf.concat(outs, 3), [0, 3, 1, 2]);
}

/** OIHW kernel with (d − 1) zeros between taps: a dilated conv is a plain conv with it. */
function dilateKernel(w: Tensor, d: number): Tensor {
  const [o, i, kh, kw] = w.shape;
  const [dh, dw] = [d * (kh - 1) + 1, d * (kw - 1) + 1];
  const out = new Array<number>(o * i * dh * dw).fill(0);
  for (let p = 0; p < o * i; p++) {
    for (let u = 0; u < kh; u++) for (let v = 0; v < kw; v++) out[(p * dh + u * d) * dw + v * d] = w.data[(p * kh + u) * kw + v];
  }
  return tensorOf("f32", [o, i, dh, dw], out);
}

describe("conv2d against TensorFlow.js (NCHW × OIHW, transposed for the oracle)", () => {
  const cases: [string, number[], number[], Conv][] = [
    ["valid 5×5", [2, 3, 12, 12], [4, 3, 5, 5], {}],
    ["stride 2, padding 1", [2, 3, 9, 10], [5, 3, 3, 3], { stride: 2, padding: 1 }],
    ["dilation 2", [1, 2, 11, 9], [3, 2, 3, 3], { dilation: 2 }],
    ["dilation 2, padding 2", [1, 2, 8, 8], [3, 2, 3, 2], { dilation: 2, padding: 2 }],
    ["groups 2", [2, 4, 7, 7], [6, 2, 3, 3], { groups: 2, padding: 1 }],
    ["groups 3, stride 2", [1, 6, 9, 8], [3, 2, 2, 3], { groups: 3, stride: 2 }],
  ];
  for (const [name, xs, ws, opts] of cases) {
    it(name, () => {
      const x = randomTensor(rng(xs.join("").length + ws[0]), "f32", xs);
      const w = randomTensor(rng(ws.join("").length + 17), "f32", ws);
      expectClose(runGraph([x, w], (g, [a, b]) => g.conv2d(a, b, opts)), fromTf(tfConv(x, w, opts)));
    });
  }
  it("depthwise (groups = C, channel multiplier 2) against tf.depthwiseConv2d", () => {
    const x = randomTensor(rng(30), "f32", [2, 3, 8, 8]);
    const w = randomTensor(rng(31), "f32", [6, 1, 3, 3]);
    const filter = tf.transpose(tf.reshape(toTf(w), [3, 2, 3, 3]), [2, 3, 0, 1]) as tf.Tensor4D;
    const nhwc = tf.transpose(toTf(x), [0, 2, 3, 1]) as tf.Tensor4D;
    const want = tf.transpose(tf.depthwiseConv2d(nhwc, filter, 1, [[0, 0], [1, 1], [1, 1], [0, 0]]), [0, 3, 1, 2]);
    expectClose(runGraph([x, w], (g, [a, b]) => g.conv2d(a, b, { groups: 3, padding: 1 })), fromTf(want));
  });
  it("stride 2 with dilation 2 and padding 1 and groups 2 (dilated kernel as oracle)", () => {
    // TF.js refuses stride > 1 together with dilation > 1, so dilate the kernel by hand.
    const x = randomTensor(rng(40), "f32", [1, 4, 11, 10]);
    const w = randomTensor(rng(41), "f32", [4, 2, 3, 3]);
    const opts = { stride: 2, padding: 1, dilation: 2, groups: 2 };
    const got = runGraph([x, w], (g, [a, b]) => g.conv2d(a, b, opts));
    // H: ⌊(11 + 2 − 2·2 − 1)/2⌋ + 1 = 5; W: ⌊(10 + 2 − 4 − 1)/2⌋ + 1 = 4.
    expect(got.shape).toEqual([1, 4, 5, 4]);
    expectClose(got, fromTf(tfConv(x, dilateKernel(w, 2), { stride: 2, padding: 1, groups: 2 })));
  });
});

describe("pooling against TensorFlow.js", () => {
  const cases: [string, number[], number, number, number][] = [
    ["2×2 stride 2", [2, 3, 8, 8], 2, 2, 0],
    ["3×3 stride 2 (stride ≠ size)", [1, 2, 9, 11], 3, 2, 0],
    ["3×3 stride 2 padding 1", [2, 2, 8, 7], 3, 2, 1],
    ["3×3 stride 1 padding 1", [1, 3, 5, 6], 3, 1, 1],
    ["2×2 stride 3 padding 1", [1, 1, 10, 10], 2, 3, 1],
  ];
  for (const [name, shape, size, stride, padding] of cases) {
    const x = randomTensor(rng(shape.join("").length * size + padding), "f32", shape);
    const nhwc = tf.transpose(toTf(x), [0, 2, 3, 1]) as tf.Tensor4D;
    const back = (t: tf.Tensor) => fromTf(tf.transpose(t, [0, 3, 1, 2]));
    it(`max_pool2d ${name}`, () => {
      const want = tf.maxPool(nhwc, size, stride, padding);
      expectClose(runGraph([x], (g, [a]) => g.maxPool2d(a, { size, stride, padding })), back(want));
    });
    it(`avg_pool2d ${name}`, () => {
      const want = tf.avgPool(nhwc, size, stride, padding);
      expectClose(runGraph([x], (g, [a]) => g.avgPool2d(a, { size, stride, padding })), back(want));
    });
  }
  it("avg_pool2d does not count padding (hand-computed)", () => {
    const x = tensorOf("f32", [1, 1, 2, 2], [1, 2, 3, 4]);
    const got = runGraph([x], (g, [a]) => g.avgPool2d(a, { size: 2, stride: 1, padding: 1 }));
    // Corner windows see one element each; edge windows two; the centre all four.
    expect(Array.from(got.data)).toEqual([1, 1.5, 2, 2, 2.5, 3, 3, 3.5, 4]);
    const mx = runGraph([tensorOf("f32", [1, 1, 2, 2], [-1, -2, -3, -4])], (g, [a]) => g.maxPool2d(a, { size: 2, stride: 1, padding: 1 }));
    expect(Array.from(mx.data)).toEqual([-1, -1, -2, -1, -1, -2, -3, -3, -4]);
  });
});
