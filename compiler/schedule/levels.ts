// Facts about a loop body that every renderer needs: its domain with size-1 axes dropped and
// mergeable neighbours merged (fewer loops and index computations), which values vary along
// the inner axes ("full") and which are computed once per outer point, and the values a result
// depends on.
import type { LoopBody, LoopValue } from "./schedule.ts";
import type { View } from "./view.ts";

/** Drops size-1 axes and merges neighbours every access walks as one axis (never across outer/inner). */
export function simplifyBody(b: LoopBody): LoopBody {
  if (b.values.some((v) => v.k === "iota")) return b;
  const views: View[] = [];
  for (const v of b.values) if (v.k === "load" || v.k === "gather") views.push(v.view);
  views.push(b.store.view);
  const d = b.domain.length;
  const groups: number[][] = [];
  let inner = 0;
  for (let k = 0; k < d; k++) {
    const isInner = k >= d - b.inner;
    if (b.domain[k] === 1) continue;
    const last = groups[groups.length - 1];
    const lastAxis = last?.[last.length - 1];
    const sameSide = lastAxis !== undefined && (lastAxis >= d - b.inner) === isInner;
    if (last && sameSide && views.every((v) => v.strides[lastAxis] === v.strides[k] * b.domain[k])) last.push(k);
    else {
      groups.push([k]);
      if (isInner) inner++;
    }
  }
  const domain = groups.map((g) => g.reduce((a, k) => a * b.domain[k], 1));
  const remap = (v: View): View => ({ shape: domain, strides: groups.map((g) => v.strides[g[g.length - 1]]), offset: v.offset });
  const values = b.values.map((v): LoopValue => (v.k === "load" || v.k === "gather" ? { ...v, view: remap(v.view) } : v));
  return { domain, inner, values, store: { value: b.store.value, view: remap(b.store.view) } };
}

/**
 * Which values vary along the last `innerAxes` axes of the domain; "all" marks every value
 * full (an epilogue, evaluated at each point of the output).
 */
export function fullValues(body: LoopBody, innerAxes: number | "all"): boolean[] {
  const d = body.domain.length;
  const varies = (v: View) => innerAxes === "all" || v.strides.some((s, k) => k >= d - innerAxes && s !== 0 && body.domain[k] !== 1);
  const full: boolean[] = [];
  body.values.forEach((v, i) => {
    switch (v.k) {
      case "load": full[i] = varies(v.view); break;
      case "gather": full[i] = varies(v.view) || full[v.index]; break;
      case "iota": full[i] = innerAxes === "all" || v.axis >= d - innerAxes; break;
      case "op": full[i] = v.args.some((a) => full[a]); break;
      case "acc": full[i] = true; break;
      default: full[i] = false;
    }
  });
  return full;
}

/** The values `roots` depend on (themselves included), in SSA order; with `keep`, only those it accepts are walked. */
export function dependencies(body: LoopBody, roots: number[], keep: (i: number) => boolean = () => true): number[] {
  const need = new Set<number>();
  const visit = (i: number): void => {
    if (need.has(i) || !keep(i)) return;
    need.add(i);
    const v = body.values[i];
    if (v.k === "op") v.args.forEach(visit);
    if (v.k === "gather") visit(v.index);
  };
  roots.forEach(visit);
  return [...need].sort((a, b) => a - b);
}

/** Whether any reduction is in the body. */
export function hasReduction(body: LoopBody): boolean {
  return body.values.some((v) => v.k === "reduce");
}
