// Lowering the examples: the graph verifies, its parameters are exactly the checker's
// (names, shapes, order; state apart), its inputs/outputs match ModelInfo at the chosen
// batch, and its printed form matches a golden file (refresh: UPDATE_GOLDEN=1 vitest run tests/lower).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TensorInfo } from "../../compiler/check/result.ts";
import { printGraph } from "../../compiler/ir/print.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { lowerModel } from "../../compiler/lower/lower.ts";
import { type Lowered, ROOT, lowerExample } from "./helpers.ts";

const GOLDEN = path.join(ROOT, "tests/lower/golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const fmt = (ts: { name: string; shape: readonly (number | string)[] }[]) => ts.map((t) => `${t.name}: [${t.shape.join(", ")}]`);

/** ModelInfo's shapes with the batch symbol `B` replaced by the lowered batch. */
function atBatch(ts: TensorInfo[], batch: number) {
  return ts.map((t) => ({ name: t.name, shape: t.shape.map((d) => (d === "B" ? batch : d)) }));
}

function checkStructure(l: Lowered, batch: number): void {
  expect(verifyGraph(l.graph)).toEqual([]);
  expect(l.diagnostics).toEqual([]);
  expect(fmt(l.params.filter((p) => p.trainable))).toEqual(fmt(l.info.parameters));
  expect(fmt(l.params.filter((p) => !p.trainable))).toEqual(fmt(l.info.state));
  const node = (id: number) => l.graph.nodes[id];
  expect(l.graph.inputs.map((v) => ({ name: v.name, shape: [...node(v.node).shape] }))).toEqual(atBatch(l.info.inputs, batch));
  expect(l.graph.outputs.map((v) => ({ name: v.name, shape: [...node(v.node).shape] }))).toEqual(atBatch(l.info.outputs, batch));
  // Every param node is named as listed, and nothing else is a param.
  const paramNodes = l.graph.nodes.flatMap((n) => (n.attrs.op === "param" ? [n.attrs.name] : []));
  expect([...paramNodes].sort()).toEqual(l.params.map((p) => p.name).sort());
}

function golden(name: string, l: Lowered): void {
  const text = printGraph(l.graph, { sources: l.load.sources });
  const file = path.join(GOLDEN, `${name}.ir`);
  if (UPDATE) writeFileSync(file, text);
  else {
    expect(existsSync(file), `${name}.ir is missing: run UPDATE_GOLDEN=1 vitest run tests/lower`).toBe(true);
    expect(text).toBe(readFileSync(file, "utf8"));
  }
}

const CASES: [string, string, string][] = [
  ["mlp", "mlp.dl", "Mlp"],
  ["lenet", "lenet.dl", "LeNet"],
  ["transformer", "transformer.dl", "Transformer"],
  ["mixer", "mixer.dl", "Mixer"],
  ["tiny_wired", "tiny_wired.dl", "Tiny"],
  ["randwire", "randwire.dl", "RandWireSmall"],
];

describe("lowering the examples (batch 2)", () => {
  for (const [name, file, model] of CASES) {
    it(`${model}: verifies, parameters as the checker names them, golden IR`, async () => {
      const l = await lowerExample(file, model, { batch: 2 });
      checkStructure(l, 2);
      golden(name, l);
    });
  }

  it("TransformerStack with its default depth 4 names blocks.0 … blocks.3", async () => {
    const l = await lowerExample("transformer.dl", "TransformerStack", { batch: 2 });
    checkStructure(l, 2);
    expect(l.params.filter((p) => p.name.endsWith(".ln1.gamma")).map((p) => p.name)).toEqual([0, 1, 2, 3].map((i) => `blocks.${i}.ln1.gamma`));
  });

  it("TransformerStack with depth 2 (a model argument) has the first two blocks' parameters", async () => {
    const l = await lowerExample("transformer.dl", "TransformerStack", { batch: 2, args: { depth: 2 } });
    expect(verifyGraph(l.graph)).toEqual([]);
    const want = l.info.parameters.filter((p) => /^blocks\.[01]\./.test(p.name));
    expect(fmt(l.params)).toEqual(fmt(want));
    golden("transformer_stack2", l);
  });

  it("binds the batch to the given size and other input dims from options.dims", async () => {
    const l = await lowerExample("mlp.dl", "Mlp", { batch: 5 });
    expect(l.graph.nodes[l.graph.inputs[0].node].shape).toEqual([5, 784]);
    const m = await lowerExample("mlp.dl", "Mlp", { batch: 5, dims: { B: 3 } });
    expect(m.graph.nodes[m.graph.outputs[0].node].shape).toEqual([3, 10]);
  });

  it("spans point at the .dl lines: the MLP's first matmul is Linear's forward body in std/nn.dl", async () => {
    const l = await lowerExample("mlp.dl", "Mlp");
    const mm = l.graph.nodes.find((n) => n.attrs.op === "matmul")!;
    const span = l.graph.spans[mm.id]!;
    expect(span.file).toBe("std/nn.dl");
    expect(l.load.sources.get(span.file)!.text.slice(span.start, span.end)).toBe("x @ w");
    const input = l.graph.spans[l.graph.inputs[0].node]!;
    expect(l.load.sources.get(input.file)!.text.slice(input.start, input.end)).toBe("input x: f32[B, 784]");
  });
});

describe("lowering refuses what it cannot lower", () => {
  it("a program with errors gives a diagnostic and no graph", async () => {
    const l = await lowerExample("mlp.dl", "Mlp");
    const broken = { ...l.checked, diagnostics: [{ code: "E0201" as const, severity: "error" as const, message: "x", span: l.info.span, labels: [] }] };
    const res = lowerModel(l.load, broken, "Mlp", { batch: 2 });
    expect(res.graph).toBeUndefined();
    expect(res.diagnostics.map((d) => d.code)).toEqual(["E0901"]);
    expect(res.diagnostics[0].message).toMatch(/has errors/);
  });

  it("an unknown model name or a bad batch gives a diagnostic", async () => {
    const l = await lowerExample("mlp.dl", "Mlp");
    expect(lowerModel(l.load, l.checked, "Nope", { batch: 2 }).diagnostics[0].message).toMatch(/no model or wired graph named `Nope`/);
    expect(lowerModel(l.load, l.checked, "Mlp", { batch: 0 }).graph).toBeUndefined();
  });
});
