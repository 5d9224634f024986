// What the checker hands the later stages as data: each parameter's initializer (omitted
// arguments defaulted from the one table in check/builtins.ts), which lowering adopts, and a
// train block's settings with their defaults.
import { describe, expect, it } from "vitest";
import { lowerSource } from "../lower/helpers.ts";
import { check } from "./helpers.ts";

const LAYERS = `
layer Inits(n: int, v: float) {
  param a: f32[n] = normal()
  param b: f32[n] = uniform(low: -1.0)
  param c: f32[n, 2] = constant(v)
  param d: f32[2] = normal(mean: 1.0, std: 0.5)
  state e: f32[n] = ones()
  fn (x: f32[B, n]) -> f32[B, n] { x * a + b + e }
}

model M {
  input x: f32[B, 3]
  l = Inits(3, 0.25)
  output y = l(x)
}
`;

describe("the checker's parameters carry their initializers", () => {
  it("with omitted arguments defaulted, as dlc inspect and the lowering see them", async () => {
    const c = await check(LAYERS);
    expect(c.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const m = c.models.find((x) => x.name === "M")!;
    const init = Object.fromEntries([...m.parameters, ...m.state].map((p) => [p.name, p.init]));
    expect(init).toEqual({
      "l.a": { kind: "normal", mean: 0, std: 0.02 },
      "l.b": { kind: "uniform", low: -1, high: 0.05 },
      "l.c": { kind: "constant", value: 0.25 },
      "l.d": { kind: "normal", mean: 1, std: 0.5 },
      "l.e": { kind: "ones" },
    });
    const { lowered } = await lowerSource(LAYERS, "M");
    expect(Object.fromEntries(lowered.params.map((p) => [p.name, p.init]))).toEqual(init);
    // The graph's param nodes carry the same.
    const nodes = lowered.graph!.nodes.filter((n) => n.attrs.op === "param");
    expect(Object.fromEntries(nodes.map((n) => [(n.attrs as { name: string }).name, (n.attrs as { init: unknown }).init]))).toEqual(init);
  });

  it("a uniform whose defaulted high is not above low is E0415", async () => {
    const c = await check(`layer U { param a: f32[2] = uniform(low: 0.5)\n fn (x: f32[2]) -> f32[2] { x + a } }\nmodel M { input x: f32[2]\n u = U()\n output y = u(x) }`);
    expect(c.diagnostics.map((d) => [d.code, d.message])).toContainEqual(["E0415", "`uniform` needs low < high, got 0.5 and 0.05"]);
  });
});

const NET = `use std.nn.{Linear, relu, cross_entropy}

model Net {
  input x: f32[B, 4]
  fc = Linear(4, 3)
  output logits = fc(x)
}
`;

describe("train blocks as data", () => {
  it("omitted settings take the defaults of spec/language.md", async () => {
    const c = await check(`${NET}\ntrain Net {\n  input label: i32[B]\n  loss = cross_entropy(logits, label)\n}\n`);
    expect(c.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(c.trains).toHaveLength(1);
    const t = c.trains[0];
    expect(t.model).toBe("Net");
    expect(t.inputs).toEqual([{ name: "label", dtype: "i32", shape: ["B"] }]);
    expect(t.loss.kind).toBe("Call");
    expect(t.optimizer).toEqual({ kind: "adam", lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0 });
    expect(t.checkpoint).toEqual({ kind: "none" });
    expect(t.pipeline).toEqual({ kind: "none" });
  });

  it("given settings, with the arguments left out defaulted", async () => {
    const c = await check(`${NET}\ntrain Net {\n  input label: i32[B]\n  loss = cross_entropy(logits, label)\n  optimizer = sgd(lr: 0.1, momentum: 0.9)\n  checkpoint = budget(64 MiB)\n  pipeline = stages(2, schedule: 1f1b)\n}\n`);
    const t = c.trains[0];
    expect(t.optimizer).toEqual({ kind: "sgd", lr: 0.1, momentum: 0.9, weightDecay: 0 });
    expect(t.checkpoint).toEqual({ kind: "budget", bytes: 64 * 1024 * 1024 });
    expect(t.pipeline).toEqual({ kind: "stages", count: 2, microbatches: 1, schedule: "1f1b" });
    const w = await check(`${NET}\ntrain Net {\n  input label: i32[B]\n  loss = cross_entropy(logits, label)\n  optimizer = adamw(lr: 0.01)\n  checkpoint = sqrt\n}\n`);
    expect(w.trains[0].optimizer).toEqual({ kind: "adamw", lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01 });
    expect(w.trains[0].checkpoint).toEqual({ kind: "sqrt" });
  });

  it("a train block with an error yields no settings", async () => {
    const c = await check(`${NET}\ntrain Net {\n  input label: i32[B]\n  loss = cross_entropy(logits, label)\n  optimizer = sgd(lr: -1.0)\n}\n`);
    expect(c.diagnostics.map((d) => d.code)).toContain("E0804");
    expect(c.trains).toEqual([]);
  });
});
