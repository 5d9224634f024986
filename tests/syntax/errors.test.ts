import { describe, expect, it } from "vitest";
import { p } from "./helpers.ts";

function errs(src: string): [string, number, number, string][] {
  return p(src).diagnostics.map((d) => [d.code, d.span.start, d.span.end, d.message]);
}

describe("syntax error messages", () => {
  it("says what was expected and what was found, on the offending token", () => {
    expect(errs("model M { input x: f32[B; output y = x }")).toEqual([["E0004", 24, 25, "expected `]`, found `;`"]]);
    expect(errs("x = f(a = 3)")).toEqual([["E0004", 8, 9, "expected `)`, found `=`"]]);
    expect(errs("x = }")).toEqual([["E0004", 4, 5, "expected an expression, found `}`"]]);
    expect(errs("layer L { param w f32[3] = zeros() }")).toEqual([["E0004", 18, 21, "expected `:`, found identifier `f32`"]]);
  });

  it("gives a hint where the fix is clear", () => {
    expect(p("x = f(a = 3)").diagnostics[0].hint).toBe("named arguments are written `name: value`");
    expect(p("input x: f32").diagnostics[0].message).toMatch(/^expected a declaration .*found `input`$/);
    expect(p("model M { input output: f32 }").diagnostics[0].hint).toContain("keyword");
  });

  it("reports a missing token at end of file as a zero-width span at the end", () => {
    const src = "x = (1 + 2";
    const d = p(src).diagnostics;
    expect(d.map((x) => [x.code, x.span.start, x.span.end, x.message])).toEqual([
      ["E0004", src.length, src.length, "expected `)`, found end of file"],
    ]);
    // The label at the `(` says what the end-of-file hint used to.
    expect(d[0].labels.map((l) => [l.span.start, l.span.end, l.message])).toEqual([[4, 5, "unclosed `(` opened here"]]);
    expect(d[0].hint).toBeUndefined();
    const src2 = "layer L { param w: f32[3] = zeros()\n";
    expect(errs(src2)).toEqual([["E0004", src2.length, src2.length, "expected `}`, found end of file"]]);
  });

  it("labels the bracket left open where a closing one is missing", () => {
    const labels = (src: string) => p(src).diagnostics.map((d) => [d.message, d.labels.map((l) => [src.slice(l.span.start, l.span.end), l.span.start, l.message])]);
    expect(labels("model M {\n  output y = (x\n}")).toEqual([["expected `)`, found `}`", [["(", 23, "unclosed `(` opened here"]]]]);
    expect(labels("model M {\n  output y = x[0\n  output z = x\n}")).toEqual([["expected `]`, found `output`", [["[", 24, "unclosed `[` opened here"]]]]);
    expect(labels("model M {\n  output y = x\n")).toEqual([["expected `}`, found end of file", [["{", 8, "unclosed `{` opened here"]]]]);
    // The innermost open bracket of the kind expected, not an outer one or one already closed.
    expect(labels("x = f((1), [2], (3\n")).toEqual([["expected `)`, found end of file", [["(", 16, "unclosed `(` opened here"]]]]);
    // A wrong token on the bracket's own line is not about the bracket.
    expect(labels("x = f(a = 3)")).toEqual([["expected `)`, found `=`", []]]);
  });

  it("reports a stray token at the top level", () => {
    expect(errs("}")).toEqual([
      ["E0004", 0, 1, "expected a declaration (`use`, `fn`, `layer`, `model`, `wired`, `train` or `name = value`), found `}`"],
    ]);
  });

  it("requires a name on a top-level fn and none on a layer's forward fn", () => {
    expect(errs("fn (x) { x }")).toEqual([["E0004", 3, 4, "expected a function name, found `(`"]]);
    expect(errs("layer L { fn f(x) { x } }")).toEqual([["E0004", 13, 14, "expected `(`, found identifier `f`"]]);
  });

  it("requires an item after a one-segment use", () => {
    const d = p("use std").diagnostics;
    expect(d.map((x) => [x.code, x.span.start])).toEqual([["E0004", 7]]);
    expect(d[0].hint).toContain("use std.nn.{Linear, relu}");
  });
});

describe("error recovery", () => {
  it("reports two separate mistakes in one run, and keeps the good declarations", () => {
    const src = `model A {
  input x: f32[B, 4]
  h = Linear(4, 4)(x
  output y = h
}

fn ok(x: f32) -> f32 { x }

layer L {
  param w: f32[3] = = zeros()
  fn (x: f32) -> f32 { x }
}

model C { input x: f32[B]; output y = x }
`;
    const r = p(src);
    expect(r.diagnostics.map((d) => [d.code, src.slice(d.span.start, d.span.end), d.message])).toEqual([
      ["E0004", "output", "expected `)`, found `output`"],
      ["E0004", "=", "expected an expression, found `=`"],
    ]);
    expect(r.program.decls.map((d) => d.kind)).toEqual(["Model", "Fn", "Layer", "Model"]);
  });

  it("resumes after a stray top-level token at the next declaration", () => {
    const r = p("x = a b c\ny = 2 +\nlayer L { fn (x: f32) { x } }\nz = )");
    // `b` can start a declaration (`b = ...`), so the first complaint is at `c`.
    expect(r.diagnostics.map((d) => [d.span.start, d.message])).toEqual([
      [8, "expected `=`, found identifier `c`"],
      [18, "expected an expression, found `layer`"],
      [52, "expected an expression, found `)`"],
    ]);
    expect(r.program.decls.map((d) => (d.kind === "Const" ? d.name.name : d.kind))).toEqual(["x", "b", "y", "Layer"]);
  });

  it("reports an error once, not once per enclosing rule or for its echo", () => {
    expect(errs("layer L(d: Dim) { ln = LayerNorm(d d) }")).toEqual([["E0004", 35, 36, "expected `)`, found identifier `d`"]]);
    expect(errs("x = $ + 1")).toEqual([["E0001", 4, 5, "invalid character `$`"]]);
  });

  it("keeps lexical errors alongside syntax errors", () => {
    const d = p('x = "abc\ny = 1 +\nz = 99999999999999999999').diagnostics;
    expect(d.map((x) => x.code)).toEqual(["E0002", "E0004", "E0005"]);
  });

  it("reports an unterminated comment without further errors", () => {
    expect(errs("x = 1\n/* y = 2")).toEqual([["E0003", 6, 8, "unterminated block comment"]]);
  });

  it("drops only the broken items of a declaration", () => {
    const r = p("model M {\n  input x: f32[B]\n  h = \n  output y = x\n}");
    expect(r.diagnostics).toHaveLength(1);
    const m = r.program.decls[0];
    expect(m.kind).toBe("Model");
    if (m.kind !== "Model") return;
    expect(m.items.map((i) => i.kind)).toEqual(["Input", "Output"]);
  });
});
