// The "complex" entries (TVM's out-fusable ops): matmul, conv2d and 2-D pooling. Their batch
// rules name the axes each op contracts or slides a window over: a batch axis there mixes
// samples, any other batch axis passes through.
import { IrError, fmtType, sameShape, windowOutput, type TensorType } from "../shape.ts";
import { conv2d, matmul, pool2d } from "../../../runtime/interp/nn.ts";
import { ALONG_GROWN, grownMeets, grownOf, mixed, uniform } from "./batch.ts";
import { checkInt, requireDtype } from "./checks.ts";
import type { AttrsOf, BatchState, ComplexOp, OpDef, Unmixed } from "./types.ts";
import { conv2dGrad } from "./conv-grad.ts";
import { poolGrad } from "./pool-grad.ts";
import { noView } from "./view.ts";

/** A window op on NCHW: the window slides along axes 2 and 3; conv2d also sums over channels (axis 1). */
function windowBatch(x: Unmixed, contractsChannels: boolean): BatchState {
  const mixes = contractsChannels ? [1, 2, 3] : [2, 3];
  if (x.k === "batch") {
    if (!mixes.includes(x.axis)) return x;
    return mixed(x.axis === 1 ? "contracts over the batch axis" : "slides a window along the batch axis");
  }
  if (grownMeets(x, mixes)) return mixed(ALONG_GROWN);
  return x;
}

export const COMPLEX_ENTRIES: { readonly [O in ComplexOp]: OpDef<O> } = {
  matmul: {
    category: "complex",
    arity: 2,
    attrs: {},
    type: (_a, [a, b]) => {
      requireDtype("matmul", "lhs", a, ["f32"]);
      requireDtype("matmul", "rhs", b, ["f32"]);
      const r = a.shape.length;
      if (r < 2 || b.shape.length !== r) {
        throw new IrError(`matmul: operands must have the same rank ≥ 2, got ${fmtType(a)} and ${fmtType(b)}`);
      }
      if (!sameShape(a.shape.slice(0, r - 2), b.shape.slice(0, r - 2))) {
        throw new IrError(`matmul: batch dims differ (${fmtType(a)} vs ${fmtType(b)}); broadcast them first`);
      }
      if (a.shape[r - 1] !== b.shape[r - 2]) {
        throw new IrError(`matmul: inner dims differ (${fmtType(a)} @ ${fmtType(b)}: ${a.shape[r - 1]} vs ${b.shape[r - 2]})`);
      }
      return { dtype: "f32", shape: [...a.shape.slice(0, r - 1), b.shape[r - 1]] };
    },
    interp: (_a, [a, b]) => matmul(a, b),
    view: noView,
    // [...b, M, K] @ [...b, K, N]: K (lhs axis r−1, rhs axis r−2) is summed over; the batch
    // dims pair up; M comes from the lhs and N from the rhs.
    batch: (_a, [l, r], ctx) => {
      const rank = ctx.node.shape.length;
      const [m, k] = [rank - 2, rank - 1];
      if ((l.k === "batch" && l.axis === k) || (r.k === "batch" && r.axis === m)) return mixed("contracts over the batch axis");
      if (grownMeets(l, [k]) || grownMeets(r, [m])) return mixed(ALONG_GROWN);
      if (l.k === "batch" && r.k === "batch") {
        return l.axis < m && r.axis === l.axis && r.f === l.f ? l : mixed("pairs different batch layouts");
      }
      if (l.k === "batch") return l;
      if (r.k === "batch") return r;
      return uniform([...grownOf(l), ...grownOf(r).filter((g) => g !== m)]);
    },
    // y = a·c: ∂a = g·cᵀ, ∂c = aᵀ·g, per batch index (the batch dims are already equal).
    grad: (_a, { builder: b, inputs: [a, c], adjoint: g }) => {
      const r = b.shape(a).length;
      const swap = [...Array(r - 2).keys(), r - 1, r - 2];
      return [b.node({ op: "matmul" }, [g, b.transpose(c, swap)]), b.node({ op: "matmul" }, [b.transpose(a, swap), g])];
    },
    surface: { fn: "matmul", operator: "@" },
  },
  conv2d: {
    category: "complex",
    arity: 2,
    attrs: { stride: "named", padding: "named", dilation: "named", groups: "named" },
    type: (a, [x, w]) => {
      const { stride, padding, dilation, groups } = a;
      checkInt("conv2d", "stride", stride, 1);
      checkInt("conv2d", "padding", padding, 0);
      checkInt("conv2d", "dilation", dilation, 1);
      checkInt("conv2d", "groups", groups, 1);
      requireDtype("conv2d", "input", x, ["f32"]);
      requireDtype("conv2d", "weight", w, ["f32"]);
      if (x.shape.length !== 4) throw new IrError(`conv2d: input must be NCHW (rank 4), got ${fmtType(x)}`);
      if (w.shape.length !== 4) throw new IrError(`conv2d: weight must be OIHW (rank 4), got ${fmtType(w)}`);
      const [n, c, h, wd] = x.shape;
      const [o, ci, kh, kw] = w.shape;
      if (c % groups !== 0 || o % groups !== 0) {
        throw new IrError(`conv2d: groups ${groups} must divide input channels ${c} and output channels ${o}`);
      }
      if (ci !== c / groups) {
        throw new IrError(`conv2d: weight ${fmtType(w)} needs ${c / groups} input channels per group (C=${c}, groups=${groups}), got ${ci}`);
      }
      const oh = windowOutput(h, kh, stride, padding, dilation);
      const ow = windowOutput(wd, kw, stride, padding, dilation);
      if (kh < 1 || kw < 1 || oh < 1 || ow < 1) {
        throw new IrError(`conv2d: output ${oh}×${ow} is empty for input ${fmtType(x)} and weight ${fmtType(w)}`);
      }
      return { dtype: "f32", shape: [n, o, oh, ow] };
    },
    interp: (a, [x, w]) => conv2d(x, w, a),
    view: noView,
    batch: (_a, [x, w]) => {
      if (w.k === "batch") return mixed("uses a per-sample kernel");
      // Weight axes 1–3 are summed over; axis 0 becomes the output's channel axis.
      if (grownMeets(w, [1, 2, 3])) return mixed(ALONG_GROWN);
      const out = windowBatch(x, true);
      if (out.k !== "free" && out.k !== "uniform") return out;
      return uniform([...grownOf(out), ...(grownMeets(w, [0]) ? [1] : [])]);
    },
    grad: (a, { builder: b, inputs: [x, w], adjoint: g }) => conv2dGrad(a, b, x, w, g),
    surface: { fn: "conv2d" },
  },
  max_pool2d: {
    category: "complex",
    arity: 1,
    attrs: { size: "named", stride: "named", padding: "named" },
    type: (a, [x]) => poolType("max_pool2d", a, x),
    interp: (a, [x]) => pool2d("max", x, a),
    view: noView,
    batch: (_a, [x]) => windowBatch(x, false),
    grad: (a, { builder: b, inputs: [x], output: y, adjoint: g }) => [poolGrad("max", a, b, x, y, g)],
    surface: { fn: "max_pool2d" },
  },
  avg_pool2d: {
    category: "complex",
    arity: 1,
    attrs: { size: "named", stride: "named", padding: "named" },
    type: (a, [x]) => poolType("avg_pool2d", a, x),
    interp: (a, [x]) => pool2d("avg", x, a),
    view: noView,
    batch: (_a, [x]) => windowBatch(x, false),
    grad: (a, { builder: b, inputs: [x], output: y, adjoint: g }) => [poolGrad("avg", a, b, x, y, g)],
    surface: { fn: "avg_pool2d" },
  },
};

function poolType(op: "max_pool2d" | "avg_pool2d", a: AttrsOf<"max_pool2d">, x: TensorType): TensorType {
  checkInt(op, "size", a.size, 1);
  checkInt(op, "stride", a.stride, 1);
  checkInt(op, "padding", a.padding, 0);
  requireDtype(op, "input", x, ["f32"]);
  if (x.shape.length !== 4) throw new IrError(`${op}: input must be NCHW (rank 4), got ${fmtType(x)}`);
  const [n, c, h, w] = x.shape;
  const oh = windowOutput(h, a.size, a.stride, a.padding, 1);
  const ow = windowOutput(w, a.size, a.stride, a.padding, 1);
  if (oh < 1 || ow < 1) throw new IrError(`${op}: output ${oh}×${ow} is empty for input ${fmtType(x)}`);
  return { dtype: "f32", shape: [n, c, oh, ow] };
}

