import { describe, expect, test } from "vitest";
import {
  UNKNOWN_DIM,
  constValue,
  dimAdd,
  dimConst,
  dimDiv,
  dimEq,
  dimFloorDiv,
  dimMul,
  dimSub,
  dimSubst,
  dimSym,
  hasSymbols,
  linearIn,
  printDim,
} from "../../compiler/check/dims.ts";

const n = dimConst;
const s = dimSym;

describe("canonical form", () => {
  test("products commute: C*4 == 4*C", () => {
    expect(dimEq(dimMul(s("C"), n(4)), dimMul(n(4), s("C")))).toBe(true);
    expect(printDim(dimMul(s("C"), n(4)))).toBe("4*C");
  });
  test("constants fold: H + 2*1 - 5 + 1 == H - 2", () => {
    const d = dimAdd(dimSub(dimAdd(s("H"), dimMul(n(2), n(1))), n(5)), n(1));
    expect(dimEq(d, dimSub(s("H"), n(2)))).toBe(true);
    expect(printDim(d)).toBe("H - 2");
  });
  test("heads * (d / heads) == d", () => {
    const q = dimDiv(s("d"), s("heads"));
    expect(q.error).toBeUndefined();
    expect(printDim(q.dim)).toBe("d/heads");
    expect(dimEq(dimMul(s("heads"), q.dim), s("d"))).toBe(true);
  });
  test("sums are order-independent and like terms merge", () => {
    expect(dimEq(dimAdd(s("A"), s("B")), dimAdd(s("B"), s("A")))).toBe(true);
    expect(printDim(dimAdd(s("A"), s("A")))).toBe("2*A");
    expect(printDim(dimSub(s("A"), s("A")))).toBe("0");
  });
  test("distribution: (B + 1) * 2 == 2*B + 2", () => {
    expect(dimEq(dimMul(dimAdd(s("B"), n(1)), n(2)), dimAdd(dimMul(n(2), s("B")), n(2)))).toBe(true);
  });
  test("different symbols are different", () => {
    expect(dimEq(s("B"), s("C"))).toBe(false);
    expect(dimEq(s("B#1"), s("B#2"))).toBe(false);
    expect(printDim(s("B#1"))).toBe("B");
  });
  test("printing of products and quotients", () => {
    expect(printDim(dimMul(dimMul(s("B"), s("T")), s("d")))).toBe("B*T*d");
    expect(printDim(dimDiv(s("H"), n(2)).dim)).toBe("H/2");
    expect(printDim(dimSub(n(3), s("H")))).toBe("-H + 3");
  });
});

describe("division", () => {
  test("constant division checks divisibility", () => {
    expect(constValue(dimDiv(n(256), n(8)).dim)).toBe(32);
    expect(dimDiv(n(27), n(2)).error).toBe("indivisible");
    expect(dimDiv(n(256), n(3)).error).toBe("indivisible");
    expect(dimDiv(n(4), n(0)).error).toBe("zero");
  });
  test("symbolic division is assumed exact and re-checked on substitution", () => {
    const half = dimDiv(s("H"), n(2));
    expect(half.error).toBeUndefined();
    expect(dimSubst(half.dim, (id) => (id === "H" ? n(28) : undefined))).toEqual({ dim: n(14) });
    expect(dimSubst(half.dim, (id) => (id === "H" ? n(27) : undefined)).error).toBe("indivisible");
  });
  test("d/heads with d = 256, heads = 3 is indivisible on substitution", () => {
    const hd = dimDiv(s("d"), s("heads")).dim;
    const r = dimSubst(hd, (id) => ({ d: n(256), heads: n(3) })[id]);
    expect(r.error).toBe("indivisible");
    const ok = dimSubst(hd, (id) => ({ d: n(256), heads: n(8) })[id]);
    expect(ok).toEqual({ dim: n(32) });
  });
  test("floor division: exact, constant, and opaque", () => {
    expect(constValue(dimFloorDiv(n(27), n(2)).dim)).toBe(13);
    expect(printDim(dimFloorDiv(dimMul(n(2), s("H")), n(2)).dim)).toBe("H");
    expect(printDim(dimFloorDiv(dimAdd(dimMul(n(2), s("H")), n(3)), n(2)).dim)).toBe("H + 1");
    const opaque = dimFloorDiv(dimSub(s("H"), n(1)), n(2)).dim;
    expect(printDim(opaque)).toBe("(H - 1)/2");
    // Opaque quotients compare equal when built the same way, and evaluate on substitution.
    expect(dimEq(opaque, dimFloorDiv(dimSub(s("H"), n(1)), n(2)).dim)).toBe(true);
    expect(constValue(dimSubst(dimAdd(opaque, n(1)), (id) => (id === "H" ? n(32) : undefined)).dim)).toBe(16);
  });
});

describe("helpers", () => {
  test("unknown absorbs arithmetic", () => {
    expect(dimAdd(UNKNOWN_DIM, n(1)).unknown).toBe(true);
    expect(dimMul(s("B"), UNKNOWN_DIM).unknown).toBe(true);
  });
  test("hasSymbols and linearIn", () => {
    expect(hasSymbols(n(3))).toBe(false);
    expect(hasSymbols(dimAdd(s("B"), n(3)))).toBe(true);
    const lin = linearIn(dimAdd(dimMul(n(2), s("K$1")), n(3)), "K$1");
    expect(lin?.coef).toBe(2);
    expect(constValue(lin!.rest)).toBe(3);
    expect(linearIn(dimMul(s("K$1"), s("K$1")), "K$1")).toBeUndefined();
  });
});
