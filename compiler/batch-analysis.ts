// Can a graph lowered for batch N run a smaller batch b by zero-padding its inputs to N and
// keeping the first b rows of its outputs? Yes exactly when every output row depends only on
// the input rows of the same sample. This pass proves that conservatively, by tracking for
// each node where the samples live:
//
//   free    the values depend on no sample and no dimension is the batch (params, consts)
//   uniform the values depend on no sample, but a broadcast may have made a dimension the
//           batch (`b` in `x @ w + b` is broadcast to [N, out]): fine in elementwise ops and
//           movement, mixed in anything that sums or picks along an axis (that sum would
//           count N copies where the smaller batch has b)
//   rows(f) axis 0 holds the samples, f consecutive entries per sample (f > 1 after a
//           `[N, T, d] → [N·T, d]` reshape, which the lowering emits for `x @ w`)
//   mixed   anything else: the batch is then fixed at N
import type { Graph, Node } from "./ir/ir.ts";

type State = { k: "free" } | { k: "uniform" } | { k: "rows"; f: number } | { k: "mixed"; why: string };

export interface BatchAnalysis {
  /** Whether a smaller batch may run by padding to N and slicing the outputs. */
  perSample: boolean;
  /** The first op that mixes samples, when perSample is false. */
  reason?: string;
  /** For each graph output, by name: whether axis 0 holds the samples. */
  outputBatched: Record<string, boolean>;
}

const FREE: State = { k: "free" };
const UNIFORM: State = { k: "uniform" };

/** `batchedInputs`: names of the graph inputs whose axis 0 is the batch (of size `n`). */
export function analyzeBatch(g: Graph, batchedInputs: ReadonlySet<string>, n: number): BatchAnalysis {
  const st: State[] = [];
  const prod = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
  for (const node of g.nodes) st[node.id] = step(node, node.inputs.map((i) => st[i]!), g, batchedInputs, n, prod);
  const outputBatched: Record<string, boolean> = {};
  let reason: string | undefined;
  for (const o of g.outputs) {
    const s = st[o.node]!;
    const shape = g.nodes[o.node]!.shape;
    if (s.k === "mixed") reason ??= s.why;
    else if (s.k === "rows" && s.f !== 1) reason ??= `output "${o.name}" holds ${s.f} rows per sample`;
    // A free output of shape [N, ...] (a broadcast) has the same row for every sample.
    outputBatched[o.name] = s.k === "rows" || (s.k === "uniform" && shape.length > 0 && shape[0] === n);
  }
  return reason === undefined ? { perSample: true, outputBatched } : { perSample: false, reason, outputBatched };
}

/** Ops that combine values along an axis: a uniform (broadcast) operand there may count the batch. */
const CONTRACTING: ReadonlySet<string> = new Set([
  "reduce_sum", "reduce_max", "reduce_min", "reduce_prod", "argmax", "matmul", "conv2d", "max_pool2d", "avg_pool2d", "gather", "one_hot",
]);

function step(node: Node, ins: State[], g: Graph, batched: ReadonlySet<string>, n: number, prod: (s: readonly number[]) => number): State {
  const a = node.attrs;
  const where = `${a.op} at %${node.id}`;
  const mixed = (why: string): State => ({ k: "mixed", why: `${where} ${why}` });
  const bad = ins.find((s) => s.k === "mixed");
  if (bad) return bad;
  const x = ins[0];
  const xShape = node.inputs.length > 0 ? g.nodes[node.inputs[0]!]!.shape : [];
  const batchSized = (d: number | undefined) => d !== undefined && d > 0 && d % n === 0;
  const ELEMENTWISE_LIKE = a.op === "broadcast" || a.op === "reshape" || a.op === "transpose" || a.op === "slice" || a.op === "cast" || a.op === "dropout";
  if (!ELEMENTWISE_LIKE && (a.op === "concat" ? a.axis === 0 : CONTRACTING.has(a.op)) && ins.some((s) => s.k === "uniform")) {
    return mixed("sums or picks along a broadcast dimension that may be the batch");
  }
  switch (a.op) {
    case "input":
      return batched.has(a.name) ? { k: "rows", f: 1 } : FREE;
    case "param":
    case "const":
      return FREE;
    case "broadcast": {
      if (x!.k === "free") {
        // Uniform once a dimension that may be the batch was created or stretched.
        const off = node.shape.length - xShape.length;
        const grown = node.shape.some((d, i) => batchSized(d) && (i < off || xShape[i - off] !== d));
        return grown ? UNIFORM : FREE;
      }
      if (x!.k !== "rows") return x!;
      if (xShape.length !== node.shape.length || xShape[0] !== node.shape[0]) return mixed("moves the batch axis");
      return x!;
    }
    case "reshape":
    case "transpose":
    case "slice":
      if (x!.k !== "rows") return x!;
      if (a.op === "transpose") return a.perm[0] === 0 ? x! : mixed("moves the batch axis");
      if (a.op === "slice") return a.starts[0] === 0 && a.ends[0] === xShape[0] && a.steps[0] === 1 ? x! : mixed("slices the batch axis");
      {
        const perSampleElems = x!.f * prod(xShape.slice(1));
        const inner = prod(node.shape.slice(1));
        if (node.shape.length === 0 || inner === 0 || perSampleElems % inner !== 0) return mixed("splits samples across rows");
        return { k: "rows", f: perSampleElems / inner };
      }
    case "concat": {
      const rows = ins.filter((s): s is { k: "rows"; f: number } => s.k === "rows");
      if (rows.length === 0) return ins.some((s) => s.k === "uniform") ? UNIFORM : FREE;
      if (a.axis === 0) return mixed("concatenates along the batch axis");
      if (rows.some((r) => r.f !== rows[0]!.f)) return mixed("joins tensors with different batch layouts");
      return rows[0]!;
    }
    case "reduce_sum":
    case "reduce_max":
    case "reduce_min":
    case "reduce_prod":
    case "argmax": {
      const over0 = a.axes.includes(0);
      if (x!.k === "rows") {
        if (over0) return mixed("reduces over the batch axis");
        return x!;
      }
      return FREE;
    }
    case "matmul": {
      const [l, r] = ins;
      if (node.shape.length === 2) {
        if (r!.k === "rows") return mixed("contracts over the batch axis");
        return l!;
      }
      // Rank ≥ 3: axis 0 is a batch dimension of the product, taken pairwise.
      if (l!.k === "rows" && r!.k === "rows" && l!.f !== r!.f) return mixed("pairs different batch layouts");
      return l!.k === "rows" ? l! : r!;
    }
    case "conv2d":
      if (ins[1]!.k === "rows") return mixed("uses a per-sample kernel");
      return x!;
    case "max_pool2d":
    case "avg_pool2d":
    case "one_hot":
    case "dropout":
    case "cast":
      return x!;
    case "gather": {
      const [t, idx] = ins;
      if (t!.k === "free" && idx!.k === "free") return FREE;
      if (t!.k === "free" && a.axis === 0) return idx!; // an embedding lookup: rows of indices
      if (t!.k === "rows" && idx!.k === "free" && a.axis > 0) return t!;
      return mixed("gathers across samples");
    }
    default: {
      // Elementwise ops: identical shapes, so samples stay in place; free operands broadcast.
      const rows = ins.filter((s): s is { k: "rows"; f: number } => s.k === "rows");
      if (rows.length === 0) return ins.some((s) => s.k === "uniform") ? UNIFORM : FREE;
      if (rows.some((r) => r.f !== rows[0]!.f)) return mixed("combines different batch layouts");
      return rows[0]!;
    }
  }
}
