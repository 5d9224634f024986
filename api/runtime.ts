/// <reference types="@webgpu/types" preserve="true" />
// `dlc/runtime`: the runtime's public surface (runtime/index.ts), which loads none of the
// compiler's front end or binaryen. The reference is kept in the emitted .d.ts so that the
// WebGPU types in its options (GPU, GPUDevice) resolve for users, from the `webgpu` dependency's
// @webgpu/types.
export * from "../runtime/index.ts";
