// The lowering evaluator: runs expressions, blocks and calls of a checked program with concrete
// values, appending IR nodes as tensors are computed. Function and forward calls are inlined:
// the callee's body runs in a fresh environment whose dimension names are bound by matching
// the parameter types against the arguments' concrete shapes.
import { builtinValue } from "../check/builtins.ts";
import type { DimNameExpr, Resolution } from "../check/context.ts";
import type { TopEntry } from "../check/scope.ts";
import type { Span } from "../source.ts";
import { enterCall, leaveCall } from "../limits.ts";
import type { Block, CallExpr, Expr, FnDecl, IndexExpr, NameExpr, Param, TypeExpr } from "../syntax/ast.ts";
import { lowerBuiltin, lowerRandwire } from "./builtins.ts";
import { constructLayer, evalConst, repeatInstance } from "./instances.ts";
import { BINARY_OPERATORS, UNARY_OPERATORS } from "../ir/ops/table.ts";
import { foldUnary } from "../ir/scalar.ts";
import { asTensor, elementwise, foldBinary, folded, isNumber, matmul, tensorId } from "./tensors.ts";
import { type ArgVal, Collector, type Env, LowerError, Scope, type Val, describeVal } from "./values.ts";

export function evalExpr(env: Env, e: Expr): Val {
  switch (e.kind) {
    case "Number":
      return e.isFloat ? { k: "float", v: e.value } : { k: "int", v: e.value };
    case "Size":
      return { k: "other", what: "size" };
    case "String":
      return { k: "other", what: "string" };
    case "Bool":
      return { k: "bool", v: e.value };
    case "Name":
      return evalName(env, e);
    case "Unary":
      return evalUnary(env, e.op, evalExpr(env, e.operand), e.span);
    case "Binary":
      return evalBinary(env, e.op, evalExpr(env, e.left), evalExpr(env, e.right), e.span);
    case "Call":
      return evalCall(env, e);
    case "Index":
      return evalIndex(env, e);
    case "Member": {
      const t = evalExpr(env, e.target);
      const m = t.k === "inst" ? t.inst.members.get(e.name.name) : undefined;
      if (!m) throw new LowerError(`${describeVal(t)} has no member \`${e.name.name}\``, e.span);
      return m;
    }
    case "List":
      return { k: "list", items: e.items.map((x) => evalExpr(env, x)) };
    case "Repeat":
      return memoized(env, e, () => repeatInstance(env, e));
  }
}

/** Constructions inside a forward body happen once per instance, however often it is applied. */
export function memoized(env: Env, e: Expr, make: () => Val): Val {
  const hit = env.memo?.get(e);
  if (hit) return hit;
  const v = make();
  env.memo?.set(e, v);
  return v;
}

/** What the checker resolved a name to (Semantic.names); a name it did not record is a bug. */
export function resolution(env: Env, e: NameExpr | DimNameExpr): Resolution {
  const r = env.L.names.get(e);
  if (!r) throw new Error(`the checker recorded no resolution for \`${e.name}\``);
  return r;
}

/**
 * A name's value. What it means is the checker's (resolution): a local or a dimension has its
 * value in this environment, a top-level declaration or a built-in is the one the checker found.
 */
export function evalName(env: Env, e: NameExpr): Val {
  const r = resolution(env, e);
  switch (r.kind) {
    case "local":
      return localValue(env, e);
    case "dim":
      return { k: "int", v: dimValue(env, e) };
    case "builtin": {
      const bv = builtinValue(r.name);
      return bv.k === "dtype" ? { k: "dtype", dtype: bv.dtype } : bv.k === "builtin" ? { k: "builtin", name: r.name } : { k: "other", what: r.name };
    }
    case "decl":
      return declValue(env, r.entry, e.span);
    default:
      throw new Error(`the checker resolved \`${e.name}\` as ${r.kind}, which has no value`);
  }
}

/** A name the checker resolved to a local: its value in this environment's scope. */
export function localValue(env: Env, e: NameExpr | DimNameExpr): Val {
  const v = env.scope.lookup(e.name);
  if (!v) throw new Error(`the checker resolved \`${e.name}\` to a local that lowering has not bound`);
  return v;
}

/** A name the checker resolved to a bound dimension: its size here. */
export function dimValue(env: Env, e: NameExpr | DimNameExpr): number {
  const d = env.dims.get(e.name);
  if (d === undefined) throw new Error(`the checker resolved \`${e.name}\` to a dimension that lowering has not bound`);
  return d;
}

/** The value of a top-level declaration the checker resolved a name to. */
export function declValue(env: Env, entry: TopEntry, span: Span): Val {
  switch (entry.kind) {
    case "fn":
      return { k: "fn", decl: entry.decl, module: entry.module, name: entry.name.name };
    case "layer":
      return { k: "layer", decl: entry.decl, module: entry.module, name: entry.name.name };
    case "const":
      return evalConst(env.L, entry.decl, entry.module, span);
    default:
      throw new LowerError(`\`${entry.name.name}\` is a ${entry.kind === "model" ? "model" : "wired graph"} and cannot be used as a value`, span);
  }
}

function evalUnary(env: Env, op: "-" | "!", v: Val, span: Span): Val {
  const irOp = UNARY_OPERATORS.get(op)!;
  if (isNumber(v)) return folded(foldUnary(irOp, v), `\`${op}\` on ${describeVal(v)}`, span);
  return { k: "tensor", id: env.L.b.unary(irOp, tensorId(v, span), span) };
}

function evalBinary(env: Env, op: string, a: Val, b: Val, span: Span): Val {
  if (isNumber(a) && isNumber(b)) return foldBinary(op, a, b, span);
  if (op === "@") return { k: "tensor", id: matmul(env.L, tensorId(a, span), tensorId(b, span), span) };
  const irOp = BINARY_OPERATORS.get(op);
  if (!irOp) throw new LowerError(`unknown operator \`${op}\``, span);
  return elementwise(env.L, irOp, a, b, span);
}

function evalArgs(env: Env, call: CallExpr): ArgVal[] {
  return call.args.map((a) => ({ ...(a.name ? { name: a.name.name } : {}), val: evalExpr(env, a.value), span: a.value.span }));
}

function evalCall(env: Env, e: CallExpr): Val {
  const callee = evalExpr(env, e.callee);
  switch (callee.k) {
    case "builtin":
      // The call itself, not just its span: the checker recorded its graph under it.
      if (callee.name === "randwire") return memoized(env, e, () => lowerRandwire(env, e, evalArgs(env, e)));
      return lowerBuiltin(env, callee.name, evalArgs(env, e), e.span);
    case "fn":
      return callFn(env, callee.decl, callee.module, evalArgs(env, e), e.span);
    case "layer":
      return memoized(env, e, () => constructLayer(env, callee.decl, callee.module, callee.name, evalArgs(env, e), e.span));
    case "inst": {
      const args = evalArgs(env, e);
      env.binding?.apply(callee.inst, e.callee.kind === "Name");
      return callee.inst.forward(args, e.span);
    }
    default:
      throw new LowerError(`${describeVal(callee)} cannot be called`, e.span);
  }
}

/** Arguments by position, then by name. */
export function bindArgs(params: readonly string[], args: readonly ArgVal[], what: string, span: Span): Map<string, ArgVal> {
  const out = new Map<string, ArgVal>();
  let pos = 0;
  for (const a of args) {
    const name = a.name ?? params[pos++];
    if (name === undefined || !params.includes(name)) throw new LowerError(`${what}: unexpected argument`, a.span);
    out.set(name, a);
  }
  return out;
}

/** Binds each parameter of a fn or forward function in `fenv`, matching tensor types to shapes. */
export function bindParams(fenv: Env, params: readonly Param[], args: readonly ArgVal[], what: string, span: Span): void {
  const bound = bindArgs(params.map((p) => p.name.name), args, what, span);
  for (const p of params) {
    const a = bound.get(p.name.name);
    let v: Val;
    if (a) v = a.val;
    else if (p.default) v = evalExpr(fenv, p.default);
    else throw new LowerError(`${what}: missing argument \`${p.name.name}\``, span);
    if (p.type?.kind === "TensorType") {
      if (isNumber(v)) v = { k: "tensor", id: asTensor(fenv.L, v, p.type.dtype.name as "f32" | "i32" | "bool", a?.span ?? span) };
      if (v.k === "tensor") matchDims(fenv, p.type, fenv.L.b.shape(v.id));
    }
    fenv.scope.vars.set(p.name.name, v);
  }
}

/**
 * Binds the dimension names of a parameter type to the argument's concrete shape; which names
 * bind is the checker's (`binder`), their sizes are read off the shape here. The checker's
 * unifier binds them too, but not always to a value lowering could evaluate: it checks a
 * forward body once per layer instance with the forward's own parameters as symbols (never per
 * application), and gradually, so a call whose argument is untyped (`fn (x)`) or comes from a
 * `Layer` parameter leaves the callee's dimensions unknown in every check it makes.
 */
export function matchDims(env: Env, type: TypeExpr, shape: readonly number[]): void {
  if (type.kind !== "TensorType") return;
  const items = type.dims;
  const v = items.findIndex((d) => d.kind === "DimVariadic");
  const bindAt = (item: (typeof items)[number], d: number | undefined) => {
    // Whether the name binds a new dimension or refers to one bound already is the checker's.
    if (item.kind === "DimName" && d !== undefined && resolution(env, item).kind === "binder") env.dims.set(item.name, d);
  };
  if (v < 0) {
    items.forEach((item, i) => bindAt(item, shape[i]));
    return;
  }
  for (let i = 0; i < v; i++) bindAt(items[i], shape[i]);
  const tail = items.length - v - 1;
  for (let j = 0; j < tail; j++) bindAt(items[v + 1 + j], shape[shape.length - tail + j]);
}

/** A user function call, inlined: its body runs with only its parameters in scope. */
export function callFn(env: Env, decl: FnDecl, module: string, args: readonly ArgVal[], span: Span): Val {
  const fenv: Env = { L: env.L, module, scope: new Scope(), dims: new Map() };
  const name = `\`${decl.name?.name ?? "fn"}\``;
  enterCall(env.L, span, name);
  try {
    bindParams(fenv, decl.params, args, name, span);
    return evalBlock(fenv, decl.body);
  } finally {
    leaveCall(env.L);
  }
}

/**
 * `name = expr`: evaluates and registers the instances it makes with the owner in the order the
 * checker's bindValue does: the value itself when it is an instance, then the applied ones
 * reached through a name, then the anonymous ones by creation. Their paths are the checker's.
 */
export function bindValue(env: Env, value: Expr): Val {
  const saved = env.binding;
  const col = new Collector();
  env.binding = col;
  let v: Val;
  try {
    v = evalExpr(env, value);
  } finally {
    env.binding = saved;
  }
  const owner = env.owner;
  if (!owner) return v;
  if (v.k === "inst" && !owner.covers(v.inst.id)) owner.register(v.inst);
  const anon = [];
  for (const inst of col.applied) {
    if (owner.covers(inst.id)) continue;
    if (col.named.has(inst.id) && !col.created.includes(inst.id)) owner.register(inst);
    else anon.push(inst);
  }
  anon.sort((a, b) => col.created.indexOf(a.id) - col.created.indexOf(b.id));
  for (const inst of anon) owner.register(inst);
  if (saved) for (const id of col.created) saved.created.push(id);
  return v;
}

export function evalBlock(env: Env, block: Block): Val {
  for (const s of block.stmts) env.scope.vars.set(s.name.name, bindValue(env, s.value));
  if (!block.result) throw new LowerError("a block without a result", block.span);
  return bindValue(env, block.result);
}

function intOf(v: Val | undefined, dflt: number, span: Span): number {
  if (v === undefined) return dflt;
  if (v.k !== "int") throw new LowerError(`an index must be a compile-time int, found ${describeVal(v)}`, span);
  return v.v;
}

/** `x[i, a:b:s]`: one slice over every axis, then a reshape that drops the integer-indexed axes. */
function evalIndex(env: Env, e: IndexExpr): Val {
  const x = tensorId(evalExpr(env, e.target), e.target.span);
  const shape = env.L.b.shape(x);
  const starts: number[] = [];
  const ends: number[] = [];
  const steps: number[] = [];
  const keep: number[] = [];
  shape.forEach((d, axis) => {
    const it = e.indices[axis];
    const norm = (i: number) => (i < 0 ? i + d : i);
    if (!it) {
      starts.push(0), ends.push(d), steps.push(1), keep.push(d);
    } else if (it.kind === "Slice") {
      const s = norm(intOf(it.start && evalExpr(env, it.start), 0, it.span));
      const en = Math.min(d, norm(intOf(it.end && evalExpr(env, it.end), d, it.span)));
      const st = intOf(it.step && evalExpr(env, it.step), 1, it.span);
      starts.push(s), ends.push(en), steps.push(st), keep.push(Math.ceil((en - s) / st));
    } else {
      const i = norm(intOf(evalExpr(env, it), 0, it.span));
      starts.push(i), ends.push(i + 1), steps.push(1);
    }
  });
  const whole = starts.every((s, i) => s === 0 && ends[i] === shape[i] && steps[i] === 1);
  const sliced = whole ? x : env.L.b.slice(x, starts, ends, steps, e.span);
  return { k: "tensor", id: env.L.b.reshape(sliced, keep, e.span) };
}
