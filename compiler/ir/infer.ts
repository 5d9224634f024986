// Type inference for IR nodes: the one entry point that says which (dtype, shape) an op
// produces from its attrs and input types, and which inputs it accepts. Each op's rule is its
// op-table entry (compiler/ir/ops/); this checks the arity the entry declares and dispatches.
// The builder calls it to construct nodes and the verifier calls it to re-check them, so
// the two can never disagree.
import type { Attrs } from "./ir.ts";
import { opDef } from "./ops/table.ts";
import { IrError, type TensorType } from "./shape.ts";

export {
  IrError, broadcastShapes, broadcastsTo, fmtShape, fmtType, numElements, sameShape, strides, windowOutput, type TensorType,
} from "./shape.ts";
export { BINARY_OPS, REDUCE_OPS, UNARY_OPS, isBinaryOp, isReduceOp, isUnaryOp } from "./ops/table.ts";

/**
 * The type of a node with these attrs and input types. `declared` is the node's own type,
 * needed for sources (input, param, const), whose type is not derived from inputs.
 * Throws IrError when the construction is invalid.
 */
export function inferType(attrs: Attrs, inputs: readonly TensorType[], declared?: TensorType): TensorType {
  const def = opDef(attrs.op);
  if (def.arity !== "variadic" && inputs.length !== def.arity) {
    throw new IrError(`${attrs.op}: expected ${def.arity} input(s), got ${inputs.length}`);
  }
  return def.type(attrs, inputs, declared);
}
