// State shared by the checker's parts: the program-wide Checker, and the Env an expression is
// checked in (scope, type-level names, where diagnostics go, who owns layer instances).
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { LoadResult } from "../modules/types.ts";
import type { Span } from "../source.ts";
import type { ConstDecl, DimExpr, Expr, FnDecl, LayerDecl, ModelDecl, NameExpr, WiredDecl } from "../syntax/ast.ts";
import type { ModelInfo } from "./result.ts";
import type { RandwireGraphs } from "./randwire-graphs.ts";
import type { WiredGraph } from "./wired.ts";
import type { Dim } from "./dims.ts";
import type { ModuleCtx, TopEntry } from "./scope.ts";
import type { ModelScope } from "./decls.ts";
import type { Instance, Shape, Sig, TensorEntry, Ty } from "./types.ts";
import { checkTensorCount } from "../limits.ts";

/** A value bound to a name in a local scope. */
export interface Local {
  name: string;
  ty: Ty;
  span: Span;
  used: boolean;
  /** What W0001 calls it: "binding", "parameter", "layer instance", ... ; undefined: never warned. */
  warnAs?: string;
}

export class Scope {
  readonly vars = new Map<string, Local>();
  constructor(readonly parent?: Scope) {}
  lookup(name: string): Local | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v) return v;
    }
    return undefined;
  }
  names(): string[] {
    const out: string[] = [];
    for (let s: Scope | undefined = this; s; s = s.parent) for (const k of s.vars.keys()) out.push(k);
    return out;
  }
}

/** A type-level name: a dimension or a variadic bound by a signature or a model input. */
export type DimBinding =
  | { kind: "dim"; dim: Dim; used: boolean }
  /** `shape`: the dimensions a variadic stands for in an instantiated check (`..S` = `[B, 10]`). */
  | { kind: "rest"; id: string; used: boolean; shape?: Shape };

/**
 * What a name in an expression (NameExpr) or in a type's dimensions (a DimName) was resolved
 * to, for the lowering stage: a local value (a binding, a parameter), a dimension bound earlier
 * (by a signature or a model input), a dimension name that binds a new dimension here (a
 * parameter's or input's type), a top-level declaration (fn, layer, constant, ...), or a
 * built-in. Lowering keeps the values of locals and dimensions itself; what a name means it
 * takes from here.
 */
export type Resolution =
  | { kind: "local"; name: string }
  | { kind: "dim"; name: string }
  | { kind: "binder"; name: string }
  | { kind: "decl"; entry: TopEntry }
  | { kind: "builtin"; name: string }
  /** From an import that failed (already reported): never reaches lowering. */
  | { kind: "poisoned"; name: string };

/** A dimension name in a written tensor type (`n` in `f32[B, n]`). */
export type DimNameExpr = Extract<DimExpr, { kind: "DimName" }>;

/** Side tables for later stages: what the first (generic) check learned about each node. */
export interface Semantic {
  types: Map<Expr, Ty>;
  /**
   * Every name the checker resolved, in expressions and in written dimensions. Unlike the other
   * tables of the generic check, every check records it (the first one of a node wins): what a
   * name means is lexical, the same in the generic check and in every instantiation, and some
   * expressions are only checked by an instantiation (a layer parameter's default).
   */
  names: Map<NameExpr | DimNameExpr, Resolution>;
  /** Each wired graph's activations other than `linear`, by name: a fn or a built-in. */
  activations: Map<WiredDecl, Map<string, Resolution>>;
  /** The resolved neuron graph of each wired declaration that checked without errors. */
  wired: Map<WiredDecl, WiredGraph>;
  /**
   * The interface of every model and wired graph checked, entry file or not: lowering takes
   * its parameters' paths, shapes and initializers, and its inputs' free dimensions, from here.
   */
  models: Map<ModelDecl | WiredDecl, ModelInfo>;
  /** The graph each randwire call generated, per concrete spec (randwire-graphs.ts says why per spec). */
  graphs: RandwireGraphs;
  /** Each model's scalar parameters as checked: the default, or the value CheckOptions.modelArgs gave. */
  modelParams: Map<ModelDecl, Map<string, ModelParamValue>>;
}

/** A model parameter's checked value (an int stays an int: `depth: int = 4` given 2). */
export type ModelParamValue = { k: "int" | "float"; value: number } | { k: "bool"; value: boolean };

/** Values for one model's parameters, checked instead of their defaults (lowering's LowerOptions.args). */
export interface ModelArgs {
  model: ModelDecl;
  args: Readonly<Record<string, number | boolean>>;
}

/** Collects the parameters of a layer instance or model as its bindings register sub-instances. */
export class InstanceOwner {
  readonly registered = new Map<number, string>();
  /** Instances whose parameters are already counted (registered ones and everything inside them). */
  readonly covered = new Set<number>();
  readonly params: TensorEntry[] = [];
  readonly state: TensorEntry[] = [];
  readonly members = new Map<string, Ty>();
  /** A parameter with an empty dimension was reported (the others, empty for the same reason, are not). */
  emptyReported = false;

  covers(id: number): boolean {
    return this.covered.has(id);
  }

  register(path: string, inst: Instance, site: Span): void {
    if (this.covered.has(inst.id)) return;
    checkTensorCount(`\`${path}\``, this.params.length + this.state.length + inst.params.length + inst.state.length, site);
    this.registered.set(inst.id, path);
    this.covered.add(inst.id);
    for (const d of inst.descendants) this.covered.add(d);
    this.members.set(path, { k: "instance", inst });
    for (const p of inst.params) this.params.push({ ...p, path: `${path}.${p.path}`, site });
    for (const p of inst.state) this.state.push({ ...p, path: `${path}.${p.path}`, site });
  }
}

/** What one binding (`h1 = ...`) created and applied, to name anonymous instances after it. */
export class BindingCollector {
  readonly created = new Set<number>();
  readonly applied: Instance[] = [];
  /** Instances reached through a name (a local, a parameter, a constant): registered under it. */
  readonly hints = new Map<number, string>();
  apply(inst: Instance, hint?: string): void {
    if (!this.applied.includes(inst)) this.applied.push(inst);
    if (hint !== undefined && !this.hints.has(inst.id)) this.hints.set(inst.id, hint);
  }
}

export interface Env {
  c: CheckerState;
  m: ModuleCtx;
  scope: Scope;
  dims: Map<string, DimBinding>;
  sink: Diagnostic[];
  /** Report W0001 for this env's locals (the first check of a declaration outside the stdlib). */
  warnUnused: boolean;
  /** Record side tables (only the first, generic check does). */
  record: boolean;
  /** Registers instances created here; undefined in plain functions, which have no parameters. */
  owner?: InstanceOwner;
  binding?: BindingCollector;
  /** Names of the declarations being checked, for E0506. */
  what: string;
  /**
   * Set in models and top-level constants, where every int must be a number. Elsewhere (layer
   * and fn bodies) a symbolic int where a number is needed (a repeat count) is accepted
   * generically: the instantiation with concrete arguments checks it again.
   */
  concrete?: boolean;
}

/** Program-wide state: modules, caches of checked declarations and instances, side tables. */
export class CheckerState {
  readonly semantic: Semantic = { types: new Map(), names: new Map(), activations: new Map(), wired: new Map(), models: new Map(), graphs: new Map(), modelParams: new Map() };
  /** Fn signatures; "checking" while the body is being checked (a use then is recursion). */
  readonly fns = new Map<FnDecl, Sig | "checking" | "failed">();
  /** Generic check of each layer: whether it reported errors (then instantiations stay quiet). */
  readonly layers = new Map<LayerDecl, "checking" | { hadErrors: boolean }>();
  /** Instances by (layer, arguments); diagnostics are the instantiation's own, before remapping. */
  readonly instances = new Map<string, { inst: Instance; diags: Diagnostic[] } | "checking">();
  readonly consts = new Map<ConstDecl, Ty | "checking">();
  /** Fns whose generic check reported errors (their instantiations then stay quiet). */
  readonly fnErrors = new Set<FnDecl>();
  /** Diagnostics of each instantiated check of a fn, by (fn, argument values and types). */
  readonly fnInstances = new Map<string, { diags: Diagnostic[]; ret: Ty }>();
  /** Nesting of instantiated fn checks in progress: past a bound they are skipped (they only add checks). */
  fnDepth = 0;
  /** What a train block of each model (or wired graph) can see. */
  readonly modelScopes = new Map<object, ModelScope>();
  readonly diagnostics: Diagnostic[] = [];
  /**
   * Names of top-level declarations the parser left out for nesting too deeply: a use of one
   * is not reported again as an unknown name (the E0004 already explains it).
   */
  readonly dropped = new Set<string>();
  /** Nesting of instantiations being built: a bound on runaway recursion (`Block(d + 1)` in Block). */
  depth = 0;
  private ids = 0;
  constructor(
    readonly load: LoadResult,
    readonly modules: Map<string, ModuleCtx>,
    /** Exported names of standard-library modules, for "`X` is in std.nn" hints. */
    readonly stdIndex: Map<string, string[]>,
    /** A model checked with some parameters given instead of defaulted. */
    readonly modelArgs?: ModelArgs,
  ) {}
  nextInstanceId(): number {
    return ++this.ids;
  }
}

export function childEnv(env: Env, extra: Partial<Env> = {}): Env {
  return { ...env, scope: new Scope(env.scope), dims: new Map(env.dims), ...extra };
}

/** Records what a name resolved to (Semantic.names: every check records, the first one wins). */
export function recordName(env: Env, e: NameExpr | DimNameExpr, r: Resolution): void {
  const names = env.c.semantic.names;
  if (!names.has(e)) names.set(e, r);
}
