// Broadcast and movement entries. Broadcast, transpose and slice are strided views of their
// input (the view rule gives the strides and offset, and the interpreter copies through
// exactly that view); reshape aliases its input; concat copies.
import { IrError, broadcastsTo, fmtShape, fmtType, numElements, strides, type TensorType } from "../shape.ts";
import { concat, reshape, stridedCopy } from "../../../runtime/interp/movement.ts";
import { ALONG_GROWN, FREE, grownOf, joinAligned, mixed, moveAxes, uniform } from "./batch.ts";
import { checkShape } from "./checks.ts";
import { sumToShape, unsliceAxis } from "./grad.ts";
import type { BatchState, BroadcastOp, MovementOp, OpDef, ViewFact } from "./types.ts";
import { aliasView, noView } from "./view.ts";

function strided(s: readonly number[], offset = 0): ViewFact {
  return { kind: "strided", strides: s, offset };
}

/** Through the view rule: what the interpreter computes is by definition what the view reads. */
function viaView(view: ViewFact, x: Parameters<typeof stridedCopy>[0], shape: readonly number[]) {
  if (view.kind !== "strided") throw new IrError(`internal: expected a strided view`);
  return stridedCopy(x, shape, view.strides, view.offset);
}

const product = (s: readonly number[]) => numElements(s);

/**
 * A reshape keeps the row-major order, so the samples stay where they are in memory: find an
 * output axis whose leading dims hold the same number of outer slices as before the batch
 * axis, and whose trailing dims fit inside one sample's block.
 */
function reshapeBatch(s: Extract<BatchState, { k: "batch" }>, from: readonly number[], to: readonly number[]): BatchState {
  const outer = product(from.slice(0, s.axis));
  const block = s.f * product(from.slice(s.axis + 1));
  let lead = 1;
  for (let b = 0; b < to.length && lead <= outer; b++) {
    if (lead === outer) {
      const inner = product(to.slice(b + 1));
      if (inner > 0 && block % inner === 0) return { k: "batch", axis: b, f: block / inner };
    }
    lead *= to[b];
  }
  return mixed("splits samples across rows");
}

export const MOVEMENT_ENTRIES: { readonly [O in BroadcastOp | MovementOp]: OpDef<O> } = {
  broadcast: {
    category: "broadcast",
    arity: 1,
    attrs: { shape: "named" },
    type: (a, [x]) => {
      checkShape("broadcast", "target shape", a.shape);
      if (!broadcastsTo(x.shape, a.shape)) throw new IrError(`broadcast: ${fmtType(x)} does not broadcast to ${fmtShape(a.shape)}`);
      return { dtype: x.dtype, shape: [...a.shape] };
    },
    interp: (a, [x], ctx) => viaView(MOVEMENT_ENTRIES.broadcast.view(a, x, ctx.node), x, ctx.node.shape),
    // Missing and size-1 axes read stride 0: every output position along them reads the same element.
    view: (a, input) => {
      const from = input!.shape;
      const inStrides = strides(from);
      const off = a.shape.length - from.length;
      return strided(a.shape.map((_, k) => (k < off || from[k - off] === 1 ? 0 : inStrides[k - off])));
    },
    batch: (a, [x], ctx) => {
      const from = ctx.inputs[0].shape;
      const off = a.shape.length - from.length;
      const grown = a.shape.flatMap((d, i) => (i < off || from[i - off] !== d ? [i] : []));
      if (x.k !== "batch") return uniform([...grownOf(x).map((g) => g + off), ...grown]);
      if (grown.includes(x.axis + off)) return mixed("stretches the batch axis");
      return { k: "batch", axis: x.axis + off, f: x.f };
    },
    grad: (_a, { builder: b, node, adjoint: g, inputs: [x] }) => [node.dtype === "f32" ? sumToShape(b, g, b.shape(x)) : undefined],
  },
  reshape: {
    category: "movement",
    arity: 1,
    attrs: { shape: "named" },
    type: (a, [x]) => {
      checkShape("reshape", "target shape", a.shape);
      if (numElements(a.shape) !== numElements(x.shape)) {
        throw new IrError(`reshape: ${fmtType(x)} has ${numElements(x.shape)} elements, target ${fmtShape(a.shape)} has ${numElements(a.shape)}`);
      }
      return { dtype: x.dtype, shape: [...a.shape] };
    },
    interp: (a, [x]) => reshape(x, a.shape),
    view: aliasView,
    batch: (a, [x], ctx) => {
      if (x.k === "batch") return reshapeBatch(x, ctx.inputs[0].shape, a.shape);
      // Which output axes a grown axis ends up in is not tracked: any may hold the copies.
      if (x.k === "uniform") return uniform(a.shape.flatMap((d, i) => (d === 1 ? [] : [i])));
      return FREE;
    },
    grad: (_a, { builder: b, node, adjoint: g, inputs: [x] }) => [node.dtype === "f32" ? b.reshape(g, b.shape(x)) : undefined],
  },
  transpose: {
    category: "movement",
    arity: 1,
    attrs: { perm: "named" },
    type: (a, [x]) => {
      const p = a.perm;
      const rank = x.shape.length;
      const ok = p.length === rank && [...p].sort((u, v) => u - v).every((v, i) => v === i);
      if (!ok) throw new IrError(`transpose: perm ${fmtShape(p)} is not a permutation of the ${rank} axes of ${fmtType(x)}`);
      return { dtype: x.dtype, shape: p.map((k) => x.shape[k]) };
    },
    interp: (a, [x], ctx) => viaView(MOVEMENT_ENTRIES.transpose.view(a, x, ctx.node), x, ctx.node.shape),
    view: (a, input) => {
      const inStrides = strides(input!.shape);
      return strided(a.perm.map((k) => inStrides[k]));
    },
    batch: (a, [x]) => moveAxes(x, (axis) => a.perm.indexOf(axis), "loses the batch axis"),
    // Output axis i is input axis perm[i]: the inverse permutation takes the adjoint back.
    grad: (a, { builder: b, node, adjoint: g }) => {
      const inverse: number[] = [];
      a.perm.forEach((p, i) => (inverse[p] = i));
      return [node.dtype === "f32" ? b.transpose(g, inverse) : undefined];
    },
  },
  slice: {
    category: "movement",
    arity: 1,
    attrs: { starts: "named", ends: "named", steps: "named" },
    type: (a, [x]) => {
      const { starts, ends, steps } = a;
      const rank = x.shape.length;
      if (starts.length !== rank || ends.length !== rank || steps.length !== rank) {
        throw new IrError(`slice: starts/ends/steps need one entry per axis of ${fmtType(x)} (${rank})`);
      }
      const shape = x.shape.map((d, i) => {
        const [s, e, st] = [starts[i], ends[i], steps[i]];
        if (!Number.isInteger(st) || st < 1) throw new IrError(`slice: step ${st} on axis ${i} must be an integer ≥ 1`);
        if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || s > e || e > d) {
          throw new IrError(`slice: axis ${i} range [${s}, ${e}) is not within [0, ${d}] with start ≤ end`);
        }
        return Math.ceil((e - s) / st);
      });
      return { dtype: x.dtype, shape };
    },
    interp: (a, [x], ctx) => viaView(MOVEMENT_ENTRIES.slice.view(a, x, ctx.node), x, ctx.node.shape),
    view: (a, input) => {
      const inStrides = strides(input!.shape);
      const offset = a.starts.reduce((acc, s, k) => acc + s * inStrides[k], 0);
      return strided(a.steps.map((st, k) => st * inStrides[k]), offset);
    },
    batch: (a, [x], ctx) => {
      if (x.k !== "batch") return x;
      const d = ctx.inputs[0].shape[x.axis];
      const whole = a.starts[x.axis] === 0 && a.ends[x.axis] === d && a.steps[x.axis] === 1;
      return whole ? x : mixed("slices the batch axis");
    },
    grad: (a, { builder: b, node, adjoint: g, inputs: [x] }) => {
      if (node.dtype !== "f32") return [undefined];
      const from = b.shape(x);
      let out = g;
      for (let k = 0; k < from.length; k++) {
        if (a.starts[k] === 0 && a.steps[k] === 1 && b.shape(out)[k] === from[k]) continue;
        out = unsliceAxis(b, out, k, a.starts[k], a.steps[k], from[k]);
      }
      return [out];
    },
  },
  concat: {
    category: "movement",
    arity: "variadic",
    attrs: { axis: "named" },
    type: (a, inputs) => {
      if (inputs.length < 1) throw new IrError(`concat: needs at least one input`);
      const x: TensorType = inputs[0];
      const ax = a.axis;
      const rank = x.shape.length;
      if (!Number.isInteger(ax) || ax < 0 || ax >= rank) throw new IrError(`concat: axis ${ax} is out of range for ${fmtType(x)}`);
      let total = 0;
      inputs.forEach((t, k) => {
        if (t.dtype !== x.dtype || t.shape.length !== rank || t.shape.some((d, i) => i !== ax && d !== x.shape[i])) {
          throw new IrError(`concat: input ${k} ${fmtType(t)} does not match input 0 ${fmtType(x)} outside axis ${ax}`);
        }
        total += t.shape[ax];
      });
      return { dtype: x.dtype, shape: x.shape.map((d, i) => (i === ax ? total : d)) };
    },
    interp: (a, args) => concat(args, a.axis),
    view: noView,
    batch: (a, ins) => {
      if (ins.some((s) => s.k === "batch" && s.axis === a.axis)) return mixed("concatenates along the batch axis");
      if (ins.some((s) => grownOf(s).includes(a.axis))) return mixed(ALONG_GROWN);
      return joinAligned(ins, "joins tensors with different batch layouts");
    },
    grad: (a, { builder: b, node, adjoint: g, inputs }) => {
      let at = 0;
      return inputs.map((x) => {
        const n = b.shape(x)[a.axis];
        at += n;
        return node.dtype === "f32" ? b.sliceAxis(g, a.axis, at - n, at) : undefined;
      });
    },
  },
};
