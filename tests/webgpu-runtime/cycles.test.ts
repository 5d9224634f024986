// Bad input from the issue: 200 load/run/dispose cycles leave nothing behind. A wrapper around
// the GPU counts every buffer and device the backend creates and destroys; after each cycle
// nothing may be left alive, and memory may not grow with the number of cycles.
import { beforeAll, describe, expect, it } from "vitest";
import { load } from "../../runtime/session.ts";
import { countingGpu, handArtifact, realGpu } from "./gpu-support.ts";

let gpu: GPU | undefined;
beforeAll(async () => {
  gpu = await realGpu();
});

describe("200 load/run/dispose cycles", () => {
  it("destroy every buffer and device they create, and memory stays flat", async (ctx) => {
    if (!gpu) return ctx.skip();
    const { gpu: counted, counts } = countingGpu(gpu);
    const artifact = handArtifact();
    const x = Float32Array.from({ length: 12 }, (_, i) => i - 5);
    const cycle = async (i: number): Promise<void> => {
      const s = await load(artifact, { backend: "webgpu", gpu: counted });
      s.setWeights({ w: { data: Float32Array.from([1, 2, 3]) } });
      const out = await s.runAsync({ x: { data: x } });
      // Every cycle really ran: y[11] = relu(6 * 3).
      expect(out.y!.data[11]).toBe(18);
      s.dispose();
      expect(counts.buffersDestroyed, `cycle ${i}`).toBe(counts.buffersCreated);
      expect(counts.devicesDestroyed, `cycle ${i}`).toBe(counts.devices);
    };
    for (let i = 0; i < 20; i++) await cycle(i);
    const settle = async (): Promise<number> => {
      await new Promise((r) => setTimeout(r, 50));
      (globalThis as { gc?: () => void }).gc?.();
      return process.memoryUsage().rss;
    };
    const before = await settle();
    for (let i = 20; i < 200; i++) await cycle(i);
    const after = await settle();
    expect(counts.devices).toBe(200);
    expect(counts.buffersCreated).toBe(600);
    expect(counts.submits).toBe(400); // warmup's and the run's
    // The counts above are the leak check. RSS is a coarse guard on top: Dawn and lavapipe's
    // own native state grows by about 60 MiB over the first 200 device lifetimes and then
    // flattens (measured with a plain requestDevice/destroy loop and with dlc, JS heap flat),
    // so the bound is generous; it catches a leak of whole devices, not of small buffers.
    expect(after - before).toBeLessThan(160 * 2 ** 20);
  }, 120_000);
});

describe("loads sharing one device", () => {
  it("compile each kernel once: Dawn frees a pipeline only with its device", async (ctx) => {
    if (!gpu) return ctx.skip();
    const { gpu: counted, counts } = countingGpu(gpu);
    const device = await (await counted.requestAdapter())!.requestDevice();
    const artifact = handArtifact();
    const x = Float32Array.from({ length: 12 }, (_, i) => i - 5);
    for (let i = 0; i < 5; i++) {
      const s = await load(artifact, { backend: "webgpu", device });
      s.setWeights({ w: { data: Float32Array.from([1, 2, 3 + i]) } });
      const out = await s.runAsync({ x: { data: x } });
      expect(out.y!.data[11]).toBe(6 * (3 + i));
      s.dispose();
    }
    // The hand program has two kernels; the later loads reuse their pipelines.
    expect(counts.pipelinesAsync).toBe(2);
    // A different program on the same device still gets its own.
    const other = handArtifact(8);
    const s = await load(other, { backend: "webgpu", device });
    s.setWeights({ w: { data: Float32Array.from([1, 2, 3]) } });
    expect((await s.runAsync({ x: { data: Float32Array.from({ length: 24 }, (_, i) => i - 5) } })).y!.data[23]).toBe(18 * 3);
    s.dispose();
    expect(counts.pipelinesAsync).toBe(4);
    device.destroy();
  }, 60_000);
});
