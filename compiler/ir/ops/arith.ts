// Scalar arithmetic that JavaScript's operators do not give directly: floor division and
// modulo, C `powf` special cases, wrapping integer power. The elementwise entries use them,
// and compiler/ir/scalar.ts re-exports them for the backends' tests.

/** Floor modulo with the sign of the divisor, as Python's float `%` (exact: fmod is exact). */
export function floorModF(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

/** C `powf` special cases that JS `Math.pow` gets differently (it gives NaN for these). */
export function powF(a: number, b: number): number {
  if (a === 1) return 1;
  if (a === -1 && (b === Infinity || b === -Infinity)) return 1;
  return Math.pow(a, b);
}

export function floorDivI(a: number, b: number): number {
  return b === 0 ? 0 : Math.floor(a / b) | 0;
}

export function floorModI(a: number, b: number): number {
  if (b === 0) return 0;
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? (r + b) | 0 : r;
}

/**
 * Integer power by squaring, wrapping like all i32 arithmetic. The spec requires b ≥ 0; for a
 * negative exponent the result is 1/aᵇ truncated toward zero (0 when |a| > 1, and 0 for 0,
 * matching "division by zero is 0"), so that no backend has to trap.
 */
export function powI(a: number, b: number): number {
  if (b < 0) return a === 1 ? 1 : a === -1 ? (b % 2 === 0 ? 1 : -1) : 0;
  let result = 1;
  let base = a | 0;
  let e = b;
  while (e > 0) {
    if (e & 1) result = Math.imul(result, base);
    base = Math.imul(base, base);
    e = Math.floor(e / 2);
  }
  return result;
}
