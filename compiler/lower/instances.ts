// Layer instances in the lowering: constructing a layer (its params become IR param nodes,
// its sub-layers instances of their own), `repeat` copies, RandWire stages, and top-level
// constants. Parameter nodes get temporary names here; once the model's bindings have
// registered every instance, lower.ts names them with the checker's paths, in owner order.
import type { Dag, GraphSpec } from "../graphgen/index.ts";
import { graphSpecKey } from "../check/randwire-graphs.ts";
import type { Span } from "../source.ts";
import { checkLoweredInstances } from "../limits.ts";
import type { CallExpr, ConstDecl, DimExpr, Expr, FnDecl, LayerDecl, RepeatExpr, TypeExpr } from "../syntax/ast.ts";
import { bindArgs, bindParams, bindValue, declValue, dimValue, evalBlock, evalExpr, localValue, resolution } from "./eval.ts";
import { tensorId } from "./tensors.ts";
import { type ArgVal, type Env, type Inst, type Lowering, LowerError, Owner, PENDING_INIT, Scope, type Val, describeVal } from "./values.ts";

/** A top-level `name = expr`, evaluated once per lowering (so one model shares its instances). */
export function evalConst(L: Lowering, decl: ConstDecl, module: string, span: Span): Val {
  const st = L.consts.get(decl);
  if (st === "evaluating") throw new LowerError(`\`${decl.name.name}\` is defined in terms of itself`, span);
  if (st) return st;
  L.consts.set(decl, "evaluating");
  const env: Env = { L, module, scope: new Scope(), dims: new Map(), owner: new Owner() };
  const v = bindValue(env, decl.value);
  L.consts.set(decl, v);
  return v;
}

/** A param node of the declared type; its name and initializer are the checker's (param-names.ts). */
function newParam(env: Env, owner: Owner, local: string, type: TypeExpr, trainable: boolean, span: Span): number {
  if (type.kind !== "TensorType") throw new LowerError(`\`${local}\` needs a tensor type`, span);
  const shape = type.dims.map((d) => {
    if (d.kind === "DimVariadic") throw new LowerError(`\`${local}\` has a variadic shape`, d.span);
    return evalDim(env, d);
  });
  const dtype = type.dtype.name as "f32" | "i32" | "bool";
  const temp = `%param${env.L.nextParam++}`;
  const node = env.L.b.param(temp, dtype, shape, PENDING_INIT, { trainable }, span);
  env.L.params.set(node, { dtype, shape, trainable });
  owner.entries.push({ kind: "param", local, node, trainable });
  return node;
}

/**
 * A dimension of a written type, evaluated in this environment: the names mean what the checker
 * resolved them to, their values are lowering's. Parameter shapes so computed are compared with
 * the checker's when the parameters are named (param-names.ts); they cannot simply be taken from
 * the checker, because a param node needs its shape when the layer is built, before the owner
 * order that matches it to ModelInfo is known, and the checker's per-instance shapes are keyed by
 * its own instances (an instance argument by the checker's instance id), which lowering's are not.
 */
export function evalDim(env: Env, d: DimExpr): number {
  switch (d.kind) {
    case "DimNum":
      return d.value;
    case "DimName": {
      // The checker resolved the name: a dimension, an int local (a layer parameter) or a constant.
      const r = resolution(env, d);
      if (r.kind === "dim") return dimValue(env, d);
      const v = r.kind === "local" ? localValue(env, d) : r.kind === "decl" ? declValue(env, r.entry, d.span) : undefined;
      if (v?.k !== "int") throw new Error(`the checker resolved the dimension \`${d.name}\` as ${v ? describeVal(v) : r.kind}`);
      return v.v;
    }
    case "DimWild":
      throw new LowerError("`_` in a parameter shape", d.span);
    case "DimBin": {
      const a = evalDim(env, d.left);
      const b = evalDim(env, d.right);
      return d.op === "+" ? a + b : d.op === "-" ? a - b : d.op === "*" ? a * b : Math.trunc(a / b);
    }
  }
}

function newInstId(env: Env): number {
  checkLoweredInstances(env.L.nextInstanceId + 1);
  return env.L.nextInstanceId++;
}

/** `Layer(args)`: binds the arguments (defaults see the earlier ones) and builds the instance. */
export function constructLayer(env: Env, decl: LayerDecl, module: string, name: string, args: ArgVal[], span: Span): Val {
  const bound = bindArgs(decl.params.map((p) => p.name.name), args, `\`${name}\``, span);
  const denv: Env = { L: env.L, module, scope: new Scope(), dims: new Map() };
  const values = new Map<string, Val>();
  for (const p of decl.params) {
    const a = bound.get(p.name.name);
    const v = a ? a.val : p.default ? evalExpr(denv, p.default) : undefined;
    if (!v) throw new LowerError(`\`${name}\`: missing argument \`${p.name.name}\``, span);
    values.set(p.name.name, v);
    denv.scope.vars.set(p.name.name, v);
  }
  const written = `${name}(${[...values.values()].map((v) => (v.k === "int" || v.k === "float" ? String(v.v) : v.k === "bool" ? String(v.v) : v.k === "inst" ? v.inst.label : v.k)).join(", ")})`;
  const inst = buildLayer(env, decl, module, written, values, span);
  env.binding?.created.push(inst.id);
  return { k: "inst", inst };
}

function cloneVal(v: Val): Val {
  return v.k === "inst" ? { k: "inst", inst: v.inst.clone() } : v;
}

function buildLayer(outer: Env, decl: LayerDecl, module: string, label: string, values: Map<string, Val>, span: Span): Inst {
  const L = outer.L;
  const owner = new Owner();
  const scope = new Scope();
  for (const [k, v] of values) scope.vars.set(k, v);
  const ienv: Env = { L, module, scope, dims: new Map(), owner };
  const members = new Map<string, Val>();
  let fwd: FnDecl | undefined;
  for (const item of decl.items) {
    if (item.kind === "ParamDecl") {
      const node = newParam(ienv, owner, item.name.name, item.type, !item.isState, item.span);
      const v: Val = { k: "tensor", id: node };
      scope.vars.set(item.name.name, v);
      members.set(item.name.name, v);
    } else if (item.kind === "Let") {
      const v = bindValue(ienv, item.value);
      scope.vars.set(item.name.name, v);
      if (v.k === "inst") members.set(item.name.name, v);
    } else if (!fwd) fwd = item;
  }
  const memo = new Map<Expr, Val>();
  const inst: Inst = {
    id: newInstId(outer),
    label,
    owner,
    extraCovered: new Set(),
    members,
    forward(args, at) {
      if (!fwd) throw new LowerError(`layer \`${decl.name.name}\` has no forward function`, decl.span);
      const fenv: Env = { L, module, scope: new Scope(scope), dims: new Map(), owner, memo };
      bindParams(fenv, fwd.params, args, `\`${label}\``, at);
      return evalBlock(fenv, fwd.body);
    },
    clone: () => buildLayer(outer, decl, module, label, new Map([...values].map(([k, v]) => [k, cloneVal(v)])), span),
  };
  return inst;
}

/** N copies of a template applied in sequence (the checker names copy i's parameters `i.…`). */
function repeatOf(env: Env, template: Inst, fresh: boolean, n: number, label: string): Inst {
  const owner = new Owner();
  const copies: Inst[] = [];
  for (let i = 0; i < n; i++) copies.push(i === 0 && fresh ? template : template.clone());
  for (const c of copies) owner.register(c);
  return {
    id: newInstId(env),
    label,
    owner,
    extraCovered: new Set([template.id]),
    members: new Map(copies.map((c, i) => [String(i), { k: "inst", inst: c } as Val])),
    forward(args, at) {
      let v = copies[0].forward(args, at);
      for (const c of copies.slice(1)) v = c.forward([{ val: v, span: at }], at);
      return v;
    },
    clone: () => repeatOf(env, template.clone(), true, n, label),
  };
}

export function repeatInstance(env: Env, e: RepeatExpr): Val {
  const count = evalExpr(env, e.count);
  if (count.k !== "int" || count.v < 1) throw new LowerError(`the repeat count must be a positive int, found ${describeVal(count)}`, e.count.span);
  const saved = env.binding;
  env.binding = undefined;
  const before = env.L.nextInstanceId;
  let body: Val;
  try {
    body = evalExpr(env, e.body);
  } finally {
    env.binding = saved;
  }
  if (body.k !== "inst") throw new LowerError(`repeat needs a layer instance, found ${describeVal(body)}`, e.body.span);
  const inst = repeatOf(env, body.inst, body.inst.id >= before, count.v, `repeat ${count.v} { ${body.inst.label} }`);
  env.binding?.created.push(inst.id);
  return { k: "inst", inst };
}

/**
 * A RandWire stage (spec/language.md §6): node i applies its copy of the node layer to
 * Σ sigmoid(agg[j])·pred_j over its in-edges (sources read the stage input through agg[0]);
 * the stage returns the mean of the nodes without successors. The graph is the one the checker
 * generated for this call and spec (check/randwire-graphs.ts); lowering generates none.
 */
export function randwireInstance(env: Env, call: CallExpr, spec: GraphSpec, node: Inst): Val {
  const dag = env.L.graphs.get(call)?.get(graphSpecKey(spec));
  // The checker reaches every call and spec lowering does (lowering with overridden model
  // arguments re-checks with them); a missing graph is a bug, not something to regenerate.
  if (!dag) throw new Error(`the checker recorded no graph for this \`randwire\` call with ${graphSpecKey(spec)}`);
  // A node layer made in this very call can serve as node 0; one reached by name is only a template.
  const fresh = env.binding?.created.includes(node.id) ?? false;
  const inst = randwireOf(env, spec, dag, node, fresh, call.span);
  env.binding?.created.push(inst.id);
  return { k: "inst", inst };
}

function randwireOf(env: Env, spec: GraphSpec, dag: Dag, template: Inst, fresh: boolean, span: Span): Inst {
  const L = env.L;
  const preds: number[][] = Array.from({ length: dag.nodes }, () => []);
  const hasSucc = new Array<boolean>(dag.nodes).fill(false);
  for (const [lo, hi] of dag.edges) {
    preds[hi].push(lo);
    hasSucc[lo] = true;
  }
  for (const p of preds) p.sort((a, b) => a - b);
  const owner = new Owner();
  const copies: Inst[] = [];
  const aggs: number[] = [];
  const aggType: TypeExpr = { kind: "TensorType", dtype: { kind: "Ident", name: "f32", span }, dims: [], span };
  for (let i = 0; i < dag.nodes; i++) {
    const n = Math.max(1, preds[i].length);
    const t: TypeExpr = { ...aggType, dims: [{ kind: "DimNum", value: n, span }] };
    // Node i's in-edge weights, then node i's copy: the checker's order (`node{i}.agg`, `node{i}.…`).
    aggs.push(newParam(env, owner, "agg", t, true, span));
    const c = i === 0 && fresh ? template : template.clone();
    copies.push(c);
    owner.register(c);
  }
  const label = `randwire(${spec.kind}, node: ${template.label})`;
  return {
    id: newInstId(env),
    label,
    owner,
    extraCovered: new Set([template.id]),
    members: new Map(),
    forward(args, at) {
      const x = tensorId(args[0]?.val ?? { k: "other", what: "nothing" }, at);
      const b = L.b;
      const outs: number[] = [];
      for (let i = 0; i < dag.nodes; i++) {
        const w = b.unary("sigmoid", aggs[i], span);
        const srcs = preds[i].length > 0 ? preds[i].map((p) => outs[p]) : [x];
        let acc: number | undefined;
        srcs.forEach((s, j) => {
          const wj = b.reshape(b.sliceAxis(w, 0, j, j + 1, 1, span), [], span);
          const term = b.binaryBroadcast("mul", s, wj, span);
          acc = acc === undefined ? term : b.add(acc, term, span);
        });
        outs.push(tensorId(copies[i].forward([{ val: { k: "tensor", id: acc! }, span: at }], at), at));
      }
      const sinks = outs.filter((_, i) => !hasSucc[i]);
      let sum = sinks[0];
      for (const s of sinks.slice(1)) sum = b.add(sum, s, span);
      if (sinks.length === 1) return { k: "tensor", id: sum };
      const inv = b.const(1 / sinks.length, "f32", [], span);
      return { k: "tensor", id: b.binaryBroadcast("mul", sum, inv, span) };
    },
    clone: () => randwireOf(env, spec, dag, template.clone(), true, span),
  };
}
