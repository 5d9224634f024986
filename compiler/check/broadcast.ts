// NumPy broadcasting over symbolic shapes. Two dimensions are compatible when provably equal or
// when one is the literal 1; symbolic dimensions are never assumed to be 1. Unknown dimensions
// (gradual) are compatible with anything.
import { type Dim, UNKNOWN_DIM, constValue, dimEq, isUnknown, printDim } from "./dims.ts";
import { type Shape, mkShape } from "./types.ts";

export type BroadcastResult = { shape: Shape } | { error: string };

function isOne(d: Dim): boolean {
  return constValue(d) === 1;
}

function mergeDim(a: Dim, b: Dim): Dim | undefined {
  if (dimEq(a, b)) return a;
  if (isOne(a)) return b;
  if (isOne(b)) return a;
  if (isUnknown(a) || isUnknown(b)) return UNKNOWN_DIM;
  return undefined;
}

export function broadcastShapes(a: Shape, b: Shape): BroadcastResult {
  const n = Math.min(a.dims.length, b.dims.length);
  const tail: Dim[] = [];
  for (let i = 1; i <= n; i++) {
    const x = a.dims[a.dims.length - i];
    const y = b.dims[b.dims.length - i];
    const m = mergeDim(x, y);
    if (!m) return { error: `dimension ${printDim(x)} does not broadcast with ${printDim(y)}` };
    tail.unshift(m);
  }
  const aLead = a.dims.slice(0, a.dims.length - n);
  const bLead = b.dims.slice(0, b.dims.length - n);
  const ar = a.rest;
  const br = b.rest;
  if (!ar && !br) return { shape: { dims: [...aLead, ...bLead, ...tail] } };
  // Whatever is left on either side meets dims nothing is known about.
  if (ar?.kind === "unknown" || br?.kind === "unknown") {
    // Dims of a rank-known side that reach past the other side's dims meet unknown dims: keep them.
    const extra = !ar ? aLead : !br ? bLead : [];
    return { shape: { rest: { kind: "unknown" }, dims: [...extra, ...tail] } };
  }
  const restErr = { error: "leading dimensions meet a variadic `..` of unknown length" };
  if (ar && br) {
    const al = a.lead ?? [];
    const bl = b.lead ?? [];
    if (ar.kind !== "var" || br.kind !== "var" || ar.id !== br.id || aLead.length + bLead.length > 0 || al.length !== bl.length)
      return { error: "their variadic dimensions are not provably the same" };
    const lead: Dim[] = [];
    for (let i = 0; i < al.length; i++) {
      const m = mergeDim(al[i], bl[i]);
      if (!m) return { error: `dimension ${printDim(al[i])} does not broadcast with ${printDim(bl[i])}` };
      lead.push(m);
    }
    return { shape: mkShape(lead, ar, tail) };
  }
  // Exactly one side has a variadic: the other side's extra leading dims would meet it.
  if (ar) return bLead.length === 0 ? { shape: mkShape(a.lead ?? [], ar, [...aLead, ...tail]) } : restErr;
  return aLead.length === 0 ? { shape: mkShape(b.lead ?? [], br, [...bLead, ...tail]) } : restErr;
}
