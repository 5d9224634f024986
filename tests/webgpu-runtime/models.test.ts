// Every example model (the first model of each file), compiled by the WGSL code generator, run on the real adapter through the
// public API, against the reference interpreter on the same weights and inputs.
import { beforeAll, describe, expect, it } from "vitest";
import { load, type TensorLike } from "../../runtime/session.ts";
import { buildExample, values } from "../runtime-session/session-support.ts";
import { maxRelDiff, realGpu } from "./gpu-support.ts";

let gpu: GPU | undefined;
beforeAll(async () => {
  gpu = await realGpu();
});

const BATCH = 8;

describe.each(["mlp.dl", "lenet.dl", "transformer.dl", "mixer.dl", "tiny_wired.dl", "randwire.dl"])("%s on webgpu", (file) => {
  it("matches the interpreter within 1e-4 (relative, absolute below 1), also at a smaller batch", async (ctx) => {
    if (!gpu) return ctx.skip();
    const artifact = await buildExample(file, BATCH, ["wgsl"]);
    expect(artifact.manifest.backends.wgsl).toBeDefined();
    const ref = await load(artifact, { backend: "interp" });
    const gpuSession = await load(artifact, { backend: "webgpu", gpu });
    for (const s of [ref, gpuSession]) s.initWeights(5);
    const full: Record<string, TensorLike> = {};
    const part: Record<string, TensorLike> = {};
    artifact.manifest.inputs.forEach((t, k) => {
      const n = t.shape.reduce((a, b) => a * b, 1);
      const data = values(n, 40 + k);
      full[t.name] = { data, shape: t.shape };
      part[t.name] = { data: data.subarray(0, (n / BATCH) * 3), shape: [3, ...t.shape.slice(1)] };
    });
    for (const inputs of [full, part]) {
      const want = ref.run(inputs);
      const got = await gpuSession.runAsync(inputs);
      for (const o of artifact.manifest.outputs) {
        expect(got[o.name]!.shape).toEqual(want[o.name]!.shape);
        expect(maxRelDiff(got[o.name]!.data, want[o.name]!.data)).toBeLessThan(1e-4);
        // Not vacuous: the outputs vary across samples and elements.
        const d = want[o.name]!.data;
        let lo = Infinity;
        let hi = -Infinity;
        for (const v of d) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        expect(hi - lo).toBeGreaterThan(1e-3);
      }
    }
    ref.dispose();
    gpuSession.dispose();
  }, 120_000);
});

describe("a compiled kernel the driver rejects", () => {
  it("is a ShaderCompileError naming the kernel and the .dl line it came from", async (ctx) => {
    if (!gpu) return ctx.skip();
    const artifact = await buildExample("mlp.dl", 2, ["wgsl"]);
    const program = JSON.parse(new TextDecoder().decode(artifact.files["wgsl/program.json"]!)) as { kernels: { name: string; file: string; source?: string }[] };
    const victim = program.kernels.find((k) => k.name.includes("matmul"))!;
    expect(victim.source).toMatch(/nn\.dl:\d+$/);
    artifact.files[victim.file] = new TextEncoder().encode(new TextDecoder().decode(artifact.files[victim.file]!) + "\nfn broken( {\n");
    const { ShaderCompileError } = await import("../../runtime/webgpu-errors.ts");
    const e = await load(artifact, { backend: "webgpu", gpu }).then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(ShaderCompileError);
    const err = e as InstanceType<typeof ShaderCompileError>;
    expect(err.kernel).toBe(victim.name);
    expect(err.source).toBe(victim.source);
    expect(err.message).toContain(`kernel "${victim.name}" (from ${victim.source})`);
  });
});
