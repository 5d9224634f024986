// Lowering names parameters exactly as the checker does (spec/language.md, "Parameter
// naming"): each program below is checked and lowered, and the lowered parameter list must be
// ModelInfo.parameters / .state, in order. Small programs, one rule (or corner) each.
import { describe, expect, it } from "vitest";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { lowerModel } from "../../compiler/lower/lower.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { tensorOf } from "../../runtime/interp/tensor.ts";
import { check } from "../check/helpers.ts";

async function lowerSrc(src: string, model: string, batch = 2) {
  const c = await check(src);
  expect(c.errors, c.errors.map((d) => d.message).join("\n")).toEqual([]);
  const info = c.models.find((m) => m.name === model)!;
  const res = lowerModel(c.load, c, model, { batch });
  expect(res.diagnostics).toEqual([]);
  expect(verifyGraph(res.graph!)).toEqual([]);
  const fmt = (ts: { name: string; shape: readonly (number | string)[] }[]) => ts.map((t) => `${t.name}[${t.shape.join(",")}]`);
  return { res, graph: res.graph!, got: fmt(res.params.filter((p) => p.trainable)), want: fmt(info.parameters), gotState: fmt(res.params.filter((p) => !p.trainable)), wantState: fmt(info.state) };
}

const PROGRAMS: [string, string][] = [
  ["nested sub-layers", `
use std.nn.{Linear, LayerNorm}
layer Block(d: Dim) {
  ln = LayerNorm(d)
  fc = Linear(d, d)
  fn (x: f32[B, d]) -> f32[B, d] { fc(ln(x)) }
}
model M {
  input x: f32[B, 8]
  h1 = Block(8)
  output y = h1(x)
}`],
  ["anonymous instances numbered by where they start", `
use std.nn.{Linear, relu}
model M {
  input x: f32[B, 784]
  h1 = relu(Linear(784, 300)(x))
  h = concat([Linear(784, 10)(x), Linear(784, 20)(x)], axis: 1)
  g = Linear(300, 10)(relu(Linear(784, 300)(x)))
  output y = h1
  output z = h
  output w = g
}`],
  ["a Layer argument is named after the parameter; an output is a binding", `
use std.nn.{Linear, relu}
layer Twice(inner: Layer) {
  fn (x: f32[B, 4]) -> f32[B, 4] { inner(relu(inner(x))) }
}
model M {
  input x: f32[B, 4]
  t = Twice(Linear(4, 4))
  output y = Linear(4, 2)(t(x))
}`],
  ["a top-level instance is named after the constant and shared within the model", `
use std.nn.{Linear}
shared = Linear(4, 4)
model M {
  input x: f32[B, 4]
  a = shared(x)
  output y = shared(a)
}`],
  ["anonymous instances in a forward body: out, out.0/out.1, and a let's name", `
use std.nn.{Linear, relu}
layer Two(d: Dim) {
  fn (x: f32[B, d]) -> f32[B, d] {
    mid = relu(Linear(d, d)(x))
    Linear(d, d)(mid) + Linear(d, d)(x)
  }
}
layer One(d: Dim) {
  fn (x: f32[B, d]) -> f32[B, d] { Linear(d, d)(x) }
}
model M {
  input x: f32[B, 4]
  two = Two(4)
  one = One(4)
  output y = one(two(one(x)))
}`],
  ["repeat of a layer with state, and BatchNorm state listed apart", `
use std.nn.{Conv2d, BatchNorm, relu}
layer Unit(c: Dim) {
  conv = Conv2d(c, c, 3, padding: 1)
  bn = BatchNorm(c)
  fn (x: f32[N, c, H, W]) -> f32[N, c, H, W] { relu(bn(conv(x))) }
}
model M(depth: int = 3) {
  input x: f32[B, 2, 5, 5]
  blocks = repeat depth { Unit(2) }
  output y = blocks(x)
}`],
];

describe("lowered parameter names equal the checker's", () => {
  for (const [what, src] of PROGRAMS) {
    it(what, async () => {
      const r = await lowerSrc(src, "M");
      expect(r.got).toEqual(r.want);
      expect(r.gotState).toEqual(r.wantState);
    });
  }

  it("applying one instance twice shares its parameter node; each constructor call has its own", async () => {
    const { graph } = await lowerSrc(PROGRAMS[2][1], "M");
    const users = (name: string) => {
      const id = graph.nodes.find((n) => n.attrs.op === "param" && n.attrs.name === name)!.id;
      return graph.nodes.filter((n) => n.attrs.op === "matmul" && n.inputs.includes(id)).length;
    };
    expect(users("t.inner.w")).toBe(2);
    expect(users("y.w")).toBe(1);
  });

  it("a shared top-level instance computes shared(shared(x)) with one set of weights", async () => {
    const { graph } = await lowerSrc(PROGRAMS[3][1], "M", 1);
    // w = 2·I, b = 1: shared(shared(x)) = 2·(2x + 1) + 1 = 4x + 3.
    const eye = Array.from({ length: 16 }, (_, i) => (i % 5 === 0 ? 2 : 0));
    const params = new Map([["shared.w", tensorOf("f32", [4, 4], eye)], ["shared.b", tensorOf("f32", [4], [1, 1, 1, 1])]]);
    const y = interpret(graph, new Map([["x", tensorOf("f32", [1, 4], [1, -2, 0.5, 3])]]), params).get("y")!;
    expect(Array.from(y.data)).toEqual([7, -5, 5, 15]);
  });

  it("indexing, slicing, comparisons, where and integer folding lower and compute as specified", async () => {
    const { graph } = await lowerSrc(`
model M {
  input x: f32[B, 6]
  half = 6 / 2
  picked = x[:, 1:half * 2:2]
  first = x[0]
  output y = where(picked > 0.0, picked, -picked) + first[half - 3]
}`, "M", 2);
    const x = tensorOf("f32", [2, 6], [1, -2, 3, -4, 5, -6, 7, 8, -9, 10, 11, 12]);
    const y = interpret(graph, new Map([["x", x]]), new Map()).get("y")!;
    // columns 1, 3, 5 → abs, plus x[0][0] = 1
    expect(y.shape).toEqual([2, 3]);
    expect(Array.from(y.data)).toEqual([3, 5, 7, 9, 11, 13]);
  });
});
