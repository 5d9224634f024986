// Validation helpers shared by the type rules of the op table. Each throws an IrError that
// names the op and the offending operand or attribute.
import type { DType, Init } from "../ir.ts";
import { IrError, fmtType, type TensorType } from "../shape.ts";

function isDim(d: unknown): boolean {
  return typeof d === "number" && Number.isInteger(d) && d >= 0;
}

export function checkShape(op: string, what: string, shape: readonly number[]): void {
  if (!Array.isArray(shape) || !shape.every(isDim)) {
    throw new IrError(`${op}: ${what} ${JSON.stringify(shape)} is not a list of non-negative integers`);
  }
}

export function checkInt(op: string, name: string, v: number, min: number): void {
  if (!Number.isInteger(v) || v < min) throw new IrError(`${op}: ${name} must be an integer ≥ ${min}, got ${v}`);
}

export function requireDtype(op: string, what: string, t: TensorType, allowed: readonly DType[]): void {
  if (!allowed.includes(t.dtype)) {
    throw new IrError(`${op}: ${what} must be ${allowed.join(" or ")}, got ${fmtType(t)}`);
  }
}

/** Checks an axis attribute is an integer in [0, rank). */
export function checkAxis(op: string, axis: number, t: TensorType): void {
  if (!Number.isInteger(axis) || axis < 0 || axis >= t.shape.length) throw new IrError(`${op}: axis ${axis} is out of range for ${fmtType(t)}`);
}

export function checkInit(init: Init): void {
  switch (init.kind) {
    case "constant":
      if (typeof init.value !== "number") throw new IrError(`param: constant init needs a numeric value`);
      return;
    case "normal":
      if (!(init.std >= 0)) throw new IrError(`param: normal init needs std ≥ 0, got ${init.std}`);
      return;
    case "uniform":
      if (!(init.low <= init.high)) throw new IrError(`param: uniform init needs low ≤ high, got [${init.low}, ${init.high})`);
      return;
    default:
      return;
  }
}
