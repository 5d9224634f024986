import { describe, expect, it } from "vitest";
import type * as A from "../../compiler/syntax/ast.ts";
import { decls, sx, textOf, typeSx } from "./helpers.ts";

function one<K extends A.Decl["kind"]>(src: string, kind: K): Extract<A.Decl, { kind: K }> {
  const d = decls(src);
  expect(d).toHaveLength(1);
  expect(d[0].kind).toBe(kind);
  return d[0] as Extract<A.Decl, { kind: K }>;
}

describe("use declarations", () => {
  it("`use a.b.Name` imports the last name from the module before it", () => {
    const u = one("use std.nn.Linear", "Use");
    expect(u.source.kind).toBe("module");
    if (u.source.kind !== "module") return;
    expect(u.source.segments.map((s) => s.name)).toEqual(["std", "nn"]);
    expect(u.items.map((i) => i.name.name)).toEqual(["Linear"]);
    expect(u.glob).toBe(false);
    expect(u.source.span).toMatchObject({ start: 4, end: 10 });
    expect(u.span).toMatchObject({ start: 0, end: 17 });
  });

  it("`use a.b.{A, B as C,}` lists items with aliases", () => {
    const u = one("use std.nn.{A, B as C,}", "Use");
    expect(u.items.map((i) => [i.name.name, i.alias?.name])).toEqual([
      ["A", undefined],
      ["B", "C"],
    ]);
    expect(u.items[1].span).toMatchObject({ start: 15, end: 21 });
  });

  it("`use a.b.*` is a glob", () => {
    const u = one("use std.nn.*", "Use");
    expect(u.glob).toBe(true);
    expect(u.items).toEqual([]);
  });

  it('`use "./x.dl".{A}` names a file', () => {
    const u = one('use "./x.dl".{A}', "Use");
    expect(u.source.kind).toBe("file");
    if (u.source.kind !== "file") return;
    expect(u.source.path.value).toBe("./x.dl");
    expect(u.source.path.span).toMatchObject({ start: 4, end: 12 });
  });
});

describe("functions", () => {
  it("reads params with types and defaults, a return type and a block", () => {
    const src = "fn f(x: f32[..S], axis: int = -1) -> f32[..S] { y = x * 2; z: f32[..S] = y\n z }";
    const f = one(src, "Fn");
    expect(f.name?.name).toBe("f");
    expect(f.params.map((p) => [p.name.name, typeSx(p.type), p.default ? sx(p.default) : "-"])).toEqual([
      ["x", "f32[..S]", "-"],
      ["axis", "named int", "(- 1)"],
    ]);
    expect(typeSx(f.returnType)).toBe("f32[..S]");
    expect(f.body.stmts.map((s) => [s.name.name, typeSx(s.type), sx(s.value)])).toEqual([
      ["y", "none", "(* x 2)"],
      ["z", "f32[..S]", "y"],
    ]);
    expect(f.body.result && sx(f.body.result)).toBe("z");
    expect(textOf(src, f.params[0].span)).toBe("x: f32[..S]");
    expect(textOf(src, f.params[1].span)).toBe("axis: int = -1");
    expect(f.span).toMatchObject({ start: 0, end: src.length });
    expect(textOf(src, f.body.span)).toBe("{ y = x * 2; z: f32[..S] = y\n z }");
  });

  it("allows a block with no final expression and params without types", () => {
    const f = one("fn g(a, b,) { }", "Fn");
    expect(f.params.map((p) => [p.name.name, p.type])).toEqual([
      ["a", undefined],
      ["b", undefined],
    ]);
    expect(f.body.stmts).toEqual([]);
    expect(f.body.result).toBeUndefined();
    expect(f.returnType).toBeUndefined();
  });
});

describe("types", () => {
  const typeOf = (t: string) => {
    const f = one(`fn f(x: ${t}) { x }`, "Fn");
    return f.params[0].type;
  };
  it("a bare f32 or i32 is a scalar tensor type; other bare names are named types", () => {
    expect(typeSx(typeOf("f32"))).toBe("f32[]");
    expect(typeSx(typeOf("i32"))).toBe("i32[]");
    expect(typeSx(typeOf("f32[]"))).toBe("f32[]");
    expect(typeSx(typeOf("Dim"))).toBe("named Dim");
    expect(typeSx(typeOf("bool"))).toBe("named bool");
    expect(typeSx(typeOf("bool[B]"))).toBe("bool[B]");
  });

  it("reads wildcards, variadics and dimension arithmetic with precedence", () => {
    expect(typeSx(typeOf("f32[_, ..N, d / heads, a + b * 2, (a + b) * 2, a - b - c,]"))).toBe(
      "f32[_, ..N, (/ d heads), (+ a (* b 2)), (* (+ a b) 2), (- (- a b) c)]",
    );
  });

  it("gives dimensions exact spans, parentheses included", () => {
    const src = "fn f(x: f32[B, (a + b) * 2]) { x }";
    const t = one(src, "Fn").params[0].type as A.TensorTypeExpr;
    expect(textOf(src, t.span)).toBe("f32[B, (a + b) * 2]");
    expect(textOf(src, t.dims[0].span)).toBe("B");
    expect(textOf(src, t.dims[1].span)).toBe("(a + b) * 2");
    const bin = t.dims[1] as Extract<A.DimExpr, { kind: "DimBin" }>;
    expect(textOf(src, bin.left.span)).toBe("(a + b)");
  });
});

describe("layers", () => {
  const src = `layer Linear(in: Dim, out: Dim) {
  param w: f32[in, out] = glorot_uniform()
  state n: i32[] = zeros();
  sub = Other(in)
  k: int = 3
  fn (x: f32[..N, in]) -> f32[..N, out] { x @ w + b }
}`;
  it("reads params, state, sub-layers, constants and the nameless forward fn", () => {
    const l = one(src, "Layer");
    expect(l.name.name).toBe("Linear");
    expect(l.params.map((p) => `${p.name.name}: ${typeSx(p.type)}`)).toEqual(["in: named Dim", "out: named Dim"]);
    expect(l.items.map((i) => i.kind)).toEqual(["ParamDecl", "ParamDecl", "Let", "Let", "Fn"]);
    const [w, n, sub, k, fwd] = l.items as [A.ParamDecl, A.ParamDecl, A.LetStmt, A.LetStmt, A.FnDecl];
    expect([w.isState, n.isState]).toEqual([false, true]);
    expect(typeSx(w.type)).toBe("f32[in, out]");
    expect(sx(w.init)).toBe("(call glorot_uniform)");
    expect(textOf(src, w.span)).toBe("param w: f32[in, out] = glorot_uniform()");
    expect(sx(sub.value)).toBe("(call Other in)");
    expect(typeSx(k.type)).toBe("named int");
    expect(fwd.name).toBeUndefined();
    expect(fwd.body.result && sx(fwd.body.result)).toBe("(+ (@ x w) b)");
  });

  it("allows a layer without a parameter list", () => {
    const l = one("layer Id { fn (x: f32) -> f32 { x } }", "Layer");
    expect(l.params).toEqual([]);
    expect(l.items).toHaveLength(1);
  });
});

describe("models", () => {
  it("reads inputs, outputs with and without types, and lets", () => {
    const src = `model Mlp(depth: int = 4) {
  input x: f32[B, 784]
  h1 = Linear(784, 300)
  output logits = h1(x)
  output p: f32[B, 10] = softmax(logits)
}`;
    const m = one(src, "Model");
    expect(m.params.map((p) => [p.name.name, p.default && sx(p.default)])).toEqual([["depth", "4"]]);
    expect(m.items.map((i) => i.kind)).toEqual(["Input", "Let", "Output", "Output"]);
    const [inp, , o1, o2] = m.items as [A.InputDecl, A.LetStmt, A.OutputDecl, A.OutputDecl];
    expect(typeSx(inp.type)).toBe("f32[B, 784]");
    expect(textOf(src, inp.span)).toBe("input x: f32[B, 784]");
    expect(o1.type).toBeUndefined();
    expect(typeSx(o2.type)).toBe("f32[B, 10]");
    expect(textOf(src, o2.span)).toBe("output p: f32[B, 10] = softmax(logits)");
  });

  it("reads `repeat n { Block(args) }`", () => {
    const m = one("model S { input x: f32[B]\n blocks = repeat depth { Block(256) }\n output y = blocks(x) }", "Model");
    const blocks = m.items[1] as A.LetStmt;
    expect(sx(blocks.value)).toBe("(repeat depth (call Block 256))");
  });
});

describe("wired graphs", () => {
  const src = `wired Tiny {
  input x: f32[B, 4]
  neuron h[3]: relu
  x[0], x[1] -> h[0];  x[2] -> h[1]
  output y[2]: linear
  h, x[1:3] -> y[0], y[1]
}`;
  it("reads inputs, neurons, output groups and connections", () => {
    const w = one(src, "Wired");
    expect(w.items.map((i) => i.kind)).toEqual(["Input", "Neuron", "Connect", "Connect", "Neuron", "Connect"]);
    const h = w.items[1] as A.NeuronDecl;
    expect([h.isOutput, h.name.name, sx(h.count), h.activation.name]).toEqual([false, "h", "3", "relu"]);
    const y = w.items[4] as A.NeuronDecl;
    expect([y.isOutput, y.name.name, sx(y.count), y.activation.name]).toEqual([true, "y", "2", "linear"]);
    const c = w.items[2] as A.ConnectDecl;
    expect(c.from.map((e) => `${e.name.name}[${e.index && sx(e.index)}]`)).toEqual(["x[0]", "x[1]"]);
    expect(c.to.map((e) => `${e.name.name}[${e.index && sx(e.index)}]`)).toEqual(["h[0]"]);
    expect(textOf(src, c.span)).toBe("x[0], x[1] -> h[0]");
    const last = w.items[5] as A.ConnectDecl;
    expect(last.from.map((e) => (e.index ? `${e.name.name}[${sx(e.index)}]` : e.name.name))).toEqual(["h", "x[(slice 1 3 _)]"]);
    expect(last.to).toHaveLength(2);
  });
});

describe("train blocks and constants", () => {
  it("reads inputs and settings", () => {
    const src = `train Mlp {
  input label: i32[B]
  loss = cross_entropy(logits, label)
  checkpoint = budget(64 MiB)
  pipeline = stages(2, microbatches: 8, schedule: 1f1b)
}`;
    const t = one(src, "Train");
    expect(t.model.name).toBe("Mlp");
    expect(t.items.map((i) => (i.kind === "Setting" ? `${i.key.name}=${sx(i.value)}` : `input ${i.name.name}`))).toEqual([
      "input label",
      "loss=(call cross_entropy logits label)",
      `checkpoint=(call budget ${64 * 2 ** 20}B)`,
      "pipeline=(call stages 2 microbatches:8 schedule:1f1b)",
    ]);
  });

  it("reads top-level constants, separated by newlines or `;`", () => {
    const d = decls("a = 1; b = 2\nc = a + b");
    expect(d.map((x) => (x.kind === "Const" ? `${x.name.name}=${sx(x.value)}` : x.kind))).toEqual(["a=1", "b=2", "c=(+ a b)"]);
    expect(d[2].span).toMatchObject({ start: 13, end: 22 });
  });

  it("parses an empty file and a file of only comments to an empty program", () => {
    expect(decls("")).toEqual([]);
    expect(decls("// nothing\n/* here */\n")).toEqual([]);
  });
});
