// The opaque entries: gather and one_hot, which read data-dependent positions, so no fusion
// pass may look inside them. Gather's batch rule follows each input axis to the output:
// x's axes before `axis` stay, the indices' axes take its place, x's later axes follow.
import { gather, oneHot } from "../../../runtime/interp/movement.ts";
import { ALONG_GROWN, grownMeets, grownOf, mixed, moveAxes, uniform } from "./batch.ts";
import { checkAxis, checkInt, requireDtype } from "./checks.ts";
import type { OpaqueOp, OpDef } from "./types.ts";
import { noView } from "./view.ts";

export const OPAQUE_ENTRIES: { readonly [O in OpaqueOp]: OpDef<O> } = {
  gather: {
    category: "opaque",
    arity: 2, // x, indices (i32)
    attrs: { axis: "named" },
    type: (a, [x, idx]) => {
      requireDtype("gather", "indices", idx, ["i32"]);
      checkAxis("gather", a.axis, x);
      return { dtype: x.dtype, shape: [...x.shape.slice(0, a.axis), ...idx.shape, ...x.shape.slice(a.axis + 1)] };
    },
    interp: (a, [x, idx], ctx) => gather(x, idx, a.axis, ctx.origin, ctx.gatherOutOfRange),
    view: noView,
    batch: (a, [x, idx], ctx) => {
      const ax = a.axis;
      const idxRank = ctx.inputs[1].shape.length;
      const fromX = (k: number) => (k < ax ? k : k === ax ? undefined : k + idxRank - 1);
      if (x.k === "batch" && idx.k === "batch") return mixed("gathers across samples");
      if (grownMeets(x, [ax])) return mixed(ALONG_GROWN);
      if (x.k === "batch") return moveAxes(x, fromX, "gathers across samples");
      if (idx.k === "batch") return { k: "batch", axis: ax + idx.axis, f: idx.f };
      return uniform([...grownOf(x).map((g) => fromX(g)!), ...grownOf(idx).map((g) => ax + g)]);
    },
    grad: undefined,
    surface: { fn: "gather" },
  },
  one_hot: {
    category: "opaque",
    arity: 1, // indices (i32) → f32[..., depth]
    attrs: { depth: "named" },
    type: (a, [idx]) => {
      requireDtype("one_hot", "indices", idx, ["i32"]);
      checkInt("one_hot", "depth", a.depth, 1);
      return { dtype: "f32", shape: [...idx.shape, a.depth] };
    },
    interp: (a, [idx]) => oneHot(idx, a.depth),
    view: noView,
    batch: (_a, [idx]) => idx,
    grad: undefined,
    surface: { fn: "one_hot" },
  },
};
