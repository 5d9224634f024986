// The shape rule of every tensor op in spec/builtins.md. Arguments arrive bound by name and
// kind-checked (builtins.ts); a rule returns the result type or reports and returns ERROR.
// Anything not known at compile time (an axis that is a generic parameter) gives an unknown shape.
import type { BArg, RuleCtx } from "./builtins.ts";
import { broadcastShapes } from "./broadcast.ts";
import { type Dim, UNKNOWN_DIM, constValue, dimAdd, dimConst, dimDiv, dimEq, dimFloorDiv, dimMul, dimSub, isUnknown, printDim } from "./dims.ts";
import { binaryOp, matmulTy, numValue } from "./elementwise.ts";
import { operandLabels, report } from "./report.ts";
import { type DType, ERROR, type Shape, type TensorTy, type Ty, UNKNOWN, describe, mkShape, printShape, printTensor, tensor } from "./types.ts";

const UNKNOWN_SHAPE: Shape = { rest: { kind: "unknown" }, dims: [] };

function arg(cx: RuleCtx, n: string): BArg | undefined {
  return cx.args.get(n);
}

/** A tensor argument; a number is an f32 scalar (an int becomes `asInt` if given). */
function tens(cx: RuleCtx, n: string, asInt?: DType): TensorTy | undefined {
  const a = arg(cx, n);
  if (!a) return undefined;
  if (a.ty.k === "tensor") return a.ty;
  if (a.ty.k === "int") return tensor(asInt ?? "f32", []);
  if (a.ty.k === "float") return tensor("f32", []);
  if (a.ty.k === "bool") return tensor("bool", []);
  return undefined;
}

/** The Dim of an int argument: undefined when absent, UNKNOWN_DIM when not known. */
function dimArg(cx: RuleCtx, n: string): Dim | undefined {
  const a = arg(cx, n);
  if (!a) return undefined;
  return a.ty.k === "int" && a.ty.value ? a.ty.value : UNKNOWN_DIM;
}

function intConst(cx: RuleCtx, n: string): number | undefined {
  const a = arg(cx, n);
  return a ? numValue(a.ty) : undefined;
}

function span(cx: RuleCtx, n: string) {
  return arg(cx, n)?.span ?? cx.span;
}

function needDtype(cx: RuleCtx, n: string, t: TensorTy, ok: DType[], why: string): boolean {
  if (ok.includes(t.dtype)) return true;
  report(cx.env, "E0401", span(cx, n), `\`${cx.name}\` needs ${why}, found ${printTensor(t)}`, {
    primaryLabel: `this is ${t.dtype}`,
    labels: operandLabels(cx.env, span(cx, n), t, span(cx, n)).slice(1),
  });
  return false;
}

function needRank(cx: RuleCtx, n: string, t: TensorTy, rank: number, what: string): Dim[] | "unknown" | undefined {
  if (t.shape.rest) return t.shape.rest.kind === "unknown" ? "unknown" : rankError(cx, n, t, what);
  if (t.shape.dims.length !== rank) return rankError(cx, n, t, what);
  return t.shape.dims;
}
function rankError(cx: RuleCtx, n: string, t: TensorTy, what: string): undefined {
  report(cx.env, "E0402", span(cx, n), `\`${cx.name}\` needs ${what}, found ${printTensor(t)}`, { primaryLabel: `expected ${what}` });
  return undefined;
}

/** Normalise an axis against a rank (negative counts from the end); reports E0406. */
function normAxis(cx: RuleCtx, n: string, axis: number, rank: number): number | undefined {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) {
    report(cx.env, "E0406", span(cx, n), `axis ${axis} is out of range for a rank-${rank} tensor`, { primaryLabel: `expected an axis in [${-rank}, ${rank})` });
    return undefined;
  }
  return a;
}

const UNARY_FOLD: Record<string, (x: number) => number> = {
  abs: Math.abs,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  rsqrt: (x) => 1 / Math.sqrt(x),
  tanh: Math.tanh,
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  erf,
  sin: Math.sin,
  cos: Math.cos,
  floor: Math.floor,
  ceil: Math.ceil,
};

function erf(x: number): number {
  // Abramowitz–Stegun 7.1.26: enough for folding constants.
  const s = Math.sign(x);
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return s * y;
}

function unary(cx: RuleCtx): Ty {
  const a = arg(cx, "x")!;
  if (a.ty.k === "int" || a.ty.k === "float") {
    const v = numValue(a.ty);
    if (cx.name === "abs" && a.ty.k === "int") return a.ty.value && v !== undefined ? { k: "int", value: dimConst(Math.abs(v)) } : { k: "int" };
    if (v === undefined) return { k: "float" };
    const r = UNARY_FOLD[cx.name](v);
    return Number.isFinite(r) ? { k: "float", value: r } : { k: "float" };
  }
  const x = tens(cx, "x")!;
  const ok: DType[] = cx.name === "abs" ? ["f32", "i32"] : ["f32"];
  if (!needDtype(cx, "x", x, ok, cx.name === "abs" ? "a numeric tensor" : "an f32 tensor")) return ERROR;
  return tensor(x.dtype, x.shape);
}

/** Axes as given: a list of numbers, "all" when omitted, or "unknown" when not constant. */
function axesOf(cx: RuleCtx, n: string): number[] | "all" | "unknown" {
  const a = arg(cx, n);
  if (!a) return "all";
  const one = (t: Ty): number | undefined => (t.k === "int" && t.value ? constValue(t.value) : undefined);
  if (a.ty.k === "list") {
    const out: number[] = [];
    for (const it of a.ty.items) {
      const v = one(it);
      if (v === undefined) return "unknown";
      out.push(v);
    }
    return out;
  }
  const v = one(a.ty);
  return v === undefined ? "unknown" : [v];
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

function positive(cx: RuleCtx, d: Dim, what: string): boolean {
  const v = constValue(d);
  if (v !== undefined && v <= 0) {
    report(cx.env, "E0409", cx.span, `\`${cx.name}\` would make ${what} ${v}`, { primaryLabel: `${what} must be at least 1` });
    return false;
  }
  return true;
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

function product(ds: Dim[]): Dim {
  return ds.reduce((a, b) => dimMul(a, b), dimConst(1));
}

function reshape(cx: RuleCtx): Ty {
  const x = tens(cx, "x")!;
  const a = arg(cx, "shape")!;
  const items = a.ty.k === "list" ? a.ty.items : [];
  const dims: Dim[] = items.map((it) => (it.k === "int" && it.value ? it.value : UNKNOWN_DIM));
  const inferred = dims.map((d, i) => (constValue(d) === -1 ? i : -1)).filter((i) => i >= 0);
  if (inferred.length > 1) {
    report(cx.env, "E0407", a.span, "`reshape` allows at most one -1 (inferred) entry", { primaryLabel: `${inferred.length} entries are -1` });
    return ERROR;
  }
  for (const d of dims) {
    const v = constValue(d);
    if (v !== undefined && v !== -1 && v < 1) {
      report(cx.env, "E0409", a.span, `\`reshape\` target has a dimension ${v}`, { primaryLabel: "dimensions must be at least 1" });
      return ERROR;
    }
  }
  const known = !x.shape.rest && dims.every((d) => !isUnknown(d));
  const count = product(x.shape.dims);
  if (inferred.length === 1) {
    const rest = product(dims.filter((_, i) => i !== inferred[0]));
    if (!known || x.shape.dims.some(isUnknown)) {
      dims[inferred[0]] = UNKNOWN_DIM;
      return tensor(x.dtype, dims);
    }
    const q = dimDiv(count, rest);
    if (q.error) {
      report(cx.env, "E0407", a.span, `cannot reshape ${printTensor(x)} (${printDim(count)} elements) into ${printShape({ dims })}`, {
        primaryLabel: `${printDim(count)} is not divisible by ${printDim(rest)}`,
      });
      return ERROR;
    }
    dims[inferred[0]] = q.dim;
    return tensor(x.dtype, dims);
  }
  if (known && !x.shape.dims.some(isUnknown)) {
    const target = product(dims);
    if (!dimEq(target, count)) {
      report(cx.env, "E0407", a.span, `cannot reshape ${printTensor(x)} into ${printShape({ dims })}`, {
        primaryLabel: `${printDim(count)} elements into ${printDim(target)}`,
        labels: operandLabels(cx.env, span(cx, "x"), x, a.span),
      });
      return ERROR;
    }
  }
  return tensor(x.dtype, dims);
}

function flatten(cx: RuleCtx): Ty {
  const x = tens(cx, "x")!;
  const start = intConst(cx, "start") ?? (arg(cx, "start") ? undefined : 1);
  if (x.shape.rest || start === undefined) return tensor(x.dtype, UNKNOWN_SHAPE);
  const d = x.shape.dims;
  if (start < 0 || start >= d.length) {
    report(cx.env, "E0406", span(cx, "start"), `\`flatten\` start ${start} needs a tensor of rank at least ${start + 1}, found ${printTensor(x)}`);
    return ERROR;
  }
  return tensor(x.dtype, [...d.slice(0, start), product(d.slice(start))]);
}

function transpose(cx: RuleCtx): Ty {
  const x = tens(cx, "x")!;
  const axes = axesOf(cx, "perm");
  if (x.shape.rest || axes === "unknown") return tensor(x.dtype, UNKNOWN_SHAPE);
  const d = x.shape.dims;
  const perm = axes === "all" ? d.map((_, i) => d.length - 1 - i) : axes;
  const seen = new Set(perm);
  if (perm.length !== d.length || seen.size !== perm.length || perm.some((p) => !Number.isInteger(p) || p < 0 || p >= d.length)) {
    report(cx.env, "E0412", span(cx, "perm"), `[${perm.join(", ")}] is not a permutation of the ${d.length} axes of ${printTensor(x)}`, {
      primaryLabel: `expected each of 0..${d.length - 1} exactly once`,
    });
    return ERROR;
  }
  return tensor(x.dtype, perm.map((p) => d[p]));
}

function concat(cx: RuleCtx): Ty {
  const a = arg(cx, "xs")!;
  const items = a.ty.k === "list" ? a.ty.items : [];
  const ts = items.filter((t): t is TensorTy => t.k === "tensor");
  if (ts.length !== items.length || ts.length === 0) return items.some((t) => t.k === "error") || ts.length > 0 ? ERROR : UNKNOWN;
  const first = ts[0];
  for (const t of ts) {
    if (t.dtype !== first.dtype) {
      report(cx.env, "E0401", a.span, `\`concat\` of different dtypes: ${first.dtype} and ${t.dtype}`);
      return ERROR;
    }
  }
  if (ts.some((t) => t.shape.rest)) return tensor(first.dtype, UNKNOWN_SHAPE);
  const rank = first.shape.dims.length;
  for (const t of ts)
    if (t.shape.dims.length !== rank) {
      report(cx.env, "E0402", a.span, `\`concat\` of tensors of different ranks: ${printTensor(first)} and ${printTensor(t)}`);
      return ERROR;
    }
  const ax = intConst(cx, "axis");
  if (ax === undefined) return tensor(first.dtype, first.shape.dims.map(() => UNKNOWN_DIM));
  const na = normAxis(cx, "axis", ax, rank);
  if (na === undefined) return ERROR;
  const dims = [...first.shape.dims];
  for (const t of ts.slice(1)) {
    for (let i = 0; i < rank; i++) {
      if (i === na) dims[i] = dimAdd(dims[i], t.shape.dims[i]);
      else if (!dimEq(dims[i], t.shape.dims[i]) && !isUnknown(dims[i]) && !isUnknown(t.shape.dims[i])) {
        report(cx.env, "E0403", a.span, `\`concat\` along axis ${ax}: dimension ${i} differs (${printTensor(first)} vs ${printTensor(t)})`);
        return ERROR;
      }
    }
  }
  return tensor(first.dtype, dims);
}

/** Resolve a possibly negative bound against a dimension; reports E0413 when provably outside. */
export function bound(cx: RuleCtx | { env: RuleCtx["env"]; span: RuleCtx["span"] }, b: Dim, dim: Dim, at: RuleCtx["span"]): Dim | undefined {
  const v = constValue(b);
  const n = constValue(dim);
  const r = v !== undefined && v < 0 ? dimAdd(dim, b) : b;
  const rv = constValue(r);
  if (rv !== undefined && (rv < 0 || (n !== undefined && rv > n))) {
    report(cx.env, "E0413", at, `index ${v} is out of range for a dimension of size ${printDim(dim)}`);
    return undefined;
  }
  return r;
}

function slice(cx: RuleCtx): Ty {
  const x = tens(cx, "x")!;
  const ax = intConst(cx, "axis");
  if (x.shape.rest || ax === undefined) return tensor(x.dtype, UNKNOWN_SHAPE);
  const d = [...x.shape.dims];
  const na = normAxis(cx, "axis", ax, d.length);
  if (na === undefined) return ERROR;
  const s = bound(cx, dimArg(cx, "start")!, d[na], span(cx, "start"));
  const e = bound(cx, dimArg(cx, "end")!, d[na], span(cx, "end"));
  if (!s || !e) return ERROR;
  const len = dimSub(e, s);
  const lv = constValue(len);
  if (lv !== undefined && lv <= 0) {
    report(cx.env, "E0413", cx.span, `\`slice\` from ${printDim(s)} to ${printDim(e)} is empty`, { primaryLabel: "start must be less than end" });
    return ERROR;
  }
  d[na] = len;
  return tensor(x.dtype, d);
}

function gather(cx: RuleCtx): Ty {
  const x = tens(cx, "x")!;
  const idx = tens(cx, "indices", "i32")!;
  if (!needDtype(cx, "indices", idx, ["i32"], "i32 indices")) return ERROR;
  const ax = intConst(cx, "axis") ?? (arg(cx, "axis") ? undefined : 0);
  if (x.shape.rest || ax === undefined) return tensor(x.dtype, UNKNOWN_SHAPE);
  const na = normAxis(cx, "axis", ax, x.shape.dims.length);
  if (na === undefined) return ERROR;
  const pre = x.shape.dims.slice(0, na);
  const post = x.shape.dims.slice(na + 1);
  const is = idx.shape;
  if (!is.rest) return tensor(x.dtype, [...pre, ...is.dims, ...post]);
  return tensor(x.dtype, mkShape([...pre, ...(is.lead ?? [])], is.rest, [...is.dims, ...post]));
}

function oneHot(cx: RuleCtx): Ty {
  const idx = tens(cx, "indices", "i32")!;
  if (!needDtype(cx, "indices", idx, ["i32"], "i32 indices")) return ERROR;
  const depth = dimArg(cx, "depth")!;
  if (!positive(cx, depth, "the depth")) return ERROR;
  return tensor("f32", { ...idx.shape, dims: [...idx.shape.dims, depth] });
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
      // Folding `maximum(2, 3)` on numbers: keep the value when both are known.
      if (r.k === "int" || r.k === "float") {
        const a = numValue(arg(cx, "a")!.ty);
        const b = numValue(arg(cx, "b")!.ty);
        if (a === undefined || b === undefined) return { k: r.k };
        const v = cx.name === "maximum" ? Math.max(a, b) : Math.min(a, b);
        return r.k === "int" ? { k: "int", value: dimConst(v) } : { k: "float", value: v };
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
