// Fusion: which graph nodes share a kernel. The schedule starts as one kernel per compute node;
// this pass merges a producer's kernel into its consumer's when the rule of spec/fusion.md
// allows it, walking the graph from its outputs back (so every consumer is placed before its
// producers). A node joins its consumers' kernel only when all of them are in that one kernel;
// otherwise it is materialized: it gets a buffer and a kernel of its own.
//
// Inside a kernel every node is evaluated at each point of the kernel's domain. `toDomain`
// says, for a member, how a view over the member's own shape becomes a view over the domain
// (the composition of the view ops between the member and the kernel's root). Two uses of one
// member must agree on it, so a member is never evaluated at two different places.
import type { Node } from "../ir/ir.ts";
import { CATEGORY } from "../ir/ir.ts";
import type { GraphFacts, Use } from "./graph-facts.ts";
import { contiguous, sameView, type View } from "./view.ts";

export type ToDomain = (v: View) => View | undefined;

export interface Group {
  root: number;
  /** Members, the root included. */
  members: Set<number>;
  toDomain: Map<number, ToDomain>;
  /** The iteration domain: outer axes, then `inner` reduced axes. */
  domain: number[];
  inner: number;
  /** A matmul or conv2d whose epilogue the other members are. */
  core?: number;
}

/** Ops that are a kernel by themselves and never absorb producers (contiguous inputs). */
const OPAQUE = new Set(["max_pool2d", "avg_pool2d", "argmax", "one_hot"]);
const FOLDS = new Set(["reduce_sum", "reduce_max", "reduce_min", "reduce_prod"]);
/** Elementwise ops worth recomputing along a broadcast instead of storing (cost in "cheap op" units). */
const COST: Record<string, number> = {
  exp: 4, log: 4, tanh: 4, sigmoid: 4, erf: 4, sin: 4, cos: 4, pow: 4, mod: 4, sqrt: 2, rsqrt: 3, div: 2,
};
/** The most a node may cost to be recomputed at each point of a broadcast (spec/fusion.md). */
export const RECOMPUTE_BUDGET = 4;

export function opCost(n: Node): number {
  return costOfOp(n.attrs.op);
}

/** An elementwise op's cost in "cheap op" units (spec/fusion.md, "Recomputation"). */
export function costOfOp(op: string): number {
  return COST[op] ?? 1;
}

/** Whether operand `slot` of `consumer` may be computed inside the consumer's kernel. */
function joinableSlot(consumer: Node, slot: number): boolean {
  const cat = CATEGORY[consumer.attrs.op];
  if (cat === "elementwise") return consumer.attrs.op !== "dropout";
  if (FOLDS.has(consumer.attrs.op)) return slot === 0;
  return false;
}

function isCore(n: Node): boolean {
  return n.attrs.op === "matmul" || n.attrs.op === "conv2d";
}

/** Views over a prefix of the domain get zero strides for the trailing (inner) axes. */
function padTo(v: View | undefined, domain: readonly number[]): View | undefined {
  if (!v) return undefined;
  if (v.shape.length === domain.length) return v;
  if (v.shape.length > domain.length || v.shape.some((d, k) => d !== domain[k])) return undefined;
  return { shape: [...domain], strides: [...v.strides, ...domain.slice(v.shape.length).map(() => 0)], offset: v.offset };
}

export class Fusion {
  readonly groupOf = new Map<number, Group>();
  readonly groups: Group[] = [];

  /**
   * `hoist`: a value that depends on the weights only never joins a kernel that reads an input
   * (it would be recomputed on every run); it gets a kernel of its own, run once per weight change.
   */
  constructor(private readonly facts: GraphFacts, private readonly fuse: boolean, private readonly hoist = fuse) {}

  /** Places every compute node (views, sources and concats are not kernels). */
  run(): Group[] {
    const nodes = this.facts.graph.nodes;
    for (let id = nodes.length - 1; id >= 0; id--) {
      const n = nodes[id];
      if (this.facts.isView(id) || CATEGORY[n.attrs.op] === "source" || n.attrs.op === "concat") continue;
      if (!this.fuse || !this.tryJoin(n)) this.newGroup(n);
    }
    this.groups.sort((a, b) => a.root - b.root);
    return this.groups;
  }

  private newGroup(n: Node): void {
    const g: Group = { root: n.id, members: new Set([n.id]), toDomain: new Map(), domain: [...n.shape], inner: 0 };
    if (FOLDS.has(n.attrs.op)) {
      // A reduction as the root: the reduced axes become the domain's inner axes.
      const a = n.attrs as { axes: number[] };
      const x = this.facts.node(n.inputs[0]);
      g.domain = [...n.shape, ...a.axes.map((k) => x.shape[k])];
      g.inner = a.axes.length;
    }
    g.toDomain.set(n.id, (v) => padTo(v, g.domain));
    if (isCore(n)) g.core = n.id;
    this.groups.push(g);
    this.groupOf.set(n.id, g);
  }

  private tryJoin(n: Node): boolean {
    if (OPAQUE.has(n.attrs.op) || (this.facts.outputsOf.get(n.id)?.length ?? 0) > 0) return false;
    const uses = this.facts.uses(n.id);
    if (uses.length === 0) return false;
    let target: Group | undefined;
    for (const u of uses) {
      if (u.consumer < 0) return false;
      const g = this.groupOf.get(u.consumer);
      if (!g || (target && g !== target) || !joinableSlot(this.facts.node(u.consumer), u.slot)) return false;
      target = g;
    }
    const g = target!;
    if (this.hoist && this.facts.weightOnly[n.id] !== this.facts.weightOnly[g.root]) return false;
    const f = this.domainMap(n, g, uses);
    if (!f) return false;
    if (isCore(n) && !this.canTakeCore(n, g, f)) return false;
    if (FOLDS.has(n.attrs.op) && !this.canTakeReduce(n, g, f)) return false;
    if (!FOLDS.has(n.attrs.op) && !isCore(n) && !this.cheapEnough(n, g, f)) return false;
    g.members.add(n.id);
    g.toDomain.set(n.id, f);
    if (isCore(n)) g.core = n.id;
    this.groupOf.set(n.id, g);
    return true;
  }

  /** The member's domain map, from the consumers' maps through each use's chain of views. */
  private domainMap(n: Node, g: Group, uses: Use[]): ToDomain | undefined {
    const maps: ToDomain[] = uses.map((u) => {
      const consumer = this.facts.node(u.consumer);
      const outer = g.toDomain.get(u.consumer)!;
      if (FOLDS.has(consumer.attrs.op)) return this.reduceInputMap(consumer, g, u.chain);
      return (v: View) => outer(this.facts.throughChain(u.chain, v) as View);
    });
    const probe = contiguous(n.shape);
    const first = safe(maps[0], probe);
    if (!first) return undefined;
    for (const m of maps.slice(1)) {
      const v = safe(m, probe);
      if (!v || !sameView(v, first)) return undefined;
    }
    return (v: View) => safe(maps[0], v);
  }

  /**
   * The operand of a reduction inside the kernel: its reduced axes run along the domain's inner
   * axes (in order), its kept axes where the reduction's result sits in the domain.
   */
  private reduceInputMap(r: Node, g: Group, chain: number[]): ToDomain {
    const outer = g.toDomain.get(r.id)!;
    return (v0: View) => {
      const v = this.facts.throughChain(chain, v0);
      return v && reduceOperandView(r, g, outer, v);
    };
  }

  private canTakeCore(n: Node, g: Group, f: ToDomain): boolean {
    if (g.core !== undefined || g.inner > 0) return false;
    const v = f(contiguous(n.shape));
    return v !== undefined && sameView(v, contiguous(g.domain));
  }

  /** A reduction joins when its result is constant along exactly the domain's inner axes. */
  private canTakeReduce(r: Node, g: Group, f: ToDomain): boolean {
    if (g.core !== undefined) return false;
    const a = r.attrs as { axes: number[] };
    const x = this.facts.node(r.inputs[0]);
    const dims = a.axes.map((k) => x.shape[k]);
    const v = f(contiguous(r.shape));
    if (!v) return false;
    const d = g.domain.length;
    if (g.inner === 0) {
      // Either the result already spreads along trailing domain axes of the reduced sizes
      // (softmax: max/sum broadcast back over the row), or the domain grows by those axes.
      const zeros = v.strides.map((s, k) => s === 0 && g.domain[k] !== 1);
      const tail = dims.length;
      const trailingMatch = tail <= d && dims.every((dd, j) => g.domain[d - tail + j] === dd) &&
        zeros.slice(d - tail).every((z, j) => z || dims[j] === 1) && !zeros.slice(0, d - tail).some((z) => z);
      if (trailingMatch) {
        g.inner = tail;
        return true;
      }
      if (zeros.some((z) => z)) return false;
      this.extend(g, dims);
      return true;
    }
    if (dims.length !== g.inner || dims.some((dd, j) => g.domain[d - g.inner + j] !== dd)) return false;
    // Constant along the inner axes, never recomputed along an outer one.
    return v.strides.every((s, k) => (k >= d - g.inner ? s === 0 || g.domain[k] === 1 : s !== 0 || g.domain[k] === 1));
  }

  /** Appends inner axes to a domain that had none; the existing maps pad with zero strides. */
  private extend(g: Group, dims: number[]): void {
    const old = new Map(g.toDomain);
    g.domain = [...g.domain, ...dims];
    g.inner = dims.length;
    for (const [id, f] of old) g.toDomain.set(id, (v) => padTo(f(v), g.domain));
  }

  /** Recomputing a value at every point of a broadcast is worth it only for cheap values. */
  private cheapEnough(n: Node, g: Group, f: ToDomain): boolean {
    const v = f(contiguous(n.shape));
    if (!v) return false;
    const d = g.domain.length;
    const full = v.strides.slice(d - g.inner).some((s, j) => s !== 0 && g.domain[d - g.inner + j] !== 1);
    const repeated = v.strides.some((s, k) => s === 0 && g.domain[k] !== 1 && (full || k < d - g.inner));
    return !repeated || opCost(n) <= RECOMPUTE_BUDGET;
  }
}

function safe(f: ToDomain, v: View): View | undefined {
  try {
    return f(v);
  } catch {
    return undefined;
  }
}

/**
 * A view `v` of a reduction's operand over the kernel's domain: the kept axes go where
 * `outer` (the reduction's own map) puts its result, the reduced axes run along the domain's
 * inner axes in order.
 */
export function reduceOperandView(r: Node, g: Group, outer: ToDomain, v: View): View | undefined {
  const a = r.attrs as { axes: number[]; keepdims: boolean };
  const kept: { shape: number[]; strides: number[] } = { shape: [], strides: [] };
  v.shape.forEach((d, k) => {
    if (!a.axes.includes(k)) {
      kept.shape.push(d);
      kept.strides.push(v.strides[k]);
    } else if (a.keepdims) {
      kept.shape.push(1);
      kept.strides.push(0);
    }
  });
  const base = outer({ shape: kept.shape, strides: kept.strides, offset: v.offset });
  if (!base || g.inner !== a.axes.length) return undefined;
  const d = g.domain.length;
  const strides = [...base.strides];
  a.axes.forEach((ax, j) => {
    strides[d - g.inner + j] = v.strides[ax];
  });
  return { shape: base.shape, strides, offset: base.offset };
}
