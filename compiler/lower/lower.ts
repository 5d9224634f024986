// Lowering: a checked model (or wired graph) to the graph IR. The program is evaluated once
// with concrete values (eval.ts): tensors are IR nodes, compile-time values fold, layer
// instances inline their forward functions. Parameter names follow the checker's rules
// exactly (spec/language.md, "Parameter naming"), so weights files and `dlc inspect` agree.
//
// Dimensions: every symbolic dimension of a model input that options.dims does not fix binds
// to options.batch (usually just `B`); all other dimensions are concrete after instantiation.
import type { CheckResult } from "../check/result.ts";
import { buildModules } from "../check/scope.ts";
import { type Diagnostic, diag, hasErrors } from "../diagnostics/diagnostic.ts";
import { GraphBuilder } from "../ir/builder.ts";
import type { DType, Graph, Init, Node } from "../ir/ir.ts";
import type { LoadResult } from "../modules/types.ts";
import type { Span } from "../source.ts";
import type { ModelDecl, WiredDecl } from "../syntax/ast.ts";
import { bindValue, evalExpr } from "./eval.ts";
import { evalDim } from "./instances.ts";
import { asTensor, isNumber } from "./tensors.ts";
import { type Env, type Lowering, LowerError, Owner, Scope, type Val } from "./values.ts";
import { lowerWired } from "./wired.ts";

export interface LowerOptions {
  /** The value of every free dimension of the model's inputs (the batch). */
  batch: number;
  /** Values for particular input dimension names, overriding `batch` for them. */
  dims?: Record<string, number>;
  /** Model parameters (`depth`), overriding their defaults. */
  args?: Record<string, number | boolean>;
}

export interface LoweredParam {
  /** Dotted name, as in ModelInfo.parameters / .state. */
  name: string;
  dtype: DType;
  shape: number[];
  init: Init;
  /** false for `state` (BatchNorm running statistics). */
  trainable: boolean;
}

export interface LowerResult {
  graph?: Graph;
  /** Parameters and state in declaration order (the checker's order, the two interleaved). */
  params: LoweredParam[];
  diagnostics: Diagnostic[];
}

export function lowerModel(load: LoadResult, checked: CheckResult, modelName: string, options: LowerOptions): LowerResult {
  const at: Span = { file: load.entries[0] ?? "<input>", start: 0, end: 0 };
  const fail = (message: string, span: Span = at, hint?: string): LowerResult => ({ params: [], diagnostics: [diag("E0901", span, message, hint ? { hint } : {})] });
  if (hasErrors(load.diagnostics) || hasErrors(checked.diagnostics)) {
    return fail(`cannot lower \`${modelName}\`: the program has errors`, at, "fix the reported errors first");
  }
  const found = findModel(load, modelName);
  if (!found) return fail(`no model or wired graph named \`${modelName}\``);
  if (!Number.isInteger(options.batch) || options.batch < 1) return fail(`the batch size must be a positive integer, got ${options.batch}`);
  const L: Lowering = {
    b: new GraphBuilder(),
    load,
    modules: buildModules(load, []),
    consts: new Map(),
    params: new Map(),
    nextInstanceId: 1,
    nextParam: 0,
  };
  const batch = (name: string) => options.dims?.[name] ?? options.batch;
  try {
    let owner: Owner;
    let outputs: { name: string; node: number }[];
    if (found.decl.kind === "Wired") {
      const graph = checked.semantic?.wired.get(found.decl);
      if (!graph) return fail(`the checker recorded no graph for wired \`${modelName}\``, found.decl.span);
      ({ owner, outputs } = lowerWired(L, found.decl, found.module, graph, batch));
    } else {
      ({ owner, outputs } = lowerModelDecl(L, found.decl, found.module, batch, options.args ?? {}));
    }
    return finish(L, owner, outputs);
  } catch (e) {
    if (e instanceof LowerError) return fail(`cannot lower \`${modelName}\`: ${e.message}`, e.span ?? found.decl.span);
    return fail(`internal error in lowering \`${modelName}\`: ${e instanceof Error ? e.message : String(e)}`, found.decl.span, "please report this with the input that caused it");
  }
}

function findModel(load: LoadResult, name: string): { decl: ModelDecl | WiredDecl; module: string } | undefined {
  const paths = [...load.entries, ...[...load.modules.keys()].filter((p) => !load.entries.includes(p))];
  for (const path of paths) {
    const mod = load.modules.get(path);
    for (const d of mod?.ast.decls ?? []) if ((d.kind === "Model" || d.kind === "Wired") && d.name.name === name) return { decl: d, module: path };
  }
  return undefined;
}

function lowerModelDecl(L: Lowering, decl: ModelDecl, module: string, batch: (name: string) => number, args: Record<string, number | boolean>) {
  const owner = new Owner();
  const env: Env = { L, module, scope: new Scope(), dims: new Map(), owner };
  for (const p of decl.params) {
    const dflt = evalExpr(env, p.default!);
    const given = args[p.name.name];
    // An override keeps the kind of the default (`depth: int = 4` given 2 stays an int).
    const v: Val = given === undefined ? dflt : typeof given === "boolean" ? { k: "bool", v: given } : dflt.k === "int" && Number.isInteger(given) ? { k: "int", v: given } : { k: "float", v: given };
    env.scope.vars.set(p.name.name, v);
  }
  const outputs: { name: string; node: number }[] = [];
  for (const item of decl.items) {
    if (item.kind === "Input") {
      const t = item.type;
      if (t.kind !== "TensorType") throw new LowerError(`input \`${item.name.name}\` needs a tensor type`, t.span);
      const shape = t.dims.map((d) => {
        if (d.kind === "DimVariadic") throw new LowerError("a model input cannot have a variadic shape", d.span);
        if (d.kind === "DimWild") return batch("_");
        if (d.kind === "DimName" && !isKnown(env, d.name)) {
          env.dims.set(d.name, batch(d.name));
          return batch(d.name);
        }
        return evalDim(env, d);
      });
      env.scope.vars.set(item.name.name, { k: "tensor", id: L.b.input(item.name.name, t.dtype.name as DType, shape, item.span) });
    } else {
      let v = bindValue(env, item.name.name, item.value);
      if (item.kind === "Output") {
        if (isNumber(v)) {
          const dt = item.type?.kind === "TensorType" ? (item.type.dtype.name as DType) : v.k === "int" ? "i32" : v.k === "bool" ? "bool" : "f32";
          v = { k: "tensor", id: asTensor(L, v, dt, item.value.span) };
        }
        if (v.k !== "tensor") throw new LowerError(`output \`${item.name.name}\` is not a tensor`, item.value.span);
        outputs.push({ name: item.name.name, node: v.id });
      }
      env.scope.vars.set(item.name.name, v);
    }
  }
  return { owner, outputs };
}

function isKnown(env: Env, name: string): boolean {
  if (env.scope.lookup(name) || env.dims.has(name)) return true;
  try {
    return evalExpr(env, { kind: "Name", name, span: { file: env.module, start: 0, end: 0 } }).k === "int";
  } catch {
    return false;
  }
}

/** Names every parameter node after the registration tree, drops unnamed unused ones, finishes. */
function finish(L: Lowering, owner: Owner, outputs: { name: string; node: number }[]): LowerResult {
  const names = new Map<number, string>();
  const params: LoweredParam[] = [];
  const walk = (o: Owner, prefix: string) => {
    for (const e of o.entries) {
      if (e.kind === "child") walk(e.inst.owner, `${prefix}${e.path}.`);
      else if (!names.has(e.node)) {
        const name = `${prefix}${e.local}`;
        names.set(e.node, name);
        const rec = L.params.get(e.node)!;
        params.push({ name, dtype: rec.dtype, shape: [...rec.shape], init: rec.init, trainable: rec.trainable });
      }
    }
  };
  walk(owner, "");
  const raw = L.b.finish(outputs);
  const used = new Set<number>();
  for (const n of raw.nodes) for (const i of n.inputs) used.add(i);
  for (const o of raw.outputs) used.add(o.node);
  const remap = new Map<number, number>();
  const nodes: Node[] = [];
  const spans: (Span | undefined)[] = [];
  for (const n of raw.nodes) {
    const named = names.get(n.id);
    if (n.attrs.op === "param" && named === undefined) {
      // A repeat/randwire template's own weights: only its copies are part of the model.
      if (!used.has(n.id)) continue;
      throw new Error(`parameter node %${n.id} is used but belongs to no registered instance`);
    }
    const id = nodes.length;
    remap.set(n.id, id);
    const attrs = n.attrs.op === "param" ? { ...n.attrs, name: named! } : n.attrs;
    nodes.push({ id, dtype: n.dtype, shape: n.shape, inputs: n.inputs.map((i) => remap.get(i)!), attrs });
    spans.push(raw.spans[n.id]);
  }
  const graph: Graph = {
    nodes,
    spans,
    inputs: raw.inputs.map((v) => ({ name: v.name, node: remap.get(v.node)! })),
    outputs: raw.outputs.map((v) => ({ name: v.name, node: remap.get(v.node)! })),
  };
  return { graph, params, diagnostics: [] };
}
