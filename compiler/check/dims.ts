// Symbolic dimension algebra. A dimension is a Laurent polynomial with rational coefficients
// over atoms, kept in one canonical form so that equal expressions print and compare equal:
// `C*4 == 4*C`, `heads*(d/heads) == d`, `H + 2*1 - 5 + 1 == H - 2`.
//
// Atoms are symbols (dims bound by signatures, model inputs, layer Dim params) and opaque
// quotients (floor division that does not come out exact, division by a sum). Exact division by
// a symbol is a negative exponent: it assumes divisibility, which is re-checked once the symbol
// gets a value (substitution evaluates it and reports an indivisible result).
//
// Symbol ids: `B` (model-level), `B#12` (a signature binder, printed `B`), `B$7` (a flexible
// unification variable, printed `B`). The suffix keeps different dims that share a name apart.

interface Rat {
  n: number;
  d: number;
}

interface Term {
  /** Sorted by atom id; exponents nonzero. */
  mono: [string, number][];
  coef: Rat;
  key: string;
}

export interface Dim {
  /** Sorted by term key; the constant term (if any) has key "". */
  readonly terms: readonly Term[];
  /** A dimension nothing is known about (gradual typing): compatible with every dimension. */
  readonly unknown?: true;
  /** Canonical text: equal keys ⇔ equal dimensions. */
  readonly key: string;
}

interface QuotientAtom {
  num: Dim;
  den: Dim;
  floor: boolean;
}

// Opaque quotient atoms are interned by key so substitution can take them apart again.
const quotients = new Map<string, QuotientAtom>();

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1;
}
function rat(n: number, d = 1): Rat {
  if (d < 0) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}
const ratAdd = (a: Rat, b: Rat) => rat(a.n * b.d + b.n * a.d, a.d * b.d);
const ratMul = (a: Rat, b: Rat) => rat(a.n * b.n, a.d * b.d);

function monoKey(mono: [string, number][]): string {
  return mono.map(([a, e]) => (e === 1 ? a : `${a}^${e}`)).join("*");
}

function make(terms: Term[]): Dim {
  const merged = new Map<string, Term>();
  for (const t of terms) {
    const prev = merged.get(t.key);
    merged.set(t.key, prev ? { ...t, coef: ratAdd(prev.coef, t.coef) } : t);
  }
  const out = [...merged.values()].filter((t) => t.coef.n !== 0).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const key = out.map((t) => `${t.coef.n}/${t.coef.d}:${t.key}`).join("+");
  return { terms: out, key };
}

export const UNKNOWN_DIM: Dim = { terms: [], unknown: true, key: "?" };

export function dimConst(n: number): Dim {
  return make([{ mono: [], coef: rat(n), key: "" }]);
}
export function dimSym(id: string): Dim {
  return make([{ mono: [[id, 1]], coef: rat(1), key: id }]);
}

export function isUnknown(d: Dim): boolean {
  return d.unknown === true;
}

/** The value of a dimension without symbols, or undefined. Non-integers are returned as they are. */
export function constValue(d: Dim): number | undefined {
  if (d.unknown) return undefined;
  if (d.terms.length === 0) return 0;
  if (d.terms.length === 1 && d.terms[0].mono.length === 0) return d.terms[0].coef.n / d.terms[0].coef.d;
  return undefined;
}

export function dimAdd(a: Dim, b: Dim): Dim {
  if (a.unknown || b.unknown) return UNKNOWN_DIM;
  return make([...a.terms, ...b.terms]);
}
export function dimNeg(a: Dim): Dim {
  if (a.unknown) return a;
  return make(a.terms.map((t) => ({ ...t, coef: rat(-t.coef.n, t.coef.d) })));
}
export function dimSub(a: Dim, b: Dim): Dim {
  return dimAdd(a, dimNeg(b));
}

function mulMono(a: [string, number][], b: [string, number][]): [string, number][] {
  const m = new Map<string, number>(a);
  for (const [x, e] of b) m.set(x, (m.get(x) ?? 0) + e);
  return [...m.entries()].filter(([, e]) => e !== 0).sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
}

export function dimMul(a: Dim, b: Dim): Dim {
  if (a.unknown || b.unknown) return UNKNOWN_DIM;
  const terms: Term[] = [];
  for (const s of a.terms)
    for (const t of b.terms) {
      const mono = mulMono(s.mono, t.mono);
      terms.push({ mono, coef: ratMul(s.coef, t.coef), key: monoKey(mono) });
    }
  return make(terms);
}

function quotientAtom(num: Dim, den: Dim, floor: boolean): Dim {
  const id = `${floor ? "⌊" : "("}${num.key}÷${den.key}${floor ? "⌋" : ")"}`;
  if (!quotients.has(id)) quotients.set(id, { num, den, floor });
  return dimSym(id);
}

export interface DivResult {
  dim: Dim;
  /** Set when the division is provably not exact (both sides known) or divides by zero. */
  error?: "indivisible" | "zero";
}

/** Exact division `a / b`: divisibility is assumed for symbols and checked for numbers. */
export function dimDiv(a: Dim, b: Dim): DivResult {
  if (a.unknown || b.unknown) return { dim: UNKNOWN_DIM };
  const bc = constValue(b);
  if (bc === 0) return { dim: UNKNOWN_DIM, error: "zero" };
  if (b.terms.length === 1) {
    const t = b.terms[0];
    const inv: Term = { mono: t.mono.map(([x, e]) => [x, -e]), coef: rat(t.coef.d, t.coef.n), key: "" };
    inv.key = monoKey(inv.mono);
    const dim = dimMul(a, make([inv]));
    const c = constValue(dim);
    if (c !== undefined && !Number.isInteger(c)) return { dim, error: "indivisible" };
    return { dim };
  }
  if (a.key === b.key) return { dim: dimConst(1) };
  return { dim: quotientAtom(a, b, false) };
}

/** True when every coefficient is an integer and no symbol has a negative exponent. */
function isIntegerPoly(d: Dim): boolean {
  return d.terms.every((t) => t.coef.d === 1 && t.mono.every(([, e]) => e > 0));
}

/** Floor division (strided convolution and pooling): exact when provable, else an opaque atom. */
export function dimFloorDiv(a: Dim, b: Dim): DivResult {
  if (a.unknown || b.unknown) return { dim: UNKNOWN_DIM };
  const ac = constValue(a);
  const bc = constValue(b);
  if (bc === 0) return { dim: UNKNOWN_DIM, error: "zero" };
  if (ac !== undefined && bc !== undefined) return { dim: dimConst(Math.floor(ac / bc)) };
  if (!isIntegerPoly(a)) return { dim: quotientAtom(a, b, true) };
  const exact = dimDiv(a, b).dim;
  if (isIntegerPoly(exact)) return { dim: exact };
  if (bc !== undefined && Number.isInteger(bc) && bc > 0) {
    // (c*q + r) / c == q + floor(r / c) when q is an integer polynomial and r a constant.
    const constTerm = a.terms.find((t) => t.mono.length === 0);
    const r = constTerm ? constTerm.coef.n / constTerm.coef.d : 0;
    const rest = dimSub(a, dimConst(r));
    const q = dimDiv(rest, b).dim;
    if (isIntegerPoly(q)) return { dim: dimAdd(q, dimConst(Math.floor(r / bc))) };
  }
  return { dim: quotientAtom(a, b, true) };
}

export function dimEq(a: Dim, b: Dim): boolean {
  return a.key === b.key;
}

/** Symbol ids in a dimension, including inside opaque quotients. */
export function dimSymbols(d: Dim, out = new Set<string>()): Set<string> {
  for (const t of d.terms)
    for (const [x] of t.mono) {
      const q = quotients.get(x);
      if (q) {
        dimSymbols(q.num, out);
        dimSymbols(q.den, out);
      } else out.add(x);
    }
  return out;
}

export function hasSymbols(d: Dim): boolean {
  return !d.unknown && dimSymbols(d).size > 0;
}

function dimPow(d: Dim, e: number): DivResult {
  let r = dimConst(1);
  for (let i = 0; i < Math.abs(e); i++) r = dimMul(r, d);
  return e >= 0 ? { dim: r } : dimDiv(dimConst(1), r);
}

/**
 * Replace symbols by dimensions (simultaneously) and re-normalise. Opaque quotients are
 * recomputed, so a stride division becomes a number once its operands are. Reports a division
 * that turned out inexact or by zero.
 */
export function dimSubst(d: Dim, lookup: (id: string) => Dim | undefined): DivResult {
  if (d.unknown) return { dim: d };
  let acc = dimConst(0);
  let error: DivResult["error"];
  for (const t of d.terms) {
    let term = make([{ mono: [], coef: t.coef, key: "" }]);
    for (const [x, e] of t.mono) {
      const q = quotients.get(x);
      let base: Dim;
      if (q) {
        const n = dimSubst(q.num, lookup);
        const m = dimSubst(q.den, lookup);
        const r = q.floor ? dimFloorDiv(n.dim, m.dim) : dimDiv(n.dim, m.dim);
        error ??= n.error ?? m.error ?? r.error;
        base = r.dim;
      } else base = lookup(x) ?? dimSym(x);
      // Only the total must be whole: (H + 1)/2 is stored as H/2 + 1/2.
      const p = dimPow(base, e);
      if (p.error === "zero") error ??= p.error;
      term = dimMul(term, p.dim);
    }
    acc = dimAdd(acc, term);
  }
  const c = constValue(acc);
  if (c !== undefined && !Number.isInteger(c)) error ??= "indivisible";
  return error ? { dim: acc, error } : { dim: acc };
}

/** Printed name of a symbol id: `B#12` and `B$7` print as `B`. */
export function symbolName(id: string): string {
  const m = /^[^#$]+/.exec(id);
  return m ? m[0] : id;
}

function printAtom(id: string): string {
  const q = quotients.get(id);
  if (!q) return symbolName(id);
  const wrap = (d: Dim) => (d.terms.length > 1 ? `(${printDim(d)})` : printDim(d));
  return `${wrap(q.num)}/${wrap(q.den)}`;
}

function printTerm(t: Term): { neg: boolean; text: string } {
  const neg = t.coef.n < 0;
  const num = Math.abs(t.coef.n);
  const up = t.mono.filter(([, e]) => e > 0).flatMap(([x, e]) => Array<string>(e).fill(printAtom(x)));
  const down = t.mono.filter(([, e]) => e < 0).flatMap(([x, e]) => Array<string>(-e).fill(printAtom(x)));
  if (t.coef.d !== 1) down.unshift(String(t.coef.d));
  const numer = up.length === 0 ? String(num) : num === 1 ? up.join("*") : `${num}*${up.join("*")}`;
  const text = down.length === 0 ? numer : `${numer}/${down.join("/")}`;
  return { neg, text };
}

function degree(t: Term): number {
  return t.mono.reduce((s, [, e]) => s + e, 0);
}

/** Human-readable form: `B`, `4*C`, `H - 2`, `d/heads`, `(H - 1)/2 + 1`. */
export function printDim(d: Dim): string {
  if (d.unknown) return "_";
  if (d.terms.length === 0) return "0";
  const ts = [...d.terms].sort((a, b) => degree(b) - degree(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let out = "";
  ts.forEach((t, i) => {
    const p = printTerm(t);
    if (i === 0) out = p.neg ? `-${p.text}` : p.text;
    else out += p.neg ? ` - ${p.text}` : ` + ${p.text}`;
  });
  return out;
}

/** `a - b` as a number when it is one: lets callers decide `B + 1 > B`. */
export function dimDifference(a: Dim, b: Dim): number | undefined {
  return constValue(dimSub(a, b));
}

/** Split `d` as `coef*v + rest` (rest free of v) when d is linear in the symbol v. */
export function linearIn(d: Dim, v: string): { coef: number; rest: Dim } | undefined {
  if (d.unknown) return undefined;
  let coef: number | undefined;
  const rest: Term[] = [];
  for (const t of d.terms) {
    if (!t.mono.some(([x]) => x === v)) {
      rest.push(t);
      continue;
    }
    if (t.mono.length !== 1 || t.mono[0][1] !== 1 || coef !== undefined) return undefined;
    coef = t.coef.n / t.coef.d;
  }
  return coef === undefined ? undefined : { coef, rest: make(rest) };
}
