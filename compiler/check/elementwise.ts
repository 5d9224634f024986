// Operators: arithmetic, comparison and logic on tensors (broadcast, with scalar promotion) and
// on compile-time numbers (folded: `d / heads` is a Dim with divisibility checked). Known
// numbers fold with compiler/ir/scalar.ts, the folder lowering uses, so both agree.
import { BINARY_OPERATORS, UNARY_OPERATORS } from "../ir/ops/table.ts";
import { type Num, foldBinary, foldUnary } from "../ir/scalar.ts";
import type { Span } from "../source.ts";
import type { BinaryOp } from "../syntax/ast.ts";
import { broadcastShapes } from "./broadcast.ts";
import type { Env } from "./context.ts";
import { type Dim, constValue, dimAdd, dimConst, dimDiv, dimEq, dimMul, dimNeg, dimSub, printDim } from "./dims.ts";
import { constructorHint, instanceHint, operandLabels, report } from "./report.ts";
import { type DType, ERROR, type TensorTy, type Ty, UNKNOWN, describe, printTensor, tensor } from "./types.ts";

export interface OpSpans {
  whole: Span;
  op: Span;
  left: Span;
  right: Span;
}

const ARITH = new Set<BinaryOp>(["+", "-", "*", "/", "%", "**"]);
const COMPARE = new Set<BinaryOp>(["==", "!=", "<", "<=", ">", ">="]);

export function isNumberTy(t: Ty): t is { k: "int"; value?: Dim } | { k: "float"; value?: number } {
  return t.k === "int" || t.k === "float";
}

export function numValue(t: Ty): number | undefined {
  if (t.k === "int") {
    const c = t.value ? constValue(t.value) : undefined;
    return c;
  }
  if (t.k === "float") return t.value;
  return undefined;
}

/** A compile-time value whose number is known (a constant `Dim`, not a symbolic one). */
export function toNum(t: Ty): Num | undefined {
  if (t.k === "int") {
    const v = t.value ? constValue(t.value) : undefined;
    return v === undefined ? undefined : { k: "int", v };
  }
  if (t.k === "float") return t.value === undefined ? undefined : { k: "float", v: t.value };
  if (t.k === "bool") return t.value === undefined ? undefined : { k: "bool", v: t.value };
  return undefined;
}

/** A folded number as a type; a float that is not finite is kept only as "some float". */
export function fromNum(n: Num): Ty {
  if (n.k === "int") return { k: "int", value: dimConst(n.v) };
  if (n.k === "float") return Number.isFinite(n.v) ? { k: "float", value: n.v } : { k: "float" };
  return { k: "bool", value: n.v };
}

/**
 * Folds `l op r` when both values are known, with the folder lowering uses too
 * (compiler/ir/scalar.ts); undefined when a value is symbolic or unknown.
 */
function foldKnown(env: Env, op: BinaryOp, l: Ty, r: Ty, s: OpSpans): Ty | undefined {
  const a = toNum(l);
  const b = toNum(r);
  const irOp = BINARY_OPERATORS.get(op);
  if (!a || !b || !irOp) return undefined;
  const res = foldBinary(irOp, a, b);
  if (res.ok) return fromNum(res.value);
  switch (res.problem) {
    case "division by zero":
      report(env, "E0405", s.whole, "division by zero", { primaryLabel: `${b.v} is zero` });
      break;
    case "inexact division":
      report(env, "E0405", s.whole, `${a.v} is not divisible by ${b.v}`, {
        primaryLabel: `${a.v} / ${b.v} is not a whole number`,
        hint: "`/` on compile-time ints is exact division; write a float (`1.0 / 2`) for a fraction",
      });
      break;
    case "modulo by zero":
      report(env, "E0405", s.whole, "modulo by zero");
      break;
    case "operand kinds":
      report(env, "E0203", s.op, `\`${op}\` cannot combine ${describe(l)} and ${describe(r)}`, { labels: [...operandLabels(env, s.left, l, s.op), ...operandLabels(env, s.right, r, s.op)] });
      break;
  }
  return ERROR;
}

function foldNumbers(env: Env, op: BinaryOp, l: Ty, r: Ty, s: OpSpans): Ty {
  if (l.k === "bool" && r.k === "bool" && (op === "&&" || op === "||" || op === "==" || op === "!=")) {
    return foldKnown(env, op, l, r, s) ?? { k: "bool" };
  }
  if (!isNumberTy(l) || !isNumberTy(r) || op === "&&" || op === "||" || op === "@") {
    report(env, "E0203", s.op, `\`${op}\` cannot combine ${describe(l)} and ${describe(r)}`, { labels: [...operandLabels(env, s.left, l, s.op), ...operandLabels(env, s.right, r, s.op)] });
    return ERROR;
  }
  const known = foldKnown(env, op, l, r, s);
  if (known) return known;
  // A value is symbolic or unknown: ints stay exact `Dim` expressions where they can.
  if (COMPARE.has(op)) {
    if (l.k === "int" && r.k === "int" && l.value && r.value) {
      if (op === "==" && dimEq(l.value, r.value)) return { k: "bool", value: true };
      if (op === "!=" && dimEq(l.value, r.value)) return { k: "bool", value: false };
    }
    return { k: "bool" };
  }
  if (l.k === "int" && r.k === "int") {
    const x = l.value;
    const y = r.value;
    if (!x || !y) {
      const why = l.notConst ?? r.notConst;
      return why ? { k: "int", notConst: why } : { k: "int" };
    }
    switch (op) {
      case "+":
        return { k: "int", value: dimAdd(x, y) };
      case "-":
        return { k: "int", value: dimSub(x, y) };
      case "*":
        return { k: "int", value: dimMul(x, y) };
      case "/": {
        const q = dimDiv(x, y);
        if (q.error === "zero") {
          report(env, "E0405", s.whole, "division by zero", { primaryLabel: `${printDim(y)} is zero` });
          return ERROR;
        }
        if (q.error) {
          report(env, "E0405", s.whole, `${printDim(x)} is not divisible by ${printDim(y)}`, {
            primaryLabel: `${printDim(x)} / ${printDim(y)} is not a whole number`,
            hint: "`/` on compile-time ints is exact division; write a float (`1.0 / 2`) for a fraction",
          });
          return ERROR;
        }
        return { k: "int", value: q.dim };
      }
      // Both operands are known here and one is symbolic (two numbers fold in foldKnown):
      // a symbolic `Dim` has no remainder or power that is a `Dim` (spec/language.md).
      case "%":
        return { k: "int", notConst: `\`${printDim(x)} % ${printDim(y)}\` (\`%\` of a symbolic dimension)` };
      case "**": {
        // A known negative exponent makes a float whatever the base.
        const b = numValue(r);
        return b !== undefined && b < 0 ? { k: "float" } : { k: "int", notConst: `\`${printDim(x)} ** ${printDim(y)}\` (\`**\` of a symbolic dimension)` };
      }
    }
  }
  return { k: "float" };
}

/** A compile-time number or bool meeting a tensor of dtype `other` becomes a scalar tensor. */
export function promote(env: Env, t: Ty, other: DType, span: Span, otherSpan: Span): TensorTy | undefined {
  if (t.k === "tensor") return t;
  if (t.k === "int") {
    if (other === "bool") {
      report(env, "E0401", span, "an int cannot meet a bool tensor", { primaryLabel: "an int", labels: [{ span: otherSpan, message: "a bool tensor" }] });
      return undefined;
    }
    return tensor(other, []);
  }
  if (t.k === "float") {
    if (other !== "f32") {
      report(env, "E0401", span, `a float cannot meet an ${other} tensor`, {
        primaryLabel: "a float (an f32 scalar)",
        labels: [{ span: otherSpan, message: `an ${other} tensor` }],
        hint: `cast first: \`cast(x, f32)\`, or write an int`,
      });
      return undefined;
    }
    return tensor("f32", []);
  }
  if (t.k === "bool") return tensor("bool", []);
  return undefined;
}

export function binaryOp(env: Env, op: BinaryOp, l: Ty, r: Ty, s: OpSpans): Ty {
  if (l.k === "error" || r.k === "error") return ERROR;
  if (l.k === "unknown" || r.k === "unknown") return UNKNOWN;
  if (l.k !== "tensor" && r.k !== "tensor") return foldNumbers(env, op, l, r, s);
  for (const [t, sp] of [
    [l, s.left],
    [r, s.right],
  ] as const) {
    if (t.k !== "tensor" && t.k !== "int" && t.k !== "float" && t.k !== "bool") {
      report(env, "E0203", sp, `\`${op}\` needs a tensor or a number, found ${describe(t)}`, {
        primaryLabel: `${describe(t)}`,
        ...(t.k === "layer" ? { hint: constructorHint(t.layer.name) } : t.k === "instance" ? { hint: instanceHint() } : {}),
      });
      return ERROR;
    }
  }
  const lt = l.k === "tensor" ? l : promote(env, l, (r as TensorTy).dtype, s.left, s.right);
  const rt = r.k === "tensor" ? r : promote(env, r, (l as TensorTy).dtype, s.right, s.left);
  if (!lt || !rt) return ERROR;
  if (op === "@") return matmulTy(env, lt, rt, s);
  if (lt.dtype !== rt.dtype) {
    report(env, "E0401", s.op, `\`${op}\` on different dtypes: ${lt.dtype} and ${rt.dtype}`, {
      labels: [...operandLabels(env, s.left, lt, s.op), ...operandLabels(env, s.right, rt, s.op)],
      hint: "convert one side with `cast(x, dtype)`",
    });
    return ERROR;
  }
  if (ARITH.has(op) && lt.dtype === "bool") {
    report(env, "E0401", s.op, `\`${op}\` needs numeric tensors, found bool`, { labels: operandLabels(env, s.left, lt, s.op), hint: "cast to f32 or i32 first" });
    return ERROR;
  }
  if ((op === "&&" || op === "||") && lt.dtype !== "bool") {
    report(env, "E0401", s.op, `\`${op}\` needs bool tensors, found ${lt.dtype}`, { labels: operandLabels(env, s.left, lt, s.op) });
    return ERROR;
  }
  const b = broadcastShapes(lt.shape, rt.shape);
  if ("error" in b) {
    report(env, "E0404", s.op, `shapes ${printTensor(lt)} and ${printTensor(rt)} do not broadcast`, {
      primaryLabel: b.error,
      labels: [...operandLabels(env, s.left, lt, s.op), ...operandLabels(env, s.right, rt, s.op)],
    });
    return ERROR;
  }
  return tensor(COMPARE.has(op) || op === "&&" || op === "||" ? "bool" : lt.dtype, b.shape);
}

export function unaryOp(env: Env, op: "-" | "!", t: Ty, span: Span): Ty {
  if (t.k === "error" || t.k === "unknown") return t;
  const n = toNum(t);
  const folded = n && foldUnary(UNARY_OPERATORS.get(op)!, n);
  if (folded?.ok) return fromNum(folded.value);
  if (op === "-") {
    if (t.k === "int" && !n) return t.value ? { k: "int", value: dimNeg(t.value) } : t;
    if (t.k === "float" && !n) return t;
    if (t.k === "tensor" && t.dtype !== "bool") return tensor(t.dtype, t.shape);
  } else {
    if (t.k === "bool" && !n) return t;
    if (t.k === "tensor" && t.dtype === "bool") return tensor("bool", t.shape);
  }
  report(env, t.k === "tensor" ? "E0401" : "E0203", span, `unary \`${op}\` cannot apply to ${describe(t)}`);
  return ERROR;
}

/** `a @ b`: `[..., M, K] @ [..., K, N]`, batch dims broadcast; `[..., K] @ [K, N]`; `[..., M, K] @ [K]`. */
export function matmulTy(env: Env, a: TensorTy, b: TensorTy, s: OpSpans): Ty {
  const labels = () => [...operandLabels(env, s.left, a, s.op), ...operandLabels(env, s.right, b, s.op)];
  if (a.dtype !== "f32" || b.dtype !== "f32") {
    report(env, "E0401", s.op, `matrix product needs f32 tensors, found ${a.dtype} @ ${b.dtype}`, { labels: labels(), hint: "cast to f32 first" });
    return ERROR;
  }
  const ad = a.shape.dims;
  const bd = b.shape.dims;
  const fixedRank = (t: TensorTy) => (t.shape.rest ? undefined : t.shape.dims.length);
  const ra = fixedRank(a);
  const rb = fixedRank(b);
  if ((ra !== undefined && ra < 1) || (rb !== undefined && rb < 1) || (ra === 1 && rb === 1)) {
    report(env, "E0402", s.op, `matrix product needs tensors of rank 2 or more, found ${printTensor(a)} @ ${printTensor(b)}`, { labels: labels() });
    return ERROR;
  }
  const inner = (k1: Dim, k2: Dim): boolean => {
    if (dimEq(k1, k2) || k1.unknown || k2.unknown) return true;
    report(env, "E0408", s.op, `matrix product inner dimensions differ: ${printDim(k1)} vs ${printDim(k2)}`, {
      primaryLabel: `${printTensor(a)} @ ${printTensor(b)}`,
      labels: labels(),
    });
    return false;
  };
  if (ad.length === 0 || bd.length === 0) return tensor("f32", { rest: { kind: "unknown" }, dims: [] });
  // Matrix or vector on the right without batch dims: only a's last dim changes.
  if (rb === 1 || rb === 2) {
    if (!inner(ad[ad.length - 1], bd[0])) return ERROR;
    const dims = rb === 1 ? ad.slice(0, -1) : [...ad.slice(0, -1), bd[1]];
    return tensor("f32", { ...a.shape, dims });
  }
  if (ra === 1) {
    if (bd.length < 2) return tensor("f32", { rest: { kind: "unknown" }, dims: [] });
    if (!inner(ad[0], bd[bd.length - 2])) return ERROR;
    return tensor("f32", { ...b.shape, dims: [...bd.slice(0, -2), bd[bd.length - 1]] });
  }
  if (ad.length < 2 || bd.length < 2) return tensor("f32", { rest: { kind: "unknown" }, dims: [] });
  if (!inner(ad[ad.length - 1], bd[bd.length - 2])) return ERROR;
  const batch = broadcastShapes({ ...a.shape, dims: ad.slice(0, -2) }, { ...b.shape, dims: bd.slice(0, -2) });
  if ("error" in batch) {
    report(env, "E0404", s.op, `matrix product batch dimensions do not broadcast: ${batch.error}`, { labels: labels() });
    return ERROR;
  }
  return tensor("f32", { ...batch.shape, dims: [...batch.shape.dims, ad[ad.length - 2], bd[bd.length - 1]] });
}
