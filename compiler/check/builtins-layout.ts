// Shape rules of the layout ops: reshape, flatten, transpose, concat, slice, gather, one_hot.
import type { RuleCtx } from "./builtins.ts";
import { UNKNOWN_SHAPE, arg, axesOf, dimArg, intConst, needDtype, normAxis, positive, span, tens } from "./builtins-args.ts";
import { type Dim, UNKNOWN_DIM, constValue, dimAdd, dimConst, dimDiv, dimEq, dimMul, dimSub, isUnknown, printDim } from "./dims.ts";
import { operandLabels, report } from "./report.ts";
import { ERROR, type TensorTy, type Ty, UNKNOWN, mkShape, printShape, printTensor, tensor } from "./types.ts";

export function product(ds: Dim[]): Dim {
  return ds.reduce((a, b) => dimMul(a, b), dimConst(1));
}

export function reshape(cx: RuleCtx): Ty {
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

export function flatten(cx: RuleCtx): Ty {
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

export function transpose(cx: RuleCtx): Ty {
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

export function concat(cx: RuleCtx): Ty {
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

export function slice(cx: RuleCtx): Ty {
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

export function gather(cx: RuleCtx): Ty {
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

export function oneHot(cx: RuleCtx): Ty {
  const idx = tens(cx, "indices", "i32")!;
  if (!needDtype(cx, "indices", idx, ["i32"], "i32 indices")) return ERROR;
  const depth = dimArg(cx, "depth")!;
  if (!positive(cx, depth, "the depth")) return ERROR;
  return tensor("f32", { ...idx.shape, dims: [...idx.shape.dims, depth] });
}

