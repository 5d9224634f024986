// Layer instances. A layer is checked once generically (its parameters as rigid symbols);
// every distinct (layer, arguments) pair is then built once and cached, with the body checked
// again under the concrete arguments. Errors only the concrete check finds (256 heads / 3) are
// reported at the call site, with a label pointing into the body.
import { type Diagnostic, diag } from "../diagnostics/diagnostic.ts";
import type { GraphSpec } from "../graphgen/index.ts";
import type { CallExpr, FnDecl, ParamDecl, RepeatExpr } from "../syntax/ast.ts";
import { buildParams, checkBlock, checkDeclared, bindValue, declareLocal, opaqueInstance, warnUnused, withOrigin } from "./bindings.ts";
import type { BArg } from "./builtins.ts";
import { INITIALIZERS, builtinDef, initOf } from "./builtins.ts";
import type { Init } from "../ir/ir.ts";
import { type EvArg, bindArgs, kindOk } from "./calls.ts";
import { type CheckerState, type Env, InstanceOwner, Scope, childEnv } from "./context.ts";
import { constValue, dimConst, dimSym, printDim } from "./dims.ts";
import { checkExpr } from "./expr.ts";
import { numValue } from "./elementwise.ts";
import { report } from "./report.ts";
import { resolveType, wantOf } from "./resolve-type.ts";
import { closest } from "./scope.ts";
import { ERROR, type Instance, type LayerSym, type Shape, type Sig, type TensorEntry, type Ty, UNKNOWN, describe, printValue } from "./types.ts";
import { freshId } from "./unify.ts";
import { checkCopies } from "../limits.ts";
import { recordGraph } from "./randwire-graphs.ts";

const MAX_DEPTH = 100;

function valueKey(t: Ty): string {
  switch (t.k) {
    case "int":
      return t.value ? `i:${t.value.key}` : "i?";
    case "float":
      return `f:${t.value ?? "?"}`;
    case "bool":
      return `b:${t.value ?? "?"}`;
    case "instance":
      return `l:${t.inst.id}`;
    case "list":
      return `[${t.items.map(valueKey).join(",")}]`;
    default:
      return t.k;
  }
}

/** Whether a layer's generic check found errors (then its instantiations report nothing more). */
export function checkLayerGeneric(c: CheckerState, sym: LayerSym): void {
  if (c.layers.has(sym.decl)) return;
  c.layers.set(sym.decl, "checking");
  const m = c.modules.get(sym.module)!;
  const values = new Map<string, Ty>();
  const probe: Env = { c, m, scope: new Scope(), dims: new Map(), sink: [], warnUnused: false, record: false, what: sym.name };
  for (const p of sym.decl.params) {
    const want = wantOf(p.type);
    if (p.type) resolveType({ env: probe, mode: "ref", binders: [] }, p.type);
    values.set(
      p.name.name,
      want === "int" ? { k: "int", value: dimSym(freshId(p.name.name, "#")) } : want === "float" ? { k: "float" } : want === "bool" ? { k: "bool" } : want === "layer" ? { k: "instance", inst: opaqueInstance(probe, p.name.name, p.name.span) } : UNKNOWN,
    );
  }
  const before = c.diagnostics.filter((d) => d.severity === "error").length;
  for (const d of probe.sink) c.diagnostics.push(d);
  try {
    buildInstance(c, sym, values, c.diagnostics, true);
  } finally {
    // Also after an internal error, so that later uses do not read as recursion.
    c.layers.set(sym.decl, { hadErrors: c.diagnostics.filter((d) => d.severity === "error").length > before });
  }
}

/** `Layer(args)`: bind and check the arguments, then build (or reuse) the instance. */
export function instantiateLayer(env: Env, sym: LayerSym, call: CallExpr, args: EvArg[]): Ty {
  const decl = sym.decl;
  const label = `\`${sym.name}\``;
  const tensorArg = args.find((a) => a.ty.k === "tensor");
  if (tensorArg && !decl.params.some((p) => wantOf(p.type) === "tensor")) {
    const ps = decl.params.map((p) => p.name.name).join(", ");
    report(env, "E0203", tensorArg.span, `${label} is a layer constructor: it takes ${ps ? `(${ps})` : "no arguments"}, not a tensor`, {
      primaryLabel: "a tensor passed to a layer constructor",
      hint: `create an instance, then apply it: \`${sym.name}(${ps})(x)\``,
    });
    return ERROR;
  }
  if (!env.owner) {
    report(env, "E0203", call.span, `a function cannot create the layer instance \`${sym.name}(…)\``, {
      primaryLabel: "functions have no parameters to hold its weights",
      hint: "declare a `layer` instead of a `fn`, and create the instance as one of its items",
    });
    return ERROR;
  }
  const bound = bindArgs(env, args, decl.params.map((p) => ({ name: p.name.name, optional: p.default !== undefined, span: p.name.span })), label, call);
  if (!bound) return ERROR;
  checkLayerGeneric(env.c, sym);
  // Argument values, defaults evaluated in the layer's scope with the earlier parameters bound.
  const m = env.c.modules.get(sym.module)!;
  const denv: Env = { c: env.c, m, scope: new Scope(), dims: new Map(), sink: [], warnUnused: false, record: false, what: sym.name };
  const values = new Map<string, Ty>();
  for (const p of decl.params) {
    const a = bound.get(p.name.name);
    let v: Ty = a ? a.ty : p.default ? checkExpr(denv, p.default) : ERROR;
    if (a && !kindOk(env, wantOf(p.type), a, p.name.name, label)) v = ERROR;
    if (v.k === "error") return ERROR;
    values.set(p.name.name, v);
    denv.scope.vars.set(p.name.name, { name: p.name.name, ty: v, span: p.name.span, used: true });
  }
  const key = `${sym.module}::${sym.name}(${[...values.values()].map(valueKey).join(",")})`;
  const c = env.c;
  const cached = c.instances.get(key);
  if (cached === "checking" || c.depth > MAX_DEPTH) {
    report(env, "E0506", call.span, `${label} contains itself`, { primaryLabel: "recursive layer instantiation", labels: [{ span: decl.name.span, message: "declared here" }] });
    return ERROR;
  }
  let entry = cached;
  if (!entry) {
    c.instances.set(key, "checking");
    c.depth++;
    const sink: Diagnostic[] = [];
    let inst: Instance;
    try {
      inst = buildInstance(c, sym, values, sink, false);
    } catch (e) {
      c.instances.delete(key);
      throw e;
    } finally {
      c.depth--;
    }
    entry = { inst, diags: sink };
    c.instances.set(key, entry);
  }
  // Messages name the instance as the call wrote it: `Conv2d(1, 6, 5)`, not every default.
  const written = `${sym.name}(${args.map((a) => (a.name ? `${a.name}: ` : "") + printValue(a.ty)).join(", ")})`;
  const generic = c.layers.get(decl);
  if (!(typeof generic === "object" && generic.hadErrors)) {
    for (const d of entry.diags) if (d.severity === "error") env.sink.push(remap(d, call, written));
  }
  // Each constructor call is its own instance (own weights); the checked interface is shared.
  const base = entry.inst;
  // An instance whose build failed (reported above, or in its generic check) gives an error
  // value when applied, so `Linear(4, 0)(x)` does not report the empty dimension again.
  const broken = entry.diags.some((d) => d.severity === "error");
  const inst: Instance = { ...base, id: c.nextInstanceId(), label: written, forward: { ...base.forward, label: `\`${written}\``, site: call.span, ...(broken ? { ret: ERROR } : {}) } };
  env.binding?.created.add(inst.id);
  return { k: "instance", inst };
}

function remap(d: Diagnostic, call: CallExpr, label: string): Diagnostic {
  const extras = { primaryLabel: `in ${label}`, labels: [{ span: d.span, message: d.primaryLabel ?? d.message }, ...d.labels], notes: d.notes ?? [] };
  return diag(d.code, call.span, d.message, d.hint ? { ...extras, hint: d.hint } : extras);
}

function paramEntry(env: Env, item: ParamDecl): TensorEntry | undefined {
  const variadic = item.type.kind === "TensorType" ? item.type.dims.find((d) => d.kind === "DimVariadic") : undefined;
  if (variadic) {
    report(env, "E0410", variadic.span, `\`${item.name.name}\` has a variadic shape; parameter shapes must be fixed`, {
      primaryLabel: "leaves the rank open",
      hint: "list every dimension, e.g. `f32[d]` with `d` a layer parameter",
    });
    return undefined;
  }
  const t = resolveType({ env, mode: "ref", binders: [] }, item.type);
  if (t.k !== "tensor") {
    if (t.k !== "error") report(env, "E0414", item.type.span, `a ${item.isState ? "state" : "param"} must have a tensor type, found ${describe(t)}`);
    return undefined;
  }
  for (const d of t.shape.dims) {
    const v = constValue(d);
    if (v !== undefined && v < 1) {
      // One empty parameter says it all: `Linear(4, 0)` also makes `b` empty, for the same reason.
      if (!env.owner?.emptyReported)
        report(env, "E0409", item.type.span, `\`${item.name.name}\` would have a dimension of ${v}`, { primaryLabel: "dimensions must be at least 1" });
      if (env.owner) env.owner.emptyReported = true;
      return undefined;
    }
  }
  const init = checkInitializer(env, item);
  return { path: item.name.name, dtype: t.dtype, shape: t.shape.dims, span: item.span, ...(init ? { init } : {}) };
}

/** Checks a param's initializer; its Init once every argument is a known number. */
function checkInitializer(env: Env, item: ParamDecl): Init | undefined {
  const init = item.init;
  const callee = init.kind === "Call" ? init.callee : init;
  const name = callee.kind === "Name" ? callee.name : undefined;
  if (!name || !INITIALIZERS.has(name)) {
    const guess = name ? closest(name, INITIALIZERS) : undefined;
    report(env, "E0505", init.span, name ? `unknown initializer \`${name}\`` : "a parameter's initial value must be an initializer call", {
      primaryLabel: "not an initializer",
      hint: guess ? `did you mean \`${guess}\`?` : `initializers: ${[...INITIALIZERS].join(", ")}`,
    });
    return;
  }
  if (init.kind !== "Call") {
    report(env, "E0505", init.span, `an initializer must be called: \`${name}()\``);
    return;
  }
  const params = builtinDef(name)?.params ?? [];
  const args: EvArg[] = init.args.map((a) => ({ ty: checkExpr(env, a.value), span: a.value.span, ...(a.name ? { name: a.name.name, nameSpan: a.name.span } : {}) }));
  const bound = bindArgs(env, args, params.map((p) => ({ name: p.name, optional: p.optional ?? false })), `\`${name}\``, init);
  if (!bound) return undefined;
  const known = new Map<string, number>();
  let ok = true;
  for (const [n, a] of bound) {
    if (!kindOk(env, "float", a, n, `\`${name}\``)) {
      ok = false;
      continue;
    }
    const v = numValue(a.ty);
    if (v !== undefined) known.set(n, v);
    if (n === "std" && (v ?? 1) <= 0) report(env, "E0415", a.span, "`std` must be positive"), (ok = false);
  }
  const made = known.size === bound.size ? initOf(name, known) : undefined;
  if (made?.kind === "uniform" && !(made.low < made.high)) {
    report(env, "E0415", init.argsSpan, `\`uniform\` needs low < high, got ${made.low} and ${made.high}`);
    return undefined;
  }
  return ok ? made : undefined;
}

/** Check a layer's body with the given parameter values and collect its interface. */
function buildInstance(c: CheckerState, sym: LayerSym, values: Map<string, Ty>, sink: Diagnostic[], generic: boolean): Instance {
  const decl = sym.decl;
  const m = c.modules.get(sym.module)!;
  const owner = new InstanceOwner();
  const env: Env = { c, m, scope: new Scope(), dims: new Map(), sink, warnUnused: generic && !m.isStd, record: generic, owner, what: sym.name };
  // With every argument a number, every int in the body must be one too.
  env.concrete = !generic && [...values.values()].every((v) => v.k !== "int" || (v.value !== undefined && constValue(v.value) !== undefined));
  for (const p of decl.params) {
    const local = declareLocal(env, p.name, values.get(p.name.name) ?? ERROR, "parameter");
    if (!generic) local.used = true;
  }
  const label = `${sym.name}(${decl.params.map((p) => printValue(values.get(p.name.name) ?? ERROR)).join(", ")})`;
  const forwards = decl.items.filter((i): i is FnDecl => i.kind === "Fn");
  if (forwards.length === 0) report(env, "E0501", decl.name.span, `layer \`${sym.name}\` has no forward function`, { primaryLabel: "needs a `fn (x: ...) -> ... { ... }` item" });
  for (const extra of forwards.slice(1))
    report(env, "E0502", extra.span, `layer \`${sym.name}\` has more than one forward function`, { primaryLabel: "second forward function", labels: [{ span: forwards[0].span, message: "first one here" }] });
  for (const item of decl.items) {
    if (item.kind === "ParamDecl") {
      const entry = paramEntry(env, item);
      let ty: Ty = ERROR;
      if (entry) {
        (item.isState ? owner.state : owner.params).push(entry);
        ty = withOrigin({ k: "tensor", dtype: entry.dtype, shape: { dims: entry.shape } }, item.type.span, `${item.isState ? "state" : "param"} ${item.name.name}`);
        owner.members.set(item.name.name, ty);
      }
      declareLocal(env, item.name, ty, item.isState ? "state" : "param");
    } else if (item.kind === "Let") {
      let ty = bindValue(env, item.name.name, item.value, item.span);
      if (item.type) ty = checkDeclared(env, ty, resolveType({ env, mode: "ref", binders: [] }, item.type), item.value.span, item.type.span, `\`${item.name.name}\``);
      declareLocal(env, item.name, withOrigin(ty, item.name.span, item.name.name), ty.k === "instance" ? "layer instance" : "binding");
    }
  }
  let forward: Sig = { params: [], ret: ERROR, binders: [], label: `\`${label}\``, declSpan: decl.name.span };
  const fwd = forwards[0];
  if (fwd) {
    const fenv = childEnv(env);
    const binders: string[] = [];
    const params = buildParams(fenv, fwd.params, binders);
    const declared = fwd.returnType ? resolveType({ env: fenv, mode: "ref", binders }, fwd.returnType) : undefined;
    let body = checkBlock(fenv, fwd.body);
    if (declared && fwd.body.result) body = checkDeclared(fenv, body, declared, fwd.body.result.span, fwd.returnType!.span, "the forward function's result");
    forward = { params, ret: declared ?? body, binders, label: `\`${label}\``, declSpan: fwd.span };
    if (fwd.returnType) forward.retSpan = fwd.returnType.span;
    else if (fwd.body.result) forward.inferredAt = fwd.body.result.span;
    if (env.warnUnused) warnUnused(fenv, fenv.scope);
  }
  // Without a forward function nothing could use the parameters: E0501 already says why.
  if (env.warnUnused && fwd) warnUnused(env, env.scope);
  const descendants = new Set<number>(owner.covered);
  return {
    id: c.nextInstanceId(),
    label,
    forward,
    params: owner.params,
    state: owner.state,
    members: owner.members,
    declSpan: decl.name.span,
    descendants,
    build: { kind: "layer", layer: sym, args: decl.params.map((p) => values.get(p.name.name) ?? ERROR) },
  };
}

function shapeKey(s: Shape): string {
  return `${(s.lead ?? []).map((d) => d.key).join(",")}|${s.rest ? (s.rest.kind === "var" ? s.rest.id : "?") : ""}|${s.dims.map((d) => d.key).join(",")}`;
}

/** E0504 unless the instance's forward maps one tensor to a tensor of the same type. */
export function checkShapePreserving(env: Env, inst: Instance, span: CallExpr["span"], what: string): boolean {
  if (inst.opaque) return true;
  const f = inst.forward;
  const p = f.params.filter((q) => !q.optional);
  const inTy = p.length === 1 ? p[0].ty : undefined;
  const out = f.ret;
  if (inTy?.k === "tensor" && out.k === "tensor") {
    const hasUnknown = [...out.shape.dims, ...(out.shape.lead ?? [])].some((d) => d.unknown) || out.shape.rest?.kind === "unknown";
    if (hasUnknown || (inTy.dtype === out.dtype && shapeKey(inTy.shape) === shapeKey(out.shape))) return true;
  } else if (out.k === "error" || out.k === "unknown") return true;
  const io = inTy?.k === "tensor" && out.k === "tensor" ? `it maps ${describe(inTy).replace("a tensor ", "")} to ${describe(out).replace("a tensor ", "")}` : "its forward function does not take one tensor to a tensor";
  report(env, "E0504", span, `${what} needs a shape-preserving layer, but \`${inst.label}\` is not`, {
    primaryLabel: io,
    labels: [{ span: f.declSpan, message: "forward function declared here" }],
  });
  return false;
}

function copies(inst: Instance, prefix: (i: number) => string, n: number, extra?: (i: number) => TensorEntry[]): { params: TensorEntry[]; state: TensorEntry[] } {
  const params: TensorEntry[] = [];
  const state: TensorEntry[] = [];
  for (let i = 0; i < n; i++) {
    if (extra) params.push(...extra(i));
    for (const p of inst.params) params.push({ ...p, path: `${prefix(i)}.${p.path}` });
    for (const p of inst.state) state.push({ ...p, path: `${prefix(i)}.${p.path}` });
  }
  return { params, state };
}

/** `repeat N { Block(args) }`: N copies applied in sequence; parameters `0.…`, `1.…`, … */
export function repeatInstance(env: Env, e: RepeatExpr): Ty {
  const count = checkExpr(env, e.count);
  const saved = env.binding;
  env.binding = undefined;
  const body = checkExpr(env, e.body);
  env.binding = saved;
  if (count.k === "error" || body.k === "error") return ERROR;
  const n = count.k === "int" && count.value ? constValue(count.value) : undefined;
  if (count.k !== "int") {
    report(env, count.k === "tensor" ? "E0306" : "E0305", e.count.span, `the repeat count must be a compile-time int, found ${describe(count)}`);
    return ERROR;
  }
  if (n === undefined && env.concrete) {
    report(env, "E0306", e.count.span, `the repeat count must be a number known at compile time, found ${count.value ? printDim(count.value) : "an unknown int"}`);
    return ERROR;
  }
  if (n !== undefined && n < 1) {
    report(env, "E0415", e.count.span, `the repeat count must be at least 1, got ${n}`);
    return ERROR;
  }
  if (body.k !== "instance") {
    report(env, body.k === "layer" ? "E0203" : "E0414", e.body.span, `repeat needs a layer instance, found ${describe(body)}`, body.k === "layer" ? { hint: `\`${body.layer.name}\` is a layer constructor; call it with its arguments: \`${body.layer.name}(…)\`` } : {});
    return ERROR;
  }
  const t = body.inst;
  if (!checkShapePreserving(env, t, e.body.span, "`repeat`")) return ERROR;
  // A symbolic count (generic body): the interface is known, the copies are not yet.
  const copiesN = n ?? 0;
  const countText = n ?? printDim(count.value!);
  checkCopies(`\`repeat ${countText} { … }\``, copiesN, t.params.length + t.state.length, e.count.span);
  const { params, state } = copies(t, (i) => String(i), copiesN);
  const inst: Instance = {
    id: env.c.nextInstanceId(),
    label: `repeat ${countText} { ${t.label} }`,
    forward: { ...t.forward, label: `\`repeat ${countText} { ${t.label} }\`` },
    params,
    state,
    members: new Map(Array.from({ length: copiesN }, (_, i) => [String(i), body] as [string, Ty])),
    declSpan: e.span,
    descendants: new Set([t.id, ...t.descendants]),
    build: { kind: "repeat", template: t, count: copiesN },
  };
  env.binding?.created.add(inst.id);
  return { k: "instance", inst };
}

/** The initializer of a RandWire node's in-edge weights `agg`. */
export const RANDWIRE_AGG_INIT: Init = { kind: "zeros" };

/** `randwire(graph, node: L)`: a RandWire stage; each node a copy of L plus its input weights `agg`. */
export function randwireInstance(env: Env, graph: BArg, node: BArg, call: CallExpr): Ty {
  if (node.ty.k !== "instance") return node.ty.k === "unknown" ? UNKNOWN : ERROR;
  if (graph.ty.k === "unknown") {
    // A generator with symbolic arguments (generic body): the stage's interface is the node's.
    if (!checkShapePreserving(env, node.ty.inst, node.span, "a `randwire` node")) return ERROR;
    return { k: "instance", inst: { ...node.ty.inst, id: env.c.nextInstanceId(), params: [], state: [], members: new Map(), build: { kind: "opaque" } } };
  }
  if (graph.ty.k !== "generator") return ERROR;
  if (!env.owner) {
    report(env, "E0203", call.span, "a function cannot create a randwire stage", { hint: "create it at the top level, in a model, or in a layer" });
    return ERROR;
  }
  const t = node.ty.inst;
  if (!checkShapePreserving(env, t, node.span, "a `randwire` node")) return ERROR;
  const g = graph.ty.spec;
  const spec = { kind: g.kind, ...g.args } as GraphSpec;
  // Recorded for lowering, which builds the stage from this very graph.
  const dag = recordGraph(env.c.semantic.graphs, call, spec);
  const indeg = new Array<number>(dag.nodes).fill(0);
  for (const [, hi] of dag.edges) indeg[hi]++;
  // spec/language.md §6: zeros, so every in-edge starts at weight sigmoid(0) = 0.5.
  const agg = (i: number): TensorEntry[] => [{ path: `node${i}.agg`, dtype: "f32", shape: [dimConst(Math.max(1, indeg[i]))], span: call.span, init: RANDWIRE_AGG_INIT }];
  checkCopies("this `randwire` stage", dag.nodes, t.params.length + t.state.length + 1, call.span);
  const { params, state } = copies(t, (i) => `node${i}`, dag.nodes, agg);
  const args = Object.entries(g.args).map(([k, v]) => `${k}: ${v}`).join(", ");
  const label = `randwire(${g.kind}(${args}), node: ${t.label})`;
  const inst: Instance = {
    id: env.c.nextInstanceId(),
    label,
    forward: { ...t.forward, label: `\`${label}\`` },
    params,
    state,
    members: new Map(),
    declSpan: call.span,
    descendants: new Set([t.id, ...t.descendants]),
    build: { kind: "randwire", node: t, graph: dag },
  };
  env.binding?.created.add(inst.id);
  return { k: "instance", inst };
}
