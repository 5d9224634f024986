// Unification of a callee's declared types (patterns with flexible variables) with argument
// types. Variables are symbol ids containing `$`; everything else is rigid. A dimension pattern
// linear in one unbound variable is solved (`K + 2 = H` gives K = H - 2); harder ones wait until
// the other arguments have bound more variables.
import { type Dim, UNKNOWN_DIM, constValue, dimConst, dimDiv, dimEq, dimSub, dimSubst, dimSym, dimSymbols, isUnknown, linearIn } from "./dims.ts";
import { type Rest, type Shape, type Sig, type SigParam, type TensorTy, type Ty, mkShape } from "./types.ts";

export const isVar = (id: string) => id.includes("$");

let freshCounter = 0;
export function freshId(base: string, mark: "$" | "#"): string {
  const name = base.replace(/[#$].*$/, "");
  return `${name}${mark}${++freshCounter}`;
}

export class Subst {
  readonly dims = new Map<string, Dim>();
  readonly rests = new Map<string, Shape>();
  /** Set when substitution met an inexact division (`H/2` with H = 27). */
  indivisible = false;

  dim(d: Dim): Dim {
    if (this.dims.size === 0) return d;
    const r = dimSubst(d, (id) => this.dims.get(id));
    if (r.error) this.indivisible = true;
    return r.dim;
  }

  shape(s: Shape): Shape {
    const lead = (s.lead ?? []).map((d) => this.dim(d));
    const dims = s.dims.map((d) => this.dim(d));
    if (s.rest?.kind === "var") {
      const bound = this.rests.get(s.rest.id);
      if (bound) {
        const b = this.shape(bound);
        return mkShape([...lead, ...(b.lead ?? [])], b.rest, [...b.dims, ...dims]);
      }
    }
    return mkShape(lead, s.rest, dims);
  }

  /** Give every still-unbound variable of `vars` an unknown value (gradual), so results never leak variables. */
  closeOver(vars: string[]): void {
    for (const v of vars) {
      if (!this.dims.has(v)) this.dims.set(v, UNKNOWN_DIM);
      if (!this.rests.has(v)) this.rests.set(v, { rest: { kind: "unknown" }, dims: [] });
    }
  }

  ty(t: Ty): Ty {
    switch (t.k) {
      case "tensor": {
        const out: TensorTy = { k: "tensor", dtype: t.dtype, shape: this.shape(t.shape) };
        if (t.origin) out.origin = t.origin;
        return out;
      }
      case "int":
        return t.value ? { k: "int", value: this.dim(t.value) } : t;
      case "list":
        return { k: "list", items: t.items.map((x) => this.ty(x)) };
      default:
        return t;
    }
  }
}

/** Rename a signature's binders to fresh variables: each call gets its own. */
export function instantiateSig(sig: Sig): { params: SigParam[]; ret: Ty; vars: string[] } {
  const s = new Subst();
  const vars: string[] = [];
  for (const b of sig.binders) {
    const v = freshId(b, "$");
    vars.push(v);
    s.dims.set(b, dimSym(v));
    s.rests.set(b, { rest: { kind: "var", id: v }, dims: [] });
  }
  const params = sig.params.map((p) => {
    const q = { ...p };
    if (p.ty) q.ty = s.ty(p.ty);
    if (p.default) q.default = s.ty(p.default);
    return q;
  });
  return { params, ret: s.ty(sig.ret), vars };
}

/** Which constraint failed: `tag` is what the caller passed (an argument's position). */
export interface UnifyFailure {
  code: "E0402" | "E0403";
  tag: number;
}

/** Solve `pattern = actual` for the single unbound variable of `pattern`, if it is linear in it. */
function solveLinear(pattern: Dim, actual: Dim, s: Subst): "bound" | "stuck" | "no" {
  const vars = [...dimSymbols(pattern)].filter((id) => isVar(id) && !s.dims.has(id));
  if (vars.length !== 1) return vars.length === 0 ? "no" : "stuck";
  const v = vars[0];
  const lin = linearIn(pattern, v);
  if (!lin) return "stuck";
  const r = dimDiv(dimSub(actual, lin.rest), dimConst(lin.coef));
  if (r.error) return "no";
  s.dims.set(v, r.dim);
  return "bound";
}

export class Unifier {
  private pending: { p: Dim; a: Dim; tag: number }[] = [];
  constructor(readonly s: Subst) {}

  /** Unify one dimension; returns false when provably different. */
  dim(p: Dim, a: Dim, tag: number): boolean {
    const pp = this.s.dim(p);
    if (isUnknown(pp) || isUnknown(a) || dimEq(pp, a)) return true;
    const r = solveLinear(pp, a, this.s);
    if (r === "bound") return true;
    if (r === "stuck") {
      this.pending.push({ p, a, tag });
      return true;
    }
    return false;
  }

  /** Retry postponed constraints; returns the first that still fails. */
  finish(): UnifyFailure | undefined {
    let progress = true;
    while (progress && this.pending.length > 0) {
      progress = false;
      const left: typeof this.pending = [];
      for (const c of this.pending) {
        const pp = this.s.dim(c.p);
        if (isUnknown(pp) || dimEq(pp, c.a)) {
          progress = true;
          continue;
        }
        const r = solveLinear(pp, c.a, this.s);
        if (r === "bound") progress = true;
        else if (r === "no") return { code: "E0403", tag: c.tag };
        else left.push(c);
      }
      this.pending = left;
    }
    // Constraints with several unknowns left: accepted (gradual); their variables stay unbound.
    this.pending = [];
    return undefined;
  }

  /**
   * Unify shapes: the pattern's dims before its variadic align at the left, those after it at the
   * right, and the variadic takes what is between. Failure indices count from the right (-1 = last).
   */
  shape(pattern: Shape, actual: Shape, tag: number): UnifyFailure | undefined {
    const p = this.s.shape(pattern);
    const pl = p.lead ?? [];
    const pd = p.dims;
    const pr = p.rest;
    const al = actual.lead ?? [];
    const ad = actual.dims;
    const ar = actual.rest;
    const rankFail: UnifyFailure = { code: "E0402", tag };
    const eq = (x: Dim, y: Dim, _index: number): UnifyFailure | undefined => (this.dim(x, y, tag) ? undefined : { code: "E0403", tag });
    if (!ar) {
      // Actual rank known: ad holds every dimension. The variadic is bound first so that a
      // mismatch message prints the expected type in the caller's terms.
      if (!pr ? ad.length !== pd.length : ad.length < pl.length + pd.length) return rankFail;
      const f = pr ? this.bindRest(pr, { dims: ad.slice(pl.length, ad.length - pd.length) }, tag) : undefined;
      if (f) return f;
      for (let i = 0; i < pl.length; i++) {
        const f = eq(pl[i], ad[i], i - ad.length);
        if (f) return f;
      }
      for (let i = 1; i <= pd.length; i++) {
        const f = eq(pd[pd.length - i], ad[ad.length - i], -i);
        if (f) return f;
      }
      return undefined;
    }
    if (ar.kind === "var") {
      if (!pr || pr.kind === "unknown") return pr ? undefined : rankFail;
      if (al.length < pl.length || ad.length < pd.length) return rankFail;
    }
    // Align what can be aligned; an unknown actual rest matches anything left over.
    for (let i = 0; i < Math.min(pl.length, al.length); i++) {
      const f = eq(pl[i], al[i], i - al.length - ad.length - 1);
      if (f) return f;
    }
    for (let i = 1; i <= Math.min(pd.length, ad.length); i++) {
      const f = eq(pd[pd.length - i], ad[ad.length - i], -i);
      if (f) return f;
    }
    if (!pr) return undefined;
    if (ar.kind === "unknown" && (al.length < pl.length || ad.length < pd.length)) return this.bindRest(pr, { rest: ar, dims: [] }, tag);
    return this.bindRest(pr, mkShape(al.slice(pl.length), ar, ad.slice(0, ad.length - pd.length)), tag);
  }

  private bindRest(pr: Rest, value: Shape, tag: number): UnifyFailure | undefined {
    if (pr.kind === "unknown") return undefined;
    if (isVar(pr.id)) {
      if (!this.s.rests.has(pr.id)) this.s.rests.set(pr.id, value);
      return undefined;
    }
    // A rigid variadic in the pattern (an annotation inside a generic body) matches only itself.
    const same = value.rest?.kind === "unknown" || (value.rest?.kind === "var" && value.rest.id === pr.id && value.dims.length === 0 && (value.lead ?? []).length === 0);
    return same ? undefined : { code: "E0402", tag };
  }
}

/** A dimension's value when it is a plain number. */
export function dimNumber(d: Dim): number | undefined {
  const c = constValue(d);
  return c !== undefined && Number.isInteger(c) ? c : undefined;
}

export { UNKNOWN_DIM };
