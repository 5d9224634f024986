// Lowering walks what the checker decided (shared/design.md, "The middle end"): overridden
// model arguments are checked, not re-derived; each randwire call's generated graph, each
// parameter's final path and each input's free dimensions come from the check result.
import { describe, expect, it } from "vitest";
import { checkProgram } from "../../compiler/check/checker.ts";
import type { ModelInfo } from "../../compiler/check/result.ts";
import { lowerModel } from "../../compiler/lower/lower.ts";
import type { ModelDecl } from "../../compiler/syntax/ast.ts";
import { lowerSource } from "./helpers.ts";

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
