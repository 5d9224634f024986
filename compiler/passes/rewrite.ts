// The one way a pass builds a new graph from an old one. The old nodes are visited in arena
// order; for each, a visitor keeps it, stands another (already built) node in for it, builds
// replacement nodes through the GraphBuilder, or drops it. The utility owns everything no pass
// should write twice: old → new id maps, spans (a node built while visiting inherits the
// visited node's span unless given its own), graph inputs and outputs, parameter updates,
// type checks on every replacement, and dead-code removal afterwards.
//
// What survives dead-code removal: whatever an output or an update reaches, and every input
// and param node even if unused — they are the model's interface (the runtime's setInput and
// setParam refuse names the graph lacks, and the manifest lists every parameter).
import { GraphBuilder } from "../ir/builder.ts";
import { IrError, fmtType, sameShape } from "../ir/infer.ts";
import type { Graph, NamedValue, Node } from "../ir/ir.ts";
import type { Span } from "../source.ts";
import type { ParamUpdate, Program } from "./program.ts";

/** Returned by a visitor: the node is gone, and nothing may use it. */
export const DROP: unique symbol = Symbol("drop");

export interface Rewriter {
  /** Builds the new graph; nodes made through it while visiting get the visited node's span by default. */
  readonly b: GraphBuilder;
  readonly old: Graph;
  /** The new id that stands for old node `oldId` (visited already, since inputs come first). */
  map(oldId: number): number;
  /** A node of the new graph, by new id. */
  get(newId: number): Node;
  /** The visited node's inputs, as new ids. */
  readonly inputs: readonly number[];
  /** The visited node's span. */
  readonly span: Span | undefined;
  /** Copies the visited node into the new graph, inputs remapped; what a visitor returning undefined gets. */
  keep(): number;
}

/** undefined: keep; a new id: that node stands in (it must have the same dtype and shape); DROP: gone. */
export type Visitor = (node: Node, rw: Rewriter) => number | typeof DROP | undefined;

export interface RewriteResult {
  graph: Graph;
  /** Old id → id in the new graph; undefined for a dropped or dead node. */
  map(oldId: number): number | undefined;
}

export interface RewriteOptions {
  /** Old ids that must stay alive and be mappable besides the outputs (parameter updates). */
  roots?: readonly number[];
}

/** A failure while visiting one node: the pipeline reports it at that node's `.dl` span. */
export class PassNodeError extends Error {
  constructor(
    readonly nodeId: number,
    readonly op: string,
    readonly span: Span | undefined,
    readonly reason: string,
  ) {
    super(`at %${nodeId} (${op}): ${reason}`);
  }
}

const UNVISITED = -1;
const DROPPED = -2;

export function rewriteGraph(old: Graph, visit: Visitor = () => undefined, options: RewriteOptions = {}): RewriteResult {
  // No implicit const sharing: merging equal constants is the cse pass's job, visible in its output.
  const b = new GraphBuilder({ cseConsts: false });
  const toNew: number[] = new Array<number>(old.nodes.length).fill(UNVISITED);
  const inheritedSpan: (Span | undefined)[] = [];
  const mapOld = (oldId: number, user: string): number => {
    const id = toNew[oldId];
    if (id === undefined || id === UNVISITED) throw new IrError(`${user} uses %${oldId}, which has not been visited yet`);
    if (id === DROPPED) throw new IrError(`${user} uses %${oldId} (${old.nodes[oldId]!.attrs.op}), which was dropped`);
    return id;
  };

  for (const node of old.nodes) {
    const span = old.spans[node.id];
    const before = b.nodes.length;
    let result: number | typeof DROP | undefined;
    try {
      const inputs = node.inputs.map((i) => mapOld(i, `%${node.id} (${node.attrs.op})`));
      const rw: Rewriter = {
        b,
        old,
        inputs,
        span,
        map: (oldId) => mapOld(oldId, "the visitor"),
        get: (newId) => {
          const n = b.nodes[newId];
          if (!n) throw new IrError(`new node %${newId} does not exist`);
          return n;
        },
        keep: () => copyNode(b, node, inputs, span),
      };
      result = visit(node, rw) ?? rw.keep();
      if (result === DROP) {
        if (node.attrs.op === "input" || node.attrs.op === "param") throw new IrError(`a pass may not drop ${node.attrs.op} "${node.attrs.name}": it is part of the model's interface`);
        toNew[node.id] = DROPPED;
      } else {
        checkStandIn(b, node, result);
        toNew[node.id] = result;
      }
    } catch (e) {
      if (e instanceof PassNodeError) throw e;
      throw new PassNodeError(node.id, node.attrs.op, span, e instanceof Error ? e.message : String(e));
    }
    for (let id = before; id < b.nodes.length; id++) inheritedSpan[id] = span;
  }

  const outputs: NamedValue[] = old.outputs.map((o) => ({ name: o.name, node: mapOld(o.node, `output "${o.name}"`) }));
  const roots = (options.roots ?? []).map((r) => mapOld(r, "a parameter update"));
  const built = b.finish(outputs);
  const spans = built.spans.map((s, id) => s ?? inheritedSpan[id]);
  const compact = dropDead({ ...built, spans }, roots);
  // Input order is the old graph's, whatever order the nodes were built in.
  const inputs = old.inputs.map((v) => ({ name: v.name, node: compact.map[mapOld(v.node, `input "${v.name}"`)]! }));
  const graph: Graph = { ...compact.graph, inputs };
  return {
    graph,
    map: (oldId) => {
      const id = toNew[oldId];
      return id === undefined || id < 0 ? undefined : compact.map[id];
    },
  };
}

/** rewriteGraph over a program's graph, keeping its parameter updates alive and remapped. */
export function rewriteProgram(program: Program, visit?: Visitor): Program {
  const { graph, map } = rewriteGraph(program.graph, visit, { roots: program.updates.map((u) => u.node) });
  const updates: ParamUpdate[] = program.updates.map((u) => ({ target: u.target, node: map(u.node)! }));
  return { ...program, graph, updates };
}

/** Copies every node of `g` into `b`, in order; returns the new id of each old one. */
export function copyGraph(b: GraphBuilder, g: Graph): number[] {
  const ids: number[] = [];
  for (const n of g.nodes) ids[n.id] = copyNode(b, n, n.inputs.map((i) => ids[i]!), g.spans[n.id]);
  return ids;
}

export function copyNode(b: GraphBuilder, node: Node, inputs: readonly number[], span: Span | undefined): number {
  const a = node.attrs;
  switch (a.op) {
    case "input":
      return b.input(a.name, node.dtype, node.shape, span);
    case "param":
      return b.param(a.name, node.dtype, node.shape, a.init, { trainable: a.trainable }, span);
    case "const":
      return b.const(a.value, node.dtype, node.shape, span);
    default:
      return b.node(a, inputs, span);
  }
}

/** A stand-in must be a real node of the new graph with exactly the replaced node's type. */
function checkStandIn(b: GraphBuilder, node: Node, id: number): void {
  const n = Number.isInteger(id) ? b.nodes[id] : undefined;
  if (!n) throw new IrError(`the visitor returned %${id}, which is not a node of the new graph`);
  if (n.dtype !== node.dtype || !sameShape(n.shape, node.shape)) {
    throw new IrError(`the visitor replaced a ${fmtType(node)} by %${id}, a ${fmtType(n)}`);
  }
  if ((node.attrs.op === "input" || node.attrs.op === "param") && n.attrs.op !== node.attrs.op) {
    throw new IrError(`a pass may not replace ${node.attrs.op} "${node.attrs.name}": it is part of the model's interface`);
  }
}

/** Keeps what outputs and roots reach, plus every input and param; renumbers densely in order. */
function dropDead(g: Graph, roots: readonly number[]): { graph: Graph; map: (number | undefined)[] } {
  const live = new Uint8Array(g.nodes.length);
  for (const o of g.outputs) live[o.node] = 1;
  for (const r of roots) live[r] = 1;
  for (const n of g.nodes) if (n.attrs.op === "input" || n.attrs.op === "param") live[n.id] = 1;
  // Inputs point to smaller ids, so one backward sweep marks everything reachable.
  for (let id = g.nodes.length - 1; id >= 0; id--) if (live[id]) for (const i of g.nodes[id]!.inputs) live[i] = 1;
  const map: (number | undefined)[] = [];
  const nodes: Node[] = [];
  const spans: (Span | undefined)[] = [];
  for (const n of g.nodes) {
    if (!live[n.id]) continue;
    const id = nodes.length;
    map[n.id] = id;
    nodes.push({ id, dtype: n.dtype, shape: n.shape, inputs: n.inputs.map((i) => map[i]!), attrs: n.attrs });
    spans.push(g.spans[n.id]);
  }
  return {
    graph: { nodes, spans, inputs: g.inputs.map((v) => ({ name: v.name, node: map[v.node]! })), outputs: g.outputs.map((o) => ({ name: o.name, node: map[o.node]! })) },
    map,
  };
}
