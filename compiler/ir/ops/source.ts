// Source entries: graph inputs, parameters and constants. Their type is declared, not derived
// from inputs, so the type rule validates the declaration (and a const's values against it).
import type { Attrs } from "../ir.ts";
import { IrError, fmtShape, numElements, type TensorType } from "../shape.ts";
import { checkGiven } from "../../../runtime/interp/sources.ts";
import { tensorOf } from "../../../runtime/interp/tensor.ts";
import { FREE } from "./batch.ts";
import { checkInit, checkShape } from "./checks.ts";
import type { OpDef, SourceOp } from "./types.ts";
import { noView } from "./view.ts";

function declaredType(attrs: Attrs, declared: TensorType | undefined): TensorType {
  const op = attrs.op;
  if (!declared) throw new IrError(`${op}: a source node needs a declared dtype and shape`);
  checkShape(op, "shape", declared.shape);
  if (attrs.op === "input" || attrs.op === "param") {
    if (typeof attrs.name !== "string" || attrs.name === "") throw new IrError(`${op}: name must be a non-empty string`);
  }
  return { dtype: declared.dtype, shape: [...declared.shape] };
}

export const SOURCE_ENTRIES: { readonly [O in SourceOp]: OpDef<O> } = {
  input: {
    category: "source",
    arity: 0,
    attrs: { name: "string" },
    type: (a, _in, declared) => declaredType(a, declared),
    interp: (a, _args, ctx) => checkGiven("input", a.name, ctx.node, ctx.inputs.get(a.name)),
    view: noView,
    // Lowering records which axis of each input it bound to the batch size.
    batch: (a, _ins, ctx) => {
      const axis = ctx.inputAxis(a.name);
      return axis === undefined ? FREE : { k: "batch", axis, f: 1 };
    },
    grad: () => [], // no inputs: the adjoint stops here (autodiff collects a param's)
  },
  param: {
    category: "source",
    arity: 0,
    attrs: { name: "string", init: "init", trainable: "false-only" },
    type: (a, _in, declared) => {
      const t = declaredType(a, declared);
      checkInit(a.init);
      return t;
    },
    interp: (a, _args, ctx) => checkGiven("param", a.name, ctx.node, ctx.params.get(a.name)),
    view: noView,
    batch: () => FREE,
    grad: () => [], // no inputs: the adjoint stops here (autodiff collects a param's)
  },
  const: {
    category: "source",
    arity: 0,
    attrs: { value: "values" },
    type: (a, _in, declared) => {
      const t = declaredType(a, declared);
      const n = numElements(t.shape);
      if (a.value.length !== n) throw new IrError(`const: ${a.value.length} value(s) for shape ${fmtShape(t.shape)} (needs ${n})`);
      for (const v of a.value) {
        const ok = t.dtype === "f32" ? typeof v === "number"
          : t.dtype === "i32" ? Number.isInteger(v) && v >= -2147483648 && v <= 2147483647
          : v === 0 || v === 1;
        if (!ok) throw new IrError(`const: value ${v} is not a valid ${t.dtype}`);
      }
      return t;
    },
    interp: (a, _args, ctx) => tensorOf(ctx.node.dtype, ctx.node.shape, a.value),
    view: noView,
    batch: () => FREE,
    grad: () => [], // no inputs: the adjoint stops here (autodiff collects a param's)
  },
};
