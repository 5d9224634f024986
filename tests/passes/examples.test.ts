// Every pass on real programs: every model of every example in examples/ and a program using
// every std.nn layer. After each pass the IR verifies; the whole pipeline never grows the
// graph, keeps the batch verdict the unoptimized graph gets, and the interpreter gives
// bit-identical outputs before and after (folding evaluates with the interpreter itself, so
// even folded constants match exactly).
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeBatch } from "../../compiler/batch-analysis.ts";
import { checkProgram } from "../../compiler/check/checker.ts";
import type { CheckResult, ModelInfo } from "../../compiler/check/result.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import type { Graph } from "../../compiler/ir/ir.ts";
import { lowerModel } from "../../compiler/lower/lower.ts";
import { loadProgram } from "../../compiler/modules/loader.ts";
import type { LoadResult } from "../../compiler/modules/types.ts";
import { programFromLowering } from "../../compiler/passes/from-lowering.ts";
import { PIPELINE, runPipeline } from "../../compiler/passes/pipeline.ts";
import type { PassContext } from "../../compiler/passes/program.ts";
import { createNodeHost } from "../../cli/node-host.ts";
import { mulberry32 } from "../../compiler/graphgen/prng.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { check } from "../check/helpers.ts";
import { type Lowered, ROOT, randomParams } from "../lower/helpers.ts";
import { expectSameTensor, show } from "./helpers.ts";

const BATCH = 2;

const EVERYTHING = `
use std.nn.*
model Everything {
  input x: f32[B, 3, 16, 16]
  input ids: i32[B, 8]
  input v: f32[B, 32]
  input label: i32[B]
  conv = Conv2d(3, 8, 3, stride: 2, padding: 1)
  bn = BatchNorm(8)
  mp = MaxPool2d(2)
  ap = AvgPool2d(2, stride: 1)
  sep = SepConv2d(8, 16)
  node = SepConvNode(16)
  gap = GlobalAvgPool()
  flat = Flatten()
  emb = Embedding(100, 32)
  mha = MultiHeadAttention(32, 4)
  tb = TransformerBlock(32, 4, 64)
  mix = MlpMixerBlock(8, 32, 16, 64)
  ln = LayerNorm(32)
  drop = Dropout(0.1)
  bn1 = BatchNorm(32)
  fc = Linear(32, 10)
  feat = node(sep(ap(mp(relu(bn(conv(x)))))))
  output pooled = gap(feat)
  output flat_out = flat(feat)
  seq = mix(tb(mha(emb(ids))))
  output seq_out = drop(ln(seq))
  logits = fc(silu(leaky_relu(gelu(bn1(v)))))
  output probs = softmax(logits)
  output logp = log_softmax(logits, axis: 1)
  output ce = cross_entropy(logits, label)
  output err = mse(logits, probs)
}`;

interface Case {
  name: string;
  load: LoadResult;
  checked: CheckResult;
  info: ModelInfo;
  args?: Record<string, number>;
}

async function exampleCases(): Promise<Case[]> {
  const cases: Case[] = [];
  const host = createNodeHost({ cwd: ROOT });
  for (const f of readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".dl")).sort()) {
    const load = await loadProgram([`examples/${f}`], host);
    const checked = checkProgram(load);
    // Two blocks of the stack show the block-to-block seams; the default four only cost time.
    for (const info of checked.models) cases.push({ name: `${f} ${info.name}`, load, checked, info, ...(info.name === "TransformerStack" ? { args: { depth: 2 } } : {}) });
  }
  const c = await check(EVERYTHING);
  cases.push({ name: "std.nn Everything", load: c.load, checked: c, info: c.models[0]! });
  return cases;
}

/** Seeded inputs: f32 in [-1, 1), i32 in {0, 1, 2} (valid indices and labels), bool 0/1. */
function randomInputs(g: Graph, seed: number): Map<string, Tensor> {
  const out = new Map<string, Tensor>();
  g.inputs.forEach((v, k) => {
    const n = g.nodes[v.node]!;
    const r = mulberry32(seed + k);
    const count = n.shape.reduce((a, b) => a * b, 1);
    const vals = Array.from({ length: count }, () => (n.dtype === "f32" ? 2 * r() - 1 : Math.floor(r() * (n.dtype === "i32" ? 3 : 2))));
    out.set(v.name, tensorOf(n.dtype, n.shape, vals));
  });
  return out;
}

const cases = await exampleCases();

describe("passes on every example", () => {
  it("has the examples and the stdlib program", () => {
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(["mlp.dl Mlp", "randwire.dl RandWireSmall", "transformer.dl TransformerStack", "std.nn Everything"]));
  });

  for (const c of cases) {
    it(`${c.name}: verifies after every pass, same outputs and batch verdict after the pipeline`, () => {
      const lowered = lowerModel(c.load, c.checked, c.info.name, { batch: BATCH, ...(c.args ? { args: c.args } : {}) });
      expect(lowered.diagnostics).toEqual([]);
      const graph = lowered.graph!;
      const ctx: PassContext = { sources: c.load.sources, options: { batch: BATCH }, at: c.info.span };
      const start = programFromLowering({ graph, params: lowered.params, batchAxes: lowered.batchAxes }, c.info);

      let p = start;
      for (const pass of PIPELINE) {
        p = pass.run(p, ctx);
        expect(verifyGraph(p.graph), `after ${pass.name}`).toEqual([]);
      }
      const piped = runPipeline(start, ctx);
      expect(piped.diagnostics).toEqual([]);
      expect(show(piped.program!.graph)).toBe(show(p.graph));
      expect(p.graph.nodes.length).toBeLessThanOrEqual(graph.nodes.length);
      expect(p.params).toBe(lowered.params);
      // Params and inputs are the model's interface: all of them survive, in order.
      const names = (g: Graph, op: string) => g.nodes.flatMap((n) => (n.attrs.op === op ? [(n.attrs as { name: string }).name] : []));
      expect(names(p.graph, "param")).toEqual(names(graph, "param"));
      expect(p.graph.inputs.map((v) => v.name)).toEqual(graph.inputs.map((v) => v.name));
      expect(p.graph.outputs.map((v) => v.name)).toEqual(graph.outputs.map((v) => v.name));

      const before = analyzeBatch(graph, lowered.batchAxes, BATCH);
      expect({ perSample: p.batch!.perSample, outputBatched: p.batch!.outputBatched }).toEqual({ perSample: before.perSample, outputBatched: before.outputBatched });

      const params = randomParams({ params: lowered.params } as Lowered, 11);
      const inputs = randomInputs(graph, 5);
      const want = interpret(graph, inputs, params);
      const got = interpret(p.graph, inputs, params);
      for (const o of graph.outputs) expectSameTensor(got.get(o.name), want.get(o.name), `output ${o.name}`);
    });
  }
});
