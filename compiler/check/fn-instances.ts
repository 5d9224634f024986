// Instantiated checks of generic functions. A fn is checked once generically, where `..S` and
// `axis` are symbols, so `softmax(x, axis: 5)` on a rank-2 tensor passes that check. A call
// with known argument values and shapes checks the body again under them (once per distinct
// (fn, values, types)), and what only that check finds is reported at the call site with a
// label pointing into the body, as layer instantiation does.
import { type Diagnostic, diag } from "../diagnostics/diagnostic.ts";
import type { CallExpr } from "../syntax/ast.ts";
import { checkBlock, checkDeclared } from "./bindings.ts";
import type { CallBinding } from "./calls.ts";
import { type DimBinding, type Env, Scope } from "./context.ts";
import { constValue, symbolName } from "./dims.ts";
import { resolveType } from "./resolve-type.ts";
import { ERROR, type FnSym, type Sig, type Ty, printTensor } from "./types.ts";

/** Instantiated checks nested deeper than this are skipped: they only add checks, and a long call chain must not exhaust the stack. */
const MAX_FN_DEPTH = 32;

function known(t: Ty): boolean {
  switch (t.k) {
    case "int":
      return t.value !== undefined && constValue(t.value) !== undefined;
    case "float":
    case "bool":
      return t.value !== undefined;
    case "tensor":
      return !t.shape.rest;
    default:
      return false;
  }
}

function key(t: Ty): string {
  switch (t.k) {
    case "int":
      return `i:${t.value?.key ?? "?"}`;
    case "float":
    case "bool":
      return `${t.k}:${t.value ?? "?"}`;
    case "tensor":
      return printTensor(t);
    default:
      return t.k;
  }
}

/**
 * After a successful call of `fn`: check its body under the call's values and report at the
 * call. Returns the instantiated result type (what an untyped fn returns for these arguments).
 */
export function checkFnInstance(env: Env, fn: FnSym, sig: Sig, call: CallExpr, b: CallBinding): Ty | undefined {
  const c = env.c;
  if (c.fnErrors.has(fn.decl) || c.fnDepth >= MAX_FN_DEPTH) return undefined;
  const values = [...b.values.values()];
  // Nothing known beyond the generic check (a call inside another generic body), or nothing to check with.
  // A tensor of unknown rank would meet the body's `..S` annotations as a stranger: skip those too.
  if (!values.some(known) || values.some((v) => v.k === "error" || v.k === "unknown" || (v.k === "tensor" && v.shape.rest))) return undefined;
  const k = `${fn.module}::${fn.name}(${[...b.values].map(([n, v]) => `${n}=${key(v)}`).join(",")})`;
  let entry = c.fnInstances.get(k);
  if (!entry) {
    const diags: Diagnostic[] = [];
    c.fnDepth++;
    try {
      entry = { diags, ret: checkBody(env, fn, sig, b, diags) };
    } finally {
      c.fnDepth--;
    }
    c.fnInstances.set(k, entry);
  }
  const written = `in \`${fn.name}(…)\``;
  let failed = false;
  for (const d of entry.diags)
    if (d.severity === "error") {
      env.sink.push(remap(d, call, written));
      failed = true;
    }
  return failed ? ERROR : entry.ret;
}

function checkBody(env: Env, fn: FnSym, sig: Sig, b: CallBinding, sink: Diagnostic[]): Ty {
  const decl = fn.decl;
  const m = env.c.modules.get(fn.module)!;
  const dims = new Map<string, DimBinding>();
  const rests = new Set<string>();
  for (const p of sig.params) if (p.ty?.k === "tensor" && p.ty.shape.rest?.kind === "var") rests.add(p.ty.shape.rest.id);
  for (const id of sig.binders) {
    const name = symbolName(id);
    if (name === "_") continue;
    if (rests.has(id)) {
      const shape = b.rests.get(id);
      dims.set(name, shape && !shape.rest ? { kind: "rest", id, used: true, shape } : { kind: "rest", id, used: true });
    } else {
      const d = b.dims.get(id);
      if (d) dims.set(name, { kind: "dim", dim: d, used: true });
    }
  }
  const ienv: Env = { c: env.c, m, scope: new Scope(), dims, sink, warnUnused: false, record: false, what: fn.name, concrete: false };
  for (const p of decl.params) {
    const v = b.values.get(p.name.name);
    if (v) ienv.scope.vars.set(p.name.name, { name: p.name.name, ty: v, span: p.name.span, used: true });
  }
  const body = checkBlock(ienv, decl.body);
  if (decl.returnType && decl.body.result) {
    const declared = resolveType({ env: ienv, mode: "ref", binders: [] }, decl.returnType);
    return checkDeclared(ienv, body, declared, decl.body.result.span, decl.returnType.span, `the result of \`${fn.name}\``);
  }
  return body;
}

function remap(d: Diagnostic, call: CallExpr, primary: string): Diagnostic {
  const extras = { primaryLabel: primary, labels: [{ span: d.span, message: d.primaryLabel ?? d.message }, ...d.labels], notes: d.notes ?? [] };
  return diag(d.code, call.span, d.message, d.hint ? { ...extras, hint: d.hint } : extras);
}
