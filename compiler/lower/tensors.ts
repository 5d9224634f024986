// Tensor helpers for the lowering: turning compile-time numbers into consts of the right
// dtype (spec/builtins.md, "Scalars, literals and promotion"), elementwise ops with implicit
// broadcasting, and matmul in the shapes the language allows.
import type { BinaryOp, DType } from "../ir/ir.ts";
import { BINARY_OPERATORS } from "../ir/ops/table.ts";
import { type Folded, foldBinary as foldBinaryNumbers } from "../ir/scalar.ts";
import type { Span } from "../source.ts";
import { type Lowering, LowerError, type Val, describeVal } from "./values.ts";

export function isNumber(v: Val): v is Extract<Val, { k: "int" | "float" | "bool" }> {
  return v.k === "int" || v.k === "float" || v.k === "bool";
}

/** The node of a tensor value, or a scalar const of `dtype` for a compile-time number. */
export function asTensor(L: Lowering, v: Val, dtype: DType, span?: Span): number {
  if (v.k === "tensor") return v.id;
  if (v.k === "int" || v.k === "float") return L.b.const(v.v, dtype, [], span);
  if (v.k === "bool") return L.b.const(v.v ? 1 : 0, dtype === "bool" ? "bool" : dtype, [], span);
  throw new LowerError(`expected a tensor, found ${describeVal(v)}`, span);
}

export function tensorId(v: Val, span?: Span): number {
  if (v.k !== "tensor") throw new LowerError(`expected a tensor, found ${describeVal(v)}`, span);
  return v.id;
}

/** The dtype numbers take next to these operands: the first tensor's, else by number kind. */
export function commonDtype(L: Lowering, vals: readonly Val[]): DType {
  for (const v of vals) if (v.k === "tensor") return L.b.dtype(v.id);
  if (vals.some((v) => v.k === "float")) return "f32";
  if (vals.every((v) => v.k === "bool")) return "bool";
  return vals.some((v) => v.k === "int") ? "i32" : "f32";
}

/** An elementwise binary op on tensors and/or numbers, broadcasting both. */
export function elementwise(L: Lowering, op: BinaryOp, a: Val, b: Val, span?: Span): Val {
  const dt = commonDtype(L, [a, b]);
  const x = asTensor(L, a, dt, span);
  const y = asTensor(L, b, dt, span);
  return { k: "tensor", id: L.b.binaryBroadcast(op, x, y, span) };
}

/** `a @ b` as spec/builtins.md defines it, with `[..., K] @ [K, N]` as one 2-D matmul. */
export function matmul(L: Lowering, a: number, b: number, span?: Span): number {
  const sa = L.b.shape(a);
  const sb = L.b.shape(b);
  if (sb.length === 2 && sa.length !== 2) {
    // Leading dims of `a` (any number, even none) flatten into the rows of one matrix product.
    const k = sa[sa.length - 1];
    const rows = L.b.reshape(a, [-1, k], span);
    const out = L.b.matmul(rows, b, span);
    return L.b.reshape(out, [...sa.slice(0, -1), sb[1]], span);
  }
  return L.b.matmul(a, b, span);
}

/**
 * Folds a binary operator on two compile-time numbers with the one folder the checker uses
 * too (compiler/ir/scalar.ts), so every constant the checker accepted lowers to the value it
 * computed.
 */
export function foldBinary(op: string, a: Val, b: Val, span?: Span): Val {
  const irOp = BINARY_OPERATORS.get(op);
  if (!irOp || !isNumber(a) || !isNumber(b)) throw new LowerError(`\`${op}\` on ${describeVal(a)} and ${describeVal(b)}`, span);
  return folded(foldBinaryNumbers(irOp, a, b), `\`${op}\` on ${describeVal(a)} and ${describeVal(b)}`, span);
}

/** A fold's value, or the reason the checker should have rejected it. */
export function folded(r: Folded, what: string, span?: Span): Val {
  if (!r.ok) throw new LowerError(`${what}: ${r.problem}`, span);
  return r.value.k === "bool" ? { k: "bool", v: r.value.v } : { k: r.value.k, v: r.value.v };
}
