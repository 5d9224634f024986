// The WebGPU backend on a hand-written two-kernel program (no WGSL code generator involved):
// values, bool readback, smaller batches, pipelines built before the first run, one submit
// and one map per run, typed errors for a broken shader, a lost device and use after dispose.
import { beforeAll, describe, expect, it } from "vitest";
import { DisposedError } from "../../runtime/errors.ts";
import { load } from "../../runtime/session.ts";
import { DeviceLostError, ShaderCompileError } from "../../runtime/webgpu-errors.ts";
import { caught } from "../runtime-session/session-support.ts";
import { countingGpu, handArtifact, realGpu } from "./gpu-support.ts";

let gpu: GPU | undefined;
beforeAll(async () => {
  gpu = await realGpu();
});

const X = Float32Array.from([1, -2, 3, -4, 5, 6, 0.5, 0.25, -1, 2, -3, 4]);
const W = Float32Array.from([2, -1, 0.5]);
/** relu(x * w) worked out by hand, row by row. */
const Y = [2, 2, 1.5, 0, 0, 3, 1, 0, 0, 4, 3, 2];

describe("webgpu backend on a hand-written WGSL program", () => {
  it("computes relu(x * w) and the bool mask y > 0", async (ctx) => {
    if (!gpu) return ctx.skip();
    const s = await load(handArtifact(), { backend: "webgpu", gpu });
    s.setWeights({ w: { data: W } });
    const out = await s.runAsync({ x: { data: X, shape: [4, 3] } });
    expect(Array.from(out.y!.data)).toEqual(Y);
    expect(out.m!.dtype).toBe("bool");
    expect(out.m!.data).toBeInstanceOf(Uint8Array);
    expect(Array.from(out.m!.data)).toEqual(Y.map((v) => (v > 0 ? 1 : 0)));
    // A second run with other inputs gives other outputs (nothing is cached).
    const out2 = await s.runAsync({ x: { data: X.map((v) => -v), shape: [4, 3] } });
    expect(Array.from(out2.y!.data)).toEqual(Array.from(X, (v, i) => Math.max(-v * W[i % 3]!, 0)));
    // The first result survived the second run.
    expect(Array.from(out.y!.data)).toEqual(Y);
    expect(s.adapter?.description).toBeTruthy();
    s.dispose();
  });

  it("runs a smaller batch: the first rows", async (ctx) => {
    if (!gpu) return ctx.skip();
    const s = await load(handArtifact(), { backend: "webgpu", gpu });
    s.setWeights({ w: { data: W } });
    const out = await s.runAsync({ x: { data: X.subarray(0, 6), shape: [2, 3] } });
    expect(out.y!.shape).toEqual([2, 3]);
    expect(Array.from(out.y!.data)).toEqual(Y.slice(0, 6));
    s.dispose();
  });

  it("sync run() is a typed error that names runAsync", async (ctx) => {
    if (!gpu) return ctx.skip();
    const s = await load(handArtifact(), { backend: "webgpu", gpu });
    s.setWeights({ w: { data: W } });
    const e = await caught(() => s.run({ x: { data: X } }));
    expect(e.code).toBe("webgpu/async-only");
    expect(e.message).toContain("runAsync");
    s.dispose();
  });

  it("builds every pipeline in load (warmup), and each run is one submit and one map", async (ctx) => {
    if (!gpu) return ctx.skip();
    const { gpu: counted, counts } = countingGpu(gpu);
    const s = await load(handArtifact(), { backend: "webgpu", gpu: counted });
    expect(counts.pipelinesAsync).toBe(2);
    expect(counts.pipelinesSync).toBe(0);
    // Warmup's one submission dispatches every kernel once (drivers may JIT at first dispatch).
    expect(counts.submits).toBe(1);
    expect(counts.maps).toBe(0);
    s.setWeights({ w: { data: W } });
    await s.warmup(); // idempotent: nothing new is built
    expect(counts.pipelinesAsync).toBe(2);
    for (let i = 1; i <= 3; i++) {
      await s.runAsync({ x: { data: X } });
      expect(counts.submits).toBe(1 + i);
      expect(counts.maps).toBe(i);
    }
    expect(counts.pipelinesAsync).toBe(2);
    expect(counts.log.slice(0, 4)).toEqual(["pipeline", "pipeline", "submit", "submit"]);
    s.dispose();
  });

  it("concurrent runAsync calls run one after another with their own inputs", async (ctx) => {
    if (!gpu) return ctx.skip();
    const s = await load(handArtifact(), { backend: "webgpu", gpu });
    s.setWeights({ w: { data: W } });
    const [a, b] = await Promise.all([s.runAsync({ x: { data: X } }), s.runAsync({ x: { data: X.map((v) => 2 * v) } })]);
    expect(Array.from(a.y!.data)).toEqual(Y);
    expect(Array.from(b.y!.data)).toEqual(Y.map((v) => 2 * v));
    s.dispose();
  });

  it("a shader the driver rejects is a ShaderCompileError naming the kernel and its .dl line", async (ctx) => {
    if (!gpu) return ctx.skip();
    const { gpu: counted, counts } = countingGpu(gpu);
    const broken = handArtifact(4, (name, code) => (name === "k1_greater" ? code.replace("select(0u, 1u,", "select(0u, 1u") : code));
    const e = await caught(() => load(broken, { backend: "webgpu", gpu: counted }));
    expect(e).toBeInstanceOf(ShaderCompileError);
    const err = e as ShaderCompileError;
    expect(err.kernel).toBe("k1_greater");
    expect(err.source).toBe("hand.dl:6");
    expect(err.message).toContain('kernel "k1_greater" (from hand.dl:6)');
    expect(err.messages.some((m) => m.type === "error" && m.line === 4)).toBe(true);
    // The failed load released what it made.
    expect(counts.buffersDestroyed).toBe(counts.buffersCreated);
    expect(counts.devicesDestroyed).toBe(counts.devices);
  });

  it("a device destroyed mid-session: DeviceLostError on the next run, no hang", async (ctx) => {
    if (!gpu) return ctx.skip();
    const adapter = (await gpu.requestAdapter())!;
    const device = await adapter.requestDevice();
    const s = await load(handArtifact(), { backend: "webgpu", gpu, device, timeoutMs: 5000 });
    s.setWeights({ w: { data: W } });
    await s.runAsync({ x: { data: X } });
    device.destroy();
    const e = await caught(() => s.runAsync({ x: { data: X } }));
    expect(e).toBeInstanceOf(DeviceLostError);
    expect(e.message).toMatch(/load\(\) the artifact again/);
    // And it stays lost.
    expect(await caught(() => s.runAsync({ x: { data: X } }))).toBeInstanceOf(DeviceLostError);
    s.dispose();
  });

  it("dispose() destroys what it made; the session is unusable afterwards", async (ctx) => {
    if (!gpu) return ctx.skip();
    const { gpu: counted, counts } = countingGpu(gpu);
    const s = await load(handArtifact(), { backend: "webgpu", gpu: counted });
    s.setWeights({ w: { data: W } });
    await s.runAsync({ x: { data: X } });
    expect(counts.buffersCreated).toBe(3); // two arenas and the readback buffer
    s.dispose();
    expect(counts.buffersDestroyed).toBe(3);
    expect(counts.devicesDestroyed).toBe(1);
    expect(await caught(() => s.runAsync({ x: { data: X } }))).toBeInstanceOf(DisposedError);
    s.dispose(); // harmless
  });
});
