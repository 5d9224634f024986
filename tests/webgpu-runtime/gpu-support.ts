// Shared by the WebGPU runtime tests: the real adapter (Dawn + Mesa lavapipe here), a wrapper
// that counts what the backend asks of the GPU, and a tiny hand-written WGSL artifact that
// does not depend on the WGSL code generator.
import { nodeGpu } from "../../cli/node-gpu.ts";
import type { WgslProgram } from "../../compiler/backend-wgsl/program.ts";
import { DEFAULT_LIMITS } from "../../compiler/backend-wgsl/program.ts";
import { ARTIFACT_FORMAT, ARTIFACT_VERSION, type Artifact } from "../../runtime/artifact.ts";
import { encodeWgslProgram } from "../../runtime/backends/webgpu-program.ts";

/**
 * The GPU if it has an adapter. Under CI=true a missing adapter fails the run (CI installs
 * lavapipe with scripts/setup-webgpu.sh, so no adapter there means a broken setup, not a skip).
 */
export async function realGpu(): Promise<GPU | undefined> {
  const gpu = await nodeGpu();
  const adapter = await gpu.requestAdapter();
  if (!adapter) {
    if (process.env.CI === "true") throw new Error("CI=true but WebGPU has no adapter: run scripts/setup-webgpu.sh (Mesa lavapipe)");
    return undefined;
  }
  return gpu;
}

export interface GpuCounts {
  devices: number;
  devicesDestroyed: number;
  buffersCreated: number;
  buffersDestroyed: number;
  pipelinesAsync: number;
  pipelinesSync: number;
  submits: number;
  maps: number;
  /** Events in order ("pipeline", "submit", "map"), to check what happened before what. */
  log: string[];
}

/** Binds methods to the real object so that native receivers stay native. */
function forward<T extends object>(target: T, overrides: Partial<Record<string, unknown>>): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === "string" && key in overrides) return overrides[key];
      const v = Reflect.get(t, key, t) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
}

/** A GPU whose adapters and devices count every buffer, pipeline, submit and map they make. */
export function countingGpu(gpu: GPU): { gpu: GPU; counts: GpuCounts } {
  const counts: GpuCounts = { devices: 0, devicesDestroyed: 0, buffersCreated: 0, buffersDestroyed: 0, pipelinesAsync: 0, pipelinesSync: 0, submits: 0, maps: 0, log: [] };
  const wrapDevice = (device: GPUDevice): GPUDevice => {
    counts.devices++;
    const queue = forward(device.queue, {
      submit: (cbs: GPUCommandBuffer[]) => {
        counts.submits++;
        counts.log.push("submit");
        device.queue.submit(cbs);
      },
    });
    return forward(device, {
      queue,
      destroy: () => {
        counts.devicesDestroyed++;
        device.destroy();
      },
      createBuffer: (d: GPUBufferDescriptor) => {
        const b = device.createBuffer(d);
        counts.buffersCreated++;
        let destroyed = false;
        const destroy = b.destroy.bind(b);
        const mapAsync = b.mapAsync.bind(b);
        // Own properties on the real buffer: the buffer itself is passed to native calls.
        Object.assign(b, {
          destroy: () => {
            if (!destroyed) counts.buffersDestroyed++;
            destroyed = true;
            destroy();
          },
          mapAsync: (...a: Parameters<GPUBuffer["mapAsync"]>) => {
            counts.maps++;
            counts.log.push("map");
            return mapAsync(...a);
          },
        });
        return b;
      },
      createComputePipelineAsync: (d: GPUComputePipelineDescriptor) => {
        counts.pipelinesAsync++;
        counts.log.push("pipeline");
        return device.createComputePipelineAsync(d);
      },
      createComputePipeline: (d: GPUComputePipelineDescriptor) => {
        counts.pipelinesSync++;
        return device.createComputePipeline(d);
      },
    });
  };
  const wrapped = forward(gpu, {
    requestAdapter: async (o?: GPURequestAdapterOptions) => {
      const a = await gpu.requestAdapter(o);
      if (!a) return a;
      return forward(a, { requestDevice: async (d?: GPUDeviceDescriptor) => wrapDevice(await a.requestDevice(d)) });
    },
  });
  return { gpu: wrapped, counts };
}

/**
 * Model "Hand": y = relu(x * w) (w broadcast over rows), m = y > 0 as bool. Two kernels; the
 * second reads y and writes m in one arena, which it binds once, read_write.
 */
export function handArtifact(rows = 4, codeOverride?: (name: string, code: string) => string): Artifact {
  const n = rows * 3;
  const program: WgslProgram = {
    arenas: [{ byteSize: 512 }, { byteSize: 512 }],
    tensors: [
      { node: 0, arena: 0, offset: 0, byteSize: 4 * n, dtype: "f32", shape: [rows, 3], role: "input", name: "x" },
      { node: 1, arena: 0, offset: 256, byteSize: 12, dtype: "f32", shape: [3], role: "param", name: "w" },
      { node: 2, arena: 1, offset: 0, byteSize: 4 * n, dtype: "f32", shape: [rows, 3], role: "output", name: "y" },
      { node: 3, arena: 1, offset: 256, byteSize: 4 * n, dtype: "bool", shape: [rows, 3], role: "output", name: "m" },
    ],
    prepareKernels: 0,
    kernels: [
      {
        name: "k0_relu_mul",
        nodes: [2],
        source: "hand.dl:5",
        code: `// hand.dl:5
@group(0) @binding(0) var<storage, read> a0: array<u32>;
@group(0) @binding(1) var<storage, read_write> a1: array<u32>;
@compute @workgroup_size(64) fn main(@builtin(global_invocation_id) g: vec3u) {
  if (g.x < ${n}u) { a1[g.x] = bitcast<u32>(max(bitcast<f32>(a0[g.x]) * bitcast<f32>(a0[64u + g.x % 3u]), 0.0)); }
}
`,
        bindings: [
          { binding: 0, arena: 0, access: "read" },
          { binding: 1, arena: 1, access: "read_write" },
        ],
        dispatch: [1, 1, 1],
      },
      {
        name: "k1_greater",
        nodes: [3],
        source: "hand.dl:6",
        code: `// hand.dl:6
@group(0) @binding(0) var<storage, read_write> a1: array<u32>;
@compute @workgroup_size(64) fn main(@builtin(global_invocation_id) g: vec3u) {
  if (g.x < ${n}u) { a1[64u + g.x] = select(0u, 1u, bitcast<f32>(a1[g.x]) > 0.0); }
}
`,
        bindings: [
          { binding: 0, arena: 1, access: "read_write" },
        ],
        dispatch: [1, 1, 1],
      },
    ],
    limits: DEFAULT_LIMITS,
  };
  if (codeOverride) for (const k of program.kernels) k.code = codeOverride(k.name, k.code);
  const { files, entry } = encodeWgslProgram(program);
  return {
    manifest: {
      format: ARTIFACT_FORMAT,
      version: ARTIFACT_VERSION,
      model: "Hand",
      batch: { built: rows, min: 1, max: rows },
      inputs: [{ name: "x", dtype: "f32", shape: [rows, 3], batchAxis: 0 }],
      outputs: [
        { name: "y", dtype: "f32", shape: [rows, 3], batchAxis: 0 },
        { name: "m", dtype: "bool", shape: [rows, 3], batchAxis: 0 },
      ],
      parameters: [{ name: "w", dtype: "f32", shape: [3], init: { kind: "ones" }, trainable: true }],
      backends: { wgsl: entry },
    },
    files,
  };
}

/** Largest |a−b| / max(1, |b|) over all elements. */
export function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
  return worst;
}
