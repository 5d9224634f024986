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
//
// Ordering (spec/runtime.md, "Concurrency and ordering"). run() and runAsync() read and copy
// their inputs when they are called, never later. Calls take effect in call order: a
// setWeights() made after a runAsync() never reaches that run, and one made before a call
// always does. interp and wasm finish runAsync() before it returns (the promise is already
// settled); webgpu queues runs one after another, and a setWeights() made while runs are
// queued is queued behind them.
import type { DType } from "../compiler/ir/ir.ts";
import { type Artifact, type ArtifactParam, type ArtifactTensor, artifactGraph, ArtifactError } from "./artifact.ts";
import { checkManifest } from "./artifact-check.ts";
import type { Backend } from "./backends/backend.ts";
import { createInterpBackend } from "./backends/interp.ts";
import { createWasmBackend } from "./backends/wasm.ts";
import type { GpuBackend } from "./backends/webgpu.ts";
import type { AdapterSummary } from "./backends/webgpu-device.ts";
import { BatchError, DisposedError, DlcError, InputError, RunError, WeightError, type TensorSig } from "./errors.ts";
import { initializeParam } from "./init.ts";
import type { TensorData } from "./interp/tensor.ts";
import { readSafetensors, toTypedTensor, type SafetensorsDtype } from "./safetensors.ts";
import { copyTensor, readTensorValue, type TensorValue } from "./tensor-value.ts";

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

/** Elements of a tensor as a plain array, flat or nested one level per dimension (shape read from the nesting). */
export type NestedArray = readonly (number | boolean | NestedArray)[];

/**
 * A tensor given to run() or setWeights(): {data, shape?, dtype?}, or the data alone. Data are
 * the dtype's typed array (bool: Uint8Array of 0/1) over any ArrayBuffer, SharedArrayBuffer
 * included, or a plain or nested array of numbers. They are copied when the call is made.
 */
export type TensorInput = TensorLike | TensorLike["data"];

export interface TensorLike {
  data: TensorData | Float64Array | Uint16Array | Int8Array | Int16Array | Uint32Array | BigInt64Array | BigUint64Array | NestedArray;
  /** Defaults: the full shape for a weight; for an input, the model's shape with the batch taken from the data's length. */
  shape?: readonly number[];
  /** When given, checked against the model's; otherwise the dtype is read from the array's type. */
  dtype?: string;
}

/** Tensors by name: an object (own keys, so build it with JSON.parse or computed keys for names like `__proto__`) or a Map. */
export type TensorMap = Readonly<Record<string, TensorInput>> | ReadonlyMap<string, TensorInput>;

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
  /** Runs on any backend; inputs are copied at the call; calls run one after another in call order. */
  runAsync(inputs: TensorMap): Promise<Record<string, OutputTensor>>;
  /** Builds whatever the backend compiles lazily (webgpu: every pipeline; load() already did). */
  warmup(): Promise<void>;
  /** webgpu: the adapter the session runs on (software = a CPU implementation such as lavapipe). */
  readonly adapter?: AdapterSummary;
  /** Frees the backend; a run in flight or queued rejects with a DisposedError. */
  dispose(): void;
}

export async function load(artifact: Artifact, options: LoadOptions): Promise<Session> {
  // An artifact from parseArtifact was checked there; one built in memory or by hand is checked here.
  const m = checkManifest(artifact.manifest, { written: false });
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

function stDtype(d: SafetensorsDtype): string {
  return d === "BOOL" ? "bool" : d.toLowerCase();
}

function count(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

function entriesOf(m: TensorMap): [string, TensorInput][] {
  return m instanceof Map ? [...m.entries()] : Object.entries(m as Record<string, TensorInput>);
}

/** Own data properties, so that an output named `__proto__` is a key like any other. */
function record<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of entries) {
    // Assignment defines the same own property for every other key, and is faster per run.
    if (k === "__proto__") Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out;
}

/** A run's inputs, checked and copied when the call was made. */
interface Job {
  batch: number;
  inputs: [string, TensorData][];
}

class SessionImpl implements Session {
  readonly model: string;
  readonly inputs: readonly ArtifactTensor[];
  readonly outputs: readonly ArtifactTensor[];
  readonly parameters: readonly ArtifactParam[];
  readonly batch: { built: number; min: number; max: number };
  readonly adapter?: AdapterSummary;
  private impl: Backend | GpuBackend | undefined;
  /** The last queued webgpu job: the next one starts when it settles. */
  private tail: Promise<unknown> = Promise.resolve();
  /** webgpu jobs queued or running; 0 means a write may go straight to the backend. */
  private queued = 0;
  private readonly loaded = new Set<string>();
  private readonly inputByName: Map<string, ArtifactTensor>;
  private readonly paramByName: Map<string, ArtifactParam>;

  constructor(artifact: Artifact, readonly backend: BackendName, impl: Backend | GpuBackend) {
    const m = artifact.manifest;
    this.model = m.model;
    this.inputs = m.inputs;
    this.outputs = m.outputs;
    this.parameters = m.parameters;
    this.batch = { built: m.batch.built, min: m.batch.min, max: m.batch.max };
    this.inputByName = new Map(m.inputs.map((t) => [t.name, t]));
    this.paramByName = new Map(m.parameters.map((p) => [p.name, p]));
    this.impl = impl;
    if (impl.name === "webgpu") this.adapter = (impl as GpuBackend).adapter;
  }

  private live(method: string): Backend | GpuBackend {
    if (!this.impl) throw new DisposedError(`session "${this.model}"`, method);
    return this.impl;
  }

  setWeights(weights: TensorMap | Uint8Array, options: SetWeightsOptions = {}): void {
    this.live("setWeights");
    const given: { name: string; value: TensorValue | { kind: "bad-shape" | "value"; why: string } }[] = [];
    if (weights instanceof Uint8Array) {
      // Parsing validates the whole file before a single tensor is looked at.
      const file = readSafetensors(weights);
      for (const e of file.tensors.values()) {
        const dtype = stDtype(e.dtype);
        // A view where alignment allows (copied below); other dtypes only need their name for the error.
        const source = dtype === "f32" || dtype === "i32" || dtype === "bool" ? toTypedTensor(e).data : new Uint8Array(0);
        given.push({ name: e.name, value: { arrayDtype: dtype, claimed: undefined, shape: [...e.shape], length: count(e.shape), source } });
      }
    } else if (typeof weights !== "object" || weights === null) {
      throw WeightError.badShape("", undefined, `setWeights() takes safetensors bytes, an object or a Map of tensors, got ${weights === null ? "null" : typeof weights}`);
    } else {
      for (const [name, t] of entriesOf(weights)) given.push({ name, value: readTensorValue(t, this.paramByName.get(name)?.dtype ?? "f32") });
    }
    const problems: WeightError[] = [];
    const accepted: { param: ArtifactParam; data: TensorData }[] = [];
    const seen = new Set<string>();
    for (const { name, value } of given) {
      const param = this.paramByName.get(name);
      if (!param) {
        if (!options.allowExtra) problems.push(WeightError.unexpected(name, "kind" in value ? { dtype: "?", shape: [] } : { dtype: value.arrayDtype, shape: value.shape ?? [value.length] }));
        continue;
      }
      seen.add(name);
      const expected: TensorSig = { dtype: param.dtype, shape: param.shape };
      if ("kind" in value) {
        problems.push(value.kind === "bad-shape" ? WeightError.badShape(name, expected, value.why) : WeightError.badValue(name, expected, value.why));
        continue;
      }
      const shape = value.shape ?? param.shape;
      const actual: TensorSig = { dtype: value.arrayDtype, shape };
      // The array's type is what the data really are, whatever a `dtype` field claims.
      if (value.arrayDtype !== param.dtype) problems.push(WeightError.dtype(name, expected, actual));
      else if (!sameShape(shape, param.shape)) problems.push(WeightError.shape(name, expected, actual));
      else if (value.length !== count(param.shape)) problems.push(WeightError.wrongLength(name, expected, value.length));
      else accepted.push({ param, data: copyTensor(value.source, param.dtype) });
    }
    if (!options.partial) {
      for (const p of this.parameters) if (!seen.has(p.name)) problems.push(WeightError.missing(p.name, { dtype: p.dtype, shape: p.shape }));
    }
    if (problems.length > 0) throw WeightError.all(problems);
    for (const a of accepted) this.loaded.add(a.param.name);
    this.write("setWeights", accepted);
  }

  initWeights(seed: number): void {
    this.live("initWeights");
    // Compute every tensor first so that a bad initializer leaves the old weights in place.
    const values = this.parameters.map((param) => {
      const data = initializeParam(param.init, param.shape, seed, param.name);
      return { param, data: param.dtype === "f32" ? data : param.dtype === "i32" ? Int32Array.from(data) : Uint8Array.from(data, (v) => (v !== 0 ? 1 : 0)) };
    });
    for (const v of values) this.loaded.add(v.param.name);
    this.write("initWeights", values);
  }

  /** Parameter writes in call order: at once, or behind the webgpu runs already queued. */
  private write(method: string, values: { param: ArtifactParam; data: TensorData }[]): void {
    const apply = (impl: Backend | GpuBackend): void => {
      for (const v of values) impl.setParam(v.param.name, v.data);
    };
    if (this.queued === 0) apply(this.live(method));
    else void this.enqueue(async () => apply(this.live(method))).catch(() => undefined);
  }

  run(inputs: TensorMap): Record<string, OutputTensor> {
    const impl = this.live("run");
    if (isGpu(impl)) {
      throw new DlcError("webgpu/async-only", `session "${this.model}" runs on webgpu, which is asynchronous: use \`await session.runAsync(inputs)\``);
    }
    return this.execute(impl, this.prepare(inputs, false));
  }

  runAsync(inputs: TensorMap): Promise<Record<string, OutputTensor>> {
    let impl: Backend | GpuBackend;
    let job: Job;
    try {
      impl = this.live("runAsync");
      job = this.prepare(inputs, isGpu(impl));
      // Synchronous backends finish now, so nothing is ever queued behind them.
      if (!isGpu(impl)) return Promise.resolve(this.execute(impl, job));
    } catch (e) {
      return Promise.reject(e);
    }
    return this.enqueue(async () => {
      const gpu = this.live("runAsync") as GpuBackend;
      for (const [name, data] of job.inputs) gpu.setInput(name, data);
      try {
        await gpu.run();
      } catch (e) {
        // dispose() while the GPU ran: the results are gone with the device.
        if (!this.impl) throw new DisposedError(`session "${this.model}"`, "runAsync");
        throw e instanceof DlcError ? e : new RunError("webgpu", this.model, e);
      }
      return this.collect(this.live("runAsync"), job.batch);
    });
  }

  private enqueue<T>(f: () => Promise<T>): Promise<T> {
    this.queued++;
    const next = this.tail.then(f).finally(() => {
      this.queued--;
    });
    this.tail = next.catch(() => undefined);
    return next;
  }

  private execute(impl: Backend, job: Job): Record<string, OutputTensor> {
    for (const [name, data] of job.inputs) impl.setInput(name, data);
    try {
      impl.run();
    } catch (e) {
      throw e instanceof DlcError ? e : new RunError(impl.name, this.model, e);
    }
    return this.collect(impl, job.batch);
  }

  async warmup(): Promise<void> {
    const impl = this.live("warmup");
    if (isGpu(impl)) await impl.warmup();
  }

  /**
   * Checks `inputs` and stages them padded to the built batch. A job that runs later (`deferred`)
   * holds copies, so nothing of the caller's is kept; one that runs now may hand the caller's own
   * array to the backend, whose setInput copies it (a second copy cost the MLP 5%).
   */
  private prepare(inputs: TensorMap, deferred: boolean): Job {
    if (typeof inputs !== "object" || inputs === null || ArrayBuffer.isView(inputs) || Array.isArray(inputs)) {
      throw InputError.argument(`inputs must be an object or a Map of tensors by input name, got ${inputs === null ? "null" : Array.isArray(inputs) ? "an array" : typeof inputs}`);
    }
    const given = new Map(entriesOf(inputs));
    for (const name of given.keys()) if (!this.inputByName.has(name)) throw InputError.unknown(name, this.inputs.map((t) => t.name));
    let batch: number | undefined;
    const staged: { spec: ArtifactTensor; value: TensorValue }[] = [];
    for (const spec of this.inputs) {
      const full: TensorSig = { dtype: spec.dtype, shape: spec.shape };
      if (!given.has(spec.name)) throw InputError.missing(spec.name, full);
      const value = readTensorValue(given.get(spec.name), spec.dtype);
      if ("kind" in value) throw value.kind === "bad-shape" ? InputError.badShape(spec.name, full, value.why) : InputError.badValue(spec.name, full, value.why);
      const dtype = value.claimed ?? value.arrayDtype;
      const batched = spec.batchAxis === 0;
      const perSample = batched ? count(spec.shape.slice(1)) : count(spec.shape);
      const shape = value.shape ?? inferShape(spec, value.length, perSample);
      // What this input should have been, given the batch of the data that came.
      const rest = batched ? spec.shape.slice(1) : spec.shape;
      const b0 = batch ?? (shape.length === spec.shape.length ? shape[0]! : spec.shape[0]!);
      const expected: TensorSig = batched ? { dtype: spec.dtype, shape: [b0, ...rest] } : full;
      if (dtype !== spec.dtype) throw InputError.dtype(spec.name, expected, { dtype, shape });
      if (value.arrayDtype !== spec.dtype) throw InputError.dtype(spec.name, expected, { dtype: value.arrayDtype, shape });
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
      if (value.length !== count(shape)) throw InputError.wrongLength(spec.name, { dtype: spec.dtype, shape }, value.length);
      staged.push({ spec, value });
    }
    // Every name in `loaded` is a parameter's, so equal sizes mean all are there.
    if (this.loaded.size !== this.parameters.length) {
      for (const p of this.parameters) {
        if (!this.loaded.has(p.name)) throw WeightError.missing(p.name, { dtype: p.dtype, shape: p.shape });
      }
    }
    return { batch: batch ?? this.batch.built, inputs: staged.map(({ spec, value }) => stageInput(spec, value, deferred)) };
  }

  private collect(impl: Backend | GpuBackend, b: number): Record<string, OutputTensor> {
    return record(this.outputs.map((spec) => {
      const shape = spec.batchAxis === 0 ? [b, ...spec.shape.slice(1)] : [...spec.shape];
      return [spec.name, { dtype: spec.dtype, shape, data: impl.getOutput(spec.name, count(shape)) }];
    }));
  }

  dispose(): void {
    // A second dispose() is harmless, like closing a closed file.
    const impl = this.impl;
    this.impl = undefined;
    this.loaded.clear();
    impl?.dispose();
  }
}

/** Batched inputs are zero-padded to the built batch; the copy happens now, at the call. */
function stageInput(spec: ArtifactTensor, value: TensorValue, deferred: boolean): [string, TensorData] {
  const size = count(spec.shape);
  const src = value.source;
  const usable = !deferred && src.length === size && ((spec.dtype === "f32" && src instanceof Float32Array) || (spec.dtype === "i32" && src instanceof Int32Array));
  return [spec.name, usable ? src : copyTensor(src, spec.dtype, size)];
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
