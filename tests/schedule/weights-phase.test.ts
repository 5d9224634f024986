// The weights phase (spec/fusion.md, "Weights-only values"): kernels that read only parameters
// and constants run once per weight change. The tests check the schedule's shape, that the
// memory plan keeps those results alive across runs, and that every backend recomputes them
// after setWeights and not otherwise: outputs against a hand computation in doubles.
import { describe, expect, it } from "vitest";
import { load, type BackendName } from "../../runtime/session.ts";
import { planMemory } from "../../compiler/schedule/memory-plan.ts";
import { scheduleGraph } from "../../compiler/schedule/build.ts";
import { WASM_TARGET } from "../../compiler/backend-wasm/index.ts";
import { buildSource } from "../runtime-session/session-support.ts";
import { realGpu } from "../webgpu-runtime/gpu-support.ts";

// y = x @ (w * sigmoid(g)) + exp(b): the scaled weight and exp(b) depend on the weights only.
const SOURCE = `layer Scaled(n: Dim, m: Dim) {
  param w: f32[n, m] = glorot_uniform()
  param g: f32[m] = zeros()
  param b: f32[m] = zeros()
  fn (x: f32[..N, n]) -> f32[..N, m] {
    x @ (w * sigmoid(g)) + exp(b)
  }
}

model Hoisted {
  input x: f32[B, 3]
  s = Scaled(3, 2)
  output y = s(x)
}
`;

const sig = (v: number) => 1 / (1 + Math.exp(-v));
function reference(x: number[], w: number[], g: number[], b: number[]): number[] {
  const out: number[] = [];
  for (let r = 0; r < x.length / 3; r++) {
    for (let c = 0; c < 2; c++) {
      let s = Math.exp(b[c]);
      for (let k = 0; k < 3; k++) s += x[3 * r + k] * w[2 * k + c] * sig(g[c]);
      out.push(s);
    }
  }
  return out;
}

const X = [1, 2, 3, -1, 0.5, 2];
const W1 = [1, 0, 0, 1, 1, 1];
const G1 = [0, 1];
const B1 = [0, -1];
const W2 = [2, -1, 0.5, 1, 0, 3];
const G2 = [-2, 0.5];
const B2 = [1, 0.25];

describe("the weights phase", async () => {
  const artifact = await buildSource(SOURCE, 2, ["wasm", "wgsl"]);

  it("puts weight-only kernels first, reading only parameters, constants and each other", () => {
    const s = scheduleGraph(artifact.graph!, { fuse: true });
    expect(s.prepareKernels).toBeGreaterThanOrEqual(1);
    const weightsOut = new Set<number>();
    s.kernels.forEach((k, i) => {
      expect(k.phase === "weights").toBe(i < s.prepareKernels);
      if (k.phase !== "weights") return;
      for (const r of k.reads) expect(["param", "const"].includes(s.buffers[r].role) || weightsOut.has(r)).toBe(true);
      weightsOut.add(k.output);
    });
    // The run phase reads a weights-phase result, and the memory plan keeps it for every run.
    const mem = planMemory(s, WASM_TARGET);
    const carried = s.kernels.slice(s.prepareKernels).flatMap((k) => k.reads).filter((r) => weightsOut.has(r));
    expect(carried.length).toBeGreaterThan(0);
    for (const r of carried) expect(mem.lifetime[r].end).toBe(s.kernels.length);
    const manifestKernels = artifact.manifest.backends.wasm!.kernels!;
    expect(manifestKernels.filter((k) => k.phase === "weights").length).toBe(s.prepareKernels);
  });

  it("has no weights phase at -O0", () => {
    const s = scheduleGraph(artifact.graph!, { fuse: false });
    expect(s.prepareKernels).toBe(0);
    expect(s.kernels.every((k) => k.phase === "run")).toBe(true);
  });

  const gpu = await realGpu();
  const backends: BackendName[] = gpu ? ["interp", "wasm", "webgpu"] : ["interp", "wasm"];
  for (const backend of backends) {
    it(`recomputes weight-only values after setWeights and only then (${backend})`, async () => {
      const s = await load(artifact, { backend, ...(backend === "webgpu" ? { gpu: gpu! } : {}) });
      try {
        const set = (w: number[], g: number[], b: number[]) =>
          s.setWeights({ "s.w": new Float32Array(w), "s.g": new Float32Array(g), "s.b": new Float32Array(b) });
        const y = async () => Array.from((await s.runAsync({ x: new Float32Array(X) })).y.data as Float32Array);
        const close = (got: number[], want: number[]) => got.forEach((v, i) => expect(Math.abs(v - want[i])).toBeLessThan(1e-5 * Math.max(1, Math.abs(want[i]))));
        set(W1, G1, B1);
        close(await y(), reference(X, W1, G1, B1));
        close(await y(), reference(X, W1, G1, B1));
        set(W2, G2, B2);
        close(await y(), reference(X, W2, G2, B2));
        close(await y(), reference(X, W2, G2, B2));
      } finally {
        s.dispose();
      }
    });
  }
});
