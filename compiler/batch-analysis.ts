// Can a graph lowered for batch N run a smaller batch b by zero-padding its inputs to N and
// keeping the first b rows of its outputs? Yes exactly when every output row depends only on
// the input rows of the same sample. This pass proves that conservatively, by tracking for
// each node where its samples live (BatchState in compiler/ir/ops/types.ts: free, uniform,
// batch along an axis, or mixed). It starts from the facts lowering recorded (which axis of
// each input it bound to the batch size) and applies each op's batch rule from the op table;
// no shape is ever read as "the batch" because it happens to be divisible by N.
import type { Graph } from "./ir/ir.ts";
import { opDef } from "./ir/ops/table.ts";
import type { BatchState, Unmixed } from "./ir/ops/types.ts";
import { IrError, fmtType } from "./ir/shape.ts";

export interface BatchAnalysis {
  /** Whether a smaller batch may run by padding to N and slicing the outputs. */
  perSample: boolean;
  /** The first op that mixes samples (or the tensor the runtime cannot pad), when perSample is false. */
  reason?: string;
  /** For each graph output, by name: whether axis 0 holds the samples, one row each. */
  outputBatched: Record<string, boolean>;
}

/** The runtime pads inputs and slices outputs along axis 0 only. */
const RUNTIME_AXIS = 0;

/**
 * Which input axes hold the batch: LowerResult.batchAxes (input name → axis), or a set of
 * input names whose axis 0 is the batch.
 */
export type BatchInputs = Readonly<Record<string, number>> | ReadonlySet<string>;

function axesOf(batched: BatchInputs): Readonly<Record<string, number>> {
  return batched instanceof Set ? Object.fromEntries([...batched].map((name) => [name, 0])) : (batched as Readonly<Record<string, number>>);
}

/**
 * Where the samples of every node live, by node id. `n`, when given, is the batch size: each
 * input axis that holds the batch must have exactly that size.
 */
export function batchStates(g: Graph, batched: BatchInputs, n?: number): BatchState[] {
  const batchAxes = axesOf(batched);
  for (const [name, axis] of Object.entries(batchAxes)) {
    const v = g.inputs.find((i) => i.name === name);
    if (!v) throw new IrError(`batch analysis: "${name}" has a batch axis but is not a graph input`);
    const node = g.nodes[v.node];
    if (!Number.isInteger(axis) || axis < 0 || axis >= node.shape.length || (n !== undefined && node.shape[axis] !== n)) {
      throw new IrError(`batch analysis: input "${name}" (${fmtType(node)}) cannot have its batch${n === undefined ? "" : ` of ${n}`} on axis ${axis}`);
    }
  }
  const inputAxis = (name: string) => batchAxes[name];
  const states: BatchState[] = [];
  for (const node of g.nodes) {
    const ins = node.inputs.map((i) => states[i]);
    const bad = ins.find((s) => s.k === "mixed");
    if (bad) {
      states[node.id] = bad;
      continue;
    }
    const s = opDef(node.attrs.op).batch(node.attrs, ins as Unmixed[], { node, inputs: node.inputs.map((i) => g.nodes[i]), inputAxis });
    states[node.id] = s.k === "mixed" ? { k: "mixed", why: `${node.attrs.op} at %${node.id} ${s.why}` } : s;
  }
  return states;
}

export function analyzeBatch(g: Graph, batched: BatchInputs, n?: number): BatchAnalysis {
  const batchAxes = axesOf(batched);
  const states = batchStates(g, batchAxes, n);
  let reason: string | undefined;
  for (const v of g.inputs) {
    const axis = batchAxes[v.name];
    if (axis !== undefined && axis !== RUNTIME_AXIS) reason ??= `input "${v.name}" has the batch on axis ${axis}; the runtime pads axis ${RUNTIME_AXIS} only`;
  }
  const outputBatched: Record<string, boolean> = {};
  for (const o of g.outputs) {
    const s = states[o.node];
    outputBatched[o.name] = s.k === "batch" && s.axis === RUNTIME_AXIS && s.f === 1;
    if (s.k === "mixed") reason ??= s.why;
    else if (s.k === "batch" && s.f !== 1) reason ??= `output "${o.name}" holds ${s.f} rows per sample`;
    else if (s.k === "batch" && s.axis !== RUNTIME_AXIS) reason ??= `output "${o.name}" has the batch on axis ${s.axis}; the runtime slices axis ${RUNTIME_AXIS} only`;
  }
  return reason === undefined ? { perSample: true, outputBatched } : { perSample: false, reason, outputBatched };
}
