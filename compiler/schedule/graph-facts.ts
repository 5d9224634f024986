// What the scheduler needs to know about graph nodes: which ops are views (no kernel, a strided
// read of their input), who consumes each node through chains of views, and how a view op
// transforms a view of its input. Kept apart from the fusion rules so both the grouping and
// the kernel builder read the same facts.
import type { Graph, Node } from "../ir/ir.ts";
import { CATEGORY } from "../ir/ir.ts";
import { expand, permute, reshape, slice, type View } from "./view.ts";

/** Ops whose value is a strided view of their only input: never a kernel of their own. */
export function isViewOp(n: Node, nodes: readonly Node[]): boolean {
  const op = n.attrs.op;
  if (op === "cast") return nodes[n.inputs[0]].dtype === n.dtype;
  return op === "reshape" || op === "broadcast" || op === "transpose" || op === "slice" || op === "dropout";
}

export function isSource(n: Node): boolean {
  return CATEGORY[n.attrs.op] === "source";
}

/** The view of a view op's value, given the view of its input; undefined when no strided view can say it. */
export function applyViewOp(n: Node, v: View): View | undefined {
  const a = n.attrs;
  switch (a.op) {
    case "reshape":
      return reshape(v, a.shape);
    case "broadcast":
      return expand(v, a.shape);
    case "transpose":
      return permute(v, a.perm);
    case "slice":
      return slice(v, a.starts, a.ends, a.steps);
    default:
      return v; // dropout (inference) and same-dtype cast
  }
}

/** A use of a node by a non-view consumer, through `chain` (view ops, innermost first). */
export interface Use {
  /** The consuming node, or -1 for a graph output. */
  consumer: number;
  /** Operand position in the consumer (the output index for graph outputs). */
  slot: number;
  chain: number[];
}

export class GraphFacts {
  readonly consumers: { node: number; slot: number }[][];
  readonly outputsOf = new Map<number, number[]>();
  /**
   * Whether a node's value depends on parameters and constants only (never on an input): it is
   * the same on every run until the weights change. Every op of the inference IR is
   * deterministic, so such a value can be computed once per weight change (spec/fusion.md).
   */
  readonly weightOnly: boolean[];
  private readonly usesCache = new Map<number, Use[]>();

  constructor(readonly graph: Graph) {
    this.consumers = graph.nodes.map(() => []);
    for (const n of graph.nodes) n.inputs.forEach((i, slot) => this.consumers[i].push({ node: n.id, slot }));
    this.weightOnly = [];
    for (const n of graph.nodes) {
      this.weightOnly[n.id] = n.attrs.op === "param" || n.attrs.op === "const" || (n.attrs.op !== "input" && n.inputs.every((i) => this.weightOnly[i]));
    }
    graph.outputs.forEach((o, k) => this.outputsOf.set(o.node, [...(this.outputsOf.get(o.node) ?? []), k]));
  }

  node(id: number): Node {
    return this.graph.nodes[id];
  }

  isView(id: number): boolean {
    return isViewOp(this.graph.nodes[id], this.graph.nodes);
  }

  /** Every use of `id` by a compute node, a concat or a graph output, looking through views. */
  uses(id: number): Use[] {
    const hit = this.usesCache.get(id);
    if (hit) return hit;
    const out: Use[] = [];
    const walk = (at: number, chain: number[]): void => {
      for (const k of this.outputsOf.get(at) ?? []) out.push({ consumer: -1, slot: k, chain });
      for (const c of this.consumers[at]) {
        if (this.isView(c.node)) walk(c.node, [...chain, c.node]);
        else out.push({ consumer: c.node, slot: c.slot, chain });
      }
    };
    walk(id, []);
    this.usesCache.set(id, out);
    return out;
  }

  /** Applies a chain of view ops to a view of the chain's start. */
  throughChain(chain: readonly number[], v: View | undefined): View | undefined {
    let cur = v;
    for (const id of chain) {
      if (!cur) return undefined;
      cur = applyViewOp(this.graph.nodes[id], cur);
    }
    return cur;
  }

  /** The node a chain of views starts from. */
  rootOf(id: number): number {
    let cur = id;
    while (this.isView(cur)) cur = this.graph.nodes[cur].inputs[0];
    return cur;
  }
}
