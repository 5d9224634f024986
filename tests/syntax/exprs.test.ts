import { describe, expect, it } from "vitest";
import type * as A from "../../compiler/syntax/ast.ts";
import { decls, exprOf, p, textOf } from "./helpers.ts";

describe("precedence and associativity", () => {
  it("`@` binds like `*`, tighter than `+`", () => {
    expect(exprOf("a + b * c @ d")).toBe("(+ a (@ (* b c) d))");
  });

  it("`**` binds tighter than a unary minus on its left, and is right-associative", () => {
    expect(exprOf("-x ** 2")).toBe("(- (** x 2))");
    expect(exprOf("a ** b ** c")).toBe("(** a (** b c))");
    expect(exprOf("2 ** -x")).toBe("(** 2 (- x))");
    expect(exprOf("a * b ** c")).toBe("(* a (** b c))");
  });

  it("left-associates + - * / %", () => {
    expect(exprOf("a - b - c")).toBe("(- (- a b) c)");
    expect(exprOf("a / b * c % d")).toBe("(% (* (/ a b) c) d)");
  });

  it("orders || below && below comparison below arithmetic", () => {
    expect(exprOf("a || b && c == d + 1")).toBe("(|| a (&& b (== c (+ d 1))))");
    expect(exprOf("!a && b")).toBe("(&& (! a) b)");
    expect(exprOf("a < b && b <= c || d != e")).toBe("(|| (&& (< a b) (<= b c)) (!= d e))");
  });

  it("parentheses override precedence", () => {
    expect(exprOf("(a + b) * c")).toBe("(* (+ a b) c)");
    expect(exprOf("-(x ** 2)")).toBe("(- (** x 2))");
    expect(exprOf("(-x) ** 2")).toBe("(** (- x) 2)");
  });

  it("comparison is non-associative", () => {
    for (const src of ["x = a < b < c", "x = a == b != c", "x = a < b + 1 > c"]) {
      const r = p(src);
      expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([["E0004", "comparison operators cannot be chained"]]);
    }
    const r = p("x = a < b < c");
    expect(r.diagnostics[0].span).toMatchObject({ start: 10, end: 11 });
    expect(p("x = (a < b) < c").diagnostics).toEqual([]);
  });
});

describe("postfix and primary expressions", () => {
  it("reads calls with positional, named and trailing-comma arguments", () => {
    expect(exprOf("f(x, axis: -1,)")).toBe("(call f x axis:(- 1))");
    expect(exprOf("Linear(784, 300)(x)")).toBe("(call (call Linear 784 300) x)");
    expect(exprOf("f()")).toBe("(call f)");
  });

  it("reads indexing, slices and member access left to right", () => {
    expect(exprOf("x[0, 1:2, ::2, :, 1:]")).toBe("(index x 0 (slice 1 2 _) (slice _ _ 2) (slice _ _ _) (slice 1 _ _))");
    expect(exprOf("a.b(c)[0].d")).toBe("(. (index (call (. a b) c) 0) d)");
    expect(exprOf("x[:n-1]")).toBe("(index x (slice _ (- n 1) _))");
  });

  it("reads lists, literals and `1f1b`", () => {
    expect(exprOf("[B, T, heads, d / heads,]")).toBe("[B T heads (/ d heads)]");
    expect(exprOf("[]")).toBe("[]");
    expect(exprOf('f(true, false, "s\\n", 2.5, 3, 1f1b, 512 KiB)')).toBe(
      `(call f true false "s\\n" 2.5 3 1f1b ${512 * 1024}B)`,
    );
  });

  it("marks floats by their spelling, not their value", () => {
    const values = (decls("x = f(3, 3.0, 1e2, 1E-3)")[0] as A.ConstDecl).value as A.CallExpr;
    expect(values.args.map((a) => [(a.value as A.NumberLit).value, (a.value as A.NumberLit).isFloat])).toEqual([
      [3, false],
      [3, true],
      [100, true],
      [0.001, true],
    ]);
  });

  it("reads `repeat` with a call as its count", () => {
    expect(exprOf("repeat n(2) { Block(d) }")).toBe("(repeat (call n 2) (call Block d))");
  });
});

describe("expression spans", () => {
  const src = "x = -a.b(c, k: 1)[0] ** 2 + (d)";
  const value = (decls(src)[0] as A.ConstDecl).value as A.BinaryExpr;

  it("covers exactly the source of each node", () => {
    expect(textOf(src, value.span)).toBe("-a.b(c, k: 1)[0] ** 2 + (d)");
    expect(textOf(src, value.opSpan)).toBe("+");
    const neg = value.left as A.UnaryExpr;
    expect(textOf(src, neg.span)).toBe("-a.b(c, k: 1)[0] ** 2");
    const pow = neg.operand as A.BinaryExpr;
    expect(textOf(src, pow.span)).toBe("a.b(c, k: 1)[0] ** 2");
    const index = pow.left as A.IndexExpr;
    expect(textOf(src, index.span)).toBe("a.b(c, k: 1)[0]");
    const call = index.target as A.CallExpr;
    expect(textOf(src, call.span)).toBe("a.b(c, k: 1)");
    expect(textOf(src, call.argsSpan)).toBe("(c, k: 1)");
    expect(textOf(src, call.args[1].span)).toBe("k: 1");
    expect(textOf(src, call.args[1].name!.span)).toBe("k");
    const member = call.callee as A.MemberExpr;
    expect(textOf(src, member.span)).toBe("a.b");
    expect(textOf(src, member.name.span)).toBe("b");
    expect(textOf(src, value.right.span)).toBe("(d)");
  });

  it("uses UTF-16 offsets after non-ASCII text in comments and strings", () => {
    const s = '/* ünïcødé 🎉 */ x = f("é", y)';
    const call = (decls(s)[0] as A.ConstDecl).value as A.CallExpr;
    expect(textOf(s, call.args[1].value.span)).toBe("y");
    expect(textOf(s, call.args[0].value.span)).toBe('"é"');
  });
});
