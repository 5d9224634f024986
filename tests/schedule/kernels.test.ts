// Kernel counts and schedules of every example, pinned by golden files (refresh with
// `npm run golden:update`), the targets the middle-end issue set, and fused against unfused
// builds on every backend: fusion may change how values are computed, never what.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWasm } from "../../compiler/backend-wasm/index.ts";
import { instantiateWasm } from "../../compiler/backend-wasm/instantiate.ts";
import { compileWgsl } from "../../compiler/backend-wgsl/index.ts";
import { DEFAULT_LIMITS } from "../../compiler/backend-wgsl/program.ts";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { Graph } from "../../compiler/ir/ir.ts";
import { scheduleGraph } from "../../compiler/schedule/build.ts";
import { printSchedule } from "../../compiler/schedule/print.ts";
import type { Tensor } from "../../runtime/interp/tensor.ts";
import { getDevice, runProgram } from "../backend-wgsl/run-program.ts";
import { expectClose } from "../interp/close.ts";
import { lowerExample, randomParams, ROOT, uniform } from "../lower/helpers.ts";

const EXAMPLES: [string, string][] = [
  ["mlp.dl", "Mlp"], ["lenet.dl", "LeNet"], ["transformer.dl", "Transformer"], ["mixer.dl", "Mixer"],
  ["randwire.dl", "RandWireSmall"], ["tiny_wired.dl", "Tiny"],
];
const GOLDEN = path.join(ROOT, "tests/schedule/golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

async function wasmRun(g: Graph, fuse: boolean, inputs: Map<string, Tensor>, params: Map<string, Tensor>) {
  const c = compileWasm(g, { fuse });
  const inst = await instantiateWasm(c);
  for (const [n, t] of inputs) inst.setInput(n, t.data);
  for (const [n, t] of params) inst.setParam(n, t.data);
  inst.run();
  return { kernels: c.plan.kernels.length, out: new Map(c.plan.outputs.map((o) => [o.name, { dtype: o.dtype, shape: o.shape, data: inst.getOutput(o.name) }])) };
}

const counts: Record<string, { wasm: { fused: number; unfused: number }; wgsl: { fused: number; unfused: number } }> = {};

describe("kernel counts and schedules", () => {
  for (const [file, model] of EXAMPLES) {
    it(`${model}: golden schedule, and fused equals unfused on WASM`, async () => {
      const l = await lowerExample(file, model, { batch: 2 });
      const text = printSchedule(scheduleGraph(l.graph));
      const golden = path.join(GOLDEN, file.replace(/\.dl$/, ".schedule"));
      if (UPDATE) writeFileSync(golden, text);
      expect(existsSync(golden), `${path.basename(golden)} is missing: run \`npm run golden:update\``).toBe(true);
      expect(text).toBe(readFileSync(golden, "utf8"));
      const params = randomParams(l, 3);
      const inputs = new Map(l.graph.inputs.map((v, i) => [v.name, uniform(40 + i, l.graph.nodes[v.node].shape)] as const));
      const fused = await wasmRun(l.graph, true, inputs, params);
      const unfused = await wasmRun(l.graph, false, inputs, params);
      for (const [name, t] of unfused.out) expectClose(fused.out.get(name)!, t, { rtol: 1e-5, atol: 1e-6 });
      const wf = compileWgsl(l.graph, DEFAULT_LIMITS, { fuse: true }).kernels.length;
      const wu = compileWgsl(l.graph, DEFAULT_LIMITS, { fuse: false }).kernels.length;
      counts[model] = { wasm: { fused: fused.kernels, unfused: unfused.kernels }, wgsl: { fused: wf, unfused: wu } };
    }, 120_000);
  }
  it("pins every example's kernel count on both backends", () => {
    const file = path.join(GOLDEN, "kernel-counts.json");
    const text = JSON.stringify(counts, null, 2) + "\n";
    if (UPDATE) writeFileSync(file, text);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(counts);
  });
  it("meets the issue's targets: MLP ≤ 3 on both backends, transformer ≤ 24 and randwire ≤ 120 on WGSL", () => {
    expect(counts.Mlp.wasm.fused).toBeLessThanOrEqual(3);
    expect(counts.Mlp.wgsl.fused).toBeLessThanOrEqual(3);
    expect(counts.Transformer.wgsl.fused).toBeLessThanOrEqual(24);
    expect(counts.RandWireSmall.wgsl.fused).toBeLessThanOrEqual(120);
    expect(counts.RandWireSmall.wasm.fused).toBeLessThanOrEqual(120);
  });
  it("relu(x * a + b) is one kernel", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [8, 16]);
    const a = b.param("a", "f32", [16], { kind: "ones" });
    const c = b.param("b", "f32", [16], { kind: "zeros" });
    const y = b.binaryBroadcast("max", b.binaryBroadcast("add", b.binaryBroadcast("mul", x, a), c), b.const(0, "f32"));
    const s = scheduleGraph(b.finish({ y }));
    expect(s.kernels.map((k) => k.kind)).toEqual(["loop"]);
    expect(s.kernels[0].nodes.length).toBe(3);
  });
});

describe("fused equals unfused on WebGPU", () => {
  for (const [file, model] of EXAMPLES) {
    it(model, async () => {
      const dev = await getDevice();
      if (!dev) {
        expect(process.env.CI, "no WebGPU adapter under CI=true").not.toBe("true");
        return;
      }
      const l = await lowerExample(file, model, { batch: 2 });
      const params = randomParams(l, 3);
      const inputs = new Map(l.graph.inputs.map((v, i) => [v.name, uniform(40 + i, l.graph.nodes[v.node].shape)] as const));
      const run = async (fuse: boolean) => (await runProgram(dev, compileWgsl(l.graph, DEFAULT_LIMITS, { fuse }), inputs, params)).outputs;
      const [fused, unfused] = [await run(true), await run(false)];
      for (const [name, t] of unfused) expectClose(fused.get(name)!, t, { rtol: 1e-5, atol: 1e-6 });
    }, 600_000);
  }
});
