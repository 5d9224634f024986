// The CLI on WebGPU: `dlc run --backend webgpu` agrees with `--backend interp`, and
// `dlc build --target all` writes the wasm module and the WGSL kernels, which run from the folder.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dlc } from "../cli/cli-support.ts";
import { readStF32 } from "../runtime-session/st-bytes.ts";
import { maxRelDiff, realGpu } from "./gpu-support.ts";

let hasGpu = false;
beforeAll(async () => {
  hasGpu = (await realGpu()) !== undefined;
});
const dir = mkdtempSync(path.join(os.tmpdir(), "dlc-webgpu-cli-"));

function run(args: string[], out: string): Float32Array {
  const r = dlc([...args, "--random-inputs", "--batch", "4", "--repeat", "1", "--out", out]);
  expect(r.stderr.replace(/^Warning: .*\n/gm, "")).toBe("");
  expect(r.code).toBe(0);
  return readStF32(new Uint8Array(readFileSync(out))).logits!.data;
}

describe("dlc and webgpu", () => {
  it("run examples/mlp.dl --backend webgpu equals --backend interp", (ctx) => {
    if (!hasGpu) return ctx.skip();
    const gpu = run(["run", "examples/mlp.dl", "--backend", "webgpu"], path.join(dir, "gpu.safetensors"));
    const ref = run(["run", "examples/mlp.dl", "--backend", "interp"], path.join(dir, "ref.safetensors"));
    expect(gpu.length).toBe(40);
    expect(maxRelDiff(gpu, ref)).toBeLessThan(1e-4);
  }, 60_000);

  it("build --target all writes manifest, model.wasm and the .wgsl kernels; the folder runs on webgpu", (ctx) => {
    if (!hasGpu) return ctx.skip();
    const art = path.join(dir, "mlp-all");
    const b = dlc(["build", "examples/mlp.dl", "--target", "all", "-o", art, "--batch", "4"]);
    expect(b.stderr).toBe("");
    expect(b.code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(art, "manifest.json"), "utf8"));
    expect(Object.keys(manifest.backends).sort()).toEqual(["interp", "wasm", "wgsl"]);
    expect(existsSync(path.join(art, "model.wasm"))).toBe(true);
    const kernels = readdirSync(path.join(art, "wgsl")).filter((f) => f.endsWith(".wgsl"));
    // matmul + bias + relu, twice, then matmul + bias: one WGSL file per fused kernel.
    expect(kernels.length).toBe(3);
    expect(manifest.backends.wgsl.kernels.map((k: { name: string }) => k.name)).toEqual(["k0_matmul_add_max", "k1_matmul_add_max", "k2_matmul_add"]);
    expect(readFileSync(path.join(art, "wgsl", kernels[0]!), "utf8")).toContain("@compute");
    const fromDir = run(["run", art, "--backend", "webgpu"], path.join(dir, "dir.safetensors"));
    const ref = run(["run", "examples/mlp.dl", "--backend", "interp"], path.join(dir, "ref2.safetensors"));
    expect(maxRelDiff(fromDir, ref)).toBeLessThan(1e-4);
  }, 60_000);
});
