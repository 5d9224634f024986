// The contract between WGSL code generation (compiler/backend-wgsl) and the WebGPU runtime
// backend (runtime/backends/webgpu*.ts): everything the runtime needs to create buffers,
// build pipelines and record one command submission per run, with no knowledge of the IR.
import type { Span } from "../source.ts";
import type { DType } from "../ir/ir.ts";

/** The device limits code generation obeys (a subset of GPUSupportedLimits). */
export interface WgslLimits {
  maxStorageBufferBindingSize: number;
  maxBufferSize: number;
  minStorageBufferOffsetAlignment: number;
  maxComputeWorkgroupSizeX: number;
  maxComputeInvocationsPerWorkgroup: number;
  maxComputeWorkgroupsPerDimension: number;
  maxComputeWorkgroupStorageSize: number;
  maxStorageBuffersPerShaderStage: number;
}

/** WebGPU's guaranteed minimums: code built for these runs on every conforming device. */
export const DEFAULT_LIMITS: WgslLimits = {
  maxStorageBufferBindingSize: 134217728,
  maxBufferSize: 268435456,
  minStorageBufferOffsetAlignment: 256,
  maxComputeWorkgroupSizeX: 256,
  maxComputeInvocationsPerWorkgroup: 256,
  maxComputeWorkgroupsPerDimension: 65535,
  maxComputeWorkgroupStorageSize: 16384,
  maxStorageBuffersPerShaderStage: 8,
};

/**
 * One tensor's place in device memory. bool tensors are stored as one u32 per element
 * (WGSL has no bool in storage); the runtime converts on upload and readback.
 */
export interface WgslTensor {
  /** The graph node whose value the tensor holds. */
  node: number;
  arena: number;
  /** Byte offset in the arena, a multiple of minStorageBufferOffsetAlignment. */
  offset: number;
  byteSize: number;
  dtype: DType;
  shape: number[];
  role: "input" | "param" | "output" | "const" | "temp";
  /** Input, param or output name. */
  name?: string;
  /** Initial contents of const tensors (row-major; bool as 0/1). */
  constData?: number[];
}

/** A kernel binds whole arenas (as array<u32>); each arena at most once per kernel. */
export interface WgslBinding {
  binding: number;
  /** Index into WgslProgram.arenas. */
  arena: number;
  access: "read" | "read_write";
}

export interface WgslKernel {
  /** Named after the op and the `.dl` source it came from, e.g. "k12_matmul" (unique). */
  name: string;
  /** The graph nodes it computes. */
  nodes: number[];
  /** Where in the `.dl` source the op came from (for error messages). */
  span?: Span;
  /** "file:line" of `span`, also written as a comment at the top of `code`. */
  source?: string;
  /** A complete WGSL module with one `@compute` entry point `main`; all bindings in group 0. */
  code: string;
  bindings: WgslBinding[];
  /** Workgroup counts, each ≤ maxComputeWorkgroupsPerDimension (large dispatches already split). */
  dispatch: [number, number, number];
  /** "weights": dispatched once per weight change (before a run, when a parameter changed), not per run. */
  phase?: "weights";
}

export interface WgslProgram {
  /** Storage buffers to create, each ≤ maxBufferSize. */
  arenas: { byteSize: number }[];
  tensors: WgslTensor[];
  /** In execution order; one compute pass each (or all in one pass: they are ordered). */
  kernels: WgslKernel[];
  /** The first `prepareKernels` kernels are the weights phase (see WgslKernel.phase); the rest run every time. */
  prepareKernels: number;
  limits: WgslLimits;
}
