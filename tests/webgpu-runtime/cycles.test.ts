// Bad input from the issue: 200 load/run/dispose cycles leave nothing behind. A wrapper around
// the GPU counts every buffer and device the backend creates and destroys; after each cycle
// nothing may be left alive, and memory may not grow with the number of cycles.
import v8 from "node:v8";
import vm from "node:vm";
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

describe("loads sharing one device leave nothing of themselves behind", () => {
  it("the device's loss is heard once for all of them, and the JS heap stays flat over 300 loads", async (ctx) => {
    if (!gpu) return ctx.skip();
    const device = await (await gpu.requestAdapter())!.requestDevice();
    // `lost` settles only with the device: whatever waits on it lives as long as the device.
    let waiting = 0;
    const lost = device.lost;
    const watched = Object.create(device, {
      lost: { get: () => ({ then: (f: (i: GPUDeviceLostInfo) => unknown, r?: (e: unknown) => unknown) => (waiting++, lost.then(f, r)) }) },
    }) as GPUDevice;
    Object.defineProperty(watched, "queue", { get: () => device.queue });
    for (const k of ["createBuffer", "createShaderModule", "createBindGroupLayout", "createPipelineLayout", "createComputePipelineAsync", "createComputePipeline", "createBindGroup", "createCommandEncoder", "pushErrorScope", "popErrorScope", "destroy"] as const) {
      Object.defineProperty(watched, k, { value: (device[k] as (...a: unknown[]) => unknown).bind(device) });
    }
    Object.defineProperty(watched, "limits", { get: () => device.limits });
    const artifact = handArtifact();
    const x = { x: { data: Float32Array.from({ length: 12 }, (_, i) => i - 5) } };
    const cycle = async (): Promise<void> => {
      const s = await load(artifact, { backend: "webgpu", device: watched });
      s.setWeights({ w: { data: Float32Array.from([1, 2, 3]) } });
      expect((await s.runAsync(x)).y!.data[11]).toBe(18);
      s.dispose();
    };
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const heap = async (): Promise<number> => {
      await new Promise((r) => setTimeout(r, 20));
      for (let i = 0; i < 3; i++) gc();
      return process.memoryUsage().heapUsed;
    };
    for (let i = 0; i < 30; i++) await cycle();
    const before = await heap();
    for (let i = 0; i < 300; i++) await cycle();
    const after = await heap();
    expect(waiting).toBe(1);
    // Each load once kept its backend (program, kernels, staging) alive: about 12 KB a load.
    expect(after - before).toBeLessThan(1.5 * 2 ** 20);
    device.destroy();
  }, 120_000);
});
