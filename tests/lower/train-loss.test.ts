// Lowering for training (LowerOptions.train): the train block's inputs become graph inputs and
// its loss an output named `loss` (for wired graphs too: tests/autodiff/xor.test.ts), evaluated where the checker checked it (the model's inputs
// and outputs in scope). The loss is checked against a hand computation in f64, and the graph
// differentiates (compiler/passes/autodiff.ts) into gradients that match central differences.
import { describe, expect, it } from "vitest";
import { TRAIN_LOSS } from "../../compiler/lower/lower.ts";
import { differentiate } from "../../compiler/passes/autodiff.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { lowerExample, lowerSource, randomParams, uniform, type Lowered } from "./helpers.ts";

describe("lowering a train block's loss", () => {
  it("mlp.dl: label is an input, loss = cross_entropy(logits, label), the mean over the batch", async () => {
    const l = await lowerExample("mlp.dl", "Mlp", { batch: 3, train: true });
    expect(l.graph.inputs.map((v) => v.name)).toEqual(["x", "label"]);
    expect(l.graph.outputs.map((o) => o.name)).toEqual(["logits", TRAIN_LOSS]);
    expect(l.batchAxes).toEqual({ x: 0, label: 0 });
    const labels = [3, 0, 9];
    const out = interpret(l.graph, new Map([["x", uniform(1, [3, 784])], ["label", tensorOf("i32", [3], labels)]]), randomParams(l, 2));
    const logits = out.get("logits")!.data;
    let want = 0;
    for (let n = 0; n < 3; n++) {
      const row = Array.from(logits.subarray(n * 10, n * 10 + 10));
      const m = Math.max(...row);
      const lse = m + Math.log(row.reduce((a, v) => a + Math.exp(v - m), 0));
      want += (lse - row[labels[n]!]!) / 3;
    }
    expect(out.get(TRAIN_LOSS)!.shape).toEqual([]);
    expect(Math.abs(out.get(TRAIN_LOSS)!.data[0]! - want)).toBeLessThan(1e-5 * Math.max(1, want));
  });

  it("transformer.dl TransformerStack: the block's own input `target`, loss = mse(y, target)", async () => {
    const l = await lowerExample("transformer.dl", "TransformerStack", { batch: 1, train: true, args: { depth: 1 } });
    expect(l.graph.inputs.map((v) => v.name)).toEqual(["x", "target"]);
    const x = uniform(3, [1, 128, 256]);
    const target = uniform(4, [1, 128, 256]);
    const out = interpret(l.graph, new Map([["x", x], ["target", target]]), randomParams(l, 5));
    const y = out.get("y")!.data;
    let want = 0;
    for (let i = 0; i < y.length; i++) want += (y[i]! - target.data[i]!) ** 2 / y.length;
    expect(Math.abs(out.get(TRAIN_LOSS)!.data[0]! - want) / want).toBeLessThan(1e-5);
  }, 60_000);

  it("a model or wired graph without a train block is a clear error", async () => {
    await expect(lowerExample("mixer.dl", "Mixer", { batch: 1, train: true })).rejects.toThrow(/`Mixer` has no train block to lower for training/);
    await expect(lowerExample("tiny_wired.dl", "Tiny", { batch: 1, train: true })).rejects.toThrow(/`Tiny` has no train block to lower for training/);
  });

  it("the lowered loss differentiates: gradients match central differences", async () => {
    const { lowered } = await lowerSource(`
use std.nn.*
model M {
  input x: f32[B, 5]
  h = Linear(5, 4)
  out = Linear(4, 3)
  output logits = out(tanh(h(x)))
}
train M {
  input label: i32[B]
  loss = cross_entropy(logits, label)
}`, "M", { batch: 4, train: true });
    expect(lowered.diagnostics).toEqual([]);
    const g = lowered.graph!;
    const { graph, grads } = differentiate(g, { loss: TRAIN_LOSS });
    const inputs = new Map<string, Tensor>([["x", uniform(9, [4, 5])], ["label", tensorOf("i32", [4], [0, 2, 1, 2])]]);
    const params = randomParams({ params: lowered.params } as Lowered, 3);
    const out = interpret(graph, inputs, params);
    const loss = (p: Map<string, Tensor>) => interpret(g, inputs, p).get(TRAIN_LOSS)!.data[0]!;
    const eps = 1e-2;
    for (const [name, gname] of grads) {
      const p = params.get(name)!;
      const gv = out.get(gname)!.data;
      for (let i = 0; i < p.data.length; i++) {
        const at = (d: number) => {
          const data = Float32Array.from(p.data);
          data[i]! += d;
          return loss(new Map(params).set(name, { ...p, data }));
        };
        const fd = (at(eps) - at(-eps)) / (2 * eps);
        expect(Math.abs(gv[i]! - fd), `∂loss/∂${name}[${i}]`).toBeLessThan(2e-3 * Math.max(1, Math.abs(fd)));
      }
    }
  });
});
