// Scalar semantics of every elementwise op, one function per (op, dtype) — the definitions
// that spec/builtins.md describes in words. f32 ops compute in f64 from f32 operands and are
// rounded once when stored into a Float32Array; for + − × ÷ and √ that double rounding is
// provably the same as IEEE single-precision arithmetic.
import type { BinaryOp, UnaryOp } from "./ir.ts";
import { erf } from "./erf.ts";

type Unary = (x: number) => number;
type Binary = (a: number, b: number) => number;

export const F32_UNARY: Partial<Record<UnaryOp, Unary>> = {
  neg: (x) => -x,
  abs: Math.abs,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  rsqrt: (x) => 1 / Math.sqrt(x),
  tanh: Math.tanh,
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  erf,
  sin: Math.sin,
  cos: Math.cos,
  floor: Math.floor,
  ceil: Math.ceil,
};

export const I32_UNARY: Partial<Record<UnaryOp, Unary>> = {
  neg: (x) => -x | 0, // -(-2^31) wraps to -2^31, as all i32 arithmetic does
  abs: (x) => Math.abs(x) | 0,
};

export const BOOL_UNARY: Partial<Record<UnaryOp, Unary>> = {
  not: (x) => (x ? 0 : 1),
};

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

const COMPARE: Partial<Record<BinaryOp, Binary>> = {
  eq: (a, b) => (a === b ? 1 : 0),
  ne: (a, b) => (a !== b ? 1 : 0),
  lt: (a, b) => (a < b ? 1 : 0),
  le: (a, b) => (a <= b ? 1 : 0),
  gt: (a, b) => (a > b ? 1 : 0),
  ge: (a, b) => (a >= b ? 1 : 0),
};

export const F32_BINARY: Partial<Record<BinaryOp, Binary>> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  mod: floorModF,
  pow: powF,
  max: Math.max, // NaN in either operand gives NaN, as the spec requires
  min: Math.min,
  ...COMPARE,
};

export const I32_BINARY: Partial<Record<BinaryOp, Binary>> = {
  add: (a, b) => (a + b) | 0,
  sub: (a, b) => (a - b) | 0,
  mul: Math.imul,
  div: floorDivI,
  mod: floorModI,
  pow: powI,
  max: Math.max,
  min: Math.min,
  ...COMPARE,
};

export const BOOL_BINARY: Partial<Record<BinaryOp, Binary>> = {
  and: (a, b) => (a && b ? 1 : 0),
  or: (a, b) => (a || b ? 1 : 0),
  ...COMPARE,
};
