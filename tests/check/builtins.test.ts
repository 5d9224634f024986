// Each built-in's shape rule, on good and bad inputs: a function whose declared result type
// must match what the rule computes, or that must fail with the given code.
import { describe, expect, test } from "vitest";
import { check, show } from "./helpers.ts";

async function ok(params: string, ret: string, body: string) {
  const c = await check(`fn t(${params}) -> ${ret} { ${body} }`);
  expect(c.errors, show(c)).toEqual([]);
}
async function bad(params: string, ret: string, body: string, code: string, spanText?: string) {
  const c = await check(`fn t(${params}) -> ${ret} { ${body} }`);
  expect(c.errors.map((d) => d.code), show(c)).toEqual([code]);
  if (spanText !== undefined) expect(c.text(c.errors[0].span)).toBe(spanText);
}

describe("elementwise", () => {
  test("arithmetic broadcasts", async () => {
    await ok("x: f32[B, 3], b: f32[3]", "f32[B, 3]", "x * b + b - 1.0");
    await ok("x: f32[B, 1, 4], y: f32[3, 1]", "f32[B, 3, 4]", "x / y");
    await ok("x: i32[N]", "i32[N]", "x % 2 + x / 3");
    await bad("x: f32[B, 3], y: f32[C, 3]", "f32[B, 3]", "x + y", "E0404", "+");
    await bad("x: f32[B], y: i32[B]", "f32[B]", "x + y", "E0401", "+");
    await bad("x: i32[B]", "i32[B]", "x * 0.5", "E0401", "0.5");
  });
  test("pow, maximum, minimum", async () => {
    await ok("x: f32[B, 3]", "f32[B, 3]", "pow(x, 2.0) + maximum(x, 0.0) + minimum(x, x) + x ** 2");
    await bad("x: f32[B, 3], y: f32[4]", "f32[B, 3]", "maximum(x, y)", "E0404");
  });
  test("comparison and logic give bool", async () => {
    await ok("x: f32[B, 3]", "bool[B, 3]", "x > 0.0 && x < 1.0 || !(x == 0.5)");
    await bad("x: f32[B, 3]", "bool[B, 3]", "x && x", "E0401");
  });
  test("where", async () => {
    await ok("c: bool[B, 1], a: f32[B, 3]", "f32[B, 3]", "where(c, a, 0.0)");
    await bad("c: f32[B, 1], a: f32[B, 3]", "f32[B, 3]", "where(c, a, a)", "E0401", "c");
  });
  test("unary math and folding on constants", async () => {
    await ok("x: f32[..S]", "f32[..S]", "exp(log(sqrt(rsqrt(tanh(sigmoid(erf(sin(cos(floor(ceil(abs(x))))))))))))");
    await ok("x: f32[B]", "f32[B]", "x * sqrt(float(16)) / exp(0.0)");
    await ok("x: i32[B]", "i32[B]", "abs(x) + -x");
    await bad("x: i32[B]", "i32[B]", "exp(x)", "E0401", "x");
  });
  test("cast", async () => {
    await ok("x: f32[B, 3]", "i32[B, 3]", "cast(x, i32)");
    await bad("x: f32[B, 3]", "i32[B, 3]", "cast(x, 3)", "E0305", "3");
  });
  test("float and int conversions fold", async () => {
    await ok("x: f32[B]", "f32[B]", "x * float(int(2.7))");
    await bad("x: f32[B]", "f32[B]", "x * float(x)", "E0306", "x");
  });
});

describe("reductions", () => {
  test("sum/mean/max/min/prod with axis and keepdims", async () => {
    await ok("x: f32[B, T, D]", "f32[B, D]", "sum(x, axis: 1)");
    await ok("x: f32[B, T, D]", "f32[B, 1, D]", "mean(x, axis: -2, keepdims: true)");
    await ok("x: f32[B, T, D]", "f32[B]", "max(x, axis: [1, 2])");
    await ok("x: f32[B, T, D]", "f32", "min(x) + prod(x)");
    await ok("x: f32[..N, D]", "f32[..N]", "sum(x, axis: -1)");
    await bad("x: f32[B, T]", "f32[B]", "sum(x, axis: 2)", "E0406", "2");
    await bad("x: bool[B, T]", "bool[B]", "sum(x, axis: 1)", "E0401", "x");
  });
  test("argmax gives i32", async () => {
    await ok("x: f32[B, C]", "i32[B]", "argmax(x)");
    await ok("x: f32[B, C]", "i32[C]", "argmax(x, axis: 0)");
  });
  test("an axis that is a generic int parameter gives an unknown shape, not an error", async () => {
    await ok("x: f32[..S], axis: int", "f32[..S]", "x - max(x, axis: axis, keepdims: true)");
  });
});

describe("matmul", () => {
  test("shapes", async () => {
    await ok("a: f32[B, M, K], b: f32[B, K, N]", "f32[B, M, N]", "a @ b");
    await ok("a: f32[..N, 784], w: f32[784, 300]", "f32[..N, 300]", "a @ w");
    await ok("a: f32[M, K], v: f32[K]", "f32[M]", "matmul(a, v)");
    await ok("a: f32[B, 1, M, K], b: f32[H, K, N]", "f32[B, H, M, N]", "a @ b");
  });
  test("errors", async () => {
    await bad("a: f32[B, 3], b: f32[4, 5]", "f32[B, 5]", "a @ b", "E0408", "@");
    await bad("a: f32[3], b: f32[3]", "f32", "a @ b", "E0402");
    await bad("a: i32[2, 3], b: i32[3, 2]", "i32[2, 2]", "a @ b", "E0401");
  });
});

describe("convolution and pooling", () => {
  test("conv2d output sizes", async () => {
    await ok("x: f32[N, 3, 32, 32], w: f32[16, 3, 3, 3]", "f32[N, 16, 30, 30]", "conv2d(x, w)");
    await ok("x: f32[N, 3, 32, 32], w: f32[16, 3, 3, 3]", "f32[N, 16, 16, 16]", "conv2d(x, w, stride: 2, padding: 1)");
    await ok("x: f32[N, 3, H, W], w: f32[16, 3, 3, 3]", "f32[N, 16, H, W]", "conv2d(x, w, padding: 1)");
    await ok("x: f32[N, 8, 10, 10], w: f32[8, 1, 3, 3]", "f32[N, 8, 8, 8]", "conv2d(x, w, groups: 8)");
    await ok("x: f32[N, 3, 32, 32], w: f32[4, 3, 3, 3]", "f32[N, 4, 28, 28]", "conv2d(x, w, dilation: 2)");
  });
  test("conv2d errors", async () => {
    await bad("x: f32[N, 4, 32, 32], w: f32[16, 3, 3, 3]", "f32[N, 16, 30, 30]", "conv2d(x, w)", "E0403", "w");
    await bad("x: f32[N, 3, 2, 2], w: f32[16, 3, 3, 3]", "f32[N, 16, 1, 1]", "conv2d(x, w)", "E0409");
    await bad("x: f32[N, 3, 32], w: f32[16, 3, 3, 3]", "f32[N, 16, 30]", "conv2d(x, w)", "E0402", "x");
    await bad("x: f32[N, 6, 8, 8], w: f32[5, 2, 3, 3]", "f32[N, 5, 6, 6]", "conv2d(x, w, groups: 3)", "E0405");
  });
  test("pooling", async () => {
    await ok("x: f32[N, C, 32, 32]", "f32[N, C, 16, 16]", "max_pool2d(x, 2)");
    await ok("x: f32[N, C, 7, 7]", "f32[N, C, 3, 3]", "avg_pool2d(x, 3, stride: 2)");
    await ok("x: f32[N, C, 7, 7]", "f32[N, C, 4, 4]", "max_pool2d(x, 3, stride: 2, padding: 1)");
    await bad("x: f32[N, C, 2, 2]", "f32[N, C, 1, 1]", "max_pool2d(x, 3)", "E0409");
  });
});

describe("shape ops", () => {
  test("reshape", async () => {
    await ok("x: f32[B, 28, 28]", "f32[B, 784]", "reshape(x, [B, 784])");
    await ok("x: f32[B, 28, 28]", "f32[B, 784]", "reshape(x, [B, -1])");
    await ok("x: f32[B, T, d]", "f32[B, T, 4, d / 4]", "reshape(x, [B, T, 4, d / 4])");
    await bad("x: f32[B, 28, 28]", "f32[B, 700]", "reshape(x, [B, 700])", "E0407", "[B, 700]");
    await bad("x: f32[B, 10]", "f32[B, 3, 3]", "reshape(x, [B, 3, -1])", "E0407");
    await bad("x: f32[B, 10]", "f32[10, B]", "reshape(x, [-1, -1])", "E0407");
    await bad("x: f32[B, 10]", "f32[B, 10]", "reshape(x, [B, x])", "E0306");
  });
  test("flatten", async () => {
    await ok("x: f32[N, C, H, W]", "f32[N, C * H * W]", "flatten(x)");
    await ok("x: f32[N, C, H, W]", "f32[N * C * H * W]", "flatten(x, start: 0)");
    await bad("x: f32[N]", "f32[N]", "flatten(x)", "E0406");
  });
  test("transpose", async () => {
    await ok("x: f32[A, B, C]", "f32[C, B, A]", "transpose(x)");
    await ok("x: f32[A, B, C]", "f32[A, C, B]", "transpose(x, [0, 2, 1])");
    await bad("x: f32[A, B, C]", "f32[A, C, B]", "transpose(x, [0, 2, 2])", "E0412", "[0, 2, 2]");
    await bad("x: f32[A, B, C]", "f32[A, C]", "transpose(x, [1, 0])", "E0412");
  });
  test("concat", async () => {
    await ok("a: f32[B, 3], b: f32[B, 5]", "f32[B, 8]", "concat([a, b], axis: 1)");
    await ok("a: f32[B, 3], b: f32[C, 3]", "f32[B + C, 3]", "concat([a, b], axis: 0)");
    await bad("a: f32[B, 3], b: f32[C, 3]", "f32[B, 6]", "concat([a, b], axis: 1)", "E0403");
    await bad("a: f32[B, 3], b: i32[B, 3]", "f32[B, 6]", "concat([a, b], axis: 1)", "E0401");
    await bad("a: f32[B, 3], b: f32[3]", "f32[B, 6]", "concat([a, b], axis: 0)", "E0402");
  });
  test("slice and indexing", async () => {
    await ok("x: f32[B, 10]", "f32[B, 4]", "slice(x, axis: 1, start: 2, end: 6)");
    await ok("x: f32[B, 10]", "f32[B, 3]", "slice(x, 1, -3, 10)");
    await bad("x: f32[B, 10]", "f32[B, 4]", "slice(x, 1, 8, 12)", "E0413", "12");
    await bad("x: f32[B, 10]", "f32[B, 4]", "slice(x, 1, 6, 2)", "E0413");
    await ok("x: f32[B, 10, 5]", "f32[B, 5]", "x[:, 0]");
    await ok("x: f32[B, 10, 5]", "f32[B, 4, 5]", "x[:, 2:6]");
    await ok("x: f32[B, 10, 5]", "f32[B, 5, 5]", "x[:, 0:10:2, :]");
    await bad("x: f32[B, 10]", "f32[B]", "x[:, 10]", "E0413", "10");
    await bad("x: f32[B, 10]", "f32[B]", "x[0, 1, 2]", "E0402");
  });
  test("gather and one_hot", async () => {
    await ok("t: f32[V, D], ids: i32[..N]", "f32[..N, D]", "gather(t, ids, axis: 0)");
    await ok("x: f32[B, V, D], ids: i32[K]", "f32[B, K, D]", "gather(x, ids, axis: 1)");
    await ok("y: i32[B]", "f32[B, 10]", "one_hot(y, 10)");
    await bad("t: f32[V, D], ids: f32[N]", "f32[N, D]", "gather(t, ids)", "E0401", "ids");
  });
  test("dropout and batch_norm", async () => {
    await ok("x: f32[B, 3]", "f32[B, 3]", "dropout(x, 0.1)");
    await bad("x: f32[B, 3]", "f32[B, 3]", "dropout(x, 1.5)", "E0415", "1.5");
    await ok("x: f32[N, C, H, W], g: f32[C]", "f32[N, C, H, W]", "batch_norm(x, g, g, g, g)");
    await bad("x: f32[N, C, H, W], g: f32[D]", "f32[N, C, H, W]", "batch_norm(x, g, g, g, g)", "E0403", "g");
  });
});

describe("arguments", () => {
  test("E0301 too many, E0302 missing, E0303 unknown named, E0304 duplicate", async () => {
    await bad("x: f32[B]", "f32[B]", "exp(x, x)", "E0301");
    await bad("x: f32[B, 3]", "f32[B, 3]", "slice(x, 1, 0)", "E0302");
    await bad("x: f32[B, 3]", "f32[B]", "sum(x, axs: 1)", "E0303", "axs");
    await bad("x: f32[B, 3]", "f32[B]", "sum(x, 1, axis: 1)", "E0304", "axis");
  });
  test("did-you-mean on a named argument", async () => {
    const c = await check("fn t(x: f32[B, 3]) -> f32[B] { sum(x, axs: 1) }");
    expect(c.errors[0].hint).toBe("did you mean `axis`?");
  });
  test("E0305 for a float where an int is expected; E0306 for a tensor", async () => {
    await bad("x: f32[B, 3]", "f32[B]", "sum(x, axis: 1.0)", "E0305", "1.0");
    await bad("x: f32[B, 3], y: i32[]", "f32[B]", "sum(x, axis: y)", "E0306", "y");
  });
});
