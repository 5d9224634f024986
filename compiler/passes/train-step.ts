// The training step as one program: the lowered training graph (the model with its train
// block's loss, LowerOptions.train), differentiated (autodiff.ts), then the optimizer's update
// of every trainable parameter written as graph nodes and recorded as the program's updates
// (`target` takes the value of `node` after the step). The optimizer's own state (moments, the
// step count) is parameters too, trainable = false, zero at the start, updated the same way,
// so saving the state is saving parameters and the memory plan sees every in-place write.
//
// The optimizers' definitions are spec/training.md's (PyTorch's SGD, Adam and AdamW).
import type { OptimizerSettings } from "../check/result.ts";
import { GraphBuilder } from "../ir/builder.ts";
import type { Graph, NamedValue } from "../ir/ir.ts";
import type { LoweredParam } from "../lower/lower.ts";
import { differentiate } from "./autodiff.ts";
import type { ParamUpdate, Program } from "./program.ts";
import { copyGraph } from "./rewrite.ts";

/** The names of optimizer state: `/` cannot occur in a parameter path, so they never clash. */
export const STEP_COUNT = "optimizer/step";
export const momentName = (kind: "m" | "v", param: string) => `optimizer/${kind}/${param}`;

export interface TrainStepOptions {
  /** The output that is the loss (lowering names it `loss`). */
  loss: string;
  optimizer: OptimizerSettings;
}

/**
 * The program of one training step over `program` (a lowered training graph): its outputs are
 * the loss alone, its updates every trainable parameter's and the optimizer state's, and its
 * params the model's followed by the optimizer's state.
 */
export function trainStepProgram(program: Program, options: TrainStepOptions): Program {
  const trainable = program.params.filter((p) => p.trainable && p.dtype === "f32");
  const { graph: withGrads, grads } = differentiate(program.graph, { loss: options.loss, wrt: trainable.map((p) => p.name) });
  const b = new GraphBuilder({ cseConsts: false });
  const ids = copyGraph(b, withGrads);
  const out = (name: string) => ids[withGrads.outputs.find((o) => o.name === name)!.node]!;
  const paramNode = new Map<string, number>();
  for (const n of withGrads.nodes) if (n.attrs.op === "param") paramNode.set(n.attrs.name, ids[n.id]!);

  const opt = options.optimizer;
  const state: LoweredParam[] = [];
  const updates: ParamUpdate[] = [];
  const stateParam = (name: string, shape: readonly number[]) => {
    state.push({ name, dtype: "f32", shape: [...shape], init: { kind: "zeros" }, trainable: false });
    return b.param(name, "f32", shape, { kind: "zeros" }, { trainable: false });
  };
  const scalar = (v: number) => b.const(v, "f32", []);
  const like = (v: number, x: number) => b.broadcastTo(scalar(v), b.shape(x));
  const scaled = (v: number, x: number) => b.mul(like(v, x), x);

  // Adam's bias corrections need the step number: one counter for the whole program.
  let correction: { c1: number; c2: number } | undefined;
  if (opt.kind !== "sgd") {
    const t0 = stateParam(STEP_COUNT, []);
    const t = b.add(t0, scalar(1));
    updates.push({ target: STEP_COUNT, node: t });
    correction = {
      c1: b.sub(scalar(1), b.binary("pow", scalar(opt.beta1), t)),
      c2: b.sub(scalar(1), b.binary("pow", scalar(opt.beta2), t)),
    };
  }

  for (const p of trainable) {
    const w = paramNode.get(p.name)!;
    let g = out(grads.get(p.name)!);
    if (opt.kind === "sgd") {
      if (opt.weightDecay !== 0) g = b.add(g, scaled(opt.weightDecay, w));
      let step = g;
      if (opt.momentum !== 0) {
        const v0 = stateParam(momentName("m", p.name), p.shape);
        step = b.add(scaled(opt.momentum, v0), g);
        updates.push({ target: momentName("m", p.name), node: step });
      }
      updates.push({ target: p.name, node: b.sub(w, scaled(opt.lr, step)) });
      continue;
    }
    const decoupled = opt.kind === "adamw";
    if (!decoupled && opt.weightDecay !== 0) g = b.add(g, scaled(opt.weightDecay, w));
    const m0 = stateParam(momentName("m", p.name), p.shape);
    const v0 = stateParam(momentName("v", p.name), p.shape);
    const m = b.add(scaled(opt.beta1, m0), scaled(1 - opt.beta1, g));
    const v = b.add(scaled(opt.beta2, v0), scaled(1 - opt.beta2, b.mul(g, g)));
    const mHat = b.div(m, b.broadcastTo(correction!.c1, p.shape));
    const vHat = b.div(v, b.broadcastTo(correction!.c2, p.shape));
    const base = decoupled && opt.weightDecay !== 0 ? b.sub(w, scaled(opt.lr * opt.weightDecay, w)) : w;
    const next = b.sub(base, scaled(opt.lr, b.div(mHat, b.add(b.unary("sqrt", vHat), like(opt.eps, w)))));
    updates.push({ target: momentName("m", p.name), node: m }, { target: momentName("v", p.name), node: v }, { target: p.name, node: next });
  }
  const outputs: NamedValue[] = [{ name: options.loss, node: out(options.loss) }];
  const built = b.finish(outputs);
  // Every node built here belongs to the step as a whole: no `.dl` line to name.
  const graph: Graph = { ...built, spans: built.nodes.map((_, i) => (i < withGrads.nodes.length ? withGrads.spans[i] : undefined)) };
  return { ...program, graph, params: [...program.params, ...state], updates: [...program.updates, ...updates] };
}
