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
    // The adjoint scatters back, summed where an index repeats: written as g (the index axes
    // flattened to J) times one_hot(indices) [J, D], a dense matmul where a scatter-add kernel
    // would touch only J rows. Indices are clamped first, as gather clamps them.
    grad: (a, { builder: b, inputs: [x, idx], adjoint: g }) => {
      if (b.dtype(x) !== "f32") return [undefined, undefined];
      const xs = b.shape(x);
      const d = xs[a.axis];
      const pre = xs.slice(0, a.axis).reduce((m, v) => m * v, 1);
      const post = xs.slice(a.axis + 1).reduce((m, v) => m * v, 1);
      const j = b.shape(idx).reduce((m, v) => m * v, 1);
      const flat = b.reshape(idx, [j]);
      const clamped = b.binary("min", b.binary("max", flat, b.broadcastTo(b.const(0, "i32", []), [j])), b.broadcastTo(b.const(d - 1, "i32", []), [j]));
      const hot = b.oneHot(clamped, d);
      const gt = b.reshape(b.transpose(b.reshape(g, [pre, j, post]), [0, 2, 1]), [pre * post, j]);
      const dx = b.transpose(b.reshape(b.matmul(gt, hot), [pre, post, d]), [0, 2, 1]);
      return [b.reshape(dx, xs), undefined];
    },
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
    grad: () => [undefined], // integer indices carry no adjoint
    surface: { fn: "one_hot" },
  },
};
