// The Node side of WebGPU: Dawn through the `webgpu` package. Kept out of runtime/ (which runs
// in browsers, where navigator.gpu is the entry point) and imported only when a command or a
// test asks for the webgpu backend, since loading Dawn takes time and a native library.
let cached: Promise<GPU> | undefined;

/** One GPU object per process: Dawn's instance is costly and every session can share it. */
export function nodeGpu(): Promise<GPU> {
  cached ??= (async () => {
    const { create, globals } = await import("webgpu");
    // Dawn's objects expect the WebGPU globals (GPUBufferUsage, GPUValidationError, ...) to exist.
    Object.assign(globalThis, globals);
    return create([]);
  })();
  return cached;
}
