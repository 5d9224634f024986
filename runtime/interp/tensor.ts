// The interpreter's tensor: a dtype, a shape and a flat row-major typed array. bool is stored
// as Uint8Array holding 0 or 1, so every backend can share one byte layout for masks.
import type { DType } from "../../compiler/ir/ir.ts";

export type TensorData = Float32Array | Int32Array | Uint8Array;

/**
 * What the interpreter holds: TensorData, or an f32 tensor kept in a Float64Array. Given such
 * parameters or inputs, every op computes in f64 with no rounding (an op with one wide f32
 * operand makes a wide result), which is how finite-difference tests get f64 accuracy. The
 * session never sees one: its backends hand it TensorData.
 */
export type InterpData = TensorData | Float64Array;

export interface Tensor {
  dtype: DType;
  shape: number[];
  data: InterpData;
}

export function numElements(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export { strides as stridesOf } from "../../compiler/ir/shape.ts";

export function allocData(dtype: DType, n: number): TensorData;
export function allocData(dtype: DType, n: number, wide: boolean): InterpData;
/** `wide`: an f32 result kept in f64 (see InterpData). */
export function allocData(dtype: DType, n: number, wide = false): InterpData {
  return dtype === "f32" ? (wide ? new Float64Array(n) : new Float32Array(n)) : dtype === "i32" ? new Int32Array(n) : new Uint8Array(n);
}

/** Whether any of `ts` is an f32 tensor kept in f64: then a result computed from them is too. */
export function anyWide(...ts: readonly Tensor[]): boolean {
  return ts.some((t) => t.data instanceof Float64Array);
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
export function dataMatchesDtype(dtype: DType, data: InterpData): boolean {
  return dtype === "f32" ? data instanceof Float32Array || data instanceof Float64Array : dtype === "i32" ? data instanceof Int32Array : data instanceof Uint8Array;
}
