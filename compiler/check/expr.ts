// Expression checking: abstract evaluation of an expression to its type (a tensor type, a
// folded compile-time value, a layer instance, ...). Once an expression has an error its type is
// ERROR, which is silently compatible with everything, so one mistake gives one diagnostic.
import type { CallExpr, Expr, IndexExpr, MemberExpr, NameExpr } from "../syntax/ast.ts";
import { builtinValue } from "./builtins.ts";
import { bound } from "./builtins-layout.ts";
import { type EvArg, NOT_CONST_HINT, callBuiltin, callSig } from "./calls.ts";
import { type Env, recordName } from "./context.ts";
import { constValue, dimConst, dimDiv, dimSub, printDim } from "./dims.ts";
import { binaryOp, unaryOp } from "./elementwise.ts";
import { constValueOf, fnSigOf } from "./decls.ts";
import { instantiateLayer, repeatInstance } from "./instances.ts";
import { checkFnInstance } from "./fn-instances.ts";
import { report } from "./report.ts";
import { closest, lookup, unknownNameHint } from "./scope.ts";
import { ERROR, type TensorTy, type Ty, UNKNOWN, describe, printTensor, tensor } from "./types.ts";

export function checkExpr(env: Env, e: Expr): Ty {
  const t = evalExpr(env, e);
  if (env.record && !env.c.semantic.types.has(e)) env.c.semantic.types.set(e, t);
  return t;
}

function evalExpr(env: Env, e: Expr): Ty {
  switch (e.kind) {
    case "Number":
      return e.isFloat ? { k: "float", value: e.value } : { k: "int", value: dimConst(e.value) };
    case "Size":
      return { k: "size", bytes: e.bytes };
    case "String":
      return { k: "string", value: e.value };
    case "Bool":
      return { k: "bool", value: e.value };
    case "Name":
      return checkName(env, e);
    case "Unary":
      return unaryOp(env, e.op, checkExpr(env, e.operand), e.span);
    case "Binary": {
      const l = checkExpr(env, e.left);
      const r = checkExpr(env, e.right);
      return binaryOp(env, e.op, l, r, { whole: e.span, op: e.opSpan, left: e.left.span, right: e.right.span });
    }
    case "Call":
      return checkCall(env, e);
    case "Index":
      return checkIndex(env, e);
    case "Member":
      return checkMember(env, e);
    case "List":
      return { k: "list", items: e.items.map((x) => checkExpr(env, x)) };
    case "Repeat":
      return repeatInstance(env, e);
  }
}

export function checkName(env: Env, e: NameExpr): Ty {
  // A dimension bound by a signature or a model input is also a compile-time int (`one_hot(y, C)`).
  const dim = env.scope.lookup(e.name) ? undefined : env.dims.get(e.name);
  if (dim) {
    dim.used = true;
    recordName(env, e, { kind: "dim", name: e.name });
    if (dim.kind === "dim") return { k: "int", value: dim.dim };
    report(env, "E0203", e.span, `\`${e.name}\` is a variadic dimension list and cannot be used as a value`);
    return ERROR;
  }
  const found = lookup(env, e.name, env.c.modules);
  if (!found) {
    if (env.c.dropped.has(e.name)) return ERROR;
    const hint = unknownNameHint(env, e.name, env.c.modules, env.c.stdIndex);
    report(env, "E0201", e.span, `unknown name \`${e.name}\``, { primaryLabel: "not found in this scope", ...(hint ? { hint } : {}) });
    return ERROR;
  }
  recordName(env, e, found.kind === "top" ? { kind: "decl", entry: found.entry } : { kind: found.kind, name: e.name });
  if (found.kind === "poisoned") return ERROR;
  if (found.kind === "local") return found.local.ty;
  if (found.kind === "builtin") return builtinValue(e.name);
  const entry = found.entry;
  switch (entry.kind) {
    case "fn":
      return { k: "fn", fn: { decl: entry.decl, name: entry.name.name, module: entry.module } };
    case "layer":
      return { k: "layer", layer: { decl: entry.decl, name: entry.name.name, module: entry.module } };
    case "const":
      return constValueOf(env.c, entry, e.span, env);
    case "model":
    case "wired":
      report(env, "E0203", e.span, `\`${e.name}\` is a ${entry.kind === "model" ? "model" : "wired graph"} and cannot be used as a value`, {
        primaryLabel: `a ${entry.kind === "model" ? "model" : "wired graph"}`,
        labels: [{ span: entry.name.span, message: "declared here" }],
        hint: "to reuse its computation, make it a `layer`",
      });
      return ERROR;
  }
}

function evalArgs(env: Env, call: CallExpr): EvArg[] {
  return call.args.map((a) => {
    const ev: EvArg = { ty: checkExpr(env, a.value), span: a.value.span };
    if (a.name) {
      ev.name = a.name.name;
      ev.nameSpan = a.name.span;
    }
    return ev;
  });
}

function checkCall(env: Env, e: CallExpr): Ty {
  const callee = checkExpr(env, e.callee);
  const hint = e.callee.kind === "Name" ? e.callee.name : undefined;
  // A layer constructor evaluates its arguments itself (defaults refer to earlier parameters).
  const args = evalArgs(env, e);
  switch (callee.k) {
    case "error":
    case "unknown":
      return callee;
    case "builtin":
      return callBuiltin(env, callee.name, e, args);
    case "fn": {
      const sig = fnSigOf(env.c, callee.fn, e.callee.span, env);
      if (!sig) return ERROR;
      let instantiated: Ty | undefined;
      const ty = callSig(env, sig, e, args, (b) => (instantiated = checkFnInstance(env, callee.fn, sig, e, b)));
      if (instantiated?.k === "error") return ERROR;
      // An untyped fn (or untyped parameters) leaves the generic result unknown; these arguments may not.
      if (instantiated?.k === "tensor" && (ty.k === "unknown" || (ty.k === "tensor" && isVague(ty)))) return instantiated;
      return ty;
    }
    case "layer":
      return instantiateLayer(env, callee.layer, e, args);
    case "instance": {
      const inst = callee.inst;
      if (env.binding) env.binding.apply(inst, hint);
      if (inst.opaque) return UNKNOWN;
      return callSig(env, inst.forward, e, args);
    }
    default:
      report(env, "E0203", e.callee.span, `${describe(callee)} cannot be called`, {
        primaryLabel: "not a function or layer",
        ...(callee.k === "tensor" ? { hint: "only functions, layer constructors and layer instances can be called" } : {}),
      });
      return ERROR;
  }
}

/** A tensor type with an unknown rank or dimension. */
function isVague(t: TensorTy): boolean {
  return t.shape.rest?.kind === "unknown" || [...(t.shape.lead ?? []), ...t.shape.dims].some((d) => d.unknown);
}

function checkIndex(env: Env, e: IndexExpr): Ty {
  const target = checkExpr(env, e.target);
  const items = e.indices.map((it) =>
    it.kind === "Slice"
      ? { slice: true as const, start: it.start && checkExpr(env, it.start), end: it.end && checkExpr(env, it.end), step: it.step && checkExpr(env, it.step), span: it.span }
      : { slice: false as const, value: checkExpr(env, it), span: it.span },
  );
  if (target.k === "error" || target.k === "unknown") return target;
  if (target.k !== "tensor") {
    report(env, "E0203", e.target.span, `${describe(target)} cannot be indexed`, { primaryLabel: "not a tensor" });
    return ERROR;
  }
  const s = target.shape;
  if (s.rest) return tensor(target.dtype, { rest: { kind: "unknown" }, dims: [] });
  if (items.length > s.dims.length) {
    report(env, "E0402", e.span, `${items.length} indices for ${printTensor(target)}, which has rank ${s.dims.length}`, { primaryLabel: "too many indices" });
    return ERROR;
  }
  const out = [];
  const cx = { env, span: e.span };
  for (let i = 0; i < s.dims.length; i++) {
    const it = items[i];
    const d = s.dims[i];
    if (!it) {
      out.push(d);
      continue;
    }
    const asDim = (t: Ty | undefined, dflt: ReturnType<typeof dimConst>, what: string) => {
      if (!t) return dflt;
      if (t.k === "int" && t.notConst && env.concrete) {
        report(env, "E0306", it.span, `${what} must be a compile-time int, found ${t.notConst}`, { hint: NOT_CONST_HINT });
        return null;
      }
      if (t.k === "int") return t.value ?? undefined;
      if (t.k !== "error" && t.k !== "unknown")
        report(env, t.k === "tensor" ? "E0306" : "E0305", it.span, `${what} must be a compile-time int, found ${describe(t)}`, t.k === "tensor" ? { hint: "use `gather(x, indices, axis)` to index with a tensor" } : {});
      return null;
    };
    if (!it.slice) {
      const v = asDim(it.value, dimConst(0), "an index");
      if (v === null) return ERROR;
      if (v !== undefined && !bound(cx, v, d, it.span)) return ERROR;
      const n = v && constValue(v);
      const dn = constValue(d);
      if (n !== undefined && dn !== undefined && n >= dn && n >= 0) {
        report(env, "E0413", it.span, `index ${n} is out of range for a dimension of size ${dn}`);
        return ERROR;
      }
      continue;
    }
    const start = asDim(it.start, dimConst(0), "a slice start");
    const end = asDim(it.end, d, "a slice end");
    const step = asDim(it.step, dimConst(1), "a slice step");
    if (start === null || end === null || step === null) return ERROR;
    if (!start || !end || !step) {
      out.push({ ...dimConst(0), unknown: true as const, key: "?", terms: [] });
      continue;
    }
    const a = bound(cx, start, d, it.span);
    const b = bound(cx, end, d, it.span);
    if (!a || !b) return ERROR;
    const len = dimSub(b, a);
    const lv = constValue(len);
    const sv = constValue(step);
    if (lv !== undefined && lv <= 0) {
      report(env, "E0413", it.span, `the slice ${printDim(a)}:${printDim(b)} is empty`, { primaryLabel: "start must be less than end" });
      return ERROR;
    }
    if (sv !== undefined && sv < 1) {
      report(env, "E0413", it.span, `slice step ${sv} must be at least 1`);
      return ERROR;
    }
    out.push(sv === 1 ? len : lv !== undefined && sv !== undefined ? dimConst(Math.ceil(lv / sv)) : dimDiv(len, step).dim);
  }
  return tensor(target.dtype, out);
}

function checkMember(env: Env, e: MemberExpr): Ty {
  const target = checkExpr(env, e.target);
  if (target.k === "error" || target.k === "unknown") return target;
  if (target.k !== "instance") {
    report(env, "E0203", e.target.span, `${describe(target)} has no members`, { primaryLabel: "`.` needs a layer instance" });
    return ERROR;
  }
  if (target.inst.opaque) return UNKNOWN;
  const m = target.inst.members.get(e.name.name);
  if (m) {
    return m;
  }
  const guess = closest(e.name.name, target.inst.members.keys());
  report(env, "E0201", e.name.span, `${target.inst.label} has no parameter or sub-layer \`${e.name.name}\``, {
    primaryLabel: "no such member",
    ...(guess ? { hint: `did you mean \`${guess}\`?` } : {}),
  });
  return ERROR;
}
