// One comparison for every numeric test: same shape, and every element within
// atol + rtol·|expected| (NaN matches NaN, an infinity matches the same infinity).
// On failure it names the first bad element by flat and multi-index.
import { expect } from "vitest";

export interface TensorLike {
  shape: readonly number[];
  data: ArrayLike<number>;
  dtype?: string;
}

export interface Tolerance {
  rtol?: number;
  atol?: number;
}

/** Default tolerance from shared/workloads.md: 1e-4 relative, 1e-5 absolute. */
export const DEFAULT_TOL = { rtol: 1e-4, atol: 1e-5 };

function multiIndex(flat: number, shape: readonly number[]): number[] {
  const idx = new Array<number>(shape.length);
  for (let k = shape.length - 1; k >= 0; k--) {
    idx[k] = shape[k] === 0 ? 0 : flat % shape[k];
    flat = shape[k] === 0 ? 0 : Math.floor(flat / shape[k]);
  }
  return idx;
}

/** The first mismatch as a message, or undefined when `actual` is close to `expected`. */
export function closeProblem(actual: TensorLike, expected: TensorLike, tol: Tolerance = DEFAULT_TOL): string | undefined {
  const rtol = tol.rtol ?? DEFAULT_TOL.rtol;
  const atol = tol.atol ?? DEFAULT_TOL.atol;
  if (actual.shape.length !== expected.shape.length || actual.shape.some((d, i) => d !== expected.shape[i])) {
    return `shape [${actual.shape.join(", ")}] differs from expected [${expected.shape.join(", ")}]`;
  }
  if (expected.dtype !== undefined && actual.dtype !== undefined && actual.dtype !== expected.dtype) {
    return `dtype ${actual.dtype} differs from expected ${expected.dtype}`;
  }
  if (actual.data.length !== expected.data.length) {
    return `${actual.data.length} elements, expected ${expected.data.length}`;
  }
  for (let i = 0; i < expected.data.length; i++) {
    const a = actual.data[i];
    const e = expected.data[i];
    const ok = Number.isNaN(e) ? Number.isNaN(a)
      : !Number.isFinite(e) ? a === e
      : Math.abs(a - e) <= atol + rtol * Math.abs(e);
    if (!ok) {
      return `element ${i} [${multiIndex(i, expected.shape).join(", ")}]: got ${a}, expected ${e} (rtol ${rtol}, atol ${atol})`;
    }
  }
  return undefined;
}

export function expectClose(actual: TensorLike, expected: TensorLike, tol: Tolerance = DEFAULT_TOL): void {
  expect(closeProblem(actual, expected, tol)).toBeUndefined();
}
