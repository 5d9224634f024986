// Composite graphs and every example model on the real adapter against the interpreter, the
// golden WGSL of each example, and compilation under small device limits.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWgsl, programText, WgslError } from "../../compiler/backend-wgsl/index.ts";
import { DEFAULT_LIMITS, type WgslLimits } from "../../compiler/backend-wgsl/program.ts";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { lowerExample, randomParams, ROOT, uniform } from "../lower/helpers.ts";
import { layerNormGeluSoftmax, mlp, smallConvNet } from "../backend-wasm/graphs.ts";
import { device, expectSame, randomTensor, rng, runBoth } from "./harness.ts";
import { runProgram } from "./run-program.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { expectClose } from "../interp/close.ts";

describe("composite graphs match the interpreter", () => {
  it("MLP 784→300→100→10 at batch 3", async () => {
    const w = mlp(rng(3), 3);
    const ran = await runBoth(w.graph, w.inputs, w.params);
    expectSame(ran);
    expect(Math.max(...Array.from(ran.gpu.get("logits")!.data, Math.abs))).toBeGreaterThan(0.05);
  });
  it("LayerNorm + GELU + softmax (rows sum to 1)", async () => {
    const w = layerNormGeluSoftmax(rng(3), 5, 33);
    const ran = await runBoth(w.graph, w.inputs, w.params);
    expectSame(ran);
    const y = ran.gpu.get("y")!.data;
    for (let i = 0; i < 5; i++) expect(Array.from(y.subarray(i * 33, (i + 1) * 33)).reduce((a, v) => a + v, 0)).toBeCloseTo(1, 5);
  });
  it("conv → relu → maxpool → conv → flatten → matmul", async () => {
    const w = smallConvNet(rng(4), 3);
    expectSame(await runBoth(w.graph, w.inputs, w.params));
  });
  it("outputs that are an input, a param, a view of a temporary, twice the same node", async () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [3, 5]);
    const p = b.param("p", "f32", [5], { kind: "zeros" });
    const t = b.unary("exp", x);
    const g = b.finish({ same: x, weights: p, flat: b.reshape(t, [15]), also: t, again: t });
    const r = rng(5);
    expectSame(await runBoth(g, new Map([["x", randomTensor(r, "f32", [3, 5])]]), new Map([["p", randomTensor(r, "f32", [5])]])));
  });
  it("a concat of more inputs than a kernel may bind: each is copied into its region of the output", async () => {
    const b = new GraphBuilder();
    const xs = Array.from({ length: 11 }, (_, i) => b.input(`x${i}`, "f32", [2, i + 1]));
    const g = b.finish({ y: b.concat(xs, 1) });
    const r = rng(6);
    const ran = await runBoth(g, new Map(xs.map((_, i) => [`x${i}`, randomTensor(r, "f32", [2, i + 1])] as const)));
    expectSame(ran);
    expect(ran.program.kernels.map((k) => k.name)).toEqual(xs.map((_, i) => `k${i}_copy`));
    for (const k of ran.program.kernels) expect(k.bindings.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxStorageBuffersPerShaderStage);
  });
});

const EXAMPLES: [string, string, number, Record<string, number>?][] = [
  ["mlp.dl", "Mlp", 4], ["lenet.dl", "LeNet", 2], ["transformer.dl", "Transformer", 1],
  ["transformer.dl", "TransformerStack", 1, { depth: 2 }], ["mixer.dl", "Mixer", 2],
  ["tiny_wired.dl", "Tiny", 16], ["randwire.dl", "RandWireSmall", 1],
];

describe("every example model matches the interpreter on WebGPU", () => {
  for (const [file, model, batch, args] of EXAMPLES) {
    it(`${file} ${model} (batch ${batch})`, async () => {
      const l = await lowerExample(file, model, { batch, ...(args ? { args } : {}) });
      const params = randomParams(l, 11);
      const inputs = new Map(l.graph.inputs.map((v, i) => [v.name, uniform(20 + i, l.graph.nodes[v.node].shape)] as const));
      const ran = await runBoth(l.graph, inputs, params, DEFAULT_LIMITS, { sources: l.load.sources });
      expectSame(ran);
      if (process.env.WGSL_TIMINGS) console.log(`${model}: ${ran.program.kernels.length} kernels, pipelines ${ran.executed.compileMs.toFixed(0)} ms, run ${ran.executed.runMs.toFixed(0)} ms`);
      // Every kernel says where it came from.
      for (const k of ran.program.kernels) expect(k.code.split("\n")[0]).toMatch(new RegExp(`^// ${k.name}: `));
      if (!args) {
        const golden = path.join(ROOT, "tests/backend-wgsl/golden", file.replace(/\.dl$/, ".wgsl"));
        const text = programText(ran.program);
        if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, text);
        expect(existsSync(golden), `${path.basename(golden)} is missing: run \`npm run golden:update\``).toBe(true);
        expect(text).toBe(readFileSync(golden, "utf8"));
      }
    });
  }
  it("kernel headers name the .dl line the op came from", async () => {
    const l = await lowerExample("mlp.dl", "Mlp", { batch: 4 });
    const p = compileWgsl(l.graph, DEFAULT_LIMITS, { sources: l.load.sources });
    const mm = p.kernels[0];
    expect(mm.code.split("\n")[0]).toMatch(/^\/\/ k0_matmul_add_max: matmul, add, max \(f32\[4, 784\], f32\[784, 300\], f32\[300\] -> f32\[4, 300\]\) from std\/nn\.dl:\d+$/);
    expect(mm.source).toMatch(/^std\/nn\.dl:\d+$/);
  });
});

const SMALL: WgslLimits = {
  ...DEFAULT_LIMITS, maxStorageBufferBindingSize: 1 << 20, maxBufferSize: 1 << 20,
  maxComputeWorkgroupsPerDimension: 64, maxComputeWorkgroupSizeX: 64, maxComputeInvocationsPerWorkgroup: 64,
};

describe("small device limits", () => {
  it("MLP at batch 64 under 1 MiB bindings, 64 workgroups per dimension and 64 invocations", async () => {
    const w = mlp(rng(64), 64);
    const program = compileWgsl(w.graph, SMALL);
    expect(program.arenas.length).toBeGreaterThan(1);
    for (const a of program.arenas) expect(a.byteSize).toBeLessThanOrEqual(SMALL.maxBufferSize);
    for (const t of program.tensors) expect(t.offset % 16).toBe(0);
    // Large dispatches are split into grids with no dimension over the limit.
    expect(program.kernels.some((k) => k.dispatch[1] > 1)).toBe(true);
    for (const k of program.kernels) for (const d of k.dispatch) expect(d).toBeLessThanOrEqual(64);
    for (const k of program.kernels) {
      const [, x, y] = /@workgroup_size\((\d+)(?:, (\d+))?\)/.exec(k.code)!;
      expect(Number(x) * Number(y ?? 1)).toBeLessThanOrEqual(64);
    }
    const dev = await device({ maxStorageBufferBindingSize: SMALL.maxStorageBufferBindingSize, maxComputeWorkgroupsPerDimension: 64,
      maxComputeWorkgroupSizeX: 64, maxComputeInvocationsPerWorkgroup: 64 });
    const run = await runProgram(dev, program, w.inputs, w.params);
    const want = interpret(w.graph, w.inputs, w.params);
    expectClose(run.outputs.get("logits")!, want.get("logits")!);
  });
  it("a tensor larger than maxStorageBufferBindingSize is a clear WgslError", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [600, 784]);
    const g = b.finish({ y: b.unary("exp", x) });
    expect(() => compileWgsl(g, SMALL)).toThrow(WgslError);
    expect(() => compileWgsl(g, SMALL)).toThrow(/tensor %0 \(input, f32\[600, 784\]\) needs 1881600 bytes, more than the device's maxStorageBufferBindingSize of 1048576 bytes/);
  });
});
