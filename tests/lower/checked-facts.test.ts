// Lowering walks what the checker decided (shared/design.md, "The middle end"): overridden
// model arguments are checked, not re-derived; each randwire call's generated graph, each
// parameter's final path, each input's free dimensions and what each name means come from the
// check result.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkProgram } from "../../compiler/check/checker.ts";
import type { ModelInfo } from "../../compiler/check/result.ts";
import { lowerModel } from "../../compiler/lower/lower.ts";
import type { FnDecl, ModelDecl } from "../../compiler/syntax/ast.ts";
import { ROOT, lowerSource } from "./helpers.ts";

const REPEATED = `
use std.nn.{Linear}
model M(depth: int = 3, width: int = 8) {
  input x: f32[B, width]
  blocks = repeat depth { Linear(width, width) }
  output y = blocks(x)
}`;

describe("overridden model arguments are checked with their values", () => {
  it("the checker checks a model with given arguments instead of its defaults", async () => {
    const { load } = await lowerSource(REPEATED, "M");
    const decl = load.modules.get("main.dl")!.ast.decls.find((d): d is ModelDecl => d.kind === "Model")!;
    const res = checkProgram(load, { modelArgs: { model: decl, args: { depth: 2, width: 4 } } });
    const info = res.semantic!.models.get(decl)!;
    expect(info.parameters.map((p) => `${p.name}[${p.shape.join(",")}]`)).toEqual(["blocks.0.w[4,4]", "blocks.0.b[4]", "blocks.1.w[4,4]", "blocks.1.b[4]"]);
    expect(info.inputs[0].shape).toEqual(["B", 4]);
  });

  it("lowering with arguments names and shapes the parameters as that check does", async () => {
    const { lowered } = await lowerSource(REPEATED, "M", { batch: 2, args: { depth: 2, width: 4 } });
    expect(lowered.diagnostics).toEqual([]);
    expect(lowered.params.map((p) => `${p.name}[${p.shape.join(",")}]`)).toEqual(["blocks.0.w[4,4]", "blocks.0.b[4]", "blocks.1.w[4,4]", "blocks.1.b[4]"]);
  });

  it("an argument value the checker rejects is its diagnostic, not a lowering failure", async () => {
    const { lowered } = await lowerSource(REPEATED, "M", { batch: 2, args: { depth: 0 } });
    expect(lowered.graph).toBeUndefined();
    expect(lowered.diagnostics.map((d) => d.code)).toEqual(["E0415"]);
  });
});

const TWO_LAYERS = `
use std.nn.{Linear, BatchNorm, relu}
model M {
  input x: f32[B, 4]
  h1 = relu(Linear(4, 3)(x))
  bn = BatchNorm(3)
  output y = bn(h1)
}`;

/** Lowers TWO_LAYERS with the checker's ModelInfo edited by `edit`. */
async function lowerEdited(edit: (info: ModelInfo) => void) {
  const { load, checked } = await lowerSource(TWO_LAYERS, "M");
  const [decl, info] = [...checked.semantic!.models].find(([, m]) => m.name === "M")!;
  const copy: ModelInfo = structuredClone(info);
  edit(copy);
  checked.semantic!.models.set(decl, copy);
  return lowerModel(load, checked, "M", { batch: 2 });
}

describe("parameter paths are the checker's", () => {
  it("lowering names each parameter node with the checker's path, in order", async () => {
    const res = await lowerEdited((info) => {
      info.parameters[0].name = "renamed.w";
      info.state[0].name = "stats.running_mean";
    });
    expect(res.diagnostics).toEqual([]);
    expect(res.params.map((p) => p.name)).toEqual(["renamed.w", "h1.b", "bn.gamma", "bn.beta", "stats.running_mean", "bn.running_var"]);
    const names = res.graph!.nodes.flatMap((n) => (n.attrs.op === "param" ? [n.attrs.name] : []));
    expect(names).toContain("renamed.w");
    expect(names).not.toContain("h1.w");
  });

  const disagreements: [string, (info: ModelInfo) => void, RegExp][] = [
    ["a path ending in another declaration's name", (info) => void (info.parameters[0].name = "h1.weight"), /declared `w`.*the checker's is `h1\.weight`/],
    ["another shape", (info) => void (info.parameters[1].shape = [4]), /`h1\.b` as f32\[4\]/],
    ["another dtype", (info) => void (info.state[1].dtype = "i32"), /`bn\.running_var` as i32/],
    ["a parameter fewer", (info) => void info.parameters.pop(), /the checker has only 3/],
    ["a parameter more", (info) => void info.parameters.push({ name: "extra.w", dtype: "f32", shape: [1], init: { kind: "zeros" } }), /also has `extra\.w`/],
    ["no initializer", (info) => void delete info.parameters[0].init, /no initializer/],
  ];
  for (const [what, edit, message] of disagreements) {
    it(`a checker's list with ${what} is an internal error`, async () => {
      const res = await lowerEdited(edit);
      expect(res.graph).toBeUndefined();
      expect(res.diagnostics.map((d) => d.code)).toEqual(["E0901"]);
      expect(res.diagnostics[0].message).toMatch(/internal error.*disagree/);
      expect(res.diagnostics[0].message).toMatch(message);
    });
  }
});

describe("which input dimensions are free is the checker's fact", () => {
  const SRC = `
use std.nn.{Linear}
K = 4
model M(n: int = 4) {
  input x: f32[B, n]
  input t: f32[T, B, K]
  output y = Linear(4, 2)(x) + Linear(4, 2)(t[0])
}`;

  it("names are free (the batch, or options.dims), numbers fixed; batchAxes as before", async () => {
    const { checked, lowered } = await lowerSource(SRC, "M", { batch: 5, dims: { T: 3 } });
    expect(checked.models[0].inputs.map((i) => i.shape)).toEqual([["B", 4], ["T", "B", 4]]);
    expect(lowered.diagnostics).toEqual([]);
    const shapes = lowered.graph!.inputs.map((i) => lowered.graph!.nodes[i.node].shape);
    expect(shapes).toEqual([[5, 4], [3, 5, 4]]);
    expect(lowered.batchAxes).toEqual({ x: 0, t: 1 });
  });

  it("lowering sizes an input by the checker's shape, not by evaluating the names itself", async () => {
    const { load, checked } = await lowerSource(SRC, "M");
    const [decl, info] = [...checked.semantic!.models].find(([, m]) => m.name === "M")!;
    // As if `T` were a model parameter of 3: a fixed dimension, no longer the batch's.
    const edited = structuredClone(info);
    edited.inputs[1].shape = [3, "B", 4];
    checked.semantic!.models.set(decl, edited);
    const res = lowerModel(load, checked, "M", { batch: 2 });
    expect(res.diagnostics).toEqual([]);
    expect(res.graph!.nodes[res.graph!.inputs[1].node].shape).toEqual([3, 2, 4]);
    expect(res.batchAxes).toEqual({ x: 0, t: 1 });
  });
});

describe("model parameters take the checker's values", () => {
  it("lowering uses the value the checker checked for a model parameter, not its own evaluation", async () => {
    const { load, checked } = await lowerSource(REPEATED, "M");
    const [decl] = [...checked.semantic!.modelParams].find(([d]) => d.name.name === "M")!;
    expect(Object.fromEntries(checked.semantic!.modelParams.get(decl)!)).toEqual({ depth: { k: "int", value: 3 }, width: { k: "int", value: 8 } });
    // A checker that had checked depth 2 (its ModelInfo to match): lowering builds two copies.
    const re = checkProgram(load, { modelArgs: { model: decl, args: { depth: 2 } } });
    checked.semantic!.modelParams.set(decl, new Map([["depth", { k: "int", value: 2 }], ["width", { k: "int", value: 8 }]]));
    checked.semantic!.models.set(decl, re.semantic!.models.get(decl)!);
    const res = lowerModel(load, checked, "M", { batch: 2 });
    expect(res.diagnostics).toEqual([]);
    expect(res.params.map((p) => p.name)).toEqual(["blocks.0.w", "blocks.0.b", "blocks.1.w", "blocks.1.b"]);
  });
});

describe("wired inputs' rows are the checker's", () => {
  it("rows named by a constant are fixed, as ModelInfo says (not bound to the batch)", async () => {
    const { checked, lowered } = await lowerSource(`
N = 3
wired W {
  input x: f32[N, 2]
  output y[1]: linear
  x[0], x[1] -> y[0]
}`, "W", { batch: 5 });
    expect(checked.models[0].inputs.map((i) => i.shape)).toEqual([[3, 2]]);
    expect(lowered.diagnostics).toEqual([]);
    expect(lowered.graph!.inputs.map((i) => lowered.graph!.nodes[i.node].shape)).toEqual([[3, 2]]);
    expect(lowered.batchAxes).toEqual({});
  });
});

describe("names are resolved by the checker (Semantic.names)", () => {
  const SRC = `
fn double(x: f32[B, n]) -> f32[B, n] { x * 2.0 }
fn halve(x: f32[B, n]) -> f32[B, n] { x * 0.5 }
K = 3
layer Scale(d: int, h: int = d * K) {
  param w: f32[h] = zeros()
  fn (x: f32[N, d]) -> f32[N, d] { x * sum(w) }
}
model M {
  input x: f32[B, 4]
  output y = Scale(4)(double(x))
}`;

  /** The NameExpr (or DimName) nodes named `name` the checker recorded, in source order. */
  function recorded(checked: Awaited<ReturnType<typeof lowerSource>>["checked"], name: string) {
    return [...checked.semantic!.names.keys()].filter((e) => e.name === name).sort((a, b) => a.span.start - b.span.start);
  }

  it("the checker records every name lowering evaluates, a layer parameter's default included", async () => {
    const { checked, lowered } = await lowerSource(SRC, "M");
    expect(lowered.diagnostics).toEqual([]);
    expect(lowered.params.map((p) => `${p.name}[${p.shape.join(",")}]`)).toEqual(["y.w[12]"]);
    const names = checked.semantic!.names;
    // `d` and `K` in `h: int = d * K`: checked only when Scale(4) is built, recorded all the same.
    const [dInDefault] = recorded(checked, "d").filter((e) => e.kind === "Name");
    expect(names.get(dInDefault)).toEqual({ kind: "local", name: "d" });
    const kInDefault = recorded(checked, "K").find((e) => e.kind === "Name")!;
    expect(names.get(kInDefault)).toMatchObject({ kind: "decl", entry: { kind: "const", module: "main.dl" } });
    // Dimension names in types: `h` in the param's shape is the local, `N` binds in the forward's parameter type and is that dimension in its result type.
    expect(recorded(checked, "h").filter((e) => e.kind === "DimName").map((e) => names.get(e)?.kind)).toEqual(["local"]);
    expect(recorded(checked, "N").map((e) => names.get(e)?.kind)).toEqual(["binder", "dim"]);
  });

  it("lowering calls the declaration the checker resolved a name to, not one it looks up itself", async () => {
    const { load, checked } = await lowerSource(SRC, "M");
    const names = checked.semantic!.names;
    const call = recorded(checked, "double").find((e) => e.kind === "Name")!;
    const halve = load.modules.get("main.dl")!.ast.decls.find((d): d is FnDecl => d.kind === "Fn" && d.name?.name === "halve")!;
    names.set(call, { kind: "decl", entry: { kind: "fn", decl: halve, name: halve.name!, module: "main.dl" } });
    const res = lowerModel(load, checked, "M", { batch: 2 });
    expect(res.diagnostics).toEqual([]);
    const consts = res.graph!.nodes.flatMap((n) => (n.attrs.op === "const" ? [n.attrs.value].flat() : []));
    expect(consts).toContainEqual(0.5);
    expect(consts).not.toContainEqual(2);
  });

  it("a built-in is the checker's too: a name resolved to `tanh` lowers to tanh", async () => {
    const { load, checked } = await lowerSource(`
use std.nn.{relu}
model M {
  input x: f32[B, 4]
  output y = relu(x)
}`, "M");
    const relu = recorded(checked, "relu").find((e) => e.kind === "Name")!;
    expect(checked.semantic!.names.get(relu)).toMatchObject({ kind: "decl", entry: { kind: "fn", module: "std/nn.dl" } });
    checked.semantic!.names.set(relu, { kind: "builtin", name: "tanh" });
    const res = lowerModel(load, checked, "M", { batch: 2 });
    expect(res.diagnostics).toEqual([]);
    expect(res.graph!.nodes.map((n) => n.attrs.op)).toEqual(["input", "tanh"]);
  });

  it("a dimension name in a parameter's shape takes the checker's resolution", async () => {
    const { load, checked } = await lowerSource(SRC, "M");
    const names = checked.semantic!.names;
    const h = recorded(checked, "h").find((e) => e.kind === "DimName")!;
    const k = names.get(recorded(checked, "K").find((e) => e.kind === "Name")!)!;
    // `f32[h]` read as `f32[K]`: lowering builds w as f32[3], which the checker's list (f32[12]) contradicts.
    names.set(h, k);
    const res = lowerModel(load, checked, "M", { batch: 2 });
    expect(res.diagnostics.map((d) => d.code)).toEqual(["E0901"]);
    expect(res.diagnostics[0].message).toMatch(/lowered as f32\[3\].*the checker has `y\.w` as f32\[12\]/);
  });

  it("whether a dimension name in a parameter's type binds is the checker's", async () => {
    const { load, checked } = await lowerSource(`
fn times_n(x: f32[B, n]) -> f32[B, n] { x * n }
model M {
  input x: f32[B, 4]
  output y = times_n(x)
}`, "M");
    const names = checked.semantic!.names;
    const [n, nInResult] = recorded(checked, "n").filter((e) => e.kind === "DimName");
    expect([names.get(n), names.get(nInResult)]).toEqual([{ kind: "binder", name: "n" }, { kind: "dim", name: "n" }]);
    // Had the checker read `n` in the parameter's type as a dimension bound before, lowering binds nothing there.
    names.set(n, { kind: "dim", name: "n" });
    const res = lowerModel(load, checked, "M", { batch: 2 });
    expect(res.diagnostics.map((d) => d.code)).toEqual(["E0901"]);
    expect(res.diagnostics[0].message).toMatch(/internal error.*resolved `n` to a dimension that lowering has not bound/);
  });

  it("a name the checker did not record is an internal error, not a lookup", async () => {
    const { load, checked } = await lowerSource(SRC, "M");
    checked.semantic!.names.delete(recorded(checked, "double").find((e) => e.kind === "Name")!);
    const res = lowerModel(load, checked, "M", { batch: 2 });
    expect(res.graph).toBeUndefined();
    expect(res.diagnostics.map((d) => d.code)).toEqual(["E0901"]);
    expect(res.diagnostics[0].message).toMatch(/internal error.*the checker recorded no resolution for `double`/);
  });

  it("a wired graph's activations are the checker's (Semantic.activations)", async () => {
    const WIRED = `
use std.nn.{relu}
wired W {
  input x: f32[B, 2]
  neuron h[1]: relu
  x[0], x[1] -> h[0]
  output y[1]: linear
  h[0] -> y[0]
}`;
    const { load, checked } = await lowerSource(WIRED, "W");
    const [decl, acts] = [...checked.semantic!.activations][0];
    expect(acts.get("relu")).toMatchObject({ kind: "decl", entry: { kind: "fn", module: "std/nn.dl" } });
    acts.set("relu", { kind: "builtin", name: "tanh" });
    const res = lowerModel(load, checked, "W", { batch: 2 });
    expect(res.diagnostics.map((d) => d.message)).toEqual([]);
    expect(res.graph!.nodes.map((n) => n.attrs.op)).toContain("tanh");
    checked.semantic!.activations.get(decl)!.delete("relu");
    const missing = lowerModel(load, checked, "W", { batch: 2 });
    expect(missing.diagnostics[0].message).toMatch(/internal error.*the checker recorded no activation `relu`/);
  });
});

describe("lowering looks no name up itself", () => {
  it("no lowering module calls the checker's module lookup", () => {
    const dir = path.join(ROOT, "compiler/lower");
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts"))) expect(readFileSync(path.join(dir, f), "utf8"), f).not.toMatch(/lookupTop|buildModules/);
  });
});

describe("what lowering still binds itself: a callee's dimensions at a call", () => {
  it("an untyped forward parameter: no check gives `pick`'s `n` a size, lowering binds it from the shape", async () => {
    const { checked, lowered } = await lowerSource(`
fn pick(x: f32[B, n]) -> f32[B, n] { x * n }
layer L {
  fn (x) { pick(x) }
}
model M {
  input x: f32[B, 4]
  l = L()
  output y = l(x)
}`, "M");
    expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // The checker checks L's forward with `x` unknown, so the model's output has unknown dimensions too.
    expect(checked.models[0].outputs[0].shape).not.toEqual(["B", 4]);
    expect(lowered.diagnostics).toEqual([]);
    const consts = lowered.graph!.nodes.flatMap((n) => (n.attrs.op === "const" ? [n.attrs.value].flat() : []));
    expect(consts).toEqual([4]);
    expect(lowered.graph!.nodes[lowered.graph!.outputs[0].node].shape).toEqual([2, 4]);
  });
});
