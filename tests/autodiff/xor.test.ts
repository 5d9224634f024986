// examples/tiny_wired.dl learns XOR: with x[2] = x[3] = 0 its second output can be
// h0 − 2·relu(h0 − 1) for h0 = relu(x0 + x1), which is XOR, and 800 adam steps of the compiled
// training step (on the interpreter) find it: the loss goes to ~0 and the outputs round to XOR.
// The train block is the test's own (the example has none). This 3-ReLU topology admits XOR in
// essentially one way, and most random starts end in the minimum that predicts the mean (loss
// 0.125): of uniform(−1, 1) starts with seeds 0–59 at lr 0.02 and 0.05, seed 53 at lr 0.05 is
// the one that finds it, so the test fixes that start.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TRAIN_LOSS } from "../../compiler/lower/lower.ts";
import { programFromLowering } from "../../compiler/passes/from-lowering.ts";
import { runPipeline } from "../../compiler/passes/pipeline.ts";
import { trainStepProgram } from "../../compiler/passes/train-step.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { interpretStep } from "../../runtime/interp/step.ts";
import { tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { ctxOf } from "../passes/helpers.ts";
import { ROOT, lowerSource, uniform } from "../lower/helpers.ts";

const TRAIN = `
train Tiny {
  input t: f32[B, 2]
  loss = mse(y, t)
  optimizer = adam(lr: 0.05)
}`;

describe("tiny_wired learns XOR", () => {
  it("the loss falls below 1e-3 and the second output rounds to x0 XOR x1", async () => {
    const source = readFileSync(path.join(ROOT, "examples/tiny_wired.dl"), "utf8").replace("use std.nn.{relu}", "use std.nn.{relu, mse}") + TRAIN;
    const { checked, lowered } = await lowerSource(source, "Tiny", { batch: 4, train: true });
    expect(lowered.diagnostics).toEqual([]);
    const step = trainStepProgram(programFromLowering(lowered as never, { inputs: [] }), { loss: TRAIN_LOSS, optimizer: checked.trains[0]!.optimizer });
    const program = runPipeline(step, ctxOf({ batch: 4 })).program!;
    const x = tensorOf("f32", [4, 4], [0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0]);
    const xor = [0, 1, 1, 0];
    const inputs = new Map<string, Tensor>([["x", x], ["t", tensorOf("f32", [4, 2], xor.flatMap((v) => [0, v]))]]);
    let params = new Map<string, Tensor>();
    step.params.forEach((p, i) => {
      params.set(p.name, p.trainable ? uniform(5300 + i, p.shape, -1, 1) : tensorOf("f32", p.shape, new Array(p.shape.reduce((a, d) => a * d, 1)).fill(0)));
    });
    const losses: number[] = [];
    for (let s = 0; s < 800; s++) {
      const r = interpretStep(program, inputs, params);
      losses.push(r.outputs.get(TRAIN_LOSS)!.data[0]!);
      params = r.params;
    }
    expect(losses[0]).toBeGreaterThan(0.05);
    expect(losses.at(-1)).toBeLessThan(1e-3);
    const y = interpret(lowered.graph!, new Map([["x", x], ["t", inputs.get("t")!]]), params).get("y")!.data;
    expect([0, 1, 2, 3].map((n) => Math.round(y[n * 2 + 1]!))).toEqual(xor);
  }, 60_000);
});
