// Bindings shared by every declaration: parameters (fn, layer, forward), `name = expr`
// bindings that name the layer instances they create, blocks, declared-type checks, and W0001.
import type { Span } from "../source.ts";
import type { Block, Expr, Ident, Param, TypeExpr } from "../syntax/ast.ts";
import { kindOk } from "./calls.ts";
import { BindingCollector, type Env, type Local, type Scope } from "./context.ts";
import { dimSym } from "./dims.ts";
import { promote } from "./elementwise.ts";
import { checkExpr } from "./expr.ts";
import { originLabel, report, where } from "./report.ts";
import { type Want, resolveType, wantOf } from "./resolve-type.ts";
import { ERROR, type Instance, type SigParam, type Ty, UNKNOWN, describe, printTensor, printTy } from "./types.ts";
import { Subst, Unifier, freshId } from "./unify.ts";

/** An instance nothing is known about: a `Layer` parameter inside a generic body. */
export function opaqueInstance(env: Env, name: string, span: Span): Instance {
  return {
    id: env.c.nextInstanceId(),
    label: name,
    forward: { params: [], ret: UNKNOWN, binders: [], label: `\`${name}\``, declSpan: span },
    params: [],
    state: [],
    members: new Map(),
    declSpan: span,
    descendants: new Set(),
    build: { kind: "opaque" },
    opaque: true,
  };
}

/** Declare a local; E0202 when the name is already bound in the same scope. */
export function declareLocal(env: Env, name: Ident, ty: Ty, warnAs?: string, scope: Scope = env.scope): Local {
  const prev = scope.vars.get(name.name);
  if (prev) {
    report(env, "E0202", name.span, `\`${name.name}\` is already defined here`, {
      primaryLabel: "defined again",
      labels: [{ span: prev.span, message: "first defined here" }],
      hint: "choose a different name",
    });
  }
  const local: Local = { name: name.name, ty, span: name.span, used: false };
  if (warnAs && env.warnUnused && !name.name.startsWith("_")) local.warnAs = warnAs;
  scope.vars.set(name.name, local);
  return local;
}

/**
 * The parameters of a fn or forward function, declared as locals: tensor dims become rigid
 * binders; int/Dim parameters are symbols too (usable in types); defaults may use earlier ones.
 */
export function buildParams(env: Env, params: Param[], binders: string[]): SigParam[] {
  const out: SigParam[] = [];
  for (const p of params) {
    const want: Want = wantOf(p.type);
    let pattern: Ty | undefined;
    let local: Ty = UNKNOWN;
    if (p.type) {
      const t = resolveType({ env, mode: "bind", binders }, p.type);
      if (t.k === "error") local = ERROR;
      else if (want === "tensor" && t.k === "tensor") {
        pattern = t;
        local = { ...t, origin: { span: p.type.span, what: `\`${p.name.name}\` is declared as ${printTensor(t)}` } };
      } else if (want === "int") {
        const id = freshId(p.name.name, "#");
        binders.push(id);
        pattern = { k: "int", value: dimSym(id) };
        local = pattern;
      } else if (want === "float" || want === "bool") {
        pattern = t;
        local = t;
      } else if (want === "layer") local = { k: "instance", inst: opaqueInstance(env, p.name.name, p.name.span) };
    }
    const sp: SigParam = { name: p.name.name, want, optional: p.default !== undefined, span: p.name.span };
    if (pattern) sp.ty = pattern;
    if (p.type) sp.tySpan = p.type.span;
    if (p.default) {
      const d = checkExpr(env, p.default);
      if (kindOk(env, want, { ty: d, span: p.default.span }, p.name.name, "the default")) sp.default = d;
      if (!p.type) local = d;
    }
    declareLocal(env, p.name, local, "parameter");
    out.push(sp);
  }
  return out;
}

/**
 * Check a value against a declared type (a let annotation, a return type, an output type).
 * The declared type's dims are rigid: the value must have exactly that type.
 */
export function checkDeclared(env: Env, value: Ty, declared: Ty, valueSpan: Span, declSpan: Span, what: string): Ty {
  if (value.k === "error" || value.k === "unknown" || declared.k === "error" || declared.k === "unknown") return declared.k === "tensor" ? declared : value;
  if (declared.k !== "tensor") {
    const ok = declared.k === value.k || (declared.k === "float" && value.k === "int");
    if (!ok) report(env, "E0414", valueSpan, `${what} must be ${printTy(declared)}, found ${describe(value)}`, { labels: [{ span: declSpan, message: "declared here" }] });
    return ok ? value : ERROR;
  }
  const v = value.k === "tensor" ? value : promote(env, value, declared.dtype, valueSpan, declSpan);
  if (!v) return ERROR;
  if (value.k !== "tensor" && value.k !== "int" && value.k !== "float" && value.k !== "bool") {
    report(env, value.k === "instance" || value.k === "layer" ? "E0203" : "E0414", valueSpan, `${what} must be a tensor ${printTensor(declared)}, found ${describe(value)}`, {
      labels: [{ span: declSpan, message: "declared here" }],
    });
    return ERROR;
  }
  const u = new Unifier(new Subst());
  const f = v.dtype !== declared.dtype ? { code: "E0401" as const } : (u.shape(declared.shape, v.shape, 0) ?? u.finish());
  if (f) {
    const kind = f.code === "E0401" ? "dtype" : f.code === "E0402" ? "rank" : "dimension";
    report(env, f.code, valueSpan, `${kind} mismatch: ${what} is declared ${printTensor(declared)}`, {
      primaryLabel: `expected ${printTensor(declared)}, found ${printTensor(v)}`,
      labels: [{ span: declSpan, message: `declared as ${printTensor(declared)}${declSpan.file === valueSpan.file ? "" : `, at ${where(env, declSpan, valueSpan)}`}` }, ...originLabel(env, v.origin, valueSpan)],
    });
    return ERROR;
  }
  return v;
}

/**
 * Evaluate `name = expr` and register the layer instances it creates with the owner: the value
 * itself when it is an instance, else the instances applied inline, named `name` (one) or
 * `name.0`, `name.1`, ... (several, in source order).
 */
export function bindValue(env: Env, name: string, value: Expr, site: Span): Ty {
  const saved = env.binding;
  const col = new BindingCollector();
  env.binding = col;
  const ty = checkExpr(env, value);
  env.binding = saved;
  const owner = env.owner;
  if (!owner) return ty;
  if (ty.k === "instance" && !ty.inst.opaque && !owner.covers(ty.inst.id)) owner.register(name, ty.inst, site);
  const anon: Instance[] = [];
  for (const inst of col.applied) {
    if (owner.covers(inst.id) || inst.opaque) continue;
    const hint = col.hints.get(inst.id);
    if (hint !== undefined && !col.created.has(inst.id)) owner.register(hint, inst, site);
    else anon.push(inst);
  }
  // Source order is creation order: a callee's constructor runs before its arguments'.
  const order = [...col.created];
  anon.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  if (anon.length === 1) owner.register(name, anon[0], site);
  else anon.forEach((inst, i) => owner.register(`${name}.${i}`, inst, site));
  // An instance created here but used in an enclosing binding is that binding's business.
  if (saved) for (const id of col.created) saved.created.add(id);
  return ty;
}

/** A `{ lets; result }` block. The result binding names inline instances `out`. */
export function checkBlock(env: Env, block: Block): Ty {
  for (const s of block.stmts) {
    let ty = bindValue(env, s.name.name, s.value, s.span);
    if (s.type) ty = checkDeclared(env, ty, resolveType({ env, mode: "ref", binders: [] }, s.type), s.value.span, s.type.span, `\`${s.name.name}\``);
    declareLocal(env, s.name, withOrigin(ty, s.name.span, s.name.name), ty.k === "instance" ? "layer instance" : "binding");
  }
  if (!block.result) return { k: "unknown" };
  return bindValue(env, "out", block.result, block.result.span);
}

/** Remember where a bound tensor came from when it has no better origin. */
export function withOrigin(ty: Ty, span: Span, name: string): Ty {
  if (ty.k !== "tensor" || ty.origin) return ty;
  return { ...ty, origin: { span, what: `\`${name}\` is ${printTensor(ty)}` } };
}

export function typeSpan(t: TypeExpr | undefined, fallback: Span): Span {
  return t ? t.span : fallback;
}

/** W0001 for the locals of a scope nothing used. */
export function warnUnused(env: Env, scope: Scope): void {
  for (const l of scope.vars.values()) {
    if (l.used || !l.warnAs) continue;
    report(env, "W0001", l.span, `${l.warnAs} \`${l.name}\` is never used`, { primaryLabel: "unused", hint: `remove it, or name it \`_${l.name}\`` });
  }
}
