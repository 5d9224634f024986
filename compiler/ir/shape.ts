// Shape arithmetic and the IR's error type, with no imports: the op table (ops/), the
// interpreter's kernels and the backends all need these, and keeping them in a leaf module is
// what lets infer.ts dispatch through the op table without an import cycle.
import type { DType } from "./ir.ts";

export interface TensorType {
  readonly dtype: DType;
  readonly shape: readonly number[];
}

/**
 * An invalid IR construction. The lowering pass only builds IR from type-checked programs,
 * so this signals a compiler bug, not a user error — but the message still names the op and
 * the offending operand so the bug can be found.
 */
export class IrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IrError";
  }
}

export function numElements(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Row-major strides in elements. */
export function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

export function fmtShape(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}

export function fmtType(t: TensorType): string {
  return `${t.dtype}${fmtShape(t.shape)}`;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Whether `from` broadcasts to `to` under NumPy rules (right-aligned, dims equal or 1). */
export function broadcastsTo(from: readonly number[], to: readonly number[]): boolean {
  if (from.length > to.length) return false;
  const off = to.length - from.length;
  return from.every((d, i) => d === to[off + i] || d === 1);
}

/** The NumPy broadcast of two shapes, or undefined when they are incompatible. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] | undefined {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) return undefined;
    out.push(da === 1 ? db : da);
  }
  return out;
}

/** Output extent of a conv/pool window along one axis (spec: floor, at least 1). */
export function windowOutput(size: number, kernel: number, stride: number, padding: number, dilation: number): number {
  return Math.floor((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1;
}
