// What every kernel emitter receives: the node, its buffers' byte offsets, and a function
// under construction. An emitter returns the function body; index.ts wraps and names it.
import type { DType, Node } from "../ir/ir.ts";
import type { Fn } from "./wat.ts";

export interface KernelCtx {
  readonly nodes: readonly Node[];
  /** Byte offset of a node's value in linear memory. */
  offset(id: number): number;
}

export type KernelEmitter = (fn: Fn, node: Node, ctx: KernelCtx) => string;

export function elemBytes(dtype: DType): number {
  return dtype === "bool" ? 1 : 4;
}

/** Scalar load of element `addr` (a byte-address expression) of a buffer at `off`. */
export function loadScalar(dtype: DType, off: number, addr: string): string {
  const op = dtype === "f32" ? "f32.load" : dtype === "i32" ? "i32.load" : "i32.load8_u";
  return `(${op} offset=${off} ${addr})`;
}

export function storeScalar(dtype: DType, off: number, addr: string, value: string): string {
  const op = dtype === "f32" ? "f32.store" : dtype === "i32" ? "i32.store" : "i32.store8";
  return `(${op} offset=${off} ${addr} ${value})`;
}

export function scalarType(dtype: DType): "f32" | "i32" {
  return dtype === "f32" ? "f32" : "i32";
}

export { strides } from "../ir/infer.ts";

export function product(xs: readonly number[]): number {
  return xs.reduce((a, b) => a * b, 1);
}
