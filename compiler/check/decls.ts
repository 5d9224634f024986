// Top-level declarations: functions (checked once, generically), constants (evaluated once),
// models (checked with their parameters' defaults, or the values CheckOptions.modelArgs gives; yield
// ModelInfo) and train blocks.
import type { Span } from "../source.ts";
import type { ModelDecl, TrainDecl } from "../syntax/ast.ts";
import { bindValue, buildParams, checkBlock, checkDeclared, declareLocal, warnUnused, withOrigin } from "./bindings.ts";
import { kindOk } from "./calls.ts";
import { type CheckerState, type DimBinding, type Env, InstanceOwner, type Local, type ModelParamValue, Scope } from "./context.ts";
import { constValue, dimConst, hasSymbols, printDim } from "./dims.ts";
import { checkExpr } from "./expr.ts";
import { numValue } from "./elementwise.ts";
import { constructorHint, report } from "./report.ts";
import { resolveType, wantOf } from "./resolve-type.ts";
import type { CheckpointSettings, ModelInfo, OptimizerSettings, PipelineSettings, TensorInfo, TrainInfo } from "./result.ts";
import { withDefaults } from "./builtins.ts";
import { type ModuleCtx, type TopEntry, closest, lookupTop } from "./scope.ts";
import { ERROR, type FnSym, type Sig, type TensorEntry, type Ty, describe, printShape, printTensor } from "./types.ts";

export function declEnv(c: CheckerState, m: ModuleCtx, what: string, owner?: InstanceOwner): Env {
  const env: Env = { c, m, scope: new Scope(), dims: new Map(), sink: c.diagnostics, warnUnused: !m.isStd, record: true, what };
  if (owner) {
    env.owner = owner;
    env.concrete = true;
  }
  return env;
}

/** The value of a top-level `name = expr`, evaluated once. */
export function constValueOf(c: CheckerState, entry: TopEntry, useSpan?: Span, useEnv?: Env): Ty {
  if (entry.kind !== "const") return ERROR;
  const st = c.consts.get(entry.decl);
  if (st === "checking") {
    if (useEnv && useSpan)
      report(useEnv, "E0506", useSpan, `\`${entry.name.name}\` is defined in terms of itself`, { primaryLabel: "used in its own definition", labels: [{ span: entry.name.span, message: "defined here" }] });
    return ERROR;
  }
  if (st) return st;
  c.consts.set(entry.decl, "checking");
  const m = c.modules.get(entry.module)!;
  const env = declEnv(c, m, entry.name.name, new InstanceOwner());
  let ty: Ty = ERROR;
  try {
    ty = bindValue(env, entry.name.name, entry.decl.value, entry.decl.span);
  } finally {
    c.consts.set(entry.decl, ty);
  }
  return ty;
}

/** A function's signature (checking its body first, once). Undefined on recursion (E0506). */
export function fnSigOf(c: CheckerState, fn: FnSym, useSpan?: Span, useEnv?: Env): Sig | undefined {
  const st = c.fns.get(fn.decl);
  if (st === "checking") {
    if (useEnv && useSpan)
      report(useEnv, "E0506", useSpan, `\`${fn.name}\` calls itself`, { primaryLabel: "recursive call", labels: [{ span: fn.decl.name?.span ?? fn.decl.span, message: "declared here" }], hint: "functions cannot be recursive: shapes must be known at compile time" });
    return undefined;
  }
  // Already reported as an internal error: its uses say nothing more.
  if (st === "failed") return undefined;
  if (st) return st;
  c.fns.set(fn.decl, "checking");
  try {
    return inferSig(c, fn);
  } catch (e) {
    // An internal error must not leave "checking" behind, or every later use reads as recursion.
    c.fns.set(fn.decl, "failed");
    throw e;
  }
}

function inferSig(c: CheckerState, fn: FnSym): Sig {
  const decl = fn.decl;
  const before = c.diagnostics.length;
  const env = declEnv(c, c.modules.get(fn.module)!, fn.name);
  const binders: string[] = [];
  const params = buildParams(env, decl.params, binders);
  const declared = decl.returnType ? resolveType({ env, mode: "ref", binders }, decl.returnType) : undefined;
  let body = checkBlock(env, decl.body);
  if (declared) {
    if (decl.body.result) body = checkDeclared(env, body, declared, decl.body.result.span, decl.returnType!.span, `the result of \`${fn.name}\``);
    else report(env, "E0414", decl.body.span, `\`${fn.name}\` declares a result but its body has no final expression`, { primaryLabel: "no result" });
  }
  const sig: Sig = { params, ret: declared ?? body, binders, label: `\`${fn.name}\``, declSpan: decl.name?.span ?? decl.span };
  if (decl.returnType) sig.retSpan = decl.returnType.span;
  if (env.warnUnused) warnUnused(env, env.scope);
  if (c.diagnostics.slice(before).some((d) => d.severity === "error")) c.fnErrors.add(decl);
  c.fns.set(decl, sig);
  return sig;
}

function tensorInfo(name: string, dtype: TensorInfo["dtype"], dims: TensorEntry["shape"]): TensorInfo {
  return { name, dtype, shape: dims.map((d) => constValue(d) ?? printDim(d)) };
}

export interface ModelScope {
  /** Inputs and outputs by name: what a train block's loss can see. */
  io: Map<string, Local>;
  dims: Map<string, DimBinding>;
}

/** A model argument given from outside: it keeps the kind of the default (`depth: int = 4` given 2 stays an int). */
function givenValue(dflt: Ty, given: number | boolean): Ty {
  if (typeof given === "boolean") return { k: "bool", value: given };
  return dflt.k === "int" && Number.isInteger(given) ? { k: "int", value: dimConst(given) } : { k: "float", value: given };
}

export function checkModel(c: CheckerState, entry: TopEntry & { kind: "model" }): ModelInfo {
  const decl: ModelDecl = entry.decl;
  const m = c.modules.get(entry.module)!;
  const owner = new InstanceOwner();
  const env = declEnv(c, m, entry.name.name, owner);
  const values = new Map<string, ModelParamValue>();
  c.semantic.modelParams.set(decl, values);
  for (const p of decl.params) {
    let ty: Ty = ERROR;
    if (!p.default) report(env, "E0302", p.span, `model parameter \`${p.name.name}\` needs a default value`, { primaryLabel: "no default", hint: `write \`${p.name.name}: int = 4\`` });
    else {
      ty = checkExpr(env, p.default);
      const given = c.modelArgs?.model === decl ? c.modelArgs.args[p.name.name] : undefined;
      if (given !== undefined && ty.k !== "error") ty = givenValue(ty, given);
      if (!kindOk(env, wantOf(p.type), { ty, span: p.default.span }, p.name.name, `model \`${entry.name.name}\``)) ty = ERROR;
    }
    if (p.type) resolveType({ env, mode: "ref", binders: [] }, p.type);
    declareLocal(env, p.name, ty, "parameter");
    const n = numValue(ty);
    if ((ty.k === "int" || ty.k === "float") && n !== undefined) values.set(p.name.name, { k: ty.k, value: n });
    else if (ty.k === "bool" && ty.value !== undefined) values.set(p.name.name, { k: "bool", value: ty.value });
  }
  const inputs: TensorInfo[] = [];
  const outputs: TensorInfo[] = [];
  const io = new Map<string, Local>();
  for (const item of decl.items) {
    if (item.kind === "Input") {
      const t = resolveType({ env, mode: "bind", binders: [] }, item.type);
      let ty: Ty = ERROR;
      if (t.k === "tensor") {
        ty = { ...t, origin: { span: item.type.span, what: `input \`${item.name.name}\` is ${printTensor(t)}` } };
        if (t.shape.rest) report(env, "E0410", item.type.span, `model input \`${item.name.name}\` has a variadic shape`, { primaryLabel: "inputs need a fixed rank", hint: "name each dimension, e.g. `f32[B, 784]`" });
        else inputs.push(tensorInfo(item.name.name, t.dtype, t.shape.dims));
      } else if (t.k !== "error") report(env, "E0414", item.type.span, `a model input must be a tensor, found ${describe(t)}`);
      io.set(item.name.name, declareLocal(env, item.name, ty, "input"));
    } else if (item.kind === "Let") {
      let ty = bindValue(env, item.name.name, item.value, item.span);
      if (item.type) ty = checkDeclared(env, ty, resolveType({ env, mode: "ref", binders: [] }, item.type), item.value.span, item.type.span, `\`${item.name.name}\``);
      declareLocal(env, item.name, withOrigin(ty, item.name.span, item.name.name), ty.k === "instance" ? "layer instance" : "binding");
    } else {
      let ty = bindValue(env, item.name.name, item.value, item.span);
      if (item.type) ty = checkDeclared(env, ty, resolveType({ env, mode: "ref", binders: [] }, item.type), item.value.span, item.type.span, `output \`${item.name.name}\``);
      if (ty.k === "tensor") {
        if (ty.shape.rest || ty.shape.dims.some((d) => d.unknown)) outputs.push({ name: item.name.name, dtype: ty.dtype, shape: ty.shape.rest ? ["..."] : ty.shape.dims.map((d) => constValue(d) ?? printDim(d)) });
        else outputs.push(tensorInfo(item.name.name, ty.dtype, ty.shape.dims));
      } else if (ty.k === "unknown")
        // Dropping it would silently lose an output; lowering needs its type.
        report(env, "E0414", item.value.span, `the type of output \`${item.name.name}\` cannot be determined`, {
          primaryLabel: "type unknown",
          hint: `give it a type: \`output ${item.name.name}: f32[...] = ...\`, or declare the types of the functions it calls`,
        });
      else if (ty.k !== "error")
        report(env, ty.k === "instance" || ty.k === "layer" ? "E0203" : "E0414", item.value.span, `a model output must be a tensor, found ${describe(ty)}`, ty.k === "instance" ? { hint: "apply the layer to an input: `layer(x)`" } : ty.k === "layer" ? { hint: constructorHint(ty.layer.name) } : {});
      io.set(item.name.name, declareLocal(env, item.name, withOrigin(ty, item.name.span, item.name.name)));
    }
  }
  if (!decl.items.some((i) => i.kind === "Input")) report(env, "E0507", entry.name.span, `model \`${entry.name.name}\` has no input`, { primaryLabel: "declare one: `input x: f32[B, 784]`" });
  if (!decl.items.some((i) => i.kind === "Output")) report(env, "E0503", entry.name.span, `model \`${entry.name.name}\` has no output`, { primaryLabel: "declare one: `output y = ...`" });
  const reported = new Set<string>();
  const toInfo = (list: TensorEntry[]) =>
    list.map((p) => {
      if (p.shape.some(hasSymbols)) {
        const key = `${p.site?.start}`;
        if (!reported.has(key)) {
          reported.add(key);
          report(env, "E0410", p.site ?? entry.name.span, `parameter \`${p.path}\` has shape ${printShape({ dims: p.shape })}, which is not fixed`, {
            primaryLabel: "the layer's arguments leave a parameter's shape unknown",
            labels: [{ span: p.span, message: "parameter declared here" }],
            hint: "layer arguments must be numbers or model parameters, not input dimensions",
          });
        }
      }
      return { ...tensorInfo(p.path, p.dtype, p.shape), ...(p.init ? { init: p.init } : {}) };
    });
  const parameters = toInfo(owner.params);
  const state = toInfo(owner.state);
  if (env.warnUnused) warnUnused(env, env.scope);
  c.modelScopes.set(decl, { io, dims: env.dims });
  const parameterCount = parameters.reduce((n, p) => n + p.shape.reduce<number>((a, d) => a * (typeof d === "number" ? d : 0), 1), 0);
  return { name: entry.name.name, kind: "model", file: entry.module, span: decl.span, inputs, outputs, parameters, state, parameterCount };
}

const SETTINGS = ["loss", "optimizer", "checkpoint", "pipeline"];
const OPTIMIZERS = ["sgd", "adam", "adamw"];
const SCHEDULES = ["gpipe", "1f1b"];

function calleeName(e: TrainDecl["items"][number] & { kind: "Setting" }): string | undefined {
  const v = e.value;
  if (v.kind === "Name") return v.name;
  if (v.kind === "Call" && v.callee.kind === "Name") return v.callee.name;
  return undefined;
}

export function checkTrain(c: CheckerState, m: ModuleCtx, decl: TrainDecl, modelScope: (e: TopEntry) => ModelScope | undefined): TrainInfo | undefined {
  const env = declEnv(c, m, `train ${decl.model.name}`);
  const errors = () => c.diagnostics.filter((d) => d.severity === "error").length;
  const before = errors();
  const settings = new Map<string, Ty>();
  const inputs: TensorInfo[] = [];
  const found = lookupTop(m, decl.model.name, c.modules);
  if (found?.kind === "poisoned") return undefined;
  if (!found || found.kind !== "top" || (found.entry.kind !== "model" && found.entry.kind !== "wired")) {
    const models = [...m.top.values()].filter((e) => e.kind === "model" || e.kind === "wired").map((e) => e.name.name);
    const guess = closest(decl.model.name, models);
    if (found) report(env, "E0203", decl.model.span, `\`${decl.model.name}\` is not a model`, { primaryLabel: "train needs a model" });
    else report(env, "E0201", decl.model.span, `unknown model \`${decl.model.name}\``, { primaryLabel: "no such model", ...(guess ? { hint: `did you mean \`${guess}\`?` } : {}) });
    return undefined;
  }
  const ms = modelScope(found.entry);
  if (ms) {
    for (const l of ms.io.values()) env.scope.vars.set(l.name, { ...l, used: false, warnAs: undefined });
    for (const [k, v] of ms.dims) env.dims.set(k, v);
  }
  const seen = new Map<string, Span>();
  let hasLoss = false;
  for (const item of decl.items) {
    if (item.kind === "Input") {
      const t = resolveType({ env, mode: "bind", binders: [] }, item.type);
      declareLocal(env, item.name, t.k === "tensor" ? { ...t, origin: { span: item.type.span, what: `input \`${item.name.name}\` is ${printTensor(t)}` } } : ERROR, "input");
      if (t.k === "tensor" && !t.shape.rest) inputs.push(tensorInfo(item.name.name, t.dtype, t.shape.dims));
      continue;
    }
    const key = item.key.name;
    if (!SETTINGS.includes(key)) {
      const guess = closest(key, SETTINGS);
      report(env, "E0801", item.key.span, `unknown train setting \`${key}\``, { primaryLabel: "not a setting", hint: guess ? `did you mean \`${guess}\`?` : `settings: ${SETTINGS.join(", ")}` });
      checkExpr(env, item.value);
      continue;
    }
    const prev = seen.get(key);
    if (prev) report(env, "E0202", item.key.span, `\`${key}\` is set twice`, { primaryLabel: "set again here", labels: [{ span: prev, message: "first set here" }] });
    seen.set(key, item.key.span);
    const name = calleeName(item);
    if (key === "loss") {
      hasLoss = true;
      const t = checkExpr(env, item.value);
      if (t.k === "error" || t.k === "unknown") continue;
      if (t.k !== "tensor" || t.dtype !== "f32" || t.shape.rest || t.shape.dims.length !== 0)
        report(env, "E0802", item.value.span, `the loss must be a scalar f32, found ${describe(t)}`, {
          primaryLabel: t.k === "tensor" ? `this is ${printTensor(t)}` : "not a tensor",
          ...(t.k === "tensor" && t.dtype === "f32" ? { hint: "reduce it to a scalar, e.g. with `mean(...)`" } : {}),
        });
    } else if (key === "optimizer") {
      if (!name || !OPTIMIZERS.includes(name)) {
        const guess = name ? closest(name, OPTIMIZERS) : undefined;
        report(env, "E0804", item.value.span, name ? `unknown optimizer \`${name}\`` : "the optimizer must be sgd(...), adam(...) or adamw(...)", { primaryLabel: "not an optimizer", hint: guess ? `did you mean \`${guess}\`?` : "optimizers: sgd, adam, adamw" });
        continue;
      }
      const t = checkExpr(env, item.value);
      if (t.k !== "error" && !(t.k === "setting" && t.setting === "optimizer")) report(env, "E0804", item.value.span, "the optimizer must be called: `adam()`", { primaryLabel: "not an optimizer" });
      settings.set(key, t);
    } else if (key === "checkpoint") {
      if (item.value.kind === "Name" && (name === "none" || name === "sqrt")) {
        settings.set(key, { k: "setting", setting: "checkpoint", name, args: {} });
        continue;
      }
      if (name !== "budget" || item.value.kind !== "Call") {
        report(env, "E0805", item.value.span, "the checkpoint policy must be `none`, `sqrt` or `budget(size)`", { primaryLabel: "not a checkpoint policy" });
        continue;
      }
      settings.set(key, checkExpr(env, item.value));
    } else if (key === "pipeline") {
      if (item.value.kind === "Name" && name === "none") continue;
      if (name !== "stages" || item.value.kind !== "Call") {
        report(env, "E0806", item.value.span, "the pipeline must be `none` or `stages(count, microbatches: m, schedule: gpipe | 1f1b)`", { primaryLabel: "not a pipeline" });
        continue;
      }
      // A schedule is a fixed word, not a name in scope: an unknown one is E0806, not E0201.
      const sched = item.value.args.find((a) => a.name?.name === "schedule");
      if (sched?.value.kind === "Name" && !SCHEDULES.includes(sched.value.name)) {
        const guess = closest(sched.value.name, SCHEDULES);
        report(env, "E0806", sched.value.span, `unknown pipeline schedule \`${sched.value.name}\`; expected \`gpipe\` or \`1f1b\``, {
          primaryLabel: "not a schedule",
          ...(guess ? { hint: `did you mean \`${guess}\`?` } : {}),
        });
        checkExpr(env, { ...item.value, args: item.value.args.filter((a) => a !== sched) });
        continue;
      }
      settings.set(key, checkExpr(env, item.value));
    }
  }
  if (!hasLoss) report(env, "E0803", decl.model.span, `the train block for \`${decl.model.name}\` has no \`loss\``, { primaryLabel: "add `loss = ...`" });
  if (env.warnUnused) warnUnused(env, env.scope);
  const loss = decl.items.find((i) => i.kind === "Setting" && i.key.name === "loss");
  if (errors() > before || !loss || loss.kind !== "Setting") return undefined;
  return { model: decl.model.name, file: m.path, span: decl.span, inputs, loss: loss.value, ...trainSettings(settings) };
}

/** The settings of a clean train block as data, each omitted one (and argument) defaulted. */
function trainSettings(settings: Map<string, Ty>): Pick<TrainInfo, "optimizer" | "checkpoint" | "pipeline"> {
  const args = (key: string, dflt: string): { name: string; get: (n: string) => number | string } => {
    const t = settings.get(key);
    const name = t?.k === "setting" ? t.name : dflt;
    const given = new Map(Object.entries(t?.k === "setting" ? t.args : {}));
    const all = withDefaults(name, given);
    return { name, get: (n) => all.get(n) ?? given.get(n)! };
  };
  const o = args("optimizer", "adam");
  const n = (k: string) => o.get(k) as number;
  const optimizer: OptimizerSettings = o.name === "sgd"
    ? { kind: "sgd", lr: n("lr"), momentum: n("momentum"), weightDecay: n("weight_decay") }
    : { kind: o.name as "adam" | "adamw", lr: n("lr"), beta1: n("beta1"), beta2: n("beta2"), eps: n("eps"), weightDecay: n("weight_decay") };
  const cp = args("checkpoint", "none");
  const checkpoint: CheckpointSettings = cp.name === "budget" ? { kind: "budget", bytes: cp.get("bytes") as number } : { kind: cp.name as "none" | "sqrt" };
  const pp = args("pipeline", "none");
  const pipeline: PipelineSettings = pp.name === "stages"
    ? { kind: "stages", count: pp.get("count") as number, microbatches: pp.get("microbatches") as number, schedule: pp.get("schedule") as "gpipe" | "1f1b" }
    : { kind: "none" };
  return { optimizer, checkpoint, pipeline };
}
