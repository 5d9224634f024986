// Lowering records which axis of each input it bound to the batch size (LowerResult.batchAxes),
// the fact the batch analysis starts from: the first axis whose dimension options.batch sized.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArtifact } from "../../compiler/build.ts";
import { createMemoryHost } from "../../compiler/modules/memory-host.ts";
import { ROOT, lowerExample, lowerSource } from "./helpers.ts";

const two = (a: string, b: string, out = "x") => `model M {\n  input x: f32[${a}]\n  input y: f32[${b}]\n  output z = ${out}\n}\n`;

describe("LowerResult.batchAxes", () => {
  it("is axis 0 for every example's batched input", async () => {
    expect((await lowerExample("mlp.dl", "Mlp")).batchAxes).toEqual({ x: 0 });
    expect((await lowerExample("tiny_wired.dl", "Tiny", { batch: 3 })).batchAxes).toEqual({ x: 0 });
  });

  it.each([
    ["B, 3", "B, 5", {}, { x: 0, y: 0 }, [2, 3]], // a later input naming B is batched too
    ["3, B", "2, 4", {}, { x: 1 }, [3, 2]],
    ["T, B", "B, 1", { T: 5 }, { x: 1, y: 0 }, [5, 2]], // T fixed by dims: B is the batch
    ["T, B", "B, 1", {}, { x: 0, y: 0 }, [2, 2]], // both free: the first bound axis
    ["B, 3", "B, 5", { B: 7 }, {}, [7, 3]], // B fixed by dims: nothing is the batch
    ["_, 3", "2, 2", {}, { x: 0 }, [2, 3]],
  ])("x: f32[%s], y: f32[%s] with dims %j: %j", async (a, b, dims, want, xShape) => {
    const { lowered } = await lowerSource(two(a, b), "M", { batch: 2, dims });
    expect(lowered.diagnostics).toEqual([]);
    expect(lowered.batchAxes).toEqual(want);
    const g = lowered.graph!;
    expect(g.nodes[g.inputs[0].node].shape).toEqual(xShape);
  });

  it("is empty when lowering fails", async () => {
    const { lowered } = await lowerSource(two("B, 3", "B, 5"), "Nope");
    expect(lowered.graph).toBeUndefined();
    expect(lowered.batchAxes).toEqual({});
  });
});

describe("the build pads along the recorded axis", () => {
  const stdlib = Object.fromEntries(["nn.dl"].map((f) => [f, readFileSync(path.join(ROOT, "stdlib", f), "utf8")]));
  const build = (source: string) => buildArtifact(["main.dl"], createMemoryHost({ files: { "main.dl": source }, stdlib }), { batch: 4 });

  it("marks the input batched on axis 0 and runs 1..N", async () => {
    const r = await build("model M {\n  input x: f32[B, 3]\n  output y = x * 2.0\n}\n");
    expect(r.artifact!.manifest.inputs[0]).toMatchObject({ name: "x", shape: [4, 3], batchAxis: 0 });
    expect(r.artifact!.manifest.batch).toEqual({ built: 4, min: 1, max: 4 });
  });
});
