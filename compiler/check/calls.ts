// Calls: binding arguments to parameters (E0301–E0304), argument kinds (E0305/E0306), and
// unifying arguments with a signature, reporting a mismatch at the argument with a label on
// the parameter's declared type.
import type { Label } from "../diagnostics/diagnostic.ts";
import type { Span } from "../source.ts";
import type { CallExpr } from "../syntax/ast.ts";
import { type BArg, type BParam, builtinDef } from "./builtins.ts";
import { opRule } from "./builtins-shapes.ts";
import { valueRule } from "./builtins-values.ts";
import type { Env } from "./context.ts";
import { type Dim, constValue, printDim } from "./dims.ts";
import { promote } from "./elementwise.ts";
import { constructorHint, instanceHint, originLabel, report, where } from "./report.ts";
import { closest } from "./scope.ts";
import { ERROR, type Origin, type Shape, type Sig, type SigParam, type TensorTy, type Ty, UNKNOWN, describe, printTensor, printTy } from "./types.ts";
import { Subst, Unifier, instantiateSig } from "./unify.ts";

/** An evaluated argument. */
export interface EvArg {
  name?: string;
  nameSpan?: Span;
  ty: Ty;
  span: Span;
}

export interface CalleeParam {
  name: string;
  optional: boolean;
  span?: Span;
}

/** Match arguments to parameters by position, then by name. Undefined after an error. */
export function bindArgs(env: Env, args: EvArg[], params: CalleeParam[], label: string, call: CallExpr): Map<string, EvArg> | undefined {
  const out = new Map<string, EvArg>();
  let ok = true;
  let pos = 0;
  for (const a of args) {
    if (a.name === undefined) {
      if (pos >= params.length) {
        report(env, "E0301", a.span, `${label} takes ${params.length} argument${params.length === 1 ? "" : "s"}, but more were given`, {
          primaryLabel: "unexpected argument",
          ...(params.length > 0 ? { hint: `parameters: ${params.map((p) => p.name).join(", ")}` } : {}),
        });
        ok = false;
        continue;
      }
      out.set(params[pos++].name, a);
      continue;
    }
    const p = params.find((q) => q.name === a.name);
    if (!p) {
      const guess = closest(a.name, params.map((q) => q.name));
      report(env, "E0303", a.nameSpan ?? a.span, `${label} has no parameter \`${a.name}\``, {
        primaryLabel: "unknown parameter",
        hint: guess ? `did you mean \`${guess}\`?` : params.length ? `parameters: ${params.map((q) => q.name).join(", ")}` : `${label} takes no arguments`,
      });
      ok = false;
      continue;
    }
    if (out.has(p.name)) {
      report(env, "E0304", a.nameSpan ?? a.span, `\`${p.name}\` is given twice`, { primaryLabel: "given again here", labels: [{ span: out.get(p.name)!.span, message: "first given here" }] });
      ok = false;
      continue;
    }
    out.set(p.name, a);
  }
  for (const p of params) {
    if (!p.optional && !out.has(p.name)) {
      const labels: Label[] = p.span ? [{ span: p.span, message: `\`${p.name}\` is declared here` }] : [];
      report(env, "E0302", call.argsSpan, `missing argument \`${p.name}\` for ${label}`, { primaryLabel: `\`${p.name}\` is required`, labels });
      ok = false;
    }
  }
  return ok ? out : undefined;
}

/** Check that an argument is of the wanted kind; reports E0203/E0305/E0306/E0414. */
export function kindOk(env: Env, want: BParam["kind"] | SigParam["want"], a: EvArg, param: string, label: string): boolean {
  const t = a.ty;
  if (t.k === "error" || t.k === "unknown" || want === "any") return true;
  const fail = (code: "E0305" | "E0306" | "E0203" | "E0414", what: string, hint?: string, found = describe(t)) => {
    report(env, code, a.span, `argument \`${param}\` of ${label} must be ${what}, found ${found}`, { primaryLabel: `expected ${what}`, ...(hint ? { hint } : {}) });
    return false;
  };
  const isNum = t.k === "int" || t.k === "float" || t.k === "bool";
  switch (want) {
    case "tensor":
      if (t.k === "tensor" || isNum) return true;
      if (t.k === "instance" || t.k === "layer" || t.k === "fn" || t.k === "builtin") return fail("E0203", "a tensor", t.k === "layer" ? constructorHint(t.layer.name) : t.k === "instance" ? instanceHint() : undefined);
      return fail("E0305", "a tensor");
    case "int":
      if (t.k === "int" && t.notConst && env.concrete) return fail("E0306", "a compile-time int", NOT_CONST_HINT, t.notConst);
      if (t.k === "int") return true;
      return fail(t.k === "tensor" ? "E0306" : "E0305", "a compile-time int", t.k === "tensor" ? "tensors are only known when the model runs" : undefined);
    case "ints": {
      const why = !env.concrete ? undefined : t.k === "int" ? t.notConst : t.k === "list" ? notConstIn(t.items) : undefined;
      if (why) return fail("E0306", "a compile-time int or a list of ints", NOT_CONST_HINT, why);
      if (t.k === "int" || (t.k === "list" && t.items.every((x) => x.k === "int" || x.k === "error"))) return true;
      return fail(t.k === "tensor" ? "E0306" : "E0305", "a compile-time int or a list of ints");
    }
    case "float":
      if (t.k === "float" || t.k === "int") return true;
      return fail(t.k === "tensor" ? "E0306" : "E0305", "a compile-time float");
    case "bool":
      if (t.k === "bool") return true;
      return fail(t.k === "tensor" ? "E0306" : "E0305", "a compile-time bool");
    case "dtype":
      return t.k === "dtype" || fail("E0305", "a dtype (f32, i32 or bool)");
    case "tensors":
      if (t.k === "list" && t.items.every((x) => x.k === "tensor" || x.k === "error" || x.k === "unknown")) return true;
      return fail("E0305", "a list of tensors");
    case "shape": {
      const why = env.concrete && t.k === "list" ? notConstIn(t.items) : undefined;
      if (why) return fail("E0306", "a list of compile-time dimensions", NOT_CONST_HINT, `a list holding ${why}`);
      if (t.k === "list" && t.items.every((x) => x.k === "int" || x.k === "error" || x.k === "unknown")) return true;
      if (t.k === "list" && t.items.some((x) => x.k === "tensor")) return fail("E0306", "a list of compile-time dimensions");
      return fail("E0305", "a list of dimensions, like `[B, 28 * 28]`");
    }
    case "size":
      return t.k === "size" || fail("E0305", "a size, like `64 MiB`");
    case "generator":
      return t.k === "generator" || fail("E0305", "a graph generator: er(...), ba(...) or ws(...)");
    case "layer":
      if (t.k === "instance") return true;
      if (t.k === "layer") return fail("E0203", "a layer instance", `\`${t.layer.name}\` is a layer constructor; call it with its arguments: \`${t.layer.name}(…)\``);
      // A function or tensor where a layer is expected is a type mismatch (spec/diagnostics.md, E0414);
      // a number, list or other non-value is an argument of the wrong kind (E0305).
      return fail(t.k === "fn" || t.k === "builtin" || t.k === "tensor" ? "E0414" : "E0305", "a layer instance");
  }
  return true;
}

/**
 * Why the first int of a list has no compile-time value (`n % 2`), if one has none. Only
 * reported where every int must be a number (env.concrete: models, top-level constants); in a
 * layer or fn body `d % 2` on a parameter is accepted generically and checked again with the
 * arguments, as a symbolic repeat count is.
 */
function notConstIn(items: Ty[]): string | undefined {
  for (const x of items) if (x.k === "int" && x.notConst) return x.notConst;
  return undefined;
}

export const NOT_CONST_HINT = "`%` and `**` of a symbolic dimension are not known at compile time; dimensions combine with `+`, `-`, `*` and `/`";

/** Call a built-in by name with evaluated arguments. */
export function callBuiltin(env: Env, name: string, call: CallExpr, args: EvArg[]): Ty {
  const def = builtinDef(name);
  if (!def) {
    report(env, "E0203", call.callee.span, `\`${name}\` is not a function`, { primaryLabel: "cannot be called" });
    return ERROR;
  }
  if (def.group === "init") {
    report(env, "E0203", call.span, `\`${name}\` is a parameter initializer`, { primaryLabel: "only allowed as the initial value of a `param` or `state`" });
    return ERROR;
  }
  const label = `\`${name}\``;
  const bound = bindArgs(env, args, def.params.map((p) => ({ name: p.name, optional: !!p.optional })), label, call);
  if (!bound) return ERROR;
  const bargs = new Map<string, BArg>();
  let ok = true;
  for (const p of def.params) {
    const a = bound.get(p.name);
    if (!a) continue;
    if (!kindOk(env, p.kind, a, p.name, label)) ok = false;
    bargs.set(p.name, { ty: a.ty, span: a.span });
  }
  if (!ok || [...bargs.values()].some((a) => a.ty.k === "error")) return ERROR;
  const cx = { env, name, span: call.span, args: bargs };
  if (def.group === "op") {
    if ([...bargs.values()].some((a) => a.ty.k === "unknown")) return UNKNOWN;
    return opRule(cx);
  }
  return valueRule(cx, def.group, call);
}

function paramLabel(env: Env, sig: Sig, p: SigParam, pattern: Ty, at: Span): Label[] {
  if (!p.tySpan) return [];
  return [{ span: p.tySpan, message: `${sig.label} takes ${printTy(pattern)}, declared at ${where(env, p.tySpan, at)}` }];
}

/** Call a signature (fn, forward function): bind, check kinds, unify, substitute the result. */
/** What a successful call bound: each parameter's value and each binder's (by generic id). */
export interface CallBinding {
  values: Map<string, Ty>;
  dims: Map<string, Dim>;
  rests: Map<string, Shape>;
}

export function callSig(env: Env, sig: Sig, call: CallExpr, args: EvArg[], onBound?: (b: CallBinding) => void): Ty {
  const bound = bindArgs(env, args, sig.params, sig.label, call);
  if (!bound) return ERROR;
  const inst = instantiateSig(sig);
  const s = new Subst();
  const u = new Unifier(s);
  let failed = false;
  const tagged: { p: SigParam; pattern: Ty; a: EvArg }[] = [];
  const mismatch = (code: "E0401" | "E0402" | "E0403", i: number) => {
    const { p, pattern, a } = tagged[i];
    const expected = s.ty(pattern);
    const found = a.ty.k === "tensor" ? printTensor(a.ty) : printTy(a.ty);
    const kind = code === "E0401" ? "dtype" : code === "E0402" ? "rank" : "dimension";
    report(env, code, a.span, `${kind} mismatch in argument \`${p.name}\` of ${sig.label}`, {
      primaryLabel: `expected ${printTy(expected)}, found ${found}`,
      labels: [...paramLabel(env, sig, p, pattern, a.span), ...(a.ty.k === "tensor" ? originLabel(env, a.ty.origin, a.span) : [])],
    });
    failed = true;
  };
  inst.params.forEach((p) => {
    const a = bound.get(p.name);
    if (!a) {
      // A default: binds the parameter's variable (`axis: int = -1`).
      if (p.ty?.k === "int" && p.ty.value && p.default?.k === "int" && p.default.value) u.dim(p.ty.value, s.dim(p.default.value), -1);
      return;
    }
    if (failed || !kindOk(env, p.want, a, p.name, sig.label)) {
      failed = true;
      return;
    }
    const pattern = p.ty;
    if (!pattern || a.ty.k === "error" || a.ty.k === "unknown") return;
    if (pattern.k === "tensor") {
      const at = a.ty.k === "tensor" ? a.ty : promote(env, a.ty, pattern.dtype, a.span, p.tySpan ?? a.span);
      if (!at) {
        failed = true;
        return;
      }
      const idx = tagged.push({ p, pattern, a: { ...a, ty: at } }) - 1;
      if (at.dtype !== pattern.dtype) return mismatch("E0401", idx);
      const f = u.shape(pattern.shape, at.shape, idx);
      if (f) mismatch(f.code, f.tag);
    } else if (pattern.k === "int" && pattern.value && a.ty.k === "int" && a.ty.value) {
      const idx = tagged.push({ p, pattern, a }) - 1;
      if (!u.dim(pattern.value, a.ty.value, idx)) {
        report(env, "E0403", a.span, `argument \`${p.name}\` of ${sig.label} must be ${printDim(s.dim(pattern.value))}, found ${printDim(a.ty.value)}`, {
          labels: paramLabel(env, sig, p, pattern, a.span),
        });
        failed = true;
      }
    }
  });
  if (!failed) {
    const f = u.finish();
    if (f) {
      if (f.tag >= 0) mismatch(f.code, f.tag);
      else failed = true;
    }
  }
  if (failed) return ERROR;
  s.closeOver(inst.vars);
  const ret = s.ty(inst.ret);
  const notify = () => {
    if (!onBound) return;
    const values = new Map<string, Ty>();
    inst.params.forEach((p) => {
      const a = bound.get(p.name);
      const v = a ? (p.ty && (p.ty.k === "tensor" || p.ty.k === "int") && a.ty.k === p.ty.k ? s.ty(p.ty) : a.ty) : p.default ? s.ty(p.default) : undefined;
      if (v) values.set(p.name, v.k === "tensor" && a?.ty.k === "tensor" && a.ty.origin ? { ...v, origin: a.ty.origin } : v);
    });
    const dims = new Map<string, Dim>();
    const rests = new Map<string, Shape>();
    sig.binders.forEach((b, i) => {
      const d = s.dims.get(inst.vars[i]);
      const r = s.rests.get(inst.vars[i]);
      if (d) dims.set(b, d);
      if (r) rests.set(b, s.shape(r));
    });
    onBound({ values, dims, rests });
  };
  if (s.indivisible) {
    report(env, "E0405", call.span, `the result type of ${sig.label} has a dimension that is not a whole number`, {
      primaryLabel: `result ${printTy(ret)}`,
      ...(sig.retSpan ? { labels: [{ span: sig.retSpan, message: `declared as ${printTy(sig.ret)}, at ${where(env, sig.retSpan, call.span)}` }] } : {}),
    });
    return ERROR;
  }
  if (ret.k === "tensor") {
    const origin = sig.retSpan ?? sig.inferredAt ?? sig.declSpan;
    const empty = [...(ret.shape.lead ?? []), ...ret.shape.dims].map(constValue).find((v) => v !== undefined && v < 1);
    if (empty !== undefined) {
      report(env, "E0409", call.span, `${sig.label} would give ${printTy(ret)}: a dimension of ${empty}`, {
        primaryLabel: "a dimension would be empty or negative",
        labels: [{ span: origin, message: `the result is ${printTy(sig.ret)}, ${sig.retSpan ? "declared" : "computed"} at ${where(env, origin, call.span)}` }],
        hint: "the input is too small for this layer (a kernel or window larger than the image?)",
      });
      return ERROR;
    }
    notify();
    return { ...(ret as TensorTy), origin: resultOrigin(sig, inst.params, inst.ret, ret, bound) ?? { span: origin, what: `${sig.label} returns ${printTy(sig.ret)}` } };
  }
  notify();
  return ret;
}

function sameShape(a: TensorTy, b: TensorTy): boolean {
  const key = (t: TensorTy) => `${t.dtype}|${(t.shape.lead ?? []).map((d) => d.key)}|${t.shape.rest?.kind === "var" ? t.shape.rest.id : t.shape.rest ? "?" : ""}|${t.shape.dims.map((d) => d.key)}`;
  return key(a) === key(b);
}

/**
 * Where a call's result type came from, when that is not the callee's declaration. A callee
 * whose result type is one of its parameter types (`relu: f32[..S] -> f32[..S]`) only passes
 * its argument's type through, so the argument's origin explains the result's dimensions. A
 * layer instance's result is explained by the constructor call that fixed its dimensions.
 */
function resultOrigin(sig: Sig, params: SigParam[], pattern: Ty, ret: TensorTy, bound: Map<string, EvArg>): Origin | undefined {
  if (pattern.k === "tensor") {
    for (const p of params) {
      const a = bound.get(p.name);
      if (p.ty?.k === "tensor" && a?.ty.k === "tensor" && a.ty.origin && sameShape(p.ty, pattern)) return a.ty.origin;
    }
  }
  if (sig.site) return { span: sig.site, what: `${sig.label} returns ${printTy(ret)}` };
  return undefined;
}
