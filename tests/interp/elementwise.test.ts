import { beforeAll, describe, expect, it } from "vitest";
import type { BinaryOp, UnaryOp } from "../../compiler/ir/ir.ts";
import { tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { closeProblem, expectClose } from "./close.ts";
import { fromTf, randomTensor, rng, runGraph, tf, toTf, useCpuBackend } from "./harness.ts";

beforeAll(useCpuBackend);

const unary = (op: UnaryOp, x: Tensor): Tensor => runGraph([x], (b, [a]) => b.unary(op, a));
const binary = (op: BinaryOp, x: Tensor, y: Tensor): Tensor => runGraph([x, y], (b, [a, c]) => b.binary(op, a, c));

describe("expectClose", () => {
  it("accepts values within tolerance and names the first bad element otherwise", () => {
    const e = { shape: [2, 2], data: [1, 2, NaN, -Infinity] };
    expect(closeProblem({ shape: [2, 2], data: [1.00001, 2, NaN, -Infinity] }, e)).toBeUndefined();
    expect(closeProblem({ shape: [2, 2], data: [1, 2.1, NaN, -Infinity] }, e)).toMatch(/element 1 \[0, 1\]: got 2.1/);
    expect(closeProblem({ shape: [2, 2], data: [1, 2, 0, -Infinity] }, e)).toMatch(/element 2 \[1, 0\]/);
    expect(closeProblem({ shape: [2, 2], data: [1, 2, NaN, Infinity] }, e)).toMatch(/element 3/);
    expect(closeProblem({ shape: [4], data: [1, 2, NaN, -Infinity] }, e)).toMatch(/shape/);
  });
});

describe("unary f32 ops against TensorFlow.js", () => {
  const cases: [UnaryOp, (t: tf.Tensor) => tf.Tensor, number, number][] = [
    ["neg", tf.neg, -3, 3], ["abs", tf.abs, -3, 3], ["exp", tf.exp, -5, 5], ["log", tf.log, 0.01, 10],
    ["sqrt", tf.sqrt, 0, 10], ["rsqrt", tf.rsqrt, 0.01, 10], ["tanh", tf.tanh, -4, 4],
    ["sigmoid", tf.sigmoid, -8, 8], ["erf", tf.erf, -3, 3], ["sin", tf.sin, -6, 6], ["cos", tf.cos, -6, 6],
    ["floor", tf.floor, -5, 5], ["ceil", tf.ceil, -5, 5],
  ];
  for (const [op, ref, low, high] of cases) {
    it(op, () => {
      const x = randomTensor(rng(op.length * 7 + low), "f32", [4, 33], low, high);
      expectClose(unary(op, x), fromTf(ref(toTf(x))));
    });
  }
  it("neg and abs on i32", () => {
    const x = randomTensor(rng(3), "i32", [50], -100, 100);
    expectClose(unary("neg", x), fromTf(tf.neg(toTf(x))), { rtol: 0, atol: 0 });
    expectClose(unary("abs", x), fromTf(tf.abs(toTf(x))), { rtol: 0, atol: 0 });
  });
  it("not on bool", () => {
    const x = randomTensor(rng(4), "bool", [3, 7]);
    expectClose(unary("not", x), fromTf(tf.logicalNot(toTf(x))), { rtol: 0, atol: 0 });
  });
});

describe("erf", () => {
  it("matches exact values to f32 precision", () => {
    // Reference values of erf from tables (Abramowitz & Stegun 7.1), to 16 digits.
    const xs = [0.1, 0.5, 1, 1.5, 2, 3, -0.5, -2];
    const exact = [0.1124629160182849, 0.5204998778130465, 0.8427007929497149, 0.9661051464753108,
      0.9953222650189527, 0.9999779095030014, -0.5204998778130465, -0.9953222650189527];
    const got = unary("erf", tensorOf("f32", [8], xs));
    // f32 inputs are exactly these decimals only up to rounding; erf' ≤ 1.13, so 1e-7 suffices.
    expectClose(got, { shape: [8], data: exact }, { rtol: 0, atol: 1.2e-7 });
  });
  it("is odd, saturates, and passes NaN through", () => {
    const got = unary("erf", tensorOf("f32", [6], [0, -0, Infinity, -Infinity, NaN, 7]));
    expect(Array.from(got.data)).toEqual([0, -0, 1, -1, NaN, 1]);
  });
});

describe("binary f32 ops against TensorFlow.js", () => {
  const cases: [BinaryOp, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor][] = [
    ["add", tf.add], ["sub", tf.sub], ["mul", tf.mul], ["div", tf.div], ["mod", tf.mod],
    ["max", tf.maximum], ["min", tf.minimum], ["eq", tf.equal], ["ne", tf.notEqual], ["lt", tf.less],
    ["le", tf.lessEqual], ["gt", tf.greater], ["ge", tf.greaterEqual],
  ];
  for (const [op, ref] of cases) {
    it(op, () => {
      const r = rng(100 + op.charCodeAt(0) + op.charCodeAt(1));
      // Integers in the operands make ties (eq/le/ge) actually happen.
      const x = tensorOf("f32", [5, 9], Array.from({ length: 45 }, () => (r() < 0.3 ? Math.floor(r() * 3) : r() * 6 - 3)));
      const y = tensorOf("f32", [5, 9], Array.from({ length: 45 }, () => (r() < 0.3 ? Math.floor(r() * 3) + 1 : r() * 6 - 3)));
      expectClose(binary(op, x, y), fromTf(ref(toTf(x), toTf(y))));
    });
  }
  it("pow on positive bases", () => {
    const x = randomTensor(rng(9), "f32", [40], 0.1, 3);
    const y = randomTensor(rng(10), "f32", [40], -3, 3);
    expectClose(binary("pow", x, y), fromTf(tf.pow(toTf(x), toTf(y))));
  });
  it("and / or on bool", () => {
    const x = randomTensor(rng(11), "bool", [20]);
    const y = randomTensor(rng(12), "bool", [20]);
    expectClose(binary("and", x, y), fromTf(tf.logicalAnd(toTf(x), toTf(y))), { atol: 0 });
    expectClose(binary("or", x, y), fromTf(tf.logicalOr(toTf(x), toTf(y))), { atol: 0 });
  });
});

describe("binary i32 ops", () => {
  const x = randomTensor(rng(20), "i32", [64], -50, 50);
  const y = tensorOf("i32", [64], Array.from(randomTensor(rng(21), "i32", [64], -9, 9).data, (v) => (v === 0 ? 3 : v)));
  const exact = { rtol: 0, atol: 0 };
  const cases: [BinaryOp, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor][] = [
    ["add", tf.add], ["sub", tf.sub], ["mul", tf.mul], ["div", tf.floorDiv], ["mod", tf.mod],
    ["max", tf.maximum], ["min", tf.minimum], ["lt", tf.less], ["eq", tf.equal],
  ];
  for (const [op, ref] of cases) {
    it(`${op} against TensorFlow.js`, () => expectClose(binary(op, x, y), fromTf(ref(toTf(x), toTf(y))), exact));
  }
  it("floor division, floor modulo and zero divisors follow the spec", () => {
    const a = tensorOf("i32", [6], [-7, 7, -7, 7, 5, -2147483648]);
    const b = tensorOf("i32", [6], [2, -2, -2, 0, 0, -1]);
    expect(Array.from(binary("div", a, b).data)).toEqual([-4, -4, 3, 0, 0, -2147483648]);
    expect(Array.from(binary("mod", a, b).data)).toEqual([1, -1, -1, 0, 0, 0]);
  });
  it("wraps on overflow and computes integer powers", () => {
    const a = tensorOf("i32", [5], [2147483647, 3, -2, 2, 5]);
    const b = tensorOf("i32", [5], [1, 4, 3, 31, 0]);
    expect(Array.from(binary("add", a, b).data)).toEqual([-2147483648, 7, 1, 33, 5]);
    expect(Array.from(binary("pow", a, b).data)).toEqual([2147483647, 81, -8, -2147483648, 1]);
    expect(Array.from(binary("mul", a, a).data)).toEqual([1, 9, 4, 4, 25]);
  });
});

describe("IEEE special values pass through", () => {
  const specials = [NaN, Infinity, -Infinity, 0, -0, 1, -1];
  it("unary ops", () => {
    const x = tensorOf("f32", [7], specials);
    const run = (op: UnaryOp) => Array.from(unary(op, x).data);
    expect(run("exp")).toEqual([NaN, Infinity, 0, 1, 1, Math.fround(Math.E), Math.fround(1 / Math.E)]);
    expect(run("log")).toEqual([NaN, Infinity, NaN, -Infinity, -Infinity, 0, NaN]);
    expect(run("sqrt")).toEqual([NaN, Infinity, NaN, 0, -0, 1, NaN]);
    expect(run("rsqrt")).toEqual([NaN, 0, NaN, Infinity, -Infinity, 1, NaN]);
    expect(run("tanh")).toEqual([NaN, 1, -1, 0, -0, Math.fround(Math.tanh(1)), Math.fround(-Math.tanh(1))]);
    expect(run("sigmoid").slice(0, 4)).toEqual([NaN, 1, 0, 0.5]);
    expect(run("abs")).toEqual([NaN, Infinity, Infinity, 0, 0, 1, 1]);
    expect(run("floor")).toEqual([NaN, Infinity, -Infinity, 0, -0, 1, -1]);
    expect(run("sin").slice(0, 3)).toEqual([NaN, NaN, NaN]);
  });
  it("binary ops", () => {
    const a = tensorOf("f32", [6], [Infinity, NaN, 1, 0, 5, NaN]);
    const b = tensorOf("f32", [6], [-Infinity, 1, 0, 0, 0, NaN]);
    const run = (op: BinaryOp) => Array.from(binary(op, a, b).data);
    expect(run("add")).toEqual([NaN, NaN, 1, 0, 5, NaN]);
    expect(run("div")).toEqual([NaN, NaN, Infinity, NaN, Infinity, NaN]);
    expect(run("max")).toEqual([Infinity, NaN, 1, 0, 5, NaN]);
    expect(run("min")).toEqual([-Infinity, NaN, 0, 0, 0, NaN]);
    expect(run("mod")).toEqual([NaN, NaN, NaN, NaN, NaN, NaN]);
    expect(run("eq")).toEqual([0, 0, 0, 1, 0, 0]);
    expect(run("ne")).toEqual([1, 1, 1, 0, 1, 1]);
    expect(run("lt")).toEqual([0, 0, 0, 0, 0, 0]);
  });
  it("pow follows C powf where JS Math.pow differs", () => {
    const a = tensorOf("f32", [4], [1, -1, NaN, 2]);
    const b = tensorOf("f32", [4], [NaN, Infinity, 0, -1]);
    expect(Array.from(binary("pow", a, b).data)).toEqual([1, 1, 1, 0.5]);
  });
  it("floor modulo has the sign of the divisor", () => {
    const a = tensorOf("f32", [4], [-7, 7, -7, 5.5]);
    const b = tensorOf("f32", [4], [2, -2, -2, 2]);
    expect(Array.from(binary("mod", a, b).data)).toEqual([1, -1, -1, 1.5]);
  });
});

describe("where, cast, dropout", () => {
  it("where against TensorFlow.js", () => {
    const c = randomTensor(rng(30), "bool", [4, 6]);
    const x = randomTensor(rng(31), "f32", [4, 6]);
    const y = randomTensor(rng(32), "f32", [4, 6]);
    const got = runGraph([c, x, y], (b, [ci, xi, yi]) => b.where(ci, xi, yi));
    expectClose(got, fromTf(tf.where(toTf(c), toTf(x), toTf(y))), { atol: 0, rtol: 0 });
  });
  it("cast between every pair of dtypes", () => {
    const x = tensorOf("f32", [6], [-2.7, -0.5, 0, 0.5, 2.7, NaN]);
    const toI = runGraph([x], (b, [a]) => b.cast(a, "i32"));
    expect(toI.dtype).toBe("i32");
    expect(Array.from(toI.data).slice(0, 5)).toEqual([-2, 0, 0, 0, 2]);
    const finite = tensorOf("f32", [5], Array.from(x.data).slice(0, 5));
    expectClose(runGraph([finite], (b, [a]) => b.cast(a, "i32")), fromTf(tf.cast(toTf(finite), "int32")), { atol: 0 });
    expect(Array.from(runGraph([x], (b, [a]) => b.cast(a, "bool")).data)).toEqual([1, 1, 0, 1, 1, 1]);
    const i = tensorOf("i32", [3], [16777217, -3, 0]);
    expect(Array.from(runGraph([i], (b, [a]) => b.cast(a, "f32")).data)).toEqual([16777216, -3, 0]);
    const bo = tensorOf("bool", [2], [1, 0]);
    expect(Array.from(runGraph([bo], (b, [a]) => b.cast(a, "f32")).data)).toEqual([1, 0]);
    expect(Array.from(runGraph([bo], (b, [a]) => b.cast(a, "i32")).data)).toEqual([1, 0]);
  });
  it("dropout is the identity at inference", () => {
    const x = randomTensor(rng(33), "f32", [3, 5]);
    expectClose(runGraph([x], (b, [a]) => b.dropout(a, 0.5)), x, { atol: 0, rtol: 0 });
  });
});
