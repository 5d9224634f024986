// Building blocks of the ops' batch rules (see BatchState in types.ts). The rules themselves
// live in each op's entry; these are the pieces several categories share.
import type { BatchState, Unmixed } from "./types.ts";

export const FREE: BatchState = { k: "free" };

export function mixed(why: string): BatchState {
  return { k: "mixed", why };
}

/** Uniform over the given grown axes (deduplicated, sorted); free when there are none. */
export function uniform(grown: Iterable<number>): BatchState {
  const axes = [...new Set(grown)].sort((a, b) => a - b);
  return axes.length === 0 ? FREE : { k: "uniform", grown: axes };
}

export function grownOf(s: Unmixed): readonly number[] {
  return s.k === "uniform" ? s.grown : [];
}

/** Whether a uniform state's grown axes meet `axes` (a sum or pick along them would count copies). */
export function grownMeets(s: Unmixed, axes: readonly number[]): boolean {
  return s.k === "uniform" && s.grown.some((g) => axes.includes(g));
}

export const ALONG_GROWN = "sums or picks along a broadcast dimension that may be the batch";

/**
 * Operands of one shape combined position by position (elementwise ops): every batched
 * operand must hold its samples the same way; free and uniform operands carry no sample.
 */
export function joinAligned(ins: readonly Unmixed[], what = "combines different batch layouts"): BatchState {
  const batched = ins.filter((s): s is Extract<Unmixed, { k: "batch" }> => s.k === "batch");
  if (batched.length === 0) return uniform(ins.flatMap(grownOf));
  const [first] = batched;
  if (batched.some((s) => s.axis !== first.axis || s.f !== first.f)) return mixed(what);
  return first;
}

/**
 * A state through an op that moves axes without combining values: `to` maps an input axis to
 * its output axis, or to undefined when the op folds that axis away.
 */
export function moveAxes(s: Unmixed, to: (axis: number) => number | undefined, lost: string): BatchState {
  if (s.k === "free") return s;
  if (s.k === "uniform") return uniform(s.grown.flatMap((g) => (to(g) === undefined ? [] : [to(g)!])));
  const axis = to(s.axis);
  return axis === undefined ? mixed(lost) : { k: "batch", axis, f: s.f };
}
