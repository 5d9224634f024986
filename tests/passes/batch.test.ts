// The batch pass: it records compiler/batch-analysis.ts's verdict for the program's batch
// axes, leaves the graph as it is, and never claims per-sample for a batch off axis 0.
// A batch axis that does not match the batch size is an internal error (E0902 in the pipeline).
import { describe, expect, it } from "vitest";
import { analyzeBatch } from "../../compiler/batch-analysis.ts";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { batchPass } from "../../compiler/passes/batch.ts";
import { ctxOf, programOf } from "./helpers.ts";

function mlpLike() {
  const b = new GraphBuilder();
  const x = b.input("x", "f32", [4, 3]);
  const w = b.param("w", "f32", [3, 2], { kind: "zeros" });
  const bias = b.param("b", "f32", [2], { kind: "zeros" });
  const y = b.binaryBroadcast("add", b.matmul(x, w), bias);
  return b.finish({ y, total: b.reduce("reduce_sum", y) });
}

describe("batch pass", () => {
  it("throws when the side table and the graph disagree, which the pipeline reports as E0902", () => {
    const g = mlpLike();
    expect(() => batchPass.run(programOf(g, { x: 0 }), ctxOf({ batch: 3 }))).toThrow(/cannot have its batch of 3 on axis 0/);
  });

  it("records the analysis of the batched inputs and leaves the graph alone", () => {
    const g = mlpLike();
    const p = batchPass.run(programOf(g, { x: 0 }), ctxOf({ batch: 4 }));
    expect(p.graph).toBe(g);
    expect(p.batch).toEqual(analyzeBatch(g, { x: 0 }, 4));
    expect(p.batch).toMatchObject({ perSample: false, outputBatched: { y: true, total: false } });
    expect(p.batch!.reason).toMatch(/reduces over the batch axis/);
  });

  it("works without a batch size in the options, and with no batched input", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [4, 3]);
    const g = b.finish({ y: b.unary("neg", x) });
    expect(batchPass.run(programOf(g, { x: 0 }), ctxOf()).batch).toEqual({ perSample: true, outputBatched: { y: true } });
    expect(batchPass.run(programOf(g, {}), ctxOf()).batch).toEqual({ perSample: true, outputBatched: { y: false } });
  });

  it("does not claim per-sample when an input's batch is on an axis the runtime cannot pad", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [3, 4]);
    const g = b.finish({ y: b.unary("neg", x) });
    const p = batchPass.run(programOf(g, { x: 1 }), ctxOf({ batch: 4 }));
    expect(p.batch!.outputBatched).toEqual({ y: false });
    expect(p.batch!.perSample).toBe(false);
    expect(p.batch!.reason).toBe('input "x" has the batch on axis 1; the runtime pads axis 0 only');
  });
});
