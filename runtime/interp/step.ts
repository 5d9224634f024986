// One step of a program with parameter updates (a training step, compiler/passes/train-step.ts)
// on the reference interpreter: the graph's outputs, and every updated parameter's new value,
// all computed from the values before the step (the updates are simultaneous, as an optimizer
// step is).
import type { Graph, NamedValue } from "../../compiler/ir/ir.ts";
import { interpret, type InterpretOptions } from "./interpret.ts";
import type { Tensor } from "./tensor.ts";

export interface StepProgram {
  readonly graph: Graph;
  readonly updates: readonly { readonly target: string; readonly node: number }[];
}

export interface StepResult {
  outputs: Map<string, Tensor>;
  /** `params` with every update applied (a new map; the given one is left alone). */
  params: Map<string, Tensor>;
}

export function interpretStep(program: StepProgram, inputs: ReadonlyMap<string, Tensor>, params: ReadonlyMap<string, Tensor>, options: InterpretOptions = {}): StepResult {
  // Update values ride along as extra outputs, under names no output can have.
  const extra: NamedValue[] = program.updates.map((u, i) => ({ name: `\u0000update${i}`, node: u.node }));
  const all = interpret({ ...program.graph, outputs: [...program.graph.outputs, ...extra] }, inputs, params, options);
  const outputs = new Map(program.graph.outputs.map((o) => [o.name, all.get(o.name)!]));
  const next = new Map(params);
  program.updates.forEach((u, i) => next.set(u.target, all.get(extra[i]!.name)!));
  return { outputs, params: next };
}
