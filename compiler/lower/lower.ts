// Lowering: a checked model (or wired graph) to the graph IR. The program is evaluated once
// with concrete values (eval.ts): tensors are IR nodes, compile-time values fold, layer
// instances inline their forward functions. Parameter paths, and the graphs of RandWire
// stages, are the checker's (param-names.ts, check/randwire-graphs.ts), so weights files and
// `dlc inspect` agree; with overridden model arguments the model is checked again with them.
// What each name means is the checker's too (Semantic.names, read by eval.ts evalName).
//
// Dimensions: which dimensions of a model input are symbolic is the checker's fact
// (ModelInfo.inputs); every one that options.dims does not fix binds to options.batch (usually
// just `B`); all other dimensions are concrete after instantiation.
// The result records, per input, the first axis so bound (`batchAxes`): the batch analysis
// starts from that fact instead of guessing the batch back from the shapes.
import { checkProgram } from "../check/checker.ts";
import type { ModelParamValue } from "../check/context.ts";
import type { CheckResult, ModelInfo, TensorInfo, TrainInfo } from "../check/result.ts";
import { type Diagnostic, diag, hasErrors } from "../diagnostics/diagnostic.ts";
import { GraphBuilder } from "../ir/builder.ts";
import type { DType, Graph, Init, Node } from "../ir/ir.ts";
import type { LoadResult } from "../modules/types.ts";
import type { Span } from "../source.ts";
import type { ModelDecl, TrainDecl, TypeExpr, WiredDecl } from "../syntax/ast.ts";
import { bindValue, evalExpr } from "./eval.ts";
import { evalDim } from "./instances.ts";
import { asTensor, isNumber } from "./tensors.ts";
import { type Env, type Lowering, LowerError, Owner, Scope, type Val } from "./values.ts";
import { lowerWired } from "./wired.ts";
import { nameParams } from "./param-names.ts";
import { limitDiagnostic } from "../limits.ts";

export interface LowerOptions {
  /** The value of every free dimension of the model's inputs (the batch). */
  batch: number;
  /** Values for particular input dimension names, overriding `batch` for them. */
  dims?: Record<string, number>;
  /** Model parameters (`depth`), overriding their defaults. */
  args?: Record<string, number | boolean>;
  /**
   * Lower for training: the model's train block's inputs become graph inputs too, and its loss
   * an extra output named `loss` (TRAIN_LOSS). The model must have a train block.
   */
  train?: boolean;
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
  /**
   * For each graph input with a dimension bound to options.batch: the first such axis (the
   * batch axis the batch analysis starts from). Inputs whose dimensions are all fixed (by
   * numbers, model parameters or options.dims) are absent.
   */
  batchAxes: Record<string, number>;
  diagnostics: Diagnostic[];
}

/** How the lowering sizes a free input dimension: its value, and whether that is the batch. */
export interface DimBinding {
  size: number;
  /** true when options.batch gave the size (options.dims did not name the dimension). */
  batch: boolean;
}

export function lowerModel(load: LoadResult, checked: CheckResult, modelName: string, options: LowerOptions): LowerResult {
  const at: Span = { file: load.entries[0] ?? "<input>", start: 0, end: 0 };
  const fail = (message: string, span: Span = at, hint?: string): LowerResult => ({ params: [], batchAxes: {}, diagnostics: [diag("E0901", span, message, hint ? { hint } : {})] });
  if (hasErrors(load.diagnostics) || hasErrors(checked.diagnostics)) {
    return fail(`cannot lower \`${modelName}\`: the program has errors`, at, "fix the reported errors first");
  }
  const found = findModel(load, modelName);
  if (!found) return fail(`no model or wired graph named \`${modelName}\``);
  if (!Number.isInteger(options.batch) || options.batch < 1) return fail(`the batch size must be a positive integer, got ${options.batch}`);
  // Overridden model arguments change parameter shapes, counts and generated graphs: the
  // generic check's facts are about the defaults, so the program is checked again with them.
  const facts = factsFor(load, checked, found.decl, options.args ?? {});
  if (hasErrors(facts.diagnostics)) return { params: [], batchAxes: {}, diagnostics: facts.diagnostics.filter((d) => d.severity === "error") };
  const info = facts.semantic?.models.get(found.decl);
  if (!info) return fail(`internal error: the checker recorded no interface for \`${modelName}\``, found.decl.span, "please report this with the input that caused it");
  const L: Lowering = {
    b: new GraphBuilder(),
    load,
    names: facts.semantic?.names ?? new Map(),
    consts: new Map(),
    params: new Map(),
    graphs: facts.semantic?.graphs ?? new Map(),
    nextInstanceId: 1,
    nextParam: 0,
  };
  const batch = (name: string): DimBinding => {
    const fixed = options.dims?.[name];
    return fixed === undefined ? { size: options.batch, batch: true } : { size: fixed, batch: false };
  };
  try {
    let lowered: { owner: Owner; outputs: { name: string; node: number }[]; batchAxes: Record<string, number> };
    let train: { decl: TrainDecl; info: TrainInfo } | undefined;
    if (options.train) {
      const trainInfo = facts.trains.find((t) => t.model === modelName);
      const trainDecl = trainInfo && findTrain(load, trainInfo);
      if (!trainInfo || !trainDecl) return fail(`\`${modelName}\` has no train block to lower for training`, found.decl.span, "add `train ${modelName} { loss = ... }`");
      train = { decl: trainDecl, info: trainInfo };
    }
    if (found.decl.kind === "Wired") {
      const graph = facts.semantic?.wired.get(found.decl);
      if (!graph) return fail(`the checker recorded no graph for wired \`${modelName}\``, found.decl.span);
      const acts = facts.semantic?.activations.get(found.decl);
      if (!acts) return fail(`the checker recorded no activations for wired \`${modelName}\``, found.decl.span);
      lowered = lowerWired(L, found.decl, found.module, graph, acts, info.inputs, batch);
      if (train) {
        // The loss sees the graph's inputs and outputs, as the checker let it.
        const env: Env = { L, module: found.module, scope: new Scope(), dims: new Map(), owner: lowered.owner };
        for (const n of L.b.nodes) if (n.attrs.op === "input") env.scope.vars.set(n.attrs.name, { k: "tensor", id: n.id });
        for (const o of lowered.outputs) env.scope.vars.set(o.name, { k: "tensor", id: o.node });
        lowered.outputs.push({ name: TRAIN_LOSS, node: lowerLoss(env, train, batch, lowered.batchAxes) });
      }
    } else {
      lowered = lowerModelDecl(L, found.decl, found.module, info.inputs, facts.semantic?.modelParams.get(found.decl) ?? new Map(), batch, train);
    }
    return finish(L, lowered.owner, lowered.outputs, lowered.batchAxes, info);
  } catch (e) {
    const limit = limitDiagnostic(e, found.decl.span);
    if (limit) return { params: [], batchAxes: {}, diagnostics: [limit] };
    if (e instanceof LowerError) return fail(`cannot lower \`${modelName}\`: ${e.message}`, e.span ?? found.decl.span);
    return fail(`internal error in lowering \`${modelName}\`: ${e instanceof Error ? e.message : String(e)}`, found.decl.span, "please report this with the input that caused it");
  }
}

/** The check result that describes `decl` with `args`: the given one, or a check with those values. */
function factsFor(load: LoadResult, checked: CheckResult, decl: ModelDecl | WiredDecl, args: Record<string, number | boolean>): CheckResult {
  if (decl.kind !== "Model" || Object.keys(args).length === 0) return checked;
  return checkProgram(load, { modelArgs: { model: decl, args } });
}

function findTrain(load: LoadResult, info: TrainInfo): TrainDecl | undefined {
  const decl = load.modules.get(info.file)?.ast.decls.find((d) => d.kind === "Train" && d.span.start === info.span.start && d.span.end === info.span.end);
  return decl?.kind === "Train" ? decl : undefined;
}

function findModel(load: LoadResult, name: string): { decl: ModelDecl | WiredDecl; module: string } | undefined {
  const paths = [...load.entries, ...[...load.modules.keys()].filter((p) => !load.entries.includes(p))];
  for (const path of paths) {
    const mod = load.modules.get(path);
    for (const d of mod?.ast.decls ?? []) if ((d.kind === "Model" || d.kind === "Wired") && d.name.name === name) return { decl: d, module: path };
  }
  return undefined;
}

function lowerModelDecl(L: Lowering, decl: ModelDecl, module: string, inputs: readonly TensorInfo[], params: ReadonlyMap<string, ModelParamValue>, batch: (name: string) => DimBinding, train?: { decl: TrainDecl; info: TrainInfo }) {
  const owner = new Owner();
  const env: Env = { L, module, scope: new Scope(), dims: new Map(), owner };
  // Scalar parameters take the value the checker checked (default or given: the check with
  // overridden arguments applied them); only other defaults (a list) are evaluated here.
  for (const p of decl.params) {
    const fact = params.get(p.name.name);
    const v: Val = !fact ? evalExpr(env, p.default!) : fact.k === "bool" ? { k: "bool", v: fact.value } : { k: fact.k, v: fact.value };
    env.scope.vars.set(p.name.name, v);
  }
  const outputs: { name: string; node: number }[] = [];
  const batchAxes: Record<string, number> = {};
  for (const item of decl.items) {
    if (item.kind === "Input") {
      lowerInput(env, item, inputs, batch, batchAxes);
    } else {
      let v = bindValue(env, item.value);
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
  if (train) outputs.push({ name: TRAIN_LOSS, node: lowerLoss(env, train, batch, batchAxes) });
  return { owner, outputs, batchAxes };
}

/** The output a training lowering adds: the train block's loss. */
export const TRAIN_LOSS = "loss";

/**
 * The train block's inputs become graph inputs (after the model's), and its loss is evaluated
 * in the model's scope, where its inputs and outputs are bound (what the checker let it see).
 */
function lowerLoss(env: Env, train: { decl: TrainDecl; info: TrainInfo }, batch: (name: string) => DimBinding, batchAxes: Record<string, number>): number {
  for (const item of train.decl.items) if (item.kind === "Input") lowerInput(env, item, train.info.inputs, batch, batchAxes);
  const v = evalExpr(env, train.info.loss);
  if (v.k !== "tensor") throw new LowerError("the loss is not a tensor", train.info.loss.span);
  const id = v.id;
  if (env.L.b.dtype(id) !== "f32" || env.L.b.shape(id).length !== 0) throw new LowerError("the loss is not a scalar f32", train.info.loss.span);
  return id;
}

/**
 * A model (or train block) input: a graph input node bound in scope. The checker's shape says
 * which dimensions are free: a number is fixed (by a literal, a model parameter or a constant),
 * a name (or `_`) is free and binds to options.batch unless options.dims sizes it, the same
 * size at every input that names it.
 */
function lowerInput(env: Env, item: { name: { name: string }; type: TypeExpr; span: Span }, inputs: readonly TensorInfo[], batch: (name: string) => DimBinding, batchAxes: Record<string, number>): void {
  const t = item.type;
  if (t.kind !== "TensorType") throw new LowerError(`input \`${item.name.name}\` needs a tensor type`, t.span);
  const name = item.name.name;
  const checked = inputs.find((i) => i.name === name);
  if (!checked || checked.shape.length !== t.dims.length) throw new Error(`the checker recorded no ${t.dims.length}-dimensional input \`${name}\``);
  const onBatch = (axis: number) => {
    if (!(name in batchAxes)) batchAxes[name] = axis;
  };
  const shape = t.dims.map((d, axis) => {
    const fact = checked.shape[axis];
    if (typeof fact === "number") return fact;
    if (d.kind === "DimWild" || d.kind === "DimName") {
      const b = batch(d.kind === "DimWild" ? "_" : d.name);
      if (d.kind === "DimName") env.dims.set(d.name, b.size);
      if (b.batch) onBatch(axis);
      return b.size;
    }
    // An expression over free dimensions (`2 * T`): their sizes are bound by now.
    if (d.kind === "DimVariadic") throw new LowerError("a model input cannot have a variadic shape", d.span);
    return evalDim(env, d);
  });
  env.scope.vars.set(name, { k: "tensor", id: env.L.b.input(name, t.dtype.name as DType, shape, item.span) });
}

/** Names every parameter node with the checker's paths, drops unnamed unused ones, finishes. */
function finish(L: Lowering, owner: Owner, outputs: { name: string; node: number }[], batchAxes: Record<string, number>, info: ModelInfo): LowerResult {
  const { names, params } = nameParams(L, owner, info);
  const initOf = new Map(params.map((p) => [p.name, p.init]));
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
    const attrs = n.attrs.op === "param" ? { ...n.attrs, name: named!, init: initOf.get(named!)! } : n.attrs;
    nodes.push({ id, dtype: n.dtype, shape: n.shape, inputs: n.inputs.map((i) => remap.get(i)!), attrs });
    spans.push(raw.spans[n.id]);
  }
  const graph: Graph = {
    nodes,
    spans,
    inputs: raw.inputs.map((v) => ({ name: v.name, node: remap.get(v.node)! })),
    outputs: raw.outputs.map((v) => ({ name: v.name, node: remap.get(v.node)! })),
  };
  return { graph, params, batchAxes, diagnostics: [] };
}
