// Reverse-mode differentiation of a graph: the forward nodes are copied as they are, then the
// adjoints are built in reverse arena order, each op's contribution by its op-table rule
// (`grad`), contributions to one value summed. The result is an ordinary graph (the forward
// outputs, then one output per differentiated parameter), so simplify, fold, CSE, fusion and
// the memory plan treat the backward pass like any other code, on every backend.
//
// Only f32 values carry adjoints. A value the loss does not depend on gets no adjoint node at
// all, and a parameter the loss does not reach gets an explicit zero gradient.
import { GraphBuilder } from "../ir/builder.ts";
import { IrError, fmtType } from "../ir/infer.ts";
import type { Graph, NamedValue } from "../ir/ir.ts";
import { opDef } from "../ir/ops/table.ts";
import type { Span } from "../source.ts";
import { PassNodeError, copyGraph } from "./rewrite.ts";

export interface GradientOptions {
  /** The graph output to differentiate: an f32 scalar (shape [] or [1]). */
  loss: string;
  /** The parameters to differentiate with respect to (default: every trainable f32 param). */
  wrt?: readonly string[];
  /** The name of the gradient output for a parameter (default `grad/<name>`). */
  gradName?: (param: string) => string;
}

export interface GradientResult {
  graph: Graph;
  /** Parameter name → the name of its gradient output, in parameter order. */
  grads: ReadonlyMap<string, string>;
}

/**
 * `graph` with the gradient of `options.loss` with respect to each parameter in `wrt` added as
 * outputs. Throws PassNodeError (at the node, with its span) when the gradient has to pass
 * through an op that has no rule, and IrError for a bad request.
 */
export function differentiate(graph: Graph, options: GradientOptions): GradientResult {
  const lossOut = graph.outputs.find((o) => o.name === options.loss);
  if (!lossOut) throw new IrError(`autodiff: no output "${options.loss}" (outputs: ${graph.outputs.map((o) => o.name).join(", ") || "none"})`);
  const lossNode = graph.nodes[lossOut.node]!;
  if (lossNode.dtype !== "f32" || lossNode.shape.reduce((a, d) => a * d, 1) !== 1) {
    throw new IrError(`autodiff: the loss "${options.loss}" must be one f32 number, got ${fmtType(lossNode)}`);
  }
  const params = new Map<string, number>();
  for (const n of graph.nodes) if (n.attrs.op === "param") params.set(n.attrs.name, n.id);
  const wrt = options.wrt ?? graph.nodes.flatMap((n) => (n.attrs.op === "param" && n.attrs.trainable && n.dtype === "f32" ? [n.attrs.name] : []));
  for (const name of wrt) {
    const id = params.get(name);
    if (id === undefined) throw new IrError(`autodiff: no parameter "${name}"`);
    if (graph.nodes[id]!.dtype !== "f32") throw new IrError(`autodiff: parameter "${name}" is ${fmtType(graph.nodes[id]!)}, not f32`);
  }
  const gradName = options.gradName ?? ((p: string) => `grad/${p}`);

  const b = new GraphBuilder({ cseConsts: false });
  const spans: (Span | undefined)[] = [];
  const spanNew = (from: number, span: Span | undefined) => {
    for (let id = from; id < b.nodes.length; id++) spans[id] ??= span;
  };
  const toNew = copyGraph(b, graph);
  graph.nodes.forEach((n) => (spans[toNew[n.id]!] = graph.spans[n.id]));

  // Which nodes the loss depends on: only they can pass an adjoint on.
  const needed = new Uint8Array(graph.nodes.length);
  needed[lossOut.node] = 1;
  for (let id = graph.nodes.length - 1; id >= 0; id--) if (needed[id]) for (const i of graph.nodes[id]!.inputs) needed[i] = 1;

  // The adjoint of each original node, as a new id; contributions are summed as they arrive.
  const adjoint: (number | undefined)[] = [];
  const seedSpan = graph.spans[lossOut.node];
  const seedFrom = b.nodes.length;
  adjoint[lossOut.node] = b.const(1, "f32", lossNode.shape);
  spanNew(seedFrom, seedSpan);
  for (let id = lossOut.node; id >= 0; id--) {
    const g = adjoint[id];
    const node = graph.nodes[id]!;
    if (g === undefined || node.inputs.length === 0) continue;
    const span = graph.spans[id];
    const def = opDef(node.attrs.op);
    if (!def.grad) {
      throw new PassNodeError(id, node.attrs.op, span, `autodiff: ${node.attrs.op} has no gradient rule yet, and the loss depends on a parameter through it`);
    }
    const before = b.nodes.length;
    let parts: readonly (number | undefined)[];
    try {
      parts = def.grad(node.attrs, { node, inputs: node.inputs.map((i) => toNew[i]!), output: toNew[id]!, adjoint: g, builder: b });
    } catch (e) {
      throw new PassNodeError(id, node.attrs.op, span, `autodiff: ${e instanceof Error ? e.message : String(e)}`);
    }
    node.inputs.forEach((input, k) => {
      const part = parts[k];
      const x = graph.nodes[input]!;
      if (part === undefined || !needed[input] || x.dtype !== "f32") return;
      const t = b.type(part);
      if (t.dtype !== "f32" || t.shape.length !== x.shape.length || t.shape.some((d, i) => d !== x.shape[i])) {
        throw new PassNodeError(id, node.attrs.op, span, `autodiff: the rule gave input ${k} an adjoint ${fmtType(t)}, expected ${fmtType(x)}`);
      }
      const prev = adjoint[input];
      adjoint[input] = prev === undefined ? part : b.add(prev, part);
    });
    spanNew(before, span);
  }

  const outputs: NamedValue[] = graph.outputs.map((o) => ({ name: o.name, node: toNew[o.node]! }));
  const grads = new Map<string, string>();
  for (const name of wrt) {
    const id = params.get(name)!;
    const out = gradName(name);
    if (outputs.some((o) => o.name === out)) throw new IrError(`autodiff: output name "${out}" is already taken`);
    const before = b.nodes.length;
    const p = graph.nodes[id]!;
    const g = adjoint[id] ?? b.broadcastTo(b.const(0, "f32", []), p.shape);
    spanNew(before, graph.spans[id]);
    outputs.push({ name: out, node: g });
    grads.set(name, out);
  }
  const built = b.finish(outputs);
  return { graph: { ...built, spans: built.nodes.map((_, i) => spans[i]) }, grads };
}
