// The training step as one program (compiler/passes/train-step.ts), run on the interpreter
// (runtime/interp/step.ts): three steps of a small tanh MLP with a cross-entropy train block,
// for each optimizer, against TensorFlow.js (CPU) training the same model from the same weights
// with its own optimizers: the parameters after every step and each step's loss.
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import "@tensorflow/tfjs-core/dist/register_all_gradients";
import { beforeAll, describe, expect, it } from "vitest";
import type { OptimizerSettings } from "../../compiler/check/result.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { TRAIN_LOSS } from "../../compiler/lower/lower.ts";
import { programFromLowering } from "../../compiler/passes/from-lowering.ts";
import { runPipeline } from "../../compiler/passes/pipeline.ts";
import { STEP_COUNT, momentName, trainStepProgram } from "../../compiler/passes/train-step.ts";
import { interpretStep } from "../../runtime/interp/step.ts";
import { tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { ctxOf } from "../passes/helpers.ts";
import { lowerSource, randomParams, uniform, type Lowered } from "../lower/helpers.ts";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const source = (optimizer: string) => `
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
  optimizer = ${optimizer}
}`;

const BATCH = 4;
const LABELS = [0, 2, 1, 2];

/** TensorFlow.js: the same model, loss and optimizer; the parameters and loss after each step. */
function tfSteps(opt: OptimizerSettings, start: Map<string, Tensor>, x: Tensor, steps: number): { params: Map<string, Float32Array>[]; losses: number[] } {
  const vars = new Map([...start].map(([k, t]) => [k, tf.variable(tf.tensor(Array.from(t.data), t.shape, "float32"), true)]));
  const optimizer = opt.kind === "sgd"
    ? (opt.momentum === 0 ? tf.train.sgd(opt.lr) : tf.train.momentum(opt.lr, opt.momentum))
    : tf.train.adam(opt.lr, opt.beta1, opt.beta2, opt.eps);
  const xs = tf.tensor(Array.from(x.data), x.shape, "float32");
  const labels = tf.oneHot(tf.tensor1d(LABELS, "int32"), 3);
  const params: Map<string, Float32Array>[] = [];
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    const loss = optimizer.minimize(() => {
      const h = tf.tanh(tf.add(tf.matMul(xs, vars.get("h.w")!), vars.get("h.b")!));
      const logits = tf.add(tf.matMul(h, vars.get("out.w")!), vars.get("out.b")!);
      return tf.neg(tf.mean(tf.sum(tf.mul(labels, tf.logSoftmax(logits)), -1))) as tf.Scalar;
    }, true)!;
    losses.push(loss.dataSync()[0]!);
    params.push(new Map([...vars].map(([k, v]) => [k, Float32Array.from(v.dataSync() as Float32Array)])));
  }
  return { params, losses };
}

const CASES: { optimizer: string; tfToo: boolean; state: (p: string) => string[] }[] = [
  { optimizer: "sgd(lr: 0.5)", tfToo: true, state: () => [] },
  { optimizer: "sgd(lr: 0.5, momentum: 0.9)", tfToo: true, state: (p) => [momentName("m", p)] },
  { optimizer: "adam(lr: 0.05)", tfToo: true, state: (p) => [momentName("m", p), momentName("v", p)] },
];

describe("a training step on the interpreter matches TensorFlow.js", () => {
  for (const c of CASES) {
    it(c.optimizer, async () => {
      const { checked, lowered } = await lowerSource(source(c.optimizer), "M", { batch: BATCH, train: true });
      expect(lowered.diagnostics).toEqual([]);
      const opt = checked.trains[0]!.optimizer;
      const program = trainStepProgram(programFromLowering(lowered as never, { inputs: [] }), { loss: TRAIN_LOSS, optimizer: opt });
      expect(verifyGraph(program.graph)).toEqual([]);
      const names = lowered.params.map((p) => p.name);
      expect(program.updates.map((u) => u.target).sort()).toEqual([...names, ...names.flatMap(c.state), ...(opt.kind === "sgd" ? [] : [STEP_COUNT])].sort());
      // The whole middle end keeps the updates (rewrites remap them) and verifies after each pass.
      const piped = runPipeline(program, ctxOf({ batch: BATCH }));
      expect(piped.diagnostics).toEqual([]);
      const start = randomParams({ params: lowered.params } as Lowered, 21);
      let params = new Map(start);
      for (const p of program.params.slice(lowered.params.length)) params.set(p.name, tensorOf("f32", p.shape, new Array(p.shape.reduce((a, d) => a * d, 1)).fill(0)));
      const x = uniform(5, [BATCH, 5]);
      const inputs = new Map<string, Tensor>([["x", x], ["label", tensorOf("i32", [BATCH], LABELS)]]);
      const want = tfSteps(opt, start, x, 3);
      for (let s = 0; s < 3; s++) {
        const r = interpretStep(piped.program!, inputs, params);
        expect(Math.abs(r.outputs.get(TRAIN_LOSS)!.data[0]! - want.losses[s]!), `step ${s} loss`).toBeLessThan(1e-5);
        params = r.params;
        for (const name of names) {
          const got = params.get(name)!.data;
          const w = want.params[s]!.get(name)!;
          got.forEach((v, i) => expect(Math.abs(v - w[i]!), `step ${s} ${name}[${i}]`).toBeLessThan(1e-5 * Math.max(1, Math.abs(w[i]!))));
        }
      }
      if (opt.kind !== "sgd") expect(Array.from(params.get(STEP_COUNT)!.data)).toEqual([3]);
    });
  }

  it("adamw decouples weight decay: the step is adam's with p ← p − lr·wd·p first (by hand, one step)", async () => {
    const { checked, lowered } = await lowerSource(source("adamw(lr: 0.05, weight_decay: 0.1)"), "M", { batch: BATCH, train: true });
    const opt = checked.trains[0]!.optimizer;
    if (opt.kind !== "adamw") throw new Error(`expected adamw, got ${opt.kind}`);
    const adamw = trainStepProgram(programFromLowering(lowered as never, { inputs: [] }), { loss: TRAIN_LOSS, optimizer: opt });
    const adam = trainStepProgram(programFromLowering(lowered as never, { inputs: [] }), { loss: TRAIN_LOSS, optimizer: { ...opt, kind: "adam", weightDecay: 0 } });
    const start = randomParams({ params: lowered.params } as Lowered, 21);
    const zeros = (p: { name: string; shape: number[] }) => [p.name, tensorOf("f32", p.shape, new Array(p.shape.reduce((a, d) => a * d, 1)).fill(0))] as const;
    const inputs = new Map<string, Tensor>([["x", uniform(5, [BATCH, 5])], ["label", tensorOf("i32", [BATCH], LABELS)]]);
    const a = interpretStep(adamw, inputs, new Map([...start, ...adamw.params.slice(lowered.params.length).map(zeros)])).params;
    const b = interpretStep(adam, inputs, new Map([...start, ...adam.params.slice(lowered.params.length).map(zeros)])).params;
    for (const p of lowered.params) {
      const s = start.get(p.name)!.data;
      const got = a.get(p.name)!.data;
      const plain = b.get(p.name)!.data;
      // adam's update u = plain − s, so adamw = s − lr·wd·s + u.
      got.forEach((v, i) => expect(Math.abs(v - (s[i]! - 0.05 * 0.1 * s[i]! + (plain[i]! - s[i]!)))).toBeLessThan(1e-6));
    }
  });
});

describe("examples/mlp.dl's own train block (adam, lr 1e-3)", () => {
  it("ten steps on one batch lower the loss", async () => {
    const { lowerExample } = await import("../lower/helpers.ts");
    const l = await lowerExample("mlp.dl", "Mlp", { batch: 8, train: true });
    const opt = l.checked.trains.find((t) => t.model === "Mlp")!.optimizer;
    expect(opt).toMatchObject({ kind: "adam", lr: 1e-3 });
    const program = runPipeline(trainStepProgram(programFromLowering(l as never, { inputs: [] }), { loss: TRAIN_LOSS, optimizer: opt }), ctxOf({ batch: 8 })).program!;
    let params = new Map(randomParams(l, 3));
    for (const p of program.params.slice(l.params.length)) params.set(p.name, tensorOf("f32", p.shape, new Array(p.shape.reduce((a, d) => a * d, 1)).fill(0)));
    const inputs = new Map<string, Tensor>([["x", uniform(8, [8, 784], 0, 1)], ["label", tensorOf("i32", [8], [0, 1, 2, 3, 4, 5, 6, 7])]]);
    const losses: number[] = [];
    for (let s = 0; s < 10; s++) {
      const r = interpretStep(program, inputs, params);
      losses.push(r.outputs.get(TRAIN_LOSS)!.data[0]!);
      params = r.params;
    }
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.8);
    for (let s = 1; s < 10; s++) expect(losses[s]!, `step ${s}`).toBeLessThan(losses[s - 1]!);
  }, 60_000);
});
