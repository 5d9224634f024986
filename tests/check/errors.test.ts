// Diagnostics people read: codes, where they point, labels that say why, hints.
import { describe, expect, test } from "vitest";
import { check, show } from "./helpers.ts";

describe("mismatches at call sites", () => {
  test("a dimension mismatch points at the argument, labels the layer's declared type", async () => {
    const c = await check(`use std.nn.{Linear, relu}
model M {
  input x: f32[B, 784]
  h1 = Linear(784, 200)
  h2 = Linear(300, 10)
  output y = h2(relu(h1(x)))
}`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0403"]);
    const d = c.errors[0];
    expect(c.text(d.span)).toBe("relu(h1(x))");
    expect(d.primaryLabel).toBe("expected f32[B, 300], found f32[B, 200]");
    expect(d.message).toBe("dimension mismatch in argument `x` of `Linear(300, 10)`");
    const decl = d.labels[0];
    expect(decl.span.file).toBe("std/nn.dl");
    expect(c.text(decl.span)).toBe("f32[..N, in]");
    expect(decl.message).toMatch(/^`Linear\(300, 10\)` takes f32\[\.\.N, 300\], declared at std\/nn\.dl:\d+:\d+$/);
    // The found type's origin: relu passes its argument's type through, so the 200 comes from
    // the constructor call `Linear(784, 200)` on line 4, column 8.
    expect(d.labels).toHaveLength(2);
    expect(c.text(d.labels[1].span)).toBe("Linear(784, 200)");
    expect(d.labels[1].message).toBe("`Linear(784, 200)` returns f32[B, 200], declared at 4:8");
  });

  test("the origin of a result follows dimensions through pass-through generic functions", async () => {
    const c = await check(`use std.nn.{Linear, relu, gelu}
fn twice(a: f32[..S]) -> f32[..S] { gelu(relu(a)) }
model Bad {
  input x: f32[B, 784]
  h1 = Linear(784, 300)
  h2 = Linear(200, 10)
  output z = h2(twice(relu(h1(x))))
}`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0403"]);
    const d = c.errors[0];
    expect(d.primaryLabel).toBe("expected f32[B, 200], found f32[B, 300]");
    expect(d.labels.map((l) => [c.text(l.span), l.message])).toEqual([
      ["f32[..N, in]", expect.stringMatching(/^`Linear\(200, 10\)` takes f32\[\.\.N, 200\], declared at std\/nn\.dl:\d+:\d+$/)],
      ["Linear(784, 300)", "`Linear(784, 300)` returns f32[B, 300], declared at 5:8"],
    ]);
  });

  test("a function that changes the shape is still the origin of its result", async () => {
    const c = await check(`use std.nn.Linear
fn widen(a: f32[B, N]) -> f32[B, N * 2] { concat([a, a], axis: 1) }
model Bad {
  input x: f32[B, 100]
  h2 = Linear(100, 10)
  output z = h2(widen(x))
}`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0403"]);
    expect(c.errors[0].labels.map((l) => [c.text(l.span), l.message])[1]).toEqual(["f32[B, N * 2]", "`widen` returns f32[B, 2*N], declared at 2:27"]);
  });

  test("a rank mismatch is E0402", async () => {
    const c = await check(`use std.nn.Linear
model M {
  input x: f32[784]
  l = Linear(784, 10)
  output y = l(x)
}
fn f(x: f32[B, T]) -> f32[B, T] { x }
fn g(x: f32[B]) -> f32[B] { f(x) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0402"]);
    expect(c.text(c.errors[0].span)).toBe("x");
    expect(c.errors[0].primaryLabel).toBe("expected f32[B, T], found f32[B]");
  });

  test("a dtype mismatch is E0401 with the declared parameter type labelled in the same file", async () => {
    const c = await check(`fn f(x: f32[B]) -> f32[B] { x }
fn g(y: i32[N]) -> f32[N] { f(y) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0401"]);
    const d = c.errors[0];
    expect(c.text(d.span)).toBe("y");
    expect(d.primaryLabel).toBe("expected f32[B], found i32[N]");
    expect(d.labels[0].message).toBe("`f` takes f32[B], declared at 1:9");
  });

  test("generic bodies report in symbolic terms", async () => {
    const c = await check(`fn f(x: f32[B, K], w: f32[N, M]) -> f32[B, M] { x @ w }`);
    expect(c.errors.map((d) => d.code)).toEqual(["E0408"]);
    expect(c.errors[0].message).toBe("matrix product inner dimensions differ: K vs N");
    expect(c.text(c.errors[0].span)).toBe("@");
  });

  test("the same dim name must agree across arguments", async () => {
    const c = await check(`fn add(a: f32[B, D], b: f32[B, D]) -> f32[B, D] { a + b }
fn g(x: f32[N, 3], y: f32[N, 4]) -> f32[N, 3] { add(x, y) }`);
    expect(c.errors.map((d) => d.code)).toEqual(["E0403"]);
    expect(c.text(c.errors[0].span)).toBe("y");
    expect(c.errors[0].primaryLabel).toBe("expected f32[N, 3], found f32[N, 4]");
  });

  test("no cascades: one error, however far its value flows", async () => {
    const c = await check(`fn f(x: f32[B, 3], y: f32[B, 4]) -> f32[B, 3] {
  a = x + y
  b = a * 2.0 + a
  c = sum(b, axis: 1) + a
  c
}`);
    expect(c.errors.map((d) => d.code)).toEqual(["E0404"]);
  });
});

describe("divisibility", () => {
  test("MultiHeadAttention(256, 3) reports E0405 at the call, with a label inside the layer", async () => {
    const c = await check(`use std.nn.MultiHeadAttention
model M {
  input x: f32[B, 16, 256]
  attn = MultiHeadAttention(256, 3)
  output y = attn(x)
}`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0405"]);
    const d = c.errors[0];
    expect(c.text(d.span)).toBe("MultiHeadAttention(256, 3)");
    expect(d.message).toBe("256 is not divisible by 3");
    expect(d.labels[0].span.file).toBe("std/nn.dl");
    expect(c.text(d.labels[0].span)).toBe("d / heads");
  });
  test("MultiHeadAttention(256, 8) is fine; a nested bad instantiation reports at the outer call", async () => {
    const ok = await check(`use std.nn.MultiHeadAttention
model M { input x: f32[B, 16, 256]; attn = MultiHeadAttention(256, 8); output y = attn(x) }`);
    expect(ok.errors, show(ok)).toEqual([]);
    const c = await check(`use std.nn.TransformerBlock
model M { input x: f32[B, 16, 100]; blk = TransformerBlock(100, 3, 64); output y = blk(x) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0405"]);
    expect(c.text(c.errors[0].span)).toBe("TransformerBlock(100, 3, 64)");
    expect(c.errors[0].labels.map((l) => c.text(l.span))).toContain("d / heads");
  });
  test("H/2 with H = 27 in a type is E0405; constant folding of d / heads", async () => {
    const c = await check(`fn half(x: f32[H]) -> f32[H / 2] { reshape(x, [H / 2, 2])[:, 0] }
model M { input x: f32[27]; output y = half(x) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0405"]);
    expect(c.text(c.errors[0].span)).toBe("half(x)");
  });
});

describe("names", () => {
  test("unknown name with did-you-mean", async () => {
    const c = await check(`use std.nn.relu
fn f(x: f32[B]) -> f32[B] { rleu(x) }`);
    expect(c.errors.map((d) => d.code)).toEqual(["E0201"]);
    expect(c.text(c.errors[0].span)).toBe("rleu");
    expect(c.errors[0].hint).toBe("did you mean `relu`?");
  });
  test("a name that is in a loaded std module but not imported", async () => {
    const c = await check(`use std.nn.relu
fn f(x: f32[B]) -> f32[B] { gelu(relu(x)) }`);
    expect(c.errors.map((d) => d.code)).toEqual(["E0201"]);
    expect(c.errors[0].hint).toBe("`gelu` is in std.nn: add `use std.nn.gelu`");
  });
  test("local did-you-mean, unknown type and unknown dim", async () => {
    const c = await check(`fn f(input_x: f32[B]) -> f32[B] { inptu_x }
fn g(x: f23[B]) -> f32[B] { x }
fn h(x: f32[B]) -> f32[C] { x }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0201", "E0204", "E0205"]);
    expect(c.errors[0].hint).toBe("did you mean `input_x`?");
    expect(c.errors[1].hint).toBe("did you mean `f32`?");
    expect(c.text(c.errors[2].span)).toBe("C");
  });
  test("E0202 duplicates; E0105 / E0106 imports", async () => {
    const c = await check(`use std.nn.{relu, Linera}
use std.nn.relu
fn f(x: f32[B]) -> f32[B] { a = x; a = x; relu(a) }
fn f(x: f32[B]) -> f32[B] { x }`);
    expect(c.codes.filter((x) => x.startsWith("E")), show(c)).toEqual(["E0105", "E0106", "E0202", "E0202"]);
    expect(c.errors[0].hint).toBe("did you mean `Linear`?");
  });
  test("E0203 wrong kind: calling a tensor, a layer used as a tensor, a constructor applied to a tensor", async () => {
    const c = await check(`use std.nn.Linear
model M {
  input x: f32[B, 4]
  l = Linear(4, 4)
  a = x(1)
  b = l + x
  output c = Linear(x)
}`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0203", "E0203", "E0203"]);
    expect(c.text(c.errors[0].span)).toBe("x");
    expect(c.text(c.errors[1].span)).toBe("l");
    expect(c.errors[2].hint).toBe("create an instance, then apply it: `Linear(in, out)(x)`");
  });
  test("recursion is E0506", async () => {
    const c = await check(`fn f(x: f32[B]) -> f32[B] { g(x) }
fn g(x: f32[B]) -> f32[B] { f(x) }
layer L(d: Dim) { inner = L(d); fn (x: f32[d]) -> f32[d] { inner(x) } }
model M { input x: f32[4]; l = L(4); output y = l(x) }`);
    expect(c.codes.filter((x) => x === "E0506").length, show(c)).toBeGreaterThanOrEqual(2);
    expect(c.errors.every((d) => d.code === "E0506"), show(c)).toBe(true);
  });
});

describe("no cascades from failed imports", () => {
  test("names from a missing file or a misspelt import are not reported again", async () => {
    const c = await check(`use "./missing.dl".{Block}
use std.nn.{Linera}
model M { input x: f32[B, 4]; b = Block(4); l = Linera(4, 4); output y = l(b(x)) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0101", "E0105"]);
  });
});

describe("instances in messages", () => {
  test("a too-small input is E0409 at the call, naming the instance as written", async () => {
    const c = await check(`use std.nn.Conv2d
model M { input x: f32[B, 1, 4, 4]; conv = Conv2d(1, 6, 5); output y = conv(x) }`);
    expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0409"]);
    expect(c.text(c.errors[0].span)).toBe("conv(x)");
    expect(c.errors[0].message).toBe("`Conv2d(1, 6, 5)` would give f32[B, 6, 0, 0]: a dimension of 0");
    expect(c.errors[0].labels[0].message).toMatch(/^the result is f32\[N, 6, H - 4, W - 4\], computed at std\/nn\.dl:\d+:\d+$/);
  });
});

describe("warnings", () => {
  test("W0001 for unused bindings, instances and parameters; `_` names exempt", async () => {
    const c = await check(`use std.nn.Linear
fn f(x: f32[B], unused: f32[B], _quiet: f32[B]) -> f32[B] { t = x * 2.0; x }
model M {
  input x: f32[B, 4]
  spare = Linear(4, 4)
  l = Linear(4, 2)
  output y = l(x)
}`);
    expect(c.errors, show(c)).toEqual([]);
    expect(c.warnings.map((d) => `${d.code} ${c.text(d.span)}`).sort()).toEqual(["W0001 spare", "W0001 t", "W0001 unused"]);
    expect(c.warnings.find((d) => c.text(d.span) === "spare")!.message).toBe("layer instance `spare` is never used");
  });
  test("W0002 for unused imports; no warnings from the stdlib", async () => {
    const c = await check(`use std.nn.{relu, gelu as g}
fn f(x: f32[B]) -> f32[B] { relu(x) }`);
    expect(c.warnings.map((d) => `${d.code} ${c.text(d.span)}`)).toEqual(["W0002 g"]);
  });
});
