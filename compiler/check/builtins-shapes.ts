// The shape rule of every tensor op in spec/builtins.md. Arguments arrive bound by name and
// kind-checked (builtins.ts); a rule returns the result type or reports and returns ERROR.
// Anything not known at compile time (an axis that is a generic parameter) gives an unknown shape.
import { BINARY_FUNCTIONS, UNARY_FUNCTIONS } from "../ir/ops/table.ts";
import { type Folded, type Num, type NumKind, acceptedDtypes, foldBinary, foldKind, foldUnary } from "../ir/scalar.ts";
import type { RuleCtx } from "./builtins.ts";
import { UNKNOWN_SHAPE, arg, axesOf, dimArg, intConst, needDtype, needRank, normAxis, positive, rankError, span, tens } from "./builtins-args.ts";
import { concat, flatten, gather, oneHot, reshape, slice, transpose } from "./builtins-layout.ts";
import { broadcastShapes } from "./broadcast.ts";
import { type Dim, UNKNOWN_DIM, constValue, dimAdd, dimConst, dimDiv, dimEq, dimFloorDiv, dimMul, dimSub, isUnknown, printDim } from "./dims.ts";
import { binaryOp, fromNum, matmulTy, numValue, toNum } from "./elementwise.ts";
import { report } from "./report.ts";
import { type DType, ERROR, type Ty, describe, mkShape, printTensor, tensor } from "./types.ts";

/** The unary built-ins: an op-table op each, folded on compile-time numbers by its own definition. */
function unary(cx: RuleCtx): Ty {
  const op = UNARY_FUNCTIONS.get(cx.name)!;
  const a = arg(cx, "x")!;
  if (a.ty.k === "int" || a.ty.k === "float") return foldNumber(a.ty, (n) => foldUnary(op, n), () => foldKind(op, [a.ty.k as NumKind]));
  const x = tens(cx, "x")!;
  const ok = acceptedDtypes(op);
  if (!needDtype(cx, "x", x, ok, ok.includes("i32") ? "a numeric tensor" : "an f32 tensor")) return ERROR;
  return tensor(x.dtype, x.shape);
}

/** A fold on known numbers; when a value is unknown, only the kind the fold would have. */
function foldNumber(t: Ty, fold: (n: Num) => Folded, kind: () => NumKind | undefined): Ty {
  const n = toNum(t);
  const r = n && fold(n);
  if (r?.ok) return fromNum(r.value);
  const k = kind();
  return k === undefined ? ERROR : { k };
}

function reduce(cx: RuleCtx, resultDtype?: DType): Ty {
  const x = tens(cx, "x")!;
  if (!needDtype(cx, "x", x, ["f32", "i32"], "a numeric tensor")) return ERROR;
  const dtype = resultDtype ?? x.dtype;
  const keep = arg(cx, "keepdims");
  const keepdims = keep?.ty.k === "bool" ? keep.ty.value : false;
  let axes = axesOf(cx, "axis");
  if (cx.name === "argmax" && axes === "all") axes = [-1];
  if (keepdims === undefined) return tensor(dtype, UNKNOWN_SHAPE);
  const s = x.shape;
  if (axes === "all") {
    if (!keepdims) return tensor(dtype, []);
    return s.rest ? tensor(dtype, UNKNOWN_SHAPE) : tensor(dtype, s.dims.map(() => dimConst(1)));
  }
  if (axes === "unknown") {
    if (s.rest) return tensor(dtype, UNKNOWN_SHAPE);
    return tensor(dtype, keepdims ? s.dims.map(() => UNKNOWN_DIM) : UNKNOWN_SHAPE);
  }
  if (s.rest) {
    // Negative axes index the dims after the variadic; anything else lands in it.
    if (!axes.every((a) => a < 0 && -a <= s.dims.length)) return tensor(dtype, UNKNOWN_SHAPE);
    const drop = new Set(axes.map((a) => s.dims.length + a));
    const dims = s.dims.flatMap((d, i) => (drop.has(i) ? (keepdims ? [dimConst(1)] : []) : [d]));
    return tensor(dtype, mkShape(s.lead ?? [], s.rest, dims));
  }
  const rank = s.dims.length;
  const drop = new Set<number>();
  for (const a of axes) {
    const na = normAxis(cx, "axis", a, rank);
    if (na === undefined) return ERROR;
    drop.add(na);
  }
  return tensor(dtype, s.dims.flatMap((d, i) => (drop.has(i) ? (keepdims ? [dimConst(1)] : []) : [d])));
}

/** Output extent of a window op: floor((n + 2p − d·(k − 1) − 1) / s) + 1. */
function windowOut(cx: RuleCtx, n: Dim, k: Dim, s: Dim, p: Dim, dil: Dim): Dim | undefined {
  const num = dimSub(dimSub(dimAdd(n, dimMul(dimConst(2), p)), dimMul(dil, dimSub(k, dimConst(1)))), dimConst(1));
  const q = dimFloorDiv(num, s);
  if (q.error) {
    report(cx.env, "E0409", span(cx, "stride"), "stride 0 is not allowed");
    return undefined;
  }
  return dimAdd(q.dim, dimConst(1));
}

function conv2d(cx: RuleCtx): Ty {
  const x = tens(cx, "x")!;
  const w = tens(cx, "w")!;
  if (!needDtype(cx, "x", x, ["f32"], "an f32 input") || !needDtype(cx, "w", w, ["f32"], "f32 weights")) return ERROR;
  const xd = needRank(cx, "x", x, 4, "a rank-4 input [N, C, H, W]");
  const wd = needRank(cx, "w", w, 4, "rank-4 weights [O, C/groups, KH, KW]");
  if (!xd || !wd) return ERROR;
  if (xd === "unknown" || wd === "unknown") return tensor("f32", UNKNOWN_SHAPE);
  const s = dimArg(cx, "stride") ?? dimConst(1);
  const p = dimArg(cx, "padding") ?? dimConst(0);
  const dl = dimArg(cx, "dilation") ?? dimConst(1);
  const g = dimArg(cx, "groups") ?? dimConst(1);
  const need = dimMul(wd[1], g);
  if (!isUnknown(need) && !isUnknown(xd[1]) && !dimEq(need, xd[1])) {
    report(cx.env, "E0403", span(cx, "w"), `\`conv2d\` weights expect ${printDim(need)} input channels, the input has ${printDim(xd[1])}`, {
      primaryLabel: `weights ${printTensor(w)}${constValue(g) === 1 ? "" : ` with groups ${printDim(g)}`}`,
      labels: [{ span: span(cx, "x"), message: `input ${printTensor(x)}` }],
    });
    return ERROR;
  }
  const og = dimDiv(wd[0], g);
  if (og.error) {
    report(cx.env, "E0405", span(cx, "groups"), `${printDim(wd[0])} output channels are not divisible by ${printDim(g)} groups`);
    return ERROR;
  }
  const h = windowOut(cx, xd[2], wd[2], s, p, dl);
  const ww = windowOut(cx, xd[3], wd[3], s, p, dl);
  if (!h || !ww || !positive(cx, h, "the output height") || !positive(cx, ww, "the output width")) return ERROR;
  return tensor("f32", [xd[0], wd[0], h, ww]);
}

function pool(cx: RuleCtx): Ty {
  const x = tens(cx, "x")!;
  if (!needDtype(cx, "x", x, ["f32"], "an f32 input")) return ERROR;
  const xd = needRank(cx, "x", x, 4, "a rank-4 input [N, C, H, W]");
  if (!xd) return ERROR;
  if (xd === "unknown") return tensor("f32", UNKNOWN_SHAPE);
  const k = dimArg(cx, "size") ?? UNKNOWN_DIM;
  const s = dimArg(cx, "stride") ?? k;
  const p = dimArg(cx, "padding") ?? dimConst(0);
  const h = windowOut(cx, xd[2], k, s, p, dimConst(1));
  const w = windowOut(cx, xd[3], k, s, p, dimConst(1));
  if (!h || !w || !positive(cx, h, "the output height") || !positive(cx, w, "the output width")) return ERROR;
  return tensor("f32", [xd[0], xd[1], h, w]);
}

function dropout(cx: RuleCtx): Ty {
  const x = tens(cx, "x")!;
  if (!needDtype(cx, "x", x, ["f32"], "an f32 tensor")) return ERROR;
  const p = intConst(cx, "p");
  if (p !== undefined && !(p >= 0 && p < 1)) {
    report(cx.env, "E0415", span(cx, "p"), `dropout probability ${p} is outside [0, 1)`, { primaryLabel: "expected 0 ≤ p < 1" });
    return ERROR;
  }
  return tensor("f32", x.shape);
}

function batchNorm(cx: RuleCtx): Ty {
  const x = tens(cx, "x")!;
  if (!needDtype(cx, "x", x, ["f32"], "an f32 input")) return ERROR;
  const s = x.shape;
  const all = s.rest ? [...(s.lead ?? [])] : s.dims;
  if (!s.rest && all.length < 2) return rankError(cx, "x", x, "a tensor [N, C, ...] of rank 2 or more") ?? ERROR;
  const c = all.length >= 2 ? all[1] : UNKNOWN_DIM;
  for (const n of ["gamma", "beta", "mean", "var"]) {
    const t = tens(cx, n)!;
    if (!needDtype(cx, n, t, ["f32"], `f32 \`${n}\``)) return ERROR;
    if (t.shape.rest) continue;
    if (t.shape.dims.length !== 1 || (!dimEq(t.shape.dims[0], c) && !isUnknown(c) && !isUnknown(t.shape.dims[0]))) {
      report(cx.env, t.shape.dims.length !== 1 ? "E0402" : "E0403", span(cx, n), `\`batch_norm\` ${n} must be f32[${printDim(c)}] (the channel axis of the input), found ${printTensor(t)}`, {
        labels: [{ span: span(cx, "x"), message: `input ${printTensor(x)}` }],
      });
      return ERROR;
    }
  }
  return tensor("f32", x.shape);
}

function where(cx: RuleCtx): Ty {
  const c = tens(cx, "cond")!;
  if (!needDtype(cx, "cond", c, ["bool"], "a bool condition")) return ERROR;
  const a = arg(cx, "a")!;
  const b = arg(cx, "b")!;
  const ab = binaryOp(cx.env, "+", a.ty, b.ty, { whole: cx.span, op: cx.span, left: a.span, right: b.span });
  if (ab.k !== "tensor") return ab;
  const s = broadcastShapes(c.shape, ab.shape);
  if ("error" in s) {
    report(cx.env, "E0404", span(cx, "cond"), `\`where\` condition ${printTensor(c)} does not broadcast with ${printTensor(ab)}`, { primaryLabel: s.error });
    return ERROR;
  }
  const at = a.ty.k === "tensor" ? a.ty.dtype : b.ty.k === "tensor" ? b.ty.dtype : "f32";
  return tensor(at, s.shape);
}

function cast(cx: RuleCtx): Ty {
  const x = tens(cx, "x")!;
  const d = arg(cx, "dtype")!;
  return d.ty.k === "dtype" ? tensor(d.ty.dtype, x.shape) : ERROR;
}

function conversion(cx: RuleCtx): Ty {
  const a = cx.args.get(cx.name === "float" ? "n" : "x")!;
  const t = a.ty;
  if (t.k !== "int" && t.k !== "float") {
    report(cx.env, t.k === "tensor" ? "E0306" : "E0305", a.span, `\`${cx.name}\` converts compile-time numbers, found ${describe(t)}`, {
      ...(t.k === "tensor" ? { hint: "use `cast(x, f32)` to convert a tensor" } : {}),
    });
    return ERROR;
  }
  const v = numValue(t);
  if (cx.name === "float") return v === undefined ? { k: "float" } : { k: "float", value: v };
  return v === undefined ? { k: "int" } : { k: "int", value: dimConst(Math.trunc(v)) };
}

/** Dispatch an op by name (group "op" of the builtin table). */
export function opRule(cx: RuleCtx): Ty {
  const two = (op: "**" | "+") => {
    const a = arg(cx, "a")!;
    const b = arg(cx, "b")!;
    return binaryOp(cx.env, op, a.ty, b.ty, { whole: cx.span, op: cx.span, left: a.span, right: b.span });
  };
  switch (cx.name) {
    case "pow":
      return two("**");
    case "maximum":
    case "minimum": {
      const r = two("+");
      // On numbers (`maximum(2, 3)`): fold when both are known, with the ops' own definition.
      if (r.k === "int" || r.k === "float") {
        const op = BINARY_FUNCTIONS.get(cx.name)!;
        const a = toNum(arg(cx, "a")!.ty);
        const b = toNum(arg(cx, "b")!.ty);
        const folded = a && b ? foldBinary(op, a, b) : undefined;
        return folded?.ok ? fromNum(folded.value) : { k: r.k };
      }
      return r;
    }
    case "matmul": {
      const a = tens(cx, "a")!;
      const b = tens(cx, "b")!;
      return matmulTy(cx.env, a, b, { whole: cx.span, op: cx.span, left: span(cx, "a"), right: span(cx, "b") });
    }
    case "where":
      return where(cx);
    case "float":
    case "int":
      return conversion(cx);
    case "cast":
      return cast(cx);
    case "sum":
    case "mean":
    case "max":
    case "min":
    case "prod":
      return reduce(cx);
    case "argmax":
      return reduce(cx, "i32");
    case "conv2d":
      return conv2d(cx);
    case "max_pool2d":
    case "avg_pool2d":
      return pool(cx);
    case "reshape":
      return reshape(cx);
    case "flatten":
      return flatten(cx);
    case "transpose":
      return transpose(cx);
    case "concat":
      return concat(cx);
    case "slice":
      return slice(cx);
    case "gather":
      return gather(cx);
    case "one_hot":
      return oneHot(cx);
    case "dropout":
      return dropout(cx);
    case "batch_norm":
      return batchNorm(cx);
    default:
      return unary(cx);
  }
}
