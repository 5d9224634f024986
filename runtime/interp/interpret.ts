// The reference interpreter: evaluates a graph node by node in arena (topological) order.
// Each op's evaluation is its op-table entry's reference semantics (compiler/ir/ops/), built
// from the kernels in this folder; this file only walks the graph and checks what it is given.
// Other backends are tested against it, so the kernels favour plain loops over speed.
import type { Graph } from "../../compiler/ir/ir.ts";
import { isOp, opDef } from "../../compiler/ir/ops/table.ts";
import { InterpGraphError, InterpInputError, type NodeOrigin } from "./errors.ts";
import type { OutOfRange } from "./movement.ts";
import type { Tensor } from "./tensor.ts";

export interface InterpretOptions {
  /**
   * What a gather index outside [0, size) does: "clamp" (default) clamps into range, as
   * spec/builtins.md defines it and every backend does; "throw" raises an IndexOutOfRangeError
   * naming the node, to find where bad indices come from while debugging.
   */
  gatherOutOfRange?: OutOfRange;
}

/** Runs `graph` on named inputs and parameters; returns every graph output by name. */
export function interpret(
  graph: Graph,
  inputs: ReadonlyMap<string, Tensor>,
  params: ReadonlyMap<string, Tensor>,
  options: InterpretOptions = {},
): Map<string, Tensor> {
  const values: Tensor[] = [];
  const gatherOutOfRange = options.gatherOutOfRange ?? "clamp";
  for (const node of graph.nodes) {
    const op = node.attrs.op;
    const origin: NodeOrigin = { nodeId: node.id, op, span: graph.spans[node.id] };
    const args = node.inputs.map((id) => {
      const v = values[id];
      if (!v) throw new InterpGraphError(origin, `input %${id} has not been computed (inputs must point to earlier nodes)`);
      return v;
    });
    if (!isOp(op)) throw new InterpGraphError(origin, `unknown op ${JSON.stringify(op)}`);
    values[node.id] = opDef(op).interp(node.attrs, args, { node, origin, inputs, params, gatherOutOfRange });
  }
  const result = new Map<string, Tensor>();
  for (const o of graph.outputs) {
    const v = values[o.node];
    if (!v) throw new InterpInputError(`output "${o.name}" refers to %${o.node}, which does not exist`);
    result.set(o.name, v);
  }
  return result;
}
