// One differentiable sample per op, shared by the gradient tests: the op's sample node
// (tests/ir/op-samples.ts) with its f32 inputs as parameters (held in f64, so the interpreter
// evaluates in f64) and loss = Σ node · W for a fixed W, and input values chosen away from
// every kink and tie.
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { Graph, Op } from "../../compiler/ir/ir.ts";
import { tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { SAMPLES, type OpSample } from "../ir/op-samples.ts";

/** Positive operands only (input index → true). */
const POSITIVE: Partial<Record<Op, readonly number[]>> = { log: [0], sqrt: [0], rsqrt: [0], pow: [0] };

/** Distinct values in ±[0.55, 1.55], two tenths apart at least, never near an integer. */
function values(op: Op, k: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    const v = 0.55 + ((i * 7 + k * 3) % 11) / 10;
    if (op === "mod" && k === 1) return 3 + v; // a / c stays in (0, 1): no jump of floor
    return POSITIVE[op]?.includes(k) || i % 2 === 0 ? v : -v;
  });
}

export interface Case {
  graph: Graph;
  params: Map<string, Tensor>;
  wrt: string[];
}

export function caseOf(op: Op, s: OpSample = SAMPLES[op]): Case | undefined {
  if (s.inputs.length === 0) return undefined;
  const b = new GraphBuilder();
  const params = new Map<string, Tensor>();
  const wrt: string[] = [];
  const ins = s.inputs.map((t, k) => {
    const n = t.shape.reduce((a, d) => a * d, 1);
    if (t.dtype === "f32") {
      const name = `in${k}`;
      // Kept in f64 (runtime/interp/tensor.ts InterpData): the interpreter then computes in f64.
      params.set(name, { dtype: "f32", shape: [...t.shape], data: Float64Array.from(values(op, k, n)) });
      wrt.push(name);
      return b.param(name, "f32", t.shape, { kind: "zeros" });
    }
    const bound = s.indexBound ?? 2;
    return b.const(Array.from({ length: n }, (_, i) => (i * 5 + 1) % bound), t.dtype, t.shape);
  });
  const y = b.node(s.attrs, ins);
  if (b.dtype(y) !== "f32" || wrt.length === 0) return undefined;
  const n = b.shape(y).reduce((a, d) => a * d, 1);
  const w = b.const(Array.from({ length: n }, (_, i) => Math.cos(i + 1)), "f32", b.shape(y));
  const loss = b.reduce("reduce_sum", b.mul(y, w));
  return { graph: b.finish({ loss }), params, wrt };
}

