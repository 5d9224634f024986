// The one small interface every execution backend implements for a session. The session does
// all validation, padding and slicing; a backend only holds tensors at the built batch size
// and runs the graph, so a new backend (WebGPU) needs nothing but these five methods.
import type { TensorData } from "../interp/tensor.ts";

export interface Backend {
  readonly name: string;
  /** Copies `data` (exactly the parameter's element count, its dtype's typed array). */
  setParam(name: string, data: TensorData): void;
  /** Copies `data` (exactly the input's element count at the built batch size). */
  setInput(name: string, data: TensorData): void;
  run(): void;
  /** A fresh copy of the output's first `count` elements, so it survives the next run. */
  getOutput(name: string, count: number): TensorData;
  /** Drops every reference the backend holds (instance, memory, tensors). */
  dispose(): void;
}
