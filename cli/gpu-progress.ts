// Counting the WebGPU pipelines as Dawn builds them, for the progress line of `dlc run
// --backend webgpu`: the GPU object handed to load() is wrapped so that the device it
// requests reports each createComputePipelineAsync that settles. Every other property and
// method goes to the real object, called on it (Dawn's native methods check their receiver).
type Fn = (...args: unknown[]) => unknown;

function forward<T extends object>(target: T, overrides: Record<string, Fn>): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === "string" && key in overrides) return overrides[key];
      const v: unknown = Reflect.get(t, key, t);
      return typeof v === "function" ? (v as Fn).bind(t) : v;
    },
    set(t, key, value) {
      return Reflect.set(t, key, value, t);
    },
  });
}

/** `gpu`, with `onPipeline` called each time a compute pipeline of a device it makes is built (or fails). */
export function countingPipelines(gpu: GPU, onPipeline: () => void): GPU {
  const wrapDevice = (device: GPUDevice): GPUDevice =>
    forward(device, {
      createComputePipelineAsync: (...args: unknown[]) => {
        const p = (device.createComputePipelineAsync as unknown as Fn).apply(device, args) as Promise<GPUComputePipeline>;
        p.then(onPipeline, onPipeline);
        return p;
      },
    });
  const wrapAdapter = (adapter: GPUAdapter): GPUAdapter =>
    forward(adapter, {
      requestDevice: async (...args: unknown[]) => wrapDevice(await ((adapter.requestDevice as unknown as Fn).apply(adapter, args) as Promise<GPUDevice>)),
    });
  return forward(gpu, {
    requestAdapter: async (...args: unknown[]) => {
      const adapter = await ((gpu.requestAdapter as unknown as Fn).apply(gpu, args) as Promise<GPUAdapter | null>);
      return adapter && wrapAdapter(adapter);
    },
  });
}
