// Argument access shared by the shape rules: typed getters, dtype/rank/axis checks.
import type { BArg, RuleCtx } from "./builtins.ts";
import { type Dim, UNKNOWN_DIM, constValue } from "./dims.ts";
import { numValue } from "./elementwise.ts";
import { operandLabels, report } from "./report.ts";
import { type DType, type Shape, type TensorTy, type Ty, printTensor, tensor } from "./types.ts";

export const UNKNOWN_SHAPE: Shape = { rest: { kind: "unknown" }, dims: [] };

export function arg(cx: RuleCtx, n: string): BArg | undefined {
  return cx.args.get(n);
}

/** A tensor argument; a number is an f32 scalar (an int becomes `asInt` if given). */
export function tens(cx: RuleCtx, n: string, asInt?: DType): TensorTy | undefined {
  const a = arg(cx, n);
  if (!a) return undefined;
  if (a.ty.k === "tensor") return a.ty;
  if (a.ty.k === "int") return tensor(asInt ?? "f32", []);
  if (a.ty.k === "float") return tensor("f32", []);
  if (a.ty.k === "bool") return tensor("bool", []);
  return undefined;
}

/** The Dim of an int argument: undefined when absent, UNKNOWN_DIM when not known. */
export function dimArg(cx: RuleCtx, n: string): Dim | undefined {
  const a = arg(cx, n);
  if (!a) return undefined;
  return a.ty.k === "int" && a.ty.value ? a.ty.value : UNKNOWN_DIM;
}

export function intConst(cx: RuleCtx, n: string): number | undefined {
  const a = arg(cx, n);
  return a ? numValue(a.ty) : undefined;
}

export function span(cx: RuleCtx, n: string) {
  return arg(cx, n)?.span ?? cx.span;
}

export function needDtype(cx: RuleCtx, n: string, t: TensorTy, ok: DType[], why: string): boolean {
  if (ok.includes(t.dtype)) return true;
  report(cx.env, "E0401", span(cx, n), `\`${cx.name}\` needs ${why}, found ${printTensor(t)}`, {
    primaryLabel: `this is ${t.dtype}`,
    labels: operandLabels(cx.env, span(cx, n), t, span(cx, n)).slice(1),
  });
  return false;
}

export function needRank(cx: RuleCtx, n: string, t: TensorTy, rank: number, what: string): Dim[] | "unknown" | undefined {
  if (t.shape.rest) return t.shape.rest.kind === "unknown" ? "unknown" : rankError(cx, n, t, what);
  if (t.shape.dims.length !== rank) return rankError(cx, n, t, what);
  return t.shape.dims;
}
export function rankError(cx: RuleCtx, n: string, t: TensorTy, what: string): undefined {
  report(cx.env, "E0402", span(cx, n), `\`${cx.name}\` needs ${what}, found ${printTensor(t)}`, { primaryLabel: `expected ${what}` });
  return undefined;
}

/** Normalise an axis against a rank (negative counts from the end); reports E0406. */
export function normAxis(cx: RuleCtx, n: string, axis: number, rank: number): number | undefined {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) {
    report(cx.env, "E0406", span(cx, n), `axis ${axis} is out of range for a rank-${rank} tensor`, { primaryLabel: `expected an axis in [${-rank}, ${rank})` });
    return undefined;
  }
  return a;
}

/** Axes as given: a list of numbers, "all" when omitted, or "unknown" when not constant. */
export function axesOf(cx: RuleCtx, n: string): number[] | "all" | "unknown" {
  const a = arg(cx, n);
  if (!a) return "all";
  const one = (t: Ty): number | undefined => (t.k === "int" && t.value ? constValue(t.value) : undefined);
  if (a.ty.k === "list") {
    const out: number[] = [];
    for (const it of a.ty.items) {
      const v = one(it);
      if (v === undefined) return "unknown";
      out.push(v);
    }
    return out;
  }
  const v = one(a.ty);
  return v === undefined ? "unknown" : [v];
}

export function positive(cx: RuleCtx, d: Dim, what: string): boolean {
  const v = constValue(d);
  if (v !== undefined && v <= 0) {
    report(cx.env, "E0409", cx.span, `\`${cx.name}\` would make ${what} ${v}`, { primaryLabel: `${what} must be at least 1` });
    return false;
  }
  return true;
}

