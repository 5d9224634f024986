// Written types to checker types. In a binding position (parameters of fns and forward
// functions, model inputs) an unbound dimension name introduces a new dimension; elsewhere
// (return types, annotations, `param` shapes) it must already be bound (E0205).
import type { DimExpr, TensorTypeExpr, TypeExpr } from "../syntax/ast.ts";
import { type DimNameExpr, type Env, recordName } from "./context.ts";
import { type Dim, UNKNOWN_DIM, constValue, dimAdd, dimConst, dimDiv, dimMul, dimSub, dimSym, printDim } from "./dims.ts";
import { report } from "./report.ts";
import { closest, lookupTop } from "./scope.ts";
import { type DType, DTYPES, type Rest, type TensorTy, type Ty, ERROR, UNKNOWN, mkShape } from "./types.ts";
import { freshId } from "./unify.ts";
import { constValueOf } from "./decls.ts";

export type TypeMode = "bind" | "ref";

/** What a parameter of a named (non-tensor) type accepts. */
export type Want = "int" | "float" | "bool" | "layer" | "tensor" | "any";

const NAMED: Record<string, Want> = { int: "int", Dim: "int", float: "float", bool: "bool", Layer: "layer" };

export interface TypeResolver {
  env: Env;
  mode: TypeMode;
  /** Binders introduced (symbol ids), when mode is "bind". */
  binders: string[];
}

export function wantOf(t: TypeExpr | undefined): Want {
  if (!t) return "any";
  if (t.kind === "TensorType") return "tensor";
  return NAMED[t.name.name] ?? "any";
}

/** Resolve a type; for named non-tensor types returns the matching (value-less) Ty. */
export function resolveType(r: TypeResolver, t: TypeExpr): Ty {
  if (t.kind === "TensorType") return resolveTensorType(r, t) ?? ERROR;
  const n = t.name.name;
  const want = NAMED[n];
  if (want === "int") return { k: "int" };
  if (want === "float") return { k: "float" };
  if (want === "bool") return { k: "bool" };
  if (want === "layer") return UNKNOWN;
  const guess = closest(n, [...Object.keys(NAMED), ...DTYPES]);
  report(r.env, "E0204", t.name.span, `unknown type \`${n}\``, {
    primaryLabel: "not a type",
    hint: guess ? `did you mean \`${guess}\`?` : "types are f32[...], i32[...], bool[...], Dim, int, float, bool and Layer",
  });
  return ERROR;
}

export function resolveTensorType(r: TypeResolver, t: TensorTypeExpr): TensorTy | undefined {
  const dt = t.dtype.name;
  const lead: Dim[] = [];
  const dims: Dim[] = [];
  let rest: Rest | undefined;
  let ok = true;
  for (const item of t.dims) {
    if (item.kind === "DimVariadic") {
      if (rest) {
        report(r.env, "E0411", item.span, "a tensor type can have at most one variadic `..` dimension", { primaryLabel: "second variadic" });
        ok = false;
        continue;
      }
      const bound = r.env.dims.get(item.name);
      if (bound?.kind === "rest" && bound.shape) {
        // An instantiated check: `..S` stands for known dimensions.
        bound.used = true;
        const sh = bound.shape;
        if (sh.rest) {
          lead.push(...dims.splice(0), ...(sh.lead ?? []));
          rest = sh.rest;
        }
        dims.push(...(sh.rest ? sh.dims : [...(sh.lead ?? []), ...sh.dims]));
        if (!sh.rest) rest = undefined;
        continue;
      }
      const id = resolveVariadic(r, item.name, item.span);
      rest = id ? { kind: "var", id } : { kind: "unknown" };
      lead.push(...dims.splice(0));
      continue;
    }
    const d = resolveDim(r, item);
    if (!d) ok = false;
    else if (isLiteral(item) && (constValue(d) ?? 1) < 1) {
      report(r.env, "E0409", item.span, `a dimension must be at least 1, found ${printDim(d)}`, { primaryLabel: "empty or negative dimension" });
      ok = false;
    }
    dims.push(d ?? UNKNOWN_DIM);
  }
  // Dims first, so the names a bad type binds are still bound (no E0205 cascade).
  if (!DTYPES.includes(dt)) {
    const guess = closest(dt, DTYPES);
    report(r.env, "E0204", t.dtype.span, `unknown dtype \`${dt}\``, { primaryLabel: "not a dtype", hint: guess ? `did you mean \`${guess}\`?` : "dtypes are f32, i32 and bool" });
    return undefined;
  }
  if (!ok) return undefined;
  return { k: "tensor", dtype: dt as DType, shape: mkShape(lead, rest, dims) };
}

/** A dimension written with numbers only (`0`, `3 - 4`): its value does not depend on any argument. */
function isLiteral(e: DimExpr): boolean {
  return e.kind === "DimNum" || (e.kind === "DimBin" && isLiteral(e.left) && isLiteral(e.right));
}

function resolveVariadic(r: TypeResolver, name: string, span: DimExpr["span"]): string | undefined {
  const b = r.env.dims.get(name);
  if (b?.kind === "rest") {
    b.used = true;
    return b.id;
  }
  if (b?.kind === "dim") {
    report(r.env, "E0205", span, `\`${name}\` is a single dimension, not a variadic`, { hint: `write \`${name}\` without \`..\`` });
    return undefined;
  }
  if (r.mode === "bind") {
    const id = freshId(name, "#");
    r.env.dims.set(name, { kind: "rest", id, used: true });
    r.binders.push(id);
    return id;
  }
  unknownDim(r, name, span);
  return undefined;
}

function unknownDim(r: TypeResolver, name: string, span: DimExpr["span"]): void {
  const guess = closest(name, r.env.dims.keys());
  report(r.env, "E0205", span, `unknown dimension \`${name}\``, {
    primaryLabel: "not bound here",
    hint: guess ? `did you mean \`${guess}\`?` : "dimension names are bound by the parameter types of a function, the inputs of a model, or the Dim parameters of a layer",
  });
}

export function resolveDim(r: TypeResolver, e: DimExpr): Dim | undefined {
  switch (e.kind) {
    case "DimNum":
      return dimConst(e.value);
    case "DimWild":
      if (r.mode === "bind") {
        const id = freshId("_", "#");
        r.binders.push(id);
        return dimSym(id);
      }
      return UNKNOWN_DIM;
    case "DimName":
      return resolveDimName(r, e);
    case "DimBin": {
      const a = resolveDim(r, e.left);
      const b = resolveDim(r, e.right);
      if (!a || !b) return undefined;
      if (e.op === "+") return dimAdd(a, b);
      if (e.op === "-") return dimSub(a, b);
      if (e.op === "*") return dimMul(a, b);
      const q = dimDiv(a, b);
      if (q.error) {
        report(r.env, "E0405", e.span, q.error === "zero" ? "division by zero in a dimension" : `${printDim(a)} is not divisible by ${printDim(b)}`, {
          primaryLabel: `${printDim(a)} / ${printDim(b)} is not a whole number`,
        });
        return undefined;
      }
      return q.dim;
    }
  }
}

function resolveDimName(r: TypeResolver, e: DimNameExpr): Dim | undefined {
  const { name, span } = e;
  const b = r.env.dims.get(name);
  if (b?.kind === "dim") {
    b.used = true;
    recordName(r.env, e, { kind: "dim", name });
    return b.dim;
  }
  if (b?.kind === "rest") {
    report(r.env, "E0205", span, `\`${name}\` is a variadic; write \`..${name}\``);
    return undefined;
  }
  const local = r.env.scope.lookup(name);
  const fromValue = (ty: Ty): Dim | undefined => (ty.k === "int" ? (ty.value ?? UNKNOWN_DIM) : ty.k === "error" || ty.k === "unknown" ? UNKNOWN_DIM : undefined);
  if (local) {
    local.used = true;
    const d = fromValue(local.ty);
    if (d) {
      recordName(r.env, e, { kind: "local", name });
      return d;
    }
    report(r.env, "E0205", span, `\`${name}\` is not a dimension`, { primaryLabel: "used as a dimension here", labels: [{ span: local.span, message: `\`${name}\` is declared here` }] });
    return undefined;
  }
  const top = lookupTop(r.env.m, name, r.env.c.modules);
  if (top?.kind === "poisoned") {
    recordName(r.env, e, { kind: "poisoned", name });
    return UNKNOWN_DIM;
  }
  if (top?.kind === "top" && top.entry.kind === "const") {
    const d = fromValue(constValueOf(r.env.c, top.entry));
    if (d) {
      recordName(r.env, e, { kind: "decl", entry: top.entry });
      return d;
    }
  }
  if (r.mode === "bind") {
    recordName(r.env, e, { kind: "binder", name });
    const id = freshId(name, "#");
    r.env.dims.set(name, { kind: "dim", dim: dimSym(id), used: true });
    r.binders.push(id);
    return dimSym(id);
  }
  unknownDim(r, name, span);
  return undefined;
}
