// The schedule of every example, fused and unfused, run by the reference schedule executor,
// gives the interpreter's outputs: fusion and views are checked apart from any backend.
import { describe, expect, it } from "vitest";
import { scheduleGraph } from "../../compiler/schedule/build.ts";
import { expectClose } from "../interp/close.ts";
import { lowerExample, randomParams, run, uniform } from "../lower/helpers.ts";
import { runSchedule } from "./run-schedule.ts";

export const EXAMPLES: [string, string][] = [
  ["mlp.dl", "Mlp"], ["lenet.dl", "LeNet"], ["transformer.dl", "Transformer"], ["mixer.dl", "Mixer"],
  ["randwire.dl", "RandWireSmall"], ["tiny_wired.dl", "Tiny"],
];

describe("schedules compute what the graph computes", () => {
  for (const [file, model] of EXAMPLES) {
    for (const fuse of [true, false]) {
      it(`${model} ${fuse ? "fused" : "unfused"}`, async () => {
        // Batch 1 keeps the point-by-point executor quick; the backends' tests run larger batches.
        const l = await lowerExample(file, model, { batch: 1 });
        const params = randomParams(l, 7);
        const inputs = new Map(l.graph.inputs.map((v, i) => [v.name, uniform(100 + i, l.graph.nodes[v.node].shape)] as const));
        const want = run(l, inputs, params);
        const s = scheduleGraph(l.graph, { fuse });
        const got = runSchedule(s, l.graph, inputs, params);
        for (const [name, t] of want) expectClose(got.get(name)!, t, { rtol: 1e-4, atol: 1e-5 });
        expect(s.kernels.length).toBeGreaterThan(0);
      }, 120_000);
    }
  }
});
