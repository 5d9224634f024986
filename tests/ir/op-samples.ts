// One valid node per IR op, typed complete over `Op`: a new op with attributes but no sample
// is a type error here (unary and binary ops get theirs from the table), so every per-op test
// that walks these (the op-coverage test now, a backend's table check later) covers it. Also the op lists by category, for tables that cover one
// category (a backend's expression table covers OPS_BY_CATEGORY.elementwise).
import type { Attrs, BinaryOp, DType, Op, OpCategory, UnaryOp } from "../../compiler/ir/ir.ts";
import { BINARY_OPS, CATEGORY_NAMES, OP_NAMES, UNARY_OPS, opDef, opsInCategory } from "../../compiler/ir/ops/index.ts";
import { acceptedDtypes } from "../../compiler/ir/scalar.ts";
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
const reduce = (op: "reduce_sum" | "reduce_max" | "reduce_min" | "reduce_prod" | "argmax"): OpSample => ({ attrs: { op, axes: [1], keepdims: false }, inputs: [f(2, 3, 4)] });

// Unary and binary ops take no attributes: their samples are made from the table, on the
// first dtype each accepts, so a new elementwise op needs no line here.
function scalarSamples(ops: readonly Op[], arity: number): Record<string, OpSample> {
  return Object.fromEntries(
    ops.map((op) => {
      const dtype = acceptedDtypes(op as UnaryOp | BinaryOp)[0];
      return [op, { attrs: { op } as Attrs, inputs: Array.from({ length: arity }, () => t(dtype, 2, 3)) }];
    }),
  );
}
const SCALAR_SAMPLES = {
  ...scalarSamples([...UNARY_OPS] as Op[], 1),
  ...scalarSamples([...BINARY_OPS] as Op[], 2),
} as Record<UnaryOp | BinaryOp, OpSample>;

const OTHER_SAMPLES: { readonly [O in Exclude<Op, UnaryOp | BinaryOp>]: OpSample } = {
  input: { attrs: { op: "input", name: "x" }, inputs: [], declared: f(2, 3) },
  param: { attrs: { op: "param", name: "w", init: { kind: "uniform", low: -1, high: 1 }, trainable: false }, inputs: [], declared: f(3) },
  const: { attrs: { op: "const", value: [1.5, -2, 0.25] }, inputs: [], declared: f(3) },
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

export const SAMPLES: { readonly [O in Op]: OpSample } = { ...SCALAR_SAMPLES, ...OTHER_SAMPLES };

/** Every op of each category, in table order. */
export const OPS_BY_CATEGORY: Readonly<Record<OpCategory, readonly Op[]>> = Object.fromEntries(
  CATEGORY_NAMES.map((c) => [c, opsInCategory(c)]),
) as Record<OpCategory, Op[]>;

/** The ops of `ops` that `table` has no entry for: what a coverage test reports. */
export function missingOps(table: object, ops: readonly Op[] = OP_NAMES): Op[] {
  return ops.filter((op) => !Object.prototype.hasOwnProperty.call(table, op));
}

/**
 * The elementwise ops a backend's expression table must cover: all but those that only alias
 * their input (dropout at inference), which a backend serves without code.
 */
export const COMPUTED_ELEMENTWISE: readonly Op[] = OPS_BY_CATEGORY.elementwise.filter((op) => {
  const s = SAMPLES[op];
  return opDef(op).view(s.attrs, s.inputs[0], { dtype: "f32", shape: s.inputs[0]?.shape ?? [] }).kind !== "alias";
});
