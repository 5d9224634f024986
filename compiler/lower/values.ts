// The lowering evaluator's values. Lowering runs the checked program once with concrete
// values: a tensor is an IR node id, compile-time numbers and lists are folded, and a layer
// instance is a record of its parameter nodes and a forward function that inlines its body.
import type { DType, Init } from "../ir/ir.ts";
import type { GraphBuilder } from "../ir/builder.ts";
import type { LoadResult } from "../modules/types.ts";
import type { Span } from "../source.ts";
import type { ConstDecl, Expr, FnDecl, LayerDecl, NameExpr } from "../syntax/ast.ts";
import type { DimNameExpr, Resolution } from "../check/context.ts";
import type { GraphSpec } from "../graphgen/index.ts";
import type { RandwireGraphs } from "../check/randwire-graphs.ts";

export type Val =
  | { k: "tensor"; id: number }
  | { k: "int"; v: number }
  | { k: "float"; v: number }
  | { k: "bool"; v: boolean }
  | { k: "list"; items: Val[] }
  | { k: "dtype"; dtype: DType }
  | { k: "fn"; decl: FnDecl; module: string; name: string }
  | { k: "layer"; decl: LayerDecl; module: string; name: string }
  | { k: "builtin"; name: string }
  | { k: "inst"; inst: Inst }
  | { k: "gen"; spec: GraphSpec }
  /** Strings, sizes, train settings: never reach a tensor computation in a valid model. */
  | { k: "other"; what: string };

/** An evaluated call argument. */
export interface ArgVal {
  name?: string;
  val: Val;
  span: Span;
}

/**
 * What an instance owns, in declaration order: its own params/state and registered
 * sub-instances. Entries carry no paths: the final parameter paths are the checker's
 * (ModelInfo.parameters / .state, in this order), assigned by lower.ts; `local` is the name the
 * declaration gave (`w`, a RandWire node's `agg`), which the checker's path must end with.
 */
export type OwnerEntry =
  | { kind: "param"; local: string; node: number; trainable: boolean }
  | { kind: "child"; inst: Inst };

/**
 * The instances whose parameters a model owns, and their order. The checker's InstanceOwner
 * decides the same two things over its own instances; its Instances are not these, so the
 * registration order is kept here, and lower.ts checks it against the checker's list.
 */
export class Owner {
  readonly entries: OwnerEntry[] = [];

  /** Whether `id` is registered here or inside something registered here (the checker's `covered`). */
  covers(id: number): boolean {
    for (const e of this.entries) if (e.kind === "child" && instCovers(e.inst, id)) return true;
    return false;
  }

  /** First registration wins, as in the checker. */
  register(inst: Inst): void {
    if (this.covers(inst.id)) return;
    this.entries.push({ kind: "child", inst });
  }
}

function instCovers(inst: Inst, id: number): boolean {
  return inst.id === id || inst.extraCovered.has(id) || inst.owner.covers(id);
}

export interface Inst {
  id: number;
  /** For messages: `Linear(784, 300)`. */
  label: string;
  owner: Owner;
  /** Instances this one stands for without owning them (a repeat's template). */
  extraCovered: Set<number>;
  /** `a.b`: parameters (tensors) and named sub-layers. */
  members: Map<string, Val>;
  /** Applies the forward function (inlined into the graph). */
  forward(args: ArgVal[], span: Span): Val;
  /** A fresh copy with its own parameters (repeat and randwire copies). */
  clone(): Inst;
}

/**
 * Bookkeeping of one `name = expr` binding: what it created and applied, and which applied
 * instances were reached through a name (those register before the anonymous ones).
 */
export class Collector {
  readonly created: number[] = [];
  readonly applied: Inst[] = [];
  readonly named = new Set<number>();
  apply(inst: Inst, byName: boolean): void {
    if (!this.applied.includes(inst)) this.applied.push(inst);
    if (byName) this.named.add(inst.id);
  }
}

export class Scope {
  readonly vars = new Map<string, Val>();
  constructor(readonly parent?: Scope) {}
  lookup(name: string): Val | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v) return v;
    }
    return undefined;
  }
}

export interface ParamRecord {
  dtype: DType;
  shape: number[];
  trainable: boolean;
}

/**
 * The initializer a param node carries until lower.ts gives it the checker's (ModelInfo's, its
 * arguments defaulted by check/builtins.ts initOf): lowering evaluates no initializer itself.
 */
export const PENDING_INIT: Init = { kind: "zeros" };

/** Program-wide state of one lowering. */
export interface Lowering {
  b: GraphBuilder;
  load: LoadResult;
  /** What the checker resolved each name to (Semantic.names): lowering looks no name up itself. */
  names: ReadonlyMap<NameExpr | DimNameExpr, Resolution>;
  consts: Map<ConstDecl, Val | "evaluating">;
  /** Param nodes (by node id) created so far, under temporary names until the model names them. */
  params: Map<number, ParamRecord>;
  /** The checker's graph of each randwire call (the only graphs a stage is built from). */
  graphs: RandwireGraphs;
  nextInstanceId: number;
  nextParam: number;
}

export interface Env {
  L: Lowering;
  /** Host path of the module whose names are in scope. */
  module: string;
  scope: Scope;
  /** Dimension names bound by a signature or a model input. */
  dims: Map<string, number>;
  /** Registers the instances bindings create (models and layer bodies); absent in plain fns. */
  owner?: Owner;
  binding?: Collector;
  /**
   * Instances created by each constructor expression of a forward body, so that applying the
   * layer twice reuses them (the checker gives them one set of parameter names).
   */
  memo?: Map<Expr, Val>;
}

/** A user error that the checker should have rejected, or a missing feature: becomes a diagnostic. */
export class LowerError extends Error {
  constructor(
    message: string,
    readonly span?: Span,
  ) {
    super(message);
    this.name = "LowerError";
  }
}

export function describeVal(v: Val): string {
  switch (v.k) {
    case "tensor":
      return "a tensor";
    case "int":
    case "float":
      return `the number ${v.v}`;
    case "bool":
      return `the bool ${v.v}`;
    case "inst":
      return `the layer instance ${v.inst.label}`;
    default:
      return `a ${v.k}`;
  }
}
