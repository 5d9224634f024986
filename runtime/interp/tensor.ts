// The interpreter's tensor: a dtype, a shape and a flat row-major typed array. bool is stored
// as Uint8Array holding 0 or 1, so every backend can share one byte layout for masks.
import type { DType } from "../../compiler/ir/ir.ts";

export type TensorData = Float32Array | Int32Array | Uint8Array;

export interface Tensor {
  dtype: DType;
  shape: number[];
  data: TensorData;
}

export function numElements(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export { strides as stridesOf } from "../../compiler/ir/shape.ts";

export function allocData(dtype: DType, n: number): TensorData {
  return dtype === "f32" ? new Float32Array(n) : dtype === "i32" ? new Int32Array(n) : new Uint8Array(n);
}

/** A zero-filled tensor. */
export function zerosTensor(dtype: DType, shape: readonly number[]): Tensor {
  return { dtype, shape: [...shape], data: allocData(dtype, numElements(shape)) };
}

/**
 * A tensor holding `values` (copied and converted to the dtype's storage: f32 rounds,
 * i32 wraps as `| 0` does, bool is `v != 0`).
 */
export function tensorOf(dtype: DType, shape: readonly number[], values: ArrayLike<number>): Tensor {
  const n = numElements(shape);
  if (values.length !== n) throw new RangeError(`tensorOf: ${values.length} values for shape [${shape.join(", ")}] (needs ${n})`);
  const data = allocData(dtype, n);
  for (let i = 0; i < n; i++) data[i] = dtype === "bool" ? (values[i] !== 0 ? 1 : 0) : values[i];
  return { dtype, shape: [...shape], data };
}

/** The storage class a dtype must use; the interpreter checks inputs against it. */
export function dataMatchesDtype(dtype: DType, data: TensorData): boolean {
  return dtype === "f32" ? data instanceof Float32Array : dtype === "i32" ? data instanceof Int32Array : data instanceof Uint8Array;
}
