// The schedule IR: what sits between the graph and the backends. A schedule is a list of
// kernels in execution order over a list of buffers. Each kernel computes one or more graph
// nodes and writes exactly one buffer; it reads other buffers through strided views (see
// view.ts), so broadcast, transpose, slice and reshape cost no kernel of their own. Backends
// only render kernels; which nodes share a kernel (fusion) and where each buffer lives (the
// memory plan) are decided here, once, for every target.
import type { Attrs, DType, ReduceOp } from "../ir/ir.ts";
import type { Span } from "../source.ts";
import type { View } from "./view.ts";

export type BufferRole = "input" | "param" | "const" | "output" | "temp";

export interface ScheduledBuffer {
  id: number;
  /** The graph node whose value the buffer holds (a copy kernel's buffer names the node it copies). */
  node: number;
  dtype: DType;
  shape: number[];
  role: BufferRole;
  /** Input, param or output name. */
  name?: string;
  /** Values of a const buffer, row-major. */
  constData?: number[];
  /**
   * The buffer is a region of another one (an input of a concat written in place): its bytes
   * are `view` of buffer `of`. The memory plan gives it no space of its own.
   */
  alias?: { of: number; view: View };
}

export type Fold = Exclude<ReduceOp, "argmax">;

/**
 * One value of a loop kernel, in SSA order: an operand refers to an earlier value by index.
 * Views of loads are over the kernel's domain (one stride per domain axis).
 */
export type LoopValue =
  | { k: "load"; buf: number; view: View; dtype: DType }
  /** `buf` at `view` plus clamp(value[index], 0, size − 1)·stride: a gather along one axis. */
  | { k: "gather"; buf: number; view: View; stride: number; size: number; index: number; dtype: DType }
  | { k: "const"; value: number; dtype: DType }
  /** The domain coordinate along `axis`, as i32. */
  | { k: "iota"; axis: number; dtype: "i32" }
  | { k: "op"; node: number; attrs: Attrs; args: number[]; dtype: DType }
  /** A fold over the kernel's inner axes of a full-level value. */
  | { k: "reduce"; node: number; op: Fold; arg: number; dtype: DType }
  /** The core's result at the current output coordinate (matmul and conv2d kernels). */
  | { k: "acc"; dtype: "f32" };

/**
 * The domain is outer axes then `inner` trailing axes. Values that vary along an inner axis are
 * "full"; the others are computed once per outer point. Reductions fold over the inner axes.
 */
export interface LoopBody {
  domain: number[];
  inner: number;
  values: LoopValue[];
  store: { value: number; view: View };
}

interface KernelBase {
  /** Index in Schedule.kernels (execution order). */
  id: number;
  /** `k<id>_<ops>`: unique, and says what the kernel does. */
  name: string;
  /** The graph nodes this kernel computes, ascending. */
  nodes: number[];
  /** The buffer it writes. */
  output: number;
  /** Every buffer it reads. */
  reads: number[];
  span?: Span;
  /** "weights": reads parameters and constants only, so it runs once per weight change, not per run. */
  phase: KernelPhase;
}

export type KernelPhase = "weights" | "run";

export interface LoopKernel extends KernelBase {
  kind: "loop";
  body: LoopBody;
}

/** `[..b, M, K] @ [..b, K, N]` then the epilogue `body` over the output domain [..b, M, N]. */
export interface MatmulKernel extends KernelBase {
  kind: "matmul";
  a: { buf: number; view: View };
  b: { buf: number; view: View };
  body: LoopBody;
}

/** conv2d of contiguous NCHW `x` and OIHW `w`, then the epilogue `body` over [N, O, OH, OW]. */
export interface ConvKernel extends KernelBase {
  kind: "conv2d";
  node: number;
  x: number;
  w: number;
  body: LoopBody;
}

/** One op with its own emitter, on contiguous buffers: pooling and argmax. */
export interface OpaqueKernel extends KernelBase {
  kind: "opaque";
  node: number;
  /** Buffer of each graph input of `node`, in order. */
  inputs: number[];
}

export type Kernel = LoopKernel | MatmulKernel | ConvKernel | OpaqueKernel;

export interface Schedule {
  buffers: ScheduledBuffer[];
  kernels: Kernel[];
  /** Buffer that holds each graph input, param and output, by name. */
  inputs: { name: string; buf: number }[];
  params: { name: string; buf: number }[];
  outputs: { name: string; buf: number }[];
  /**
   * Kernels [0, prepareKernels) are the "weights" phase: a host runs them before the first run
   * and again after any parameter changes, and the rest on every run. Their outputs that the
   * run phase reads keep their memory for the life of the program (memory-plan.ts).
   */
  prepareKernels: number;
  /** Whether fusion was on. */
  fused: boolean;
}
