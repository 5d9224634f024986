// Constant folding: an op whose inputs are all constants becomes a constant, computed by the
// reference interpreter on a two-node graph, so a folded value is bit for bit what running
// the op would give (the interpreter's scalar semantics are compiler/ir/scalar.ts).
//
// Left alone: tensors over the fold limit (constants must not blow up the artifact or the
// build), `dropout` (random in training), and `broadcast` of a constant: a broadcast is a
// view that the schedule does not copy, and materialising it would bake the batch size into
// a constant that batch analysis could no longer tell from a per-model one. Instead an
// elementwise op over broadcasts of same-shaped constants folds at the constants' shape and
// is broadcast once afterwards.
import { numElements } from "../ir/infer.ts";
import { CATEGORY, type Attrs, type Graph, type Node } from "../ir/ir.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { rewriteProgram, type Rewriter } from "./rewrite.ts";
import type { Pass } from "./program.ts";

export const DEFAULT_FOLD_LIMIT = 4096;

const NEVER_FOLDED: ReadonlySet<string> = new Set(["input", "param", "const", "dropout", "broadcast"]);

export const foldPass: Pass = {
  name: "fold",
  run(program, ctx) {
    const limit = ctx.options.foldLimit ?? DEFAULT_FOLD_LIMIT;
    return rewriteProgram(program, (node, rw) => {
      if (NEVER_FOLDED.has(node.attrs.op) || node.inputs.length === 0) return undefined;
      const ins = rw.inputs.map((id) => rw.get(id));
      if (ins.every((n) => n.attrs.op === "const")) {
        if (numElements(node.shape) > limit || ins.some((n) => numElements(n.shape) > limit)) return undefined;
        return rw.b.const(evaluate(node.attrs, node.dtype, node.shape, ins), node.dtype, node.shape);
      }
      return foldUnderBroadcast(node, ins, rw, limit);
    });
  },
};

/** `op(broadcast(c₁), …, broadcast(cₖ))` with equal-shaped constants cᵢ → `broadcast(op(c₁, …, cₖ))`. */
function foldUnderBroadcast(node: Node, ins: Node[], rw: Rewriter, limit: number): number | undefined {
  if (CATEGORY[node.attrs.op] !== "elementwise") return undefined;
  if (!ins.every((n) => n.attrs.op === "broadcast")) return undefined;
  const sources = ins.map((n) => rw.get(n.inputs[0]!));
  const shape = sources[0]!.shape;
  if (!sources.every((s) => s.attrs.op === "const" && s.shape.length === shape.length && s.shape.every((d, i) => d === shape[i]))) return undefined;
  if (numElements(shape) > limit) return undefined;
  // Elementwise: the result's dtype does not depend on the shape it is computed at.
  const value = rw.b.const(evaluate(node.attrs, node.dtype, shape, sources), node.dtype, shape);
  return rw.b.node({ op: "broadcast", shape: [...node.shape] }, [value]);
}

/** The op's value on constant inputs, by the reference interpreter. */
function evaluate(attrs: Attrs, dtype: Node["dtype"], shape: readonly number[], ins: readonly Node[]): number[] {
  const nodes: Node[] = ins.map((n, i) => ({ id: i, dtype: n.dtype, shape: n.shape, inputs: [], attrs: n.attrs }));
  nodes.push({ id: ins.length, dtype, shape, inputs: ins.map((_, i) => i), attrs });
  const g: Graph = { nodes, spans: [], inputs: [], outputs: [{ name: "v", node: ins.length }] };
  return Array.from(interpret(g, new Map(), new Map()).get("v")!.data);
}
