// Scalar semantics and the one constant folder. Each elementwise op's scalar definition per
// dtype lives in its op-table entry (ops/elementwise.ts); this module exposes those as
// per-dtype maps, and folds ops on compile-time numbers with the same definitions, so the
// checker and the lowering fold every constant the same way — and the way the op computes.
//
// f32 ops compute in f64 from f32 operands and are rounded once when stored into a
// Float32Array; for + − × ÷ and √ that double rounding is provably the same as IEEE
// single-precision arithmetic. Compile-time numbers are not rounded: a float is an f64 until
// it meets a tensor (then it becomes an f32 const), and an int is exact (a `Dim`), not a
// wrapping i32.
import type { Attrs, BinaryOp, DType, UnaryOp } from "./ir.ts";
import { BINARY_ENTRIES, UNARY_ENTRIES } from "./ops/elementwise.ts";
import { opDef } from "./ops/table.ts";
import type { ScalarFn } from "./ops/types.ts";

export { floorDivI, floorModF, floorModI, powF, powI } from "./ops/arith.ts";

type Unary = (x: number) => number;
type Binary = (a: number, b: number) => number;

function byDtype<O extends string, F>(entries: Readonly<Record<O, { readonly scalar: { readonly fns: { readonly [D in DType]?: ScalarFn } } }>>, dtype: DType): Partial<Record<O, F>> {
  const out: Partial<Record<O, F>> = {};
  for (const op of Object.keys(entries) as O[]) {
    const f = entries[op].scalar.fns[dtype];
    if (f) out[op] = f as F;
  }
  return out;
}

export const F32_UNARY: Partial<Record<UnaryOp, Unary>> = byDtype(UNARY_ENTRIES, "f32");
export const I32_UNARY: Partial<Record<UnaryOp, Unary>> = byDtype(UNARY_ENTRIES, "i32");
export const BOOL_UNARY: Partial<Record<UnaryOp, Unary>> = byDtype(UNARY_ENTRIES, "bool");
export const F32_BINARY: Partial<Record<BinaryOp, Binary>> = byDtype(BINARY_ENTRIES, "f32");
export const I32_BINARY: Partial<Record<BinaryOp, Binary>> = byDtype(BINARY_ENTRIES, "i32");
export const BOOL_BINARY: Partial<Record<BinaryOp, Binary>> = byDtype(BINARY_ENTRIES, "bool");

/** The operand dtypes an elementwise unary or binary op accepts, in f32, i32, bool order. */
export function acceptedDtypes(op: UnaryOp | BinaryOp): DType[] {
  const fns = opDef(op).scalar!.fns;
  return (["f32", "i32", "bool"] as const).filter((d) => fns[d] !== undefined);
}

/** A compile-time value: an exact int, an f64 float or a bool (the lowering's `Val` numbers). */
export type Num = { readonly k: "int"; readonly v: number } | { readonly k: "float"; readonly v: number } | { readonly k: "bool"; readonly v: boolean };
export type NumKind = Num["k"];

/** Why a fold has no value; the checker reports each (E0405, E0203), lowering never sees one. */
export type FoldProblem = "division by zero" | "modulo by zero" | "inexact division" | "operand kinds";

export type Folded = { readonly ok: true; readonly value: Num } | { readonly ok: false; readonly problem: FoldProblem };

const DTYPE_OF: Record<NumKind, DType> = { int: "i32", float: "f32", bool: "bool" };
const KIND_OF: Record<DType, NumKind> = { i32: "int", f32: "float", bool: "bool" };

/**
 * The dtype the op computes in and the kind of its result, from the op's own type rule on
 * scalars: an int meeting a float is a float, and an int given to an op without an i32
 * definition (`sqrt(4)`) is a float too, as the spec promotes it.
 */
function resolve(op: UnaryOp | BinaryOp, kinds: readonly NumKind[]): { operand: DType; result: NumKind } | undefined {
  const typeOf = (dtype: DType): DType | undefined => {
    try {
      return opDef(op).type({ op } as Attrs, kinds.map(() => ({ dtype, shape: [] })), undefined).dtype;
    } catch {
      return undefined;
    }
  };
  const kinds0 = new Set(kinds);
  if (kinds0.has("bool") && kinds0.size > 1) return undefined;
  let operand: DType = kinds0.has("float") ? "f32" : DTYPE_OF[kinds[0]];
  let out = typeOf(operand);
  if (out === undefined && operand === "i32") out = typeOf((operand = "f32"));
  if (out === undefined) return undefined;
  // A compile-time `**` with a negative exponent is a float (checked per value below).
  return { operand, result: KIND_OF[out] };
}

/** The kind a fold of `op` on operands of these kinds gives, when the values are unknown. */
export function foldKind(op: UnaryOp | BinaryOp, kinds: readonly NumKind[]): NumKind | undefined {
  return resolve(op, kinds)?.result;
}

const num = (x: Num): number => (x.k === "bool" ? (x.v ? 1 : 0) : x.v);

function make(kind: NumKind, v: number): Num {
  return kind === "bool" ? { k: "bool", v: v !== 0 } : { k: kind, v };
}

function evaluate(op: UnaryOp | BinaryOp, args: readonly Num[]): Folded {
  const r = resolve(op, args.map((a) => a.k));
  if (!r) return { ok: false, problem: "operand kinds" };
  const fns = opDef(op).scalar!.fns;
  const xs = args.map(num);
  if (r.operand === "i32") {
    // Compile-time ints are exact, not wrapping i32: `/` is exact division (the spec), and
    // the rest use the f64 definitions, which are exact on integers below 2^53.
    const [a, b] = xs;
    if (op === "div") {
      if (b === 0) return { ok: false, problem: "division by zero" };
      if (a % b !== 0) return { ok: false, problem: "inexact division" };
      return { ok: true, value: { k: "int", v: a / b } };
    }
    if (op === "mod" && b === 0) return { ok: false, problem: "modulo by zero" };
    const f = fns.f32 ?? fns.i32!;
    const v = f(...xs);
    if (op === "pow" && b < 0) return { ok: true, value: { k: "float", v } };
    return { ok: true, value: make(r.result, v) };
  }
  return { ok: true, value: make(r.result, fns[r.operand]!(...xs)) };
}

/** `op` on one compile-time number: `-2`, `!b`, `erf(0.5)`, `abs(-3)` (an int). */
export function foldUnary(op: UnaryOp, x: Num): Folded {
  return evaluate(op, [x]);
}

/** `op` on two compile-time numbers: `d / heads`, `2 ** -1` (a float), `maximum(2, 3.0)`. */
export function foldBinary(op: BinaryOp, a: Num, b: Num): Folded {
  return evaluate(op, [a, b]);
}
