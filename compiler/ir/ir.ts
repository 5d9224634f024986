// The graph IR: an arena of immutable nodes. A node's id is its index in `Graph.nodes`, and
// inputs always point to smaller ids, so the arena order is a topological order. Spans live
// in a side table (`Graph.spans`) so that a backend error can still name the `.dl` line,
// and analyses (liveness, memory plans, fusion groups) live beside the graph, never in it.
import type { Span } from "../source.ts";
import type { BinaryOp, UnaryOp } from "./ops/elementwise.ts";

export type DType = "f32" | "i32" | "bool";

/** Fusion categories, after TVM: what a pass may fuse is decided by the category alone. */
export type OpCategory = "source" | "elementwise" | "broadcast" | "movement" | "reduce" | "complex" | "opaque";

/** The unary and binary elementwise ops: the keys of their lists in the op table. */
export type { BinaryOp, UnaryOp } from "./ops/elementwise.ts";
export type ReduceOp = "reduce_sum" | "reduce_max" | "reduce_min" | "reduce_prod" | "argmax";

/**
 * The op set. Every stdlib layer lowers to these, and every backend implements only these.
 * Elementwise binary ops and `where` take operands of identical shape: broadcasting is an
 * explicit `broadcast` node, so kernels never guess.
 */
export type Attrs =
  // sources
  | { op: "input"; name: string }
  | { op: "param"; name: string; init: Init; trainable: boolean }
  | { op: "const"; value: number[] } // row-major, length = product(shape)
  // elementwise
  | { op: UnaryOp }
  | { op: BinaryOp }
  | { op: "where" } // inputs: cond (bool), a, b
  | { op: "cast"; to: DType }
  // broadcast
  | { op: "broadcast"; shape: number[] } // numpy rules: input rank ≤ output rank, right-aligned, dims equal or 1
  // movement / injective
  | { op: "reshape"; shape: number[] }
  | { op: "transpose"; perm: number[] }
  | { op: "slice"; starts: number[]; ends: number[]; steps: number[] } // one entry per axis
  | { op: "concat"; axis: number }
  // reduce
  | { op: ReduceOp; axes: number[]; keepdims: boolean } // argmax: exactly one axis, result i32
  // complex-out-fusable
  | { op: "matmul" } // [...b, M, K] @ [...b, K, N] -> [...b, M, N]; batch dims already equal
  | { op: "conv2d"; stride: number; padding: number; dilation: number; groups: number } // NCHW x OIHW
  | { op: "max_pool2d" | "avg_pool2d"; size: number; stride: number; padding: number } // avg: padding not counted
  // opaque
  | { op: "gather"; axis: number } // inputs: x, indices (i32)
  | { op: "one_hot"; depth: number } // inputs: indices (i32) -> f32[..., depth]
  | { op: "dropout"; p: number }; // identity outside training

export type Op = Attrs["op"];

/** Parameter initializers, evaluated by the runtime with a seeded PRNG. */
export type Init =
  | { kind: "zeros" }
  | { kind: "ones" }
  | { kind: "constant"; value: number }
  | { kind: "normal"; mean: number; std: number }
  | { kind: "uniform"; low: number; high: number }
  | { kind: "glorot_uniform" | "glorot_normal" | "he_uniform" | "he_normal" | "lecun_normal" };

export interface Node {
  readonly id: number;
  readonly dtype: DType;
  /** Concrete dimensions; the batch dimension is bound when the graph is built. */
  readonly shape: readonly number[];
  readonly inputs: readonly number[];
  readonly attrs: Attrs;
}

export interface NamedValue {
  name: string;
  node: number;
}

export interface Graph {
  readonly nodes: readonly Node[];
  /** Where each node came from in the `.dl` source, by node id. */
  readonly spans: readonly (Span | undefined)[];
  readonly inputs: readonly NamedValue[];
  readonly outputs: readonly NamedValue[];
}

/** Each op's fusion category, read from the op table (compiler/ir/ops/). */
export { CATEGORY } from "./ops/table.ts";
