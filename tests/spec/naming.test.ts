// The parameter-naming rules of spec/language.md ("Parameter naming"), each checked on a small
// model: these names are what users see in `dlc inspect` and in weight files.
import { describe, expect, it } from "vitest";
import { checkInMemory } from "./dl-blocks.ts";

async function names(src: string, model = 0): Promise<{ params: string[]; state: string[] }> {
  const r = await checkInMemory({ "main.dl": src }, ["main.dl"]);
  expect(r.diagnostics.filter((d) => d.severity === "error"), r.rendered).toEqual([]);
  const m = r.models[model];
  return {
    params: m.parameters.map((t) => `${t.name}[${t.shape.join(",")}]`),
    state: m.state.map((t) => `${t.name}[${t.shape.join(",")}]`),
  };
}

describe("parameter naming (spec/language.md)", () => {
  it("a binding names its instance; sub-layers nest", async () => {
    const { params } = await names(`
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
}`);
    expect(params).toEqual(["h1.ln.gamma[8]", "h1.ln.beta[8]", "h1.fc.w[8,8]", "h1.fc.b[8]"]);
  });

  it("repeat numbers its copies from 0", async () => {
    const { params } = await names(`
use std.nn.{Linear}
model M {
  input x: f32[B, 4]
  blocks = repeat 2 { Linear(4, 4) }
  output y = blocks(x)
}`);
    expect(params).toEqual(["blocks.0.w[4,4]", "blocks.0.b[4]", "blocks.1.w[4,4]", "blocks.1.b[4]"]);
  });

  it("one anonymous instance takes the binding's name; several are numbered by where they start", async () => {
    const { params } = await names(`
use std.nn.{Linear, relu}
model M {
  input x: f32[B, 784]
  h1 = relu(Linear(784, 300)(x))
  h = concat([Linear(784, 10)(x), Linear(784, 20)(x)], axis: 1)
  g = Linear(300, 10)(relu(Linear(784, 300)(x)))
  output y = h1
  output z = h
  output w = g
}`);
    expect(params).toEqual([
      "h1.w[784,300]", "h1.b[300]",
      "h.0.w[784,10]", "h.0.b[10]", "h.1.w[784,20]", "h.1.b[20]",
      "g.0.w[300,10]", "g.0.b[10]", "g.1.w[784,300]", "g.1.b[300]",
    ]);
  });

  it("inline instances in a forward function are named out (final expression) or after their let", async () => {
    const { params } = await names(`
use std.nn.{Linear, relu}
layer Head(d: Dim) {
  fn (x: f32[B, d]) -> f32[B, 2] { h = Linear(d, d)(x); Linear(d, 2)(relu(h)) }
}
layer Two(d: Dim) {
  fn (x: f32[B, d]) -> f32[B, 2] { Linear(d, 2)(relu(Linear(d, d)(x))) }
}
model M {
  input x: f32[B, 4]
  hd = Head(4)
  tw = Two(4)
  output y = hd(x)
  output z = tw(x)
  output v = Linear(4, 3)(x)
}`);
    expect(params).toEqual([
      "hd.h.w[4,4]", "hd.h.b[4]", "hd.out.w[4,2]", "hd.out.b[2]",
      "tw.out.0.w[4,2]", "tw.out.0.b[2]", "tw.out.1.w[4,4]", "tw.out.1.b[4]",
      "v.w[4,3]", "v.b[3]",
    ]);
  });

  it("a Layer argument is named after the parameter", async () => {
    const { params } = await names(`
use std.nn.{Linear, relu}
layer Twice(inner: Layer) {
  fn (x: f32[B, 4]) -> f32[B, 4] { inner(relu(inner(x))) }
}
model M {
  input x: f32[B, 4]
  t = Twice(Linear(4, 4))
  output y = t(x)
}`);
    expect(params).toEqual(["t.inner.w[4,4]", "t.inner.b[4]"]);
  });

  it("a top-level instance gets its own parameters in each model, named as the model reaches it", async () => {
    const src = `
use std.nn.{Linear}
fc = Linear(4, 4)
model M {
  input x: f32[B, 4]
  output y = fc(x)
}
model N {
  input x: f32[B, 4]
  s = fc
  output y = s(fc(x))
}`;
    expect((await names(src, 0)).params).toEqual(["fc.w[4,4]", "fc.b[4]"]);
    // Both uses in N are one instance: its parameters appear once.
    expect((await names(src, 1)).params).toEqual(["s.w[4,4]", "s.b[4]"]);
  });

  it("params and sub-layers in declaration order; state listed apart", async () => {
    const { params, state } = await names(`
use std.nn.{Linear}
layer Mixed(d: Dim) {
  first = Linear(d, d)
  param scale: f32[d] = ones()
  second = Linear(d, d)
  state count: f32[1] = zeros()
  fn (x: f32[B, d]) -> f32[B, d] { second(first(x)) * scale + count }
}
model M {
  input x: f32[B, 4]
  m = Mixed(4)
  output y = m(x)
}`);
    expect(params).toEqual(["m.first.w[4,4]", "m.first.b[4]", "m.scale[4]", "m.second.w[4,4]", "m.second.b[4]"]);
    expect(state).toEqual(["m.count[1]"]);
  });

  it("randwire nodes are node{i}, each with its input-edge weights agg", async () => {
    const { params, state } = await names(`
use std.nn.{SepConvNode}
model M {
  input x: f32[B, 8, 8, 8]
  stage = randwire(er(nodes: 3, p: 1.0, seed: 0), node: SepConvNode(8))
  output y = stage(x)
}`);
    // er(3, p = 1) is the complete graph: edges 0→1, 0→2, 1→2, so in-degrees 0, 1, 2
    // (node 0 reads the stage input and still gets one weight).
    const node = (i: number, agg: number) => [
      `stage.node${i}.agg[${agg}]`,
      `stage.node${i}.conv.depthwise[8,1,3,3]`,
      `stage.node${i}.conv.pointwise[8,8,1,1]`,
      `stage.node${i}.bn.gamma[8]`,
      `stage.node${i}.bn.beta[8]`,
    ];
    expect(params).toEqual([...node(0, 1), ...node(1, 1), ...node(2, 2)]);
    expect(state).toEqual([0, 1, 2].flatMap((i) => [`stage.node${i}.bn.running_mean[8]`, `stage.node${i}.bn.running_var[8]`]));
  });

  it("wired groups have g.w (one weight per connection) and g.b", async () => {
    const { params } = await names(`
use std.nn.{relu}
wired W {
  input x: f32[B, 3]
  neuron h[2]: relu
  x -> h[0]
  x[0:2] -> h[1]
  output y[1]: linear
  h -> y[0]
}`);
    expect(params).toEqual(["h.w[5]", "h.b[2]", "y.w[2]", "y.b[1]"]);
  });
});
