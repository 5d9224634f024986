// The op table's public surface: the table, lookups derived from it, and the entry types.
export {
  BINARY_FUNCTIONS, BINARY_OPERATORS, BINARY_OPS, CATEGORY, OPS, OP_NAMES, REDUCE_FUNCTIONS, REDUCE_OPS,
  UNARY_FUNCTIONS, UNARY_OPERATORS, UNARY_OPS, isBinaryOp, isOp, isReduceOp, isUnaryOp, opDef, opsInCategory,
} from "./table.ts";
export { CATEGORY_NAMES } from "./types.ts";
export type {
  AnyOpDef, AttrFormat, AttrKey, AttrOrder, AttrsOf, BatchCtx, BatchRule, BatchState, BroadcastOp, CategoryOf, ComplexOp,
  ElementwiseOp, GradCtx, GradRule, InterpCtx, InterpRule, MovementOp, OpDef, OpTable, OpaqueOp, ScalarDef, ScalarFn,
  SourceOp, Surface, TypeRule, Unmixed, ViewFact, ViewRule,
} from "./types.ts";
export { floorDivI, floorModF, floorModI, powF, powI } from "./arith.ts";
