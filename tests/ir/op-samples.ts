// One valid node per IR op, typed complete over `Op`: a new op without a sample is a type
// error here, so every per-op test that walks these (the op-coverage test now, a backend's
// table check later) covers it. Also the op lists by category, for tables that cover one
// category (a backend's expression table covers OPS_BY_CATEGORY.elementwise).
import type { Attrs, DType, Op, OpCategory } from "../../compiler/ir/ir.ts";
import { CATEGORY_NAMES, OP_NAMES, opsInCategory } from "../../compiler/ir/ops/index.ts";
import type { TensorType } from "../../compiler/ir/shape.ts";

export interface OpSample {
  attrs: Attrs;
  inputs: TensorType[];
  /** A source's declared type. */
  declared?: TensorType;
  /** Values for i32 inputs are drawn from [0, indexBound) (gather and one_hot indices). */
  indexBound?: number;
}

const t = (dtype: DType, ...shape: number[]): TensorType => ({ dtype, shape });
const f = (...shape: number[]) => t("f32", ...shape);
const unary = (op: Attrs["op"], dtype: DType = "f32"): OpSample => ({ attrs: { op } as Attrs, inputs: [t(dtype, 2, 3)] });
const binary = (op: Attrs["op"], dtype: DType = "f32"): OpSample => ({ attrs: { op } as Attrs, inputs: [t(dtype, 2, 3), t(dtype, 2, 3)] });
const reduce = (op: "reduce_sum" | "reduce_max" | "reduce_min" | "reduce_prod" | "argmax"): OpSample => ({ attrs: { op, axes: [1], keepdims: false }, inputs: [f(2, 3, 4)] });

export const SAMPLES: { readonly [O in Op]: OpSample } = {
  input: { attrs: { op: "input", name: "x" }, inputs: [], declared: f(2, 3) },
  param: { attrs: { op: "param", name: "w", init: { kind: "uniform", low: -1, high: 1 }, trainable: false }, inputs: [], declared: f(3) },
  const: { attrs: { op: "const", value: [1.5, -2, 0.25] }, inputs: [], declared: f(3) },
  neg: unary("neg"), abs: unary("abs"), exp: unary("exp"), log: unary("log"), sqrt: unary("sqrt"), rsqrt: unary("rsqrt"),
  tanh: unary("tanh"), sigmoid: unary("sigmoid"), erf: unary("erf"), sin: unary("sin"), cos: unary("cos"),
  floor: unary("floor"), ceil: unary("ceil"), not: unary("not", "bool"),
  add: binary("add"), sub: binary("sub"), mul: binary("mul"), div: binary("div"), mod: binary("mod"), pow: binary("pow"),
  max: binary("max"), min: binary("min"), eq: binary("eq"), ne: binary("ne"), lt: binary("lt"), le: binary("le"),
  gt: binary("gt"), ge: binary("ge"), and: binary("and", "bool"), or: binary("or", "bool"),
  where: { attrs: { op: "where" }, inputs: [t("bool", 2, 3), f(2, 3), f(2, 3)] },
  cast: { attrs: { op: "cast", to: "i32" }, inputs: [f(2, 3)] },
  dropout: { attrs: { op: "dropout", p: 0.25 }, inputs: [f(2, 3)] },
  broadcast: { attrs: { op: "broadcast", shape: [4, 2, 3] }, inputs: [f(2, 1)] },
  reshape: { attrs: { op: "reshape", shape: [3, 2] }, inputs: [f(2, 3)] },
  transpose: { attrs: { op: "transpose", perm: [1, 2, 0] }, inputs: [f(2, 3, 4)] },
  slice: { attrs: { op: "slice", starts: [0, 1], ends: [2, 5], steps: [1, 2] }, inputs: [f(2, 5)] },
  concat: { attrs: { op: "concat", axis: 1 }, inputs: [f(2, 3), f(2, 1)] },
  reduce_sum: reduce("reduce_sum"), reduce_max: reduce("reduce_max"), reduce_min: reduce("reduce_min"),
  reduce_prod: reduce("reduce_prod"), argmax: reduce("argmax"),
  matmul: { attrs: { op: "matmul" }, inputs: [f(2, 3, 4), f(2, 4, 5)] },
  conv2d: { attrs: { op: "conv2d", stride: 1, padding: 1, dilation: 1, groups: 2 }, inputs: [f(2, 4, 5, 5), f(6, 2, 3, 3)] },
  max_pool2d: { attrs: { op: "max_pool2d", size: 2, stride: 2, padding: 0 }, inputs: [f(2, 3, 4, 4)] },
  avg_pool2d: { attrs: { op: "avg_pool2d", size: 3, stride: 1, padding: 1 }, inputs: [f(2, 3, 4, 4)] },
  gather: { attrs: { op: "gather", axis: 1 }, inputs: [f(2, 5, 3), t("i32", 4)], indexBound: 5 },
  one_hot: { attrs: { op: "one_hot", depth: 4 }, inputs: [t("i32", 2, 3)], indexBound: 4 },
};

/** Every op of each category, in table order. */
export const OPS_BY_CATEGORY: Readonly<Record<OpCategory, readonly Op[]>> = Object.fromEntries(
  CATEGORY_NAMES.map((c) => [c, opsInCategory(c)]),
) as Record<OpCategory, Op[]>;

/** The ops of `ops` that `table` has no entry for: what a coverage test reports. */
export function missingOps(table: object, ops: readonly Op[] = OP_NAMES): Op[] {
  return ops.filter((op) => !Object.prototype.hasOwnProperty.call(table, op));
}
