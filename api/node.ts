/// <reference types="@webgpu/types" preserve="true" />
// `dlc/node`: what only Node has. A CompilerHost over the file system (the one the CLI uses,
// with this package's stdlib) and Dawn's WebGPU through the `webgpu` package, loaded only when
// nodeGpu() is called.
export { createNodeHost, type NodeHost, type NodeHostOptions } from "../cli/node-host.ts";
export { nodeGpu } from "../cli/node-gpu.ts";
