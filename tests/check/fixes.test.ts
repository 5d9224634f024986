// Regressions from the checker review: deep expressions, call-site instantiation of generic
// fns, untyped fns, empty dimensions, message wording, train schedules, E0501 warnings.
import { describe, expect, test } from "vitest";
import { checkProgram } from "../../compiler/check/checker.ts";
import { createMemoryHost } from "../../compiler/modules/memory-host.ts";
import { loadProgram } from "../../compiler/modules/loader.ts";
import type { BinaryExpr, Expr, FnDecl } from "../../compiler/syntax/ast.ts";
import { check, show } from "./helpers.ts";

const chain = (n: number, op = "+") => `fn f(a: f32[B]) -> f32[B] { ${Array(n).fill("a").join(` ${op} `)} }
model M { input x: f32[B]
 output y = f(x) }
`;

describe("deep expressions", () => {
  test("a long flat operator chain is one E0004, not a crash", async () => {
    for (const n of [5000, 100_000]) {
      const c = await check(chain(n));
      expect(c.diagnostics.map((d) => [d.code, d.message]), show(c)).toEqual([["E0004", "expression nested too deeply (more than 256 levels)"]]);
      expect(c.models).toHaveLength(1);
    }
    for (const op of ["*", "&&", "@"]) expect((await check(chain(3000, op))).codes).toEqual(["E0004"]);
  });

  test("a chain just under the limit still checks", async () => {
    const c = await check(chain(200));
    expect(c.diagnostics, show(c)).toEqual([]);
    expect(c.models[0].outputs).toEqual([{ name: "y", dtype: "f32", shape: ["B"] }]);
  });

  test("a long chain of fns written callee-last does not exhaust the stack", async () => {
    const n = 3000;
    let src = `model M { input x: f32[B]\n output y = g${n}(x) }\n`;
    for (let i = n; i >= 1; i--) src += `fn g${i}(a: f32[B]) -> f32[B] { g${i - 1}(a) + a }\n`;
    src += "fn g0(a: f32[B]) -> f32[B] { a }\n";
    const c = await check(src);
    expect(c.diagnostics, show(c)).toEqual([]);
    expect(c.models[0].outputs).toEqual([{ name: "y", dtype: "f32", shape: ["B"] }]);
  });

  test("an internal error in a fn does not make its callers report recursion (E0506)", async () => {
    // Build an AST past any stack by hand (the parser would refuse it), to force an internal error.
    const host = createMemoryHost({ files: { "main.dl": "fn f(a: f32[B]) -> f32[B] { a }\nmodel M { input x: f32[B]\n output y = f(x)\n output z = f(x) }\n" }, stdlib: {} });
    const load = await loadProgram(["main.dl"], host);
    const fn = load.modules.get("main.dl")!.ast.decls[0] as FnDecl;
    const leaf = fn.body.result!;
    let e: Expr = leaf;
    for (let i = 0; i < 200_000; i++) e = { kind: "Binary", op: "+", opSpan: leaf.span, left: e, right: leaf, span: leaf.span } satisfies BinaryExpr;
    fn.body.result = e;
    const res = checkProgram(load);
    // One error, at the fn: the stack overflow is reported as the nesting limit (E1105); its two
    // uses stay quiet (no E0506, no bogus arity error).
    expect(res.diagnostics.map((d) => [d.code, d.span.start])).toEqual([["E1105", 0]]);
  });
});

describe("generic fns are checked again at the call site", () => {
  test("an axis out of range for the argument's rank is reported at the call", async () => {
    const c = await check(`use std.nn.softmax
model M {
  input x: f32[B, 10]
  output y = softmax(x, axis: 5)
  output z = softmax(x, axis: 1)
}`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0406"]);
    const d = c.errors[0];
    expect(c.text(d.span)).toBe("softmax(x, axis: 5)");
    expect(d.message).toBe("axis 5 is out of range for a rank-2 tensor");
    expect(d.primaryLabel).toBe("in `softmax(…)`");
    expect(d.labels[0].span.file).toBe("std/nn.dl");
    expect(c.text(d.labels[0].span)).toBe("axis");
    expect(c.models[0].outputs.map((o) => o.name)).toEqual(["z"]);
  });

  test("a user fn with an int parameter and a concrete shape", async () => {
    const c = await check(`fn first(a: f32[N, ..S], i: int) -> f32[..S] { a[i] }
model M {
  input x: f32[4, 3]
  output ok = first(x, 3)
  output bad = first(x, 4)
}`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0413"]);
    const bad = c.errors[0];
    expect(c.text(bad.span)).toBe("first(x, 4)");
    expect(bad.primaryLabel).toBe("in `first(…)`");
    expect(c.text(bad.labels[0].span)).toBe("i");
  });

  test("a generic fn with errors of its own is not reported again per call", async () => {
    const c = await check(`fn f(a: f32[..S], k: int) -> f32[..S] { a + undefined_name }
model M { input x: f32[B, 4]; output y = f(x, 1) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0201"]);
  });
});

describe("untyped fns", () => {
  test("an output computed through an untyped fn keeps its type", async () => {
    const c = await check(`fn pick(a) { a }
fn double(a: f32[..S]) { a * 2.0 }
model M {
  input x: f32[B, 4]
  output y = pick(x)
  output z = double(pick(x))
}`);
    expect(c.diagnostics, show(c)).toEqual([]);
    expect(c.models[0].outputs).toEqual([
      { name: "y", dtype: "f32", shape: ["B", 4] },
      { name: "z", dtype: "f32", shape: ["B", 4] },
    ]);
  });

  test("an output whose type cannot be known is reported, not dropped silently", async () => {
    const c = await check(`fn pick(a) { a }
model M {
  input x: f32[B, 4]
  output z = pick(pick) + x
  output w = pick(pick)
}`);
    const d = c.errors.find((e) => e.message.includes("`w`"));
    expect(d, show(c)).toBeDefined();
    expect(d!.code).toBe("E0414");
    expect(d!.message).toBe("the type of output `w` cannot be determined");
    expect(c.text(d!.span)).toBe("pick(pick)");
  });
});

describe("empty dimensions", () => {
  test("a zero or negative literal dimension in a type annotation is E0409", async () => {
    const c = await check(`model M {
  input x: f32[B, 0]
  input y: f32[B, 3 - 4]
  output z = y
}`);
    expect(c.errors.map((d) => [d.code, c.text(d.span), d.message]), show(c)).toEqual([
      ["E0409", "0", "a dimension must be at least 1, found 0"],
      ["E0409", "3 - 4", "a dimension must be at least 1, found -1"],
    ]);
  });

  test("Linear(4, 0) reports E0409 once", async () => {
    const c = await check(`use std.nn.Linear
model M {
  input x: f32[B, 4]
  l = Linear(4, 0)
  output y = l(x)
}`);
    expect(c.errors.map((d) => [d.code, c.text(d.span)]), show(c)).toEqual([["E0409", "Linear(4, 0)"]]);
  });
});

describe("wording", () => {
  test("layer constructors misused read well", async () => {
    const c = await check(`use std.nn.{Linear, relu}
fn f(x: f32[B, 4]) -> f32[B, 4] { Linear(4, 4)(x) }
model M {
  input x: f32[B, 4]
  a = relu(Linear)
  e = Linear + x
  output y = a + e
}`);
    expect(c.errors.map((d) => [d.code, d.message, d.hint]), show(c)).toEqual([
      ["E0203", "a function cannot create the layer instance `Linear(…)`", "declare a `layer` instead of a `fn`, and create the instance as one of its items"],
      ["E0203", "argument `x` of `relu` must be a tensor, found the layer constructor `Linear`", "`Linear` is a layer constructor; call it with its arguments first: `Linear(…)(x)`"],
      ["E0203", "`+` needs a tensor or a number, found the layer constructor `Linear`", "`Linear` is a layer constructor; call it with its arguments first: `Linear(…)(x)`"],
    ]);
  });
});

describe("train blocks", () => {
  test("an unknown pipeline schedule is E0806, not an unknown name", async () => {
    const c = await check(`model M { input x: f32[B, 4]; output y = x }
train M {
  loss = mean(y)
  pipeline = stages(2, schedule: interleaved)
}`);
    expect(c.errors.map((d) => [d.code, c.text(d.span), d.message]), show(c)).toEqual([
      ["E0806", "interleaved", "unknown pipeline schedule `interleaved`; expected `gpipe` or `1f1b`"],
    ]);
  });
});

describe("warnings", () => {
  test("a layer without a forward function gets E0501 but no W0001 on its parameters", async () => {
    const c = await check(`layer L(d: Dim) {
  param w: f32[d] = zeros()
}`);
    expect(c.codes, show(c)).toEqual(["E0501"]);
  });
});
