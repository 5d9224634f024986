// Reduction entries. One type rule and one batch rule serve all five: the output drops (or,
// with keepdims, keeps as 1) the reduced axes; argmax takes exactly one axis and gives i32.
import type { ReduceOp } from "../ir.ts";
import { IrError, fmtType, type TensorType } from "../shape.ts";
import { reduce } from "../../../runtime/interp/reduce.ts";
import { ALONG_GROWN, grownMeets, mixed, moveAxes } from "./batch.ts";
import { requireDtype } from "./checks.ts";
import type { GraphBuilder } from "../builder.ts";
import type { AttrsOf, GradCtx, OpDef, Surface } from "./types.ts";
import { noView } from "./view.ts";

function reduceType(op: ReduceOp, axes: readonly number[], keepdims: boolean, x: TensorType): TensorType {
  if (!Array.isArray(axes)) throw new IrError(`${op}: axes must be a list`);
  requireDtype(op, "operand", x, ["f32", "i32"]);
  if (typeof keepdims !== "boolean") throw new IrError(`${op}: keepdims must be a boolean`);
  const rank = x.shape.length;
  const seen = new Set<number>();
  for (const a of axes) {
    if (!Number.isInteger(a) || a < 0 || a >= rank) {
      throw new IrError(`${op}: axis ${a} is out of range for ${fmtType(x)} (axes are normalized to [0, ${rank}))`);
    }
    if (seen.has(a)) throw new IrError(`${op}: axis ${a} is repeated`);
    seen.add(a);
  }
  if (op === "argmax") {
    if (axes.length !== 1) throw new IrError(`argmax: needs exactly one axis, got ${axes.length}`);
    if (x.shape[axes[0]] === 0) throw new IrError(`argmax: axis ${axes[0]} of ${fmtType(x)} is empty`);
  }
  const shape: number[] = [];
  x.shape.forEach((d, i) => {
    if (!seen.has(i)) shape.push(d);
    else if (keepdims) shape.push(1);
  });
  return { dtype: op === "argmax" ? "i32" : x.dtype, shape };
}

function reduction(surface: Surface): OpDef<ReduceOp> {
  return {
    category: "reduce",
    arity: 1,
    attrs: { axes: "named", keepdims: "named" },
    type: (a, [x]) => reduceType(a.op, a.axes, a.keepdims, x),
    interp: (a, [x]) => reduce(a.op, x, a.axes, a.keepdims),
    view: noView,
    batch: (a, [x]) => {
      if (x.k === "batch" && a.axes.includes(x.axis)) return mixed("reduces over the batch axis");
      if (grownMeets(x, a.axes)) return mixed(ALONG_GROWN);
      const gone = (axis: number) => a.axes.filter((r) => r < axis).length;
      return moveAxes(x, (axis) => (a.keepdims ? axis : axis - gone(axis)), "reduces over the batch axis");
    },
    grad: reduceGrad,
    surface,
  };
}

/** `v` (the shape of the reduction's output) back to the input's shape, reduced axes stretched. */
function spread(b: GraphBuilder, v: number, axes: readonly number[], x: number): number {
  const shape = b.shape(x).map((d, i) => (axes.includes(i) ? 1 : d));
  return b.broadcastTo(b.reshape(v, shape), b.shape(x));
}

/**
 * sum: every element gets the adjoint. max/min: the elements equal to the result share it
 * equally (TensorFlow's rule, so ties split it). prod: g·y/x, which is undefined where an
 * element is exactly 0 (TensorFlow's cumulative-product rule for zeros is a known gap). argmax: none.
 */
function reduceGrad(a: AttrsOf<ReduceOp>, { builder: b, inputs: [x], output: y, adjoint: g }: GradCtx): (number | undefined)[] {
  if (a.op === "argmax" || b.dtype(x) !== "f32") return [undefined];
  const gx = spread(b, g, a.axes, x);
  switch (a.op) {
    case "reduce_sum":
      return [gx];
    case "reduce_prod":
      return [b.div(b.mul(gx, spread(b, y, a.axes, x)), x)];
    case "reduce_max":
    case "reduce_min": {
      const hit = b.cast(b.binary("eq", x, spread(b, y, a.axes, x)), "f32");
      const count = spread(b, b.reduce("reduce_sum", hit, a.axes, a.keepdims), a.axes, x);
      return [b.div(b.mul(gx, hit), count)];
    }
  }
}

export const REDUCE_ENTRIES: { readonly [O in ReduceOp]: OpDef<O> } = {
  reduce_sum: reduction({ fn: "sum" }),
  reduce_max: reduction({ fn: "max" }),
  reduce_min: reduction({ fn: "min" }),
  reduce_prod: reduction({ fn: "prod" }),
  argmax: reduction({ fn: "argmax" }),
};
