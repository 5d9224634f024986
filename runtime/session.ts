/// <reference types="@webgpu/types" />
// A loaded model: load(artifact, {backend}) → setWeights / initWeights → run → dispose.
//
// Batch sizes. The graph is planned for the built batch N. A run with batch b < N pads every
// batched input with zero samples up to N and returns the first b rows of every batched
// output. That is exact only because the build proved every op per-sample along the batch
// axis (compiler/batch-analysis.ts: no reduction, reshape, transpose or concat mixes samples;
// normalization layers use fixed statistics in inference). When the graph does mix samples
// the manifest says batch.min = batch.max = N and any other batch is a BatchError.
//
// Backends. interp and wasm run synchronously: run() and runAsync() both work. webgpu runs
// asynchronously (a GPU submission and a readback), so its sessions take runAsync() only;
// run() says so with a typed error. runAsync() works on every backend, so code written
// against it switches backends by the load() option alone. load() on webgpu builds every
// pipeline before it returns (warmup), so the first run compiles nothing.
//
// Every check happens before any state changes: a failed setWeights leaves the old weights
// in place, a failed run leaves the previous inputs' results untouched.
import type { DType } from "../compiler/ir/ir.ts";
import { type Artifact, type ArtifactParam, type ArtifactTensor, artifactGraph, ArtifactError } from "./artifact.ts";
import type { Backend } from "./backends/backend.ts";
import { createInterpBackend } from "./backends/interp.ts";
import { createWasmBackend } from "./backends/wasm.ts";
import type { GpuBackend } from "./backends/webgpu.ts";
import type { AdapterSummary } from "./backends/webgpu-device.ts";
import { BatchError, DisposedError, DlcError, InputError, WeightError, type TensorSig } from "./errors.ts";
import { initializeParam } from "./init.ts";
import type { TensorData } from "./interp/tensor.ts";
import { readSafetensors, toTypedTensor, type SafetensorsDtype, type SafetensorsEntry } from "./safetensors.ts";

export type BackendName = "interp" | "wasm" | "webgpu";

export interface LoadOptions {
  backend: BackendName;
  /** webgpu: the WebGPU entry point (default navigator.gpu; in Node `create([])` from the `webgpu` package). */
  gpu?: GPU;
  /** webgpu: a device to share instead of requesting one; dispose() leaves it alive. */
  device?: GPUDevice;
  /** webgpu: the longest a single GPU wait may take before a GpuTimeoutError (default 30000 ms). */
  timeoutMs?: number;
}

/** A tensor given to run() or setWeights(): data in its dtype's typed array (bool: Uint8Array of 0/1). */
export interface TensorLike {
  data: TensorData | Float64Array | Uint16Array | Int8Array | Int16Array | Uint32Array | BigInt64Array | BigUint64Array;
  /** Defaults: the full shape for a weight; for an input, the model's shape with the batch taken from the data's length. */
  shape?: readonly number[];
  /** When given, checked against the model's; otherwise the dtype is read from the array's type. */
  dtype?: string;
}

export type TensorMap = Readonly<Record<string, TensorLike>> | ReadonlyMap<string, TensorLike>;

export interface OutputTensor {
  dtype: DType;
  shape: number[];
  data: TensorData;
}

export interface SetWeightsOptions {
  /** Ignore tensors that are not parameters of the model instead of failing (default false). */
  allowExtra?: boolean;
  /** Set only the given parameters, keeping the others (default false: every parameter is required). */
  partial?: boolean;
}

export interface Session {
  readonly model: string;
  readonly backend: BackendName;
  readonly inputs: readonly ArtifactTensor[];
  readonly outputs: readonly ArtifactTensor[];
  readonly parameters: readonly ArtifactParam[];
  readonly batch: { readonly built: number; readonly min: number; readonly max: number };
  /** From a map of tensors, or the bytes of a safetensors file keyed by parameter name. */
  setWeights(weights: TensorMap | Uint8Array, options?: SetWeightsOptions): void;
  /** Every parameter from its declared initializer, with a stream per parameter name. */
  initWeights(seed: number): void;
  /** Synchronous run; interp and wasm only (webgpu throws a DlcError with code "webgpu/async-only"). */
  run(inputs: TensorMap): Record<string, OutputTensor>;
  /** Runs on any backend; concurrent calls run one after another in call order. */
  runAsync(inputs: TensorMap): Promise<Record<string, OutputTensor>>;
  /** Builds whatever the backend compiles lazily (webgpu: every pipeline; load() already did). */
  warmup(): Promise<void>;
  /** webgpu: the adapter the session runs on (software = a CPU implementation such as lavapipe). */
  readonly adapter?: AdapterSummary;
  dispose(): void;
}

export async function load(artifact: Artifact, options: LoadOptions): Promise<Session> {
  const m = artifact.manifest;
  let backend: Backend | GpuBackend;
  if (options.backend === "webgpu") {
    // Imported on first use: sessions that never touch WebGPU never load its code.
    const { createWebGpuBackend } = await import("./backends/webgpu.ts");
    backend = await createWebGpuBackend(artifact, {
      ...(options.gpu ? { gpu: options.gpu } : {}),
      ...(options.device ? { device: options.device } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
  } else if (options.backend === "interp") {
    backend = createInterpBackend(artifactGraph(artifact));
  } else if (options.backend === "wasm") {
    if (!m.backends.wasm) throw new ArtifactError("no-backend", `artifact "${m.model}" was not built for the wasm backend`);
    backend = await createWasmBackend(artifact);
  } else {
    throw new ArtifactError("no-backend", `unknown backend ${JSON.stringify(options.backend)} (use "interp", "wasm" or "webgpu")`);
  }
  return new SessionImpl(artifact, options.backend, backend);
}

const ARRAY_DTYPE = new Map<Function, string>([
  [Float32Array, "f32"], [Int32Array, "i32"], [Uint8Array, "u8"], [Float64Array, "f64"], [Int8Array, "i8"],
  [Int16Array, "i16"], [Uint16Array, "u16"], [Uint32Array, "u32"], [BigInt64Array, "i64"], [BigUint64Array, "u64"],
]);

/** The dtype an array's class stands for; a Uint8Array is accepted as bool. */
function dtypeOfArray(data: unknown, want: DType): string {
  const d = typeof data === "object" && data !== null ? ARRAY_DTYPE.get(data.constructor) : undefined;
  if (d === undefined) return Array.isArray(data) ? "array" : typeof data;
  return d === "u8" && want === "bool" ? "bool" : d;
}

function stDtype(d: SafetensorsDtype): string {
  return d === "BOOL" ? "bool" : d.toLowerCase();
}

function count(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

function entriesOf(m: TensorMap): [string, TensorLike][] {
  return m instanceof Map ? [...m.entries()] : Object.entries(m as Record<string, TensorLike>);
}

class SessionImpl implements Session {
  readonly model: string;
  readonly inputs: readonly ArtifactTensor[];
  readonly outputs: readonly ArtifactTensor[];
  readonly parameters: readonly ArtifactParam[];
  readonly batch: { built: number; min: number; max: number };
  readonly adapter?: AdapterSummary;
  private impl: Backend | GpuBackend | undefined;
  /** The last runAsync() in flight: the next one starts when it settles. */
  private tail: Promise<unknown> = Promise.resolve();
  private readonly loaded = new Set<string>();
  /** Zero-padded staging buffers for runs below the built batch, reused across runs. */
  private readonly padded = new Map<string, TensorData>();

  constructor(artifact: Artifact, readonly backend: BackendName, impl: Backend | GpuBackend) {
    const m = artifact.manifest;
    this.model = m.model;
    this.inputs = m.inputs;
    this.outputs = m.outputs;
    this.parameters = m.parameters;
    this.batch = { built: m.batch.built, min: m.batch.min, max: m.batch.max };
    this.impl = impl;
    if (impl.name === "webgpu") this.adapter = (impl as GpuBackend).adapter;
  }

  private live(method: string): Backend | GpuBackend {
    if (!this.impl) throw new DisposedError(`session "${this.model}"`, method);
    return this.impl;
  }

  setWeights(weights: TensorMap | Uint8Array, options: SetWeightsOptions = {}): void {
    const impl = this.live("setWeights");
    const given: { name: string; dtype: string; shape: readonly number[]; data: () => TensorData; length: number }[] = [];
    if (weights instanceof Uint8Array) {
      // Parsing validates the whole file before a single tensor is looked at.
      const file = readSafetensors(weights);
      for (const e of file.tensors.values()) {
        const dtype = stDtype(e.dtype);
        given.push({ name: e.name, dtype, shape: e.shape, length: count(e.shape), data: () => copyEntry(e) });
      }
    } else {
      for (const [name, t] of entriesOf(weights)) {
        const param = this.parameters.find((p) => p.name === name);
        // The array's type is what the data really are, whatever a `dtype` field claims.
        const dtype = dtypeOfArray(t.data, param?.dtype ?? "f32");
        given.push({ name, dtype, shape: t.shape ?? param?.shape ?? [t.data.length], length: t.data.length, data: () => t.data as TensorData });
      }
    }
    const accepted: { param: ArtifactParam; get: () => TensorData }[] = [];
    const seen = new Set<string>();
    for (const g of given) {
      const param = this.parameters.find((p) => p.name === g.name);
      const actual: TensorSig = { dtype: g.dtype, shape: g.shape };
      if (!param) {
        if (options.allowExtra) continue;
        throw WeightError.unexpected(g.name, actual);
      }
      seen.add(g.name);
      const expected: TensorSig = { dtype: param.dtype, shape: param.shape };
      if (g.dtype !== param.dtype) throw WeightError.dtype(g.name, expected, actual);
      if (!sameShape(g.shape, param.shape)) throw WeightError.shape(g.name, expected, actual);
      if (g.length !== count(param.shape)) throw WeightError.wrongLength(g.name, expected, g.length);
      accepted.push({ param, get: g.data });
    }
    if (!options.partial) {
      for (const p of this.parameters) if (!seen.has(p.name)) throw WeightError.missing(p.name, { dtype: p.dtype, shape: p.shape });
    }
    for (const a of accepted) {
      impl.setParam(a.param.name, a.get());
      this.loaded.add(a.param.name);
    }
  }

  initWeights(seed: number): void {
    const impl = this.live("initWeights");
    // Compute every tensor first so that a bad initializer leaves the old weights in place.
    const values = this.parameters.map((p) => {
      const data = initializeParam(p.init, p.shape, seed, p.name);
      return p.dtype === "f32" ? data : p.dtype === "i32" ? Int32Array.from(data) : Uint8Array.from(data, (v) => (v !== 0 ? 1 : 0));
    });
    this.parameters.forEach((p, i) => {
      impl.setParam(p.name, values[i]!);
      this.loaded.add(p.name);
    });
  }

  run(inputs: TensorMap): Record<string, OutputTensor> {
    const impl = this.live("run");
    if (isGpu(impl)) {
      throw new DlcError("webgpu/async-only", `session "${this.model}" runs on webgpu, which is asynchronous: use \`await session.runAsync(inputs)\``);
    }
    const b = this.stage(impl, inputs);
    impl.run();
    return this.collect(impl, b);
  }

  runAsync(inputs: TensorMap): Promise<Record<string, OutputTensor>> {
    const next = this.tail.then(async () => {
      const impl = this.live("runAsync");
      const b = this.stage(impl, inputs);
      await impl.run();
      // dispose() while the GPU ran: the results are gone with the device.
      return this.collect(this.live("runAsync"), b);
    });
    this.tail = next.catch(() => undefined);
    return next;
  }

  async warmup(): Promise<void> {
    const impl = this.live("warmup");
    if (isGpu(impl)) await impl.warmup();
  }

  /** Checks `inputs` and hands them to the backend (padded to the built batch); returns the batch. */
  private stage(impl: Backend | GpuBackend, inputs: TensorMap): number {
    const given = new Map(entriesOf(inputs));
    const known = this.inputs.map((t) => t.name);
    for (const name of given.keys()) if (!known.includes(name)) throw InputError.unknown(name, known);
    let batch: number | undefined;
    const staged: { name: string; data: TensorData }[] = [];
    for (const spec of this.inputs) {
      const t = given.get(spec.name);
      const full: TensorSig = { dtype: spec.dtype, shape: spec.shape };
      if (t === undefined) throw InputError.missing(spec.name, full);
      const arrayDtype = dtypeOfArray(t.data, spec.dtype);
      const dtype = t.dtype ?? arrayDtype;
      const batched = spec.batchAxis === 0;
      const perSample = batched ? count(spec.shape.slice(1)) : count(spec.shape);
      const shape = t.shape ?? inferShape(spec, t.data.length, perSample);
      // What this input should have been, given the batch of the data that came.
      const rest = batched ? spec.shape.slice(1) : spec.shape;
      const b0 = batch ?? (shape.length === spec.shape.length ? shape[0]! : spec.shape[0]!);
      const expected: TensorSig = batched ? { dtype: spec.dtype, shape: [b0, ...rest] } : full;
      if (dtype !== spec.dtype) throw InputError.dtype(spec.name, expected, { dtype, shape });
      if (arrayDtype !== spec.dtype) throw InputError.dtype(spec.name, expected, { dtype: arrayDtype, shape });
      const tail = batched ? shape.slice(1) : shape;
      if (shape.length !== spec.shape.length || !sameShape(tail, rest)) throw InputError.shape(spec.name, expected, { dtype, shape });
      if (batched) {
        const b = shape[0]!;
        if (batch === undefined) {
          if (b < this.batch.min || b > this.batch.max) throw new BatchError(b, this.batch.min, this.batch.max, spec.name);
          batch = b;
        } else if (b !== batch) {
          throw InputError.shape(spec.name, expected, { dtype, shape });
        }
      }
      if (t.data.length !== count(shape)) throw InputError.wrongLength(spec.name, { dtype: spec.dtype, shape }, t.data.length);
      staged.push({ name: spec.name, data: t.data as TensorData });
    }
    const b = batch ?? this.batch.built;
    for (const p of this.parameters) {
      if (!this.loaded.has(p.name)) throw WeightError.missing(p.name, { dtype: p.dtype, shape: p.shape });
    }
    for (const s of staged) {
      const spec = this.inputs.find((t) => t.name === s.name)!;
      impl.setInput(s.name, spec.batchAxis === 0 && b < this.batch.built ? this.pad(spec, s.data) : s.data);
    }
    return b;
  }

  private collect(impl: Backend | GpuBackend, b: number): Record<string, OutputTensor> {
    const out: Record<string, OutputTensor> = {};
    for (const spec of this.outputs) {
      const shape = spec.batchAxis === 0 ? [b, ...spec.shape.slice(1)] : [...spec.shape];
      out[spec.name] = { dtype: spec.dtype, shape, data: impl.getOutput(spec.name, count(shape)) };
    }
    return out;
  }

  private pad(spec: ArtifactTensor, data: TensorData): TensorData {
    let buf = this.padded.get(spec.name);
    if (!buf) {
      const n = count(spec.shape);
      buf = spec.dtype === "f32" ? new Float32Array(n) : spec.dtype === "i32" ? new Int32Array(n) : new Uint8Array(n);
      this.padded.set(spec.name, buf);
    }
    buf.set(data);
    buf.fill(0, data.length);
    return buf;
  }

  dispose(): void {
    // A second dispose() is harmless, like closing a closed file.
    this.impl?.dispose();
    this.impl = undefined;
    this.padded.clear();
    this.loaded.clear();
  }
}

function isGpu(impl: Backend | GpuBackend): impl is GpuBackend {
  return impl.name === "webgpu";
}

/** The shape of input data given without one: the model's, with the batch read from the length. */
function inferShape(spec: ArtifactTensor, length: number, perSample: number): number[] {
  if (spec.batchAxis !== 0) return [...spec.shape];
  const b = perSample === 0 ? spec.shape[0]! : Math.floor(length / perSample);
  return [b, ...spec.shape.slice(1)];
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** A safetensors entry's values in a fresh typed array: the session must not alias the caller's file. */
function copyEntry(entry: SafetensorsEntry): TensorData {
  return toTypedTensor(entry, { copy: true }).data;
}
