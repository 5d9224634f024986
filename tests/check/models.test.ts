// Layers, instances and parameter naming, repeat, randwire, models and train blocks.
import { describe, expect, test } from "vitest";
import { check, show } from "./helpers.ts";

const names = (m: { parameters: { name: string; shape: (number | string)[] }[] }) => m.parameters.map((p) => `${p.name}:${JSON.stringify(p.shape)}`);

describe("mlp", () => {
  test("inspect numbers: 6 parameters, 266,610 in total", async () => {
    const c = await check(`use std.nn.{Linear, relu}
model Mlp {
  input x: f32[B, 784]
  h1 = Linear(784, 300)
  h2 = Linear(300, 100)
  out = Linear(100, 10)
  output logits = out(relu(h2(relu(h1(x)))))
}`);
    expect(c.diagnostics, show(c)).toEqual([]);
    expect(c.models).toHaveLength(1);
    const m = c.models[0];
    expect(m.inputs).toEqual([{ name: "x", dtype: "f32", shape: ["B", 784] }]);
    expect(m.outputs).toEqual([{ name: "logits", dtype: "f32", shape: ["B", 10] }]);
    expect(names(m)).toEqual(["h1.w:[784,300]", "h1.b:[300]", "h2.w:[300,100]", "h2.b:[100]", "out.w:[100,10]", "out.b:[10]"]);
    // 784*300 + 300 + 300*100 + 100 + 100*10 + 10
    expect(m.parameterCount).toBe(235200 + 300 + 30000 + 100 + 1000 + 10);
  });
  test("inline instances are named after their binding: one → h1.w, several → h1.0.w, h1.1.w", async () => {
    const c = await check(`use std.nn.{Linear, relu}
model Mlp {
  input x: f32[B, 784]
  h1 = relu(Linear(784, 300)(x))
  h2 = Linear(100, 10)(relu(Linear(300, 100)(h1)))
  output y = h2
}`);
    expect(c.diagnostics, show(c)).toEqual([]);
    expect(names(c.models[0])).toEqual(["h1.w:[784,300]", "h1.b:[300]", "h2.0.w:[100,10]", "h2.0.b:[10]", "h2.1.w:[300,100]", "h2.1.b:[100]"]);
  });
  test("applying one instance twice shares its weights", async () => {
    const c = await check(`use std.nn.Linear
model M { input x: f32[B, 8]; l = Linear(8, 8); output y = l(l(x)) }`);
    expect(names(c.models[0])).toEqual(["l.w:[8,8]", "l.b:[8]"]);
  });
});

describe("layers", () => {
  test("sub-layers, forward-body instances and state, with dotted names", async () => {
    const c = await check(`use std.nn.{Linear, BatchNorm, LayerNorm}
layer Block(d: Dim) {
  ln = LayerNorm(d)
  param scale: f32[d] = ones()
  fn (x: f32[B, d]) -> f32[B, d] {
    h = Linear(d, d)(ln(x))
    h * scale
  }
}
model M {
  input x: f32[B, 16, 4, 4]
  bn = BatchNorm(16)
  blk = Block(8)
  output y = bn(x)
  output z = blk(reshape(y, [B, -1])[:, 0:8])
}`);
    expect(c.errors, show(c)).toEqual([]);
    const m = c.models[0];
    expect(names(m)).toEqual(["bn.gamma:[16]", "bn.beta:[16]", "blk.ln.gamma:[8]", "blk.ln.beta:[8]", "blk.scale:[8]", "blk.h.w:[8,8]", "blk.h.b:[8]"]);
    expect(m.state.map((s) => s.name)).toEqual(["bn.running_mean", "bn.running_var"]);
    expect(m.outputs.map((o) => JSON.stringify(o.shape))).toEqual(['["B",16,4,4]', '["B",8]']);
  });
  test("member access reaches parameters and sub-layers", async () => {
    const c = await check(`use std.nn.Linear
layer Two(d: Dim) { a = Linear(d, d); fn (x: f32[B, d]) -> f32[B, d] { a(x) } }
model M { input x: f32[B, 4]; t = Two(4); output y = t.a(x) + t.a.b; output w = t.a.w }`);
    expect(c.errors, show(c)).toEqual([]);
    expect(names(c.models[0])).toEqual(["t.a.w:[4,4]", "t.a.b:[4]"]);
    expect(c.models[0].outputs[1]).toEqual({ name: "w", dtype: "f32", shape: [4, 4] });
  });
  test("declaration errors: E0501, E0502, E0505, E0410", async () => {
    const c = await check(`layer NoFwd(d: Dim) { param w: f32[d] = zeros() }
layer TwoFwd { fn (x: f32[N]) -> f32[N] { x }; fn (x: f32[N]) -> f32[N] { x } }
layer BadInit(d: Dim) { param w: f32[d] = glorot_unifrom(); fn (x: f32[d]) -> f32[d] { x * w } }
use std.nn.Linear
model M { input x: f32[B, B]; l = Linear(B, 4); output y = l(x) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0501", "E0502", "E0505", "E0410"]);
    const init = c.errors[2];
    expect(init.hint).toBe("did you mean `glorot_uniform`?");
    expect(c.text(c.errors[3].span)).toBe("l = Linear(B, 4)");
  });
  test("unknown dims in param shapes are E0205", async () => {
    const c = await check(`layer L(d: Dim) { param w: f32[d, K] = zeros(); fn (x: f32[d]) -> f32[d] { x } }`);
    expect(c.errors.map((d) => d.code)).toEqual(["E0205"]);
    expect(c.text(c.errors[0].span)).toBe("K");
  });
  test("a layer used in a fn is E0203", async () => {
    const c = await check(`use std.nn.Linear
fn f(x: f32[B, 4]) -> f32[B, 4] { Linear(4, 4)(x) }`);
    expect(c.errors.map((d) => d.code)).toEqual(["E0203"]);
  });
  test("48 identical blocks are checked once and stay fast", async () => {
    const c0 = await check(`use std.nn.TransformerBlock
model T { input x: f32[B, 64, 256]; blocks = repeat 2 { TransformerBlock(256, 8, 1024) }; output y = blocks(x) }`);
    expect(c0.errors, show(c0)).toEqual([]);
    const lines = Array.from({ length: 48 }, (_, i) => `  b${i} = TransformerBlock(256, 8, 1024)`).join("\n");
    const apply = Array.from({ length: 48 }, (_, i) => `b${i}`).reduce((acc, b) => `${b}(${acc})`, "x");
    const src = `use std.nn.TransformerBlock\nmodel T {\n  input x: f32[B, 64, 256]\n${lines}\n  output y = ${apply}\n}`;
    await check(src); // warm
    const t0 = performance.now();
    const c = await check(src);
    const ms = performance.now() - t0;
    expect(c.errors, show(c)).toEqual([]);
    expect(c.models[0].parameters).toHaveLength(48 * 16);
    expect(ms).toBeLessThan(1000);
  });
});

describe("repeat", () => {
  test("parameters blocks.0.…, count from a model parameter", async () => {
    const c = await check(`use std.nn.{LayerNorm}
model Stack(depth: int = 3) {
  input x: f32[B, 128, 256]
  blocks = repeat depth { LayerNorm(256) }
  output y = blocks(x)
}`);
    expect(c.diagnostics, show(c)).toEqual([]);
    expect(names(c.models[0])).toEqual([0, 1, 2].flatMap((i) => [`blocks.${i}.gamma:[256]`, `blocks.${i}.beta:[256]`]));
    expect(c.models[0].parameterCount).toBe(3 * 512);
  });
  test("E0504 for a layer that changes the shape; count errors", async () => {
    const c = await check(`use std.nn.Linear
model M {
  input x: f32[B, 8]
  a = repeat 2 { Linear(8, 4) }
  b = repeat 0 { Linear(8, 8) }
  c = repeat 2 { Linear }
  output y = a(b(c(x)))
}`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0504", "E0415", "E0203"]);
    expect(c.text(c.errors[0].span)).toBe("Linear(8, 4)");
  });
});

describe("generic counts", () => {
  test("repeat and randwire with a layer parameter as count are checked at instantiation", async () => {
    const c = await check(`use std.nn.{LayerNorm, SepConvNode}
layer Stack(d: Dim, n: int) { blocks = repeat n { LayerNorm(d) }; fn (x: f32[B, d]) -> f32[B, d] { blocks(x) } }
layer Stage(c: Dim, nodes: int) {
  s = randwire(er(nodes: nodes, p: 0.5, seed: 3), node: SepConvNode(c))
  fn (x: f32[N, c, H, W]) -> f32[N, c, H, W] { s(x) }
}
model M { input x: f32[B, 4]; s = Stack(4, 3); output y = s(x) }
model R { input x: f32[B, 4, 8, 8]; s = Stage(4, 5); output y = s(x) }
model Bad { input x: f32[B, 4, 8, 8]; s = Stage(4, 1); output y = s(x) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0701"]);
    expect(c.text(c.errors[0].span)).toBe("Stage(4, 1)");
    expect(c.text(c.errors[0].labels[0].span)).toBe("er(nodes: nodes, p: 0.5, seed: 3)");
    expect(names(c.models[0])).toEqual([0, 1, 2].flatMap((i) => [`s.blocks.${i}.gamma:[4]`, `s.blocks.${i}.beta:[4]`]));
    expect(c.models[1].parameters.filter((p) => p.name.endsWith(".agg"))).toHaveLength(5);
  });
  test("a repeat count that is not a number in a model is E0306", async () => {
    const c = await check(`use std.nn.LayerNorm
model M { input x: f32[B, 4]; s = repeat B { LayerNorm(4) }; output y = s(x) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0306"]);
  });
});

describe("randwire", () => {
  test("node parameters and agg weights per node", async () => {
    const c = await check(`use std.nn.SepConvNode
stage = randwire(ws(nodes: 6, k: 2, p: 0.0, seed: 1), node: SepConvNode(8))
model R { input x: f32[B, 8, 16, 16]; output y = stage(x) }`);
    expect(c.errors, show(c)).toEqual([]);
    const ps = c.models[0].parameters;
    // A ring lattice with k = 2 and no rewiring: edges (i, i+1) and (0, 5); oriented low → high.
    expect(ps.filter((p) => p.name.endsWith(".agg")).map((p) => `${p.name}:${p.shape[0]}`)).toEqual([
      "stage.node0.agg:1",
      "stage.node1.agg:1",
      "stage.node2.agg:1",
      "stage.node3.agg:1",
      "stage.node4.agg:1",
      "stage.node5.agg:2",
    ]);
    expect(ps.some((p) => p.name === "stage.node3.conv.depthwise")).toBe(true);
    expect(c.models[0].state.some((p) => p.name === "stage.node5.bn.running_var")).toBe(true);
  });
  test("invalid generator arguments are E0701; a non-preserving node E0504", async () => {
    const c = await check(`use std.nn.{SepConvNode, Linear}
a = randwire(ws(nodes: 6, k: 3, p: 0.5, seed: 1), node: SepConvNode(8))
b = randwire(er(nodes: 6, p: 0.5, seed: 1), node: Linear(4, 8))`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0701", "E0504"]);
  });
});

describe("models and train blocks", () => {
  const base = `use std.nn.{Linear, cross_entropy}
model Mlp { input x: f32[B, 784]; l = Linear(784, 10); output logits = l(x) }
`;
  test("a full train block checks clean", async () => {
    const c = await check(`${base}train Mlp {
  input label: i32[B]
  loss = cross_entropy(logits, label)
  optimizer = adam(lr: 1e-3)
  checkpoint = budget(64 MiB)
  pipeline = stages(2, microbatches: 8, schedule: 1f1b)
}`);
    expect(c.diagnostics, show(c)).toEqual([]);
  });
  test("train errors", async () => {
    const c = await check(`${base}train Mlp {
  input label: i32[B]
  loss = logits
  optimizer = adma(lr: 1e-3)
  checkpoint = everything
  pipeline = stages(0)
  lr = 3
}
train Mpl { optimizer = sgd(lr: 0.1) }
train Mlp { input label: i32[B]; loss = cross_entropy(logits, label); optimizer = sgd(lr: -1.0) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0802", "E0804", "E0805", "E0806", "E0801", "E0201", "E0804"]);
    expect(c.errors[1].hint).toBe("did you mean `adam`?");
    expect(c.errors[5].hint).toBe("did you mean `Mlp`?");
  });
  test("a missing loss is E0803; model without input/output E0507/E0503", async () => {
    const c = await check(`${base}train Mlp { optimizer = sgd(lr: 0.1) }
model Empty { }`);
    expect(c.errors.map((d) => d.code).sort(), show(c)).toEqual(["E0503", "E0507", "E0803"]);
  });
  test("a loss using a train input with the model's batch dim", async () => {
    const c = await check(`${base}train Mlp { input label: i32[C]; loss = cross_entropy(logits, label) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0403"]);
    expect(c.text(c.errors[0].span)).toBe("label");
  });
});
