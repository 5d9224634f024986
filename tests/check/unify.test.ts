import { describe, expect, test } from "vitest";
import { broadcastShapes } from "../../compiler/check/broadcast.ts";
import { UNKNOWN_DIM, constValue, dimAdd, dimConst, dimMul, dimSym, printDim } from "../../compiler/check/dims.ts";
import { type Shape, printShape } from "../../compiler/check/types.ts";
import { Subst, Unifier } from "../../compiler/check/unify.ts";

const n = dimConst;
const s = dimSym;
const shape = (...dims: (number | string)[]): Shape => ({ dims: dims.map((d) => (typeof d === "number" ? n(d) : s(d))) });
const vari = (rest: string, ...dims: (number | string)[]): Shape => ({ rest: { kind: "var", id: rest }, dims: shape(...dims).dims });

function unify(p: Shape, a: Shape) {
  const sub = new Subst();
  const u = new Unifier(sub);
  const f = u.shape(p, a, 0) ?? u.finish();
  return { f, sub };
}

describe("unification", () => {
  test("binds a variable and a variadic: [..N$1, 784] against [B, 784]", () => {
    const { f, sub } = unify(vari("N$1", 784), shape("B", 784));
    expect(f).toBeUndefined();
    expect(printShape(sub.shape(vari("N$1", 300)))).toBe("[B, 300]");
  });
  test("variadic binds to nothing and to several dims", () => {
    expect(printShape(unify(vari("N$1", 4), shape(4)).sub.shape(vari("N$1", 2)))).toBe("[2]");
    expect(printShape(unify(vari("N$1", 4), shape("B", "T", 4)).sub.shape(vari("N$1")))).toBe("[B, T]");
  });
  test("dimension mismatch is E0403, rank mismatch E0402", () => {
    expect(unify(vari("N$1", 784), shape("B", 200)).f?.code).toBe("E0403");
    expect(unify(shape("B$1", 3), shape(3)).f?.code).toBe("E0402");
    expect(unify(vari("N$1", 3, 4), shape(4)).f?.code).toBe("E0402");
  });
  test("the same variable must agree across positions", () => {
    expect(unify(shape("K$1", "K$1"), shape(3, 3)).f).toBeUndefined();
    expect(unify(shape("K$1", "K$1"), shape(3, 4)).f?.code).toBe("E0403");
  });
  test("solves linear patterns: K + 2 = 7 gives K = 5", () => {
    const { f, sub } = unify({ dims: [dimAdd(s("K$1"), n(2))] }, shape(7));
    expect(f).toBeUndefined();
    expect(constValue(sub.dim(s("K$1")))).toBe(5);
  });
  test("a pattern with two unknowns waits for the other arguments", () => {
    const sub = new Subst();
    const u = new Unifier(sub);
    expect(u.shape({ dims: [dimMul(s("A$1"), s("B$1"))] }, shape(12), 0)).toBeUndefined();
    expect(u.shape(shape("A$1"), shape(3), 1)).toBeUndefined();
    expect(u.finish()).toBeUndefined();
    expect(constValue(sub.dim(s("B$1")))).toBe(4);
  });
  test("rigid dims only match themselves; unknown matches anything", () => {
    expect(unify(shape("B"), shape("B")).f).toBeUndefined();
    expect(unify(shape("B"), shape("C")).f?.code).toBe("E0403");
    expect(unify(shape("B"), { dims: [UNKNOWN_DIM] }).f).toBeUndefined();
    expect(unify(shape("B", 3), { rest: { kind: "unknown" }, dims: [] }).f).toBeUndefined();
  });
  test("a variadic in the middle: [N, c, ..S] against [B, 16, 32, 32]", () => {
    const p: Shape = { lead: [s("N$1"), n(16)], rest: { kind: "var", id: "S$1" }, dims: [] };
    const { f, sub } = unify(p, shape("B", 16, 32, 32));
    expect(f).toBeUndefined();
    expect(printShape(sub.shape(p))).toBe("[B, 16, 32, 32]");
    expect(unify(p, shape("B", 8, 32, 32)).f?.code).toBe("E0403");
  });
  test("a rigid variadic only matches itself", () => {
    expect(unify(vari("S#1", 4), vari("S#1", 4)).f).toBeUndefined();
    expect(unify(vari("S#1", 4), shape(2, 4)).f?.code).toBe("E0402");
    expect(unify(shape(2, 4), vari("S#1", 4)).f?.code).toBe("E0402");
  });
});

describe("broadcasting", () => {
  const b = (x: Shape, y: Shape) => {
    const r = broadcastShapes(x, y);
    return "error" in r ? `error: ${r.error}` : printShape(r.shape);
  };
  test("numpy rules with literal 1", () => {
    expect(b(shape("B", 300), shape(300))).toBe("[B, 300]");
    expect(b(shape("B", 1, 4), shape(3, 1))).toBe("[B, 3, 4]");
    expect(b(shape(), shape("B", 3))).toBe("[B, 3]");
  });
  test("symbolic dims broadcast only when provably equal", () => {
    expect(b(shape("B", 3), shape("B", 3))).toBe("[B, 3]");
    expect(b({ dims: [dimMul(s("C"), n(4))] }, { dims: [dimMul(n(4), s("C"))] })).toBe("[4*C]");
    expect(b(shape("B", 3), shape("C", 3))).toMatch(/^error: dimension B does not broadcast with C/);
    expect(b(shape(2, 3), shape(4, 3))).toMatch(/^error/);
  });
  test("variadics", () => {
    expect(b(vari("N", 300), shape(300))).toBe("[..N, 300]");
    expect(b(vari("N", 300), vari("N", 300))).toBe("[..N, 300]");
    expect(b(vari("N", 300), vari("M", 300))).toMatch(/^error/);
    expect(b(vari("N", 300), shape("T", 300))).toMatch(/^error/);
    expect(b({ rest: { kind: "unknown" }, dims: [] }, shape("B", 3))).toBe("[.., B, 3]");
    expect(b({ rest: { kind: "unknown" }, dims: [n(3)] }, vari("N", "B", 3))).toBe("[.., 3]");
  });
  test("unknown dims are compatible", () => {
    expect(b({ dims: [UNKNOWN_DIM, n(3)] }, shape("B", 3))).toBe("[_, 3]");
    expect(printDim(UNKNOWN_DIM)).toBe("_");
  });
});
