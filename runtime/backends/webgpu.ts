/// <reference types="@webgpu/types" />
// The WebGPU backend: a WgslProgram (compiler/backend-wgsl/program.ts) on a real device.
//
//   load     one storage buffer per arena, one MAP_READ staging buffer for all outputs, and
//            per kernel its shader module, layouts and bind group (built once, never per run)
//   warmup   every pipeline with createComputePipelineAsync, after getCompilationInfo() says
//            the shader compiles, then one submission of every kernel (drivers that compile
//            at first dispatch do it now); load() awaits it, so the first run compiles nothing
//   run      inputs were written by setInput (queue.writeBuffer); one command encoder, one
//            compute pass with every kernel, one copy per output into the staging buffer, one
//            submit and one mapAsync
//
// GPU failures arrive late and far from their cause, so every wait is guarded: device loss
// rejects whatever is pending (DeviceLostError), nothing waits longer than timeoutMs
// (GpuTimeoutError), and a validation error in a run is traced back to its kernel by
// re-encoding each kernel alone (only on that error path).
import type { WgslKernel, WgslProgram, WgslTensor } from "../../compiler/backend-wgsl/program.ts";
import type { Artifact } from "../artifact.ts";
import { DisposedError } from "../errors.ts";
import type { TensorData } from "../interp/tensor.ts";
import { DeviceLostError, GpuTimeoutError, GpuValidationError, ShaderCompileError, type ShaderMessage } from "../webgpu-errors.ts";
import { defaultGpu, requestAdapter, requiredLimits, summarizeAdapter, type AdapterSummary } from "./webgpu-device.ts";
import { artifactWgslProgram } from "./webgpu-program.ts";

// The spec's numeric flags: browsers have GPUBufferUsage etc. as globals, Node does not.
const USAGE_MAP_READ = 0x1;
const USAGE_COPY_SRC = 0x4;
const USAGE_COPY_DST = 0x8;
const USAGE_STORAGE = 0x80;
const STAGE_COMPUTE = 0x4;
const MAP_MODE_READ = 0x1;

export const DEFAULT_GPU_TIMEOUT_MS = 30_000;

export interface WebGpuOptions {
  /** The WebGPU entry point; defaults to navigator.gpu. In Node: `create([])` from the `webgpu` package. */
  gpu?: GPU;
  /** A device to share; it is used as is and not destroyed by dispose(). */
  device?: GPUDevice;
  /** The longest any single GPU wait may take before a GpuTimeoutError (default 30 s). */
  timeoutMs?: number;
}

/** Like Backend (backend.ts), but run() is asynchronous and pipelines are built by warmup(). */
export interface GpuBackend {
  readonly name: "webgpu";
  readonly adapter: AdapterSummary;
  setParam(name: string, data: TensorData): void;
  setInput(name: string, data: TensorData): void;
  /** Builds every pipeline; idempotent (load() has already awaited it). */
  warmup(): Promise<void>;
  run(): Promise<void>;
  getOutput(name: string, count: number): TensorData;
  dispose(): void;
}

interface KernelState {
  k: WgslKernel;
  compiled: CompiledKernel;
  bindGroup: GPUBindGroup;
  pipeline?: GPUComputePipeline;
}

/** A kernel's device objects that do not depend on the session's buffers. */
interface CompiledKernel {
  module: GPUShaderModule;
  bindGroupLayout: GPUBindGroupLayout;
  layout: GPUPipelineLayout;
  pipeline?: Promise<GPUComputePipeline>;
}

/**
 * Per device, each distinct kernel (its code and bindings) compiled once. WebGPU has no way to
 * free a pipeline and Dawn keeps every one until its device is destroyed, so loading the same
 * artifact again and again on a device shared through `load(..., {device})` grew memory by
 * about 60 KB per pipeline per load (bench/RESULTS.md, soak); with this it reuses them, and
 * such a load compiles nothing.
 */
const compiledKernels = new WeakMap<GPUDevice, Map<string, CompiledKernel>>();

/**
 * Who hears each device's loss. A `device.lost.then` per backend would keep every backend that
 * ever used a shared device (its program, its kernels) alive for as long as the device lives,
 * since that promise settles only with the device; one handler per device, calling whoever is
 * registered now, lets a disposed backend go.
 */
const lostListeners = new WeakMap<GPUDevice, Set<(info: GPUDeviceLostInfo) => void>>();

/** Calls `f` when `device` is lost, until the returned function is called. */
function onDeviceLost(device: GPUDevice, f: (info: GPUDeviceLostInfo) => void): () => void {
  let set = lostListeners.get(device);
  if (!set) {
    const listeners = new Set<(info: GPUDeviceLostInfo) => void>();
    lostListeners.set(device, listeners);
    void device.lost.then((info) => {
      for (const g of [...listeners]) g(info);
    });
    set = listeners;
  }
  set.add(f);
  const listeners = set;
  return () => void listeners.delete(f);
}

export async function createWebGpuBackend(artifact: Artifact, options: WebGpuOptions = {}): Promise<GpuBackend> {
  const program = checkSharedReads(artifactWgslProgram(artifact));
  const timeoutMs = options.timeoutMs ?? DEFAULT_GPU_TIMEOUT_MS;
  let device: GPUDevice;
  let adapter: AdapterSummary;
  if (options.device) {
    device = options.device;
    const info = (device as { adapterInfo?: GPUAdapterInfo }).adapterInfo;
    adapter = info ? summarizeAdapter({ info }) : { description: "a device passed to load()", vendor: "", architecture: "", software: false };
  } else {
    const a = await timed(requestAdapter(options.gpu ?? defaultGpu()), timeoutMs, "requesting an adapter");
    adapter = summarizeAdapter(a);
    const limits = requiredLimits(program, a);
    device = await timed(a.requestDevice({ requiredLimits: limits, label: `dlc ${artifact.manifest.model}` }), timeoutMs, "requesting a device");
  }
  const b = new WebGpuBackend(program, device, !options.device, adapter, timeoutMs);
  try {
    await b.init();
    await b.warmup();
  } catch (e) {
    b.dispose();
    throw e;
  }
  return b;
}

class WebGpuBackend implements GpuBackend {
  readonly name = "webgpu" as const;
  private arenas: GPUBuffer[] = [];
  private staging: GPUBuffer | undefined;
  private kernels: KernelState[] = [];
  private readonly byName = { input: new Map<string, WgslTensor>(), param: new Map<string, WgslTensor>() };
  private readonly outputs = new Map<string, { t: WgslTensor; at: number }>();
  private readback: ArrayBuffer | undefined;
  /** Parameter writes so far, and how many of them the weights-phase kernels last ran after. */
  private paramWrites = 0;
  private preparedAt = -1;
  private warmed: Promise<void> | undefined;
  private disposed = false;
  private readonly stopHearingLoss: () => void;
  private failure: Error | undefined;
  /** Rejecters of every guarded wait in flight, so that device loss or dispose ends them all. */
  private readonly pending = new Set<(e: Error) => void>();

  constructor(
    private readonly program: WgslProgram,
    private device: GPUDevice,
    private readonly ownsDevice: boolean,
    readonly adapter: AdapterSummary,
    private readonly timeoutMs: number,
  ) {
    for (const t of program.tensors) {
      if ((t.role === "input" || t.role === "param") && t.name !== undefined) this.byName[t.role].set(t.name, t);
    }
    this.stopHearingLoss = onDeviceLost(device, (info) => {
      if (this.disposed) return;
      this.fail(new DeviceLostError(info.reason, info.message));
    });
  }

  async init(): Promise<void> {
    const d = this.device;
    d.pushErrorScope("out-of-memory");
    d.pushErrorScope("validation");
    this.arenas = this.program.arenas.map((a, i) =>
      d.createBuffer({ label: `dlc arena ${i}`, size: align4(a.byteSize), usage: USAGE_STORAGE | USAGE_COPY_DST | USAGE_COPY_SRC }),
    );
    let at = 0;
    for (const t of this.program.tensors) {
      if (t.role !== "output" || t.name === undefined || this.outputs.has(t.name)) continue;
      this.outputs.set(t.name, { t, at });
      at += align4(t.byteSize);
    }
    this.staging = d.createBuffer({ label: "dlc readback", size: Math.max(4, at), usage: USAGE_MAP_READ | USAGE_COPY_DST });
    for (const t of this.program.tensors) if (t.constData !== undefined) this.write(t, t.constData);
    const invalid = d.popErrorScope();
    const oom = d.popErrorScope();
    const [v, o] = await this.guard(Promise.all([invalid, oom]), "creating buffers");
    if (o) throw new GpuValidationError("load", undefined, `out of GPU memory creating ${this.arenas.length} buffers: ${o.message}`);
    if (v) throw new GpuValidationError("load", undefined, `creating buffers: ${v.message}`);

    const checks: Promise<GPUError | null>[] = [];
    /** The kernel each check belongs to. */
    const checked: WgslKernel[] = [];
    const cache = compiledKernels.get(d) ?? new Map<string, CompiledKernel>();
    compiledKernels.set(d, cache);
    const added: string[] = [];
    for (const k of this.program.kernels) {
      const key = `${k.bindings.map((b) => `${b.binding}:${b.access}`).join(",")}\n${k.code}`;
      let compiled = cache.get(key);
      if (!compiled) {
        // The module's own compile errors are read from getCompilationInfo() in warmup(); this
        // scope only keeps them from surfacing again as uncaptured errors.
        d.pushErrorScope("validation");
        const module = d.createShaderModule({ label: k.name, code: k.code });
        void d.popErrorScope().catch(() => null);
        d.pushErrorScope("validation");
        const bindGroupLayout = d.createBindGroupLayout({
          label: k.name,
          entries: k.bindings.map((b) => ({
            binding: b.binding,
            visibility: STAGE_COMPUTE,
            buffer: { type: b.access === "read" ? ("read-only-storage" as const) : ("storage" as const) },
          })),
        });
        const layout = d.createPipelineLayout({ label: k.name, bindGroupLayouts: [bindGroupLayout] });
        checks.push(d.popErrorScope());
        checked.push(k);
        compiled = { module, bindGroupLayout, layout };
        cache.set(key, compiled);
        added.push(key);
      }
      d.pushErrorScope("validation");
      const bindGroup = d.createBindGroup({
        label: k.name,
        layout: compiled.bindGroupLayout,
        entries: k.bindings.map((b) => ({ binding: b.binding, resource: { buffer: this.arenas[b.arena]! } })),
      });
      checks.push(d.popErrorScope());
      checked.push(k);
      this.kernels.push({ k, compiled, bindGroup });
    }
    const failedChecks = await this.guard(Promise.all(checks), "creating bind groups").catch((e: unknown) => {
      for (const key of added) cache.delete(key);
      throw e;
    });
    if (failedChecks.some((e) => e !== null)) for (const key of added) cache.delete(key);
    const i = failedChecks.findIndex((e) => e !== null);
    if (i >= 0) throw kernelError(checked[i]!, failedChecks[i]!.message);
  }

  warmup(): Promise<void> {
    this.check("warmup");
    this.warmed ??= this.buildPipelines();
    return this.warmed;
  }

  private async buildPipelines(): Promise<void> {
    const built = await Promise.allSettled(
      this.kernels.map(async (s) => {
        const c = s.compiled;
        const info = await this.guard(c.module.getCompilationInfo(), `compiling kernel "${s.k.name}"`);
        const messages: ShaderMessage[] = info.messages.map((m) => ({ type: m.type, line: m.lineNum, column: m.linePos, message: m.message }));
        if (messages.some((m) => m.type === "error")) throw new ShaderCompileError(s.k.name, s.k.source, messages);
        try {
          const pending = (c.pipeline ??= this.device.createComputePipelineAsync({ label: s.k.name, layout: c.layout, compute: { module: c.module, entryPoint: "main" } }));
          // A pipeline that failed is not kept for the next load to fail on too.
          pending.catch(() => {
            if (c.pipeline === pending) c.pipeline = undefined;
          });
          s.pipeline = await this.guard(pending, `building the pipeline of kernel "${s.k.name}"`);
        } catch (e) {
          if (e instanceof Error && "code" in e) throw e;
          throw kernelError(s.k, e instanceof Error ? e.message : String(e));
        }
      }),
    );
    // The first failing kernel in program order, whatever order the driver finished in.
    const failed = built.find((r) => r.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
    await this.prime();
  }

  /**
   * One submission of every kernel, with no readback. Drivers may finish compiling a pipeline
   * only at its first dispatch (on lavapipe with a cold shader cache LeNet's first run took
   * 13 s without this, the next 10 ms), and that cost belongs to warmup, not to the first run. The kernels
   * only write their own outputs, so running them on whatever the buffers hold is harmless.
   */
  private async prime(): Promise<void> {
    const d = this.device;
    d.pushErrorScope("validation");
    const enc = d.createCommandEncoder({ label: "dlc warmup" });
    const pass = enc.beginComputePass();
    for (const s of this.kernels) encodeKernel(pass, s);
    pass.end();
    d.queue.submit([enc.finish()]);
    const invalid = await this.guard(d.popErrorScope(), "checking the warmup submission");
    if (invalid) throw await this.blame(invalid.message);
    await this.guard(d.queue.onSubmittedWorkDone(), "the warmup run of every kernel");
  }

  setParam(name: string, data: TensorData): void {
    this.check("setParam");
    this.write(this.byName.param.get(name) ?? missing("parameter", name), data);
    this.paramWrites++;
  }

  setInput(name: string, data: TensorData): void {
    this.check("setInput");
    this.write(this.byName.input.get(name) ?? missing("input", name), data);
  }

  async run(): Promise<void> {
    this.check("run");
    await this.warmup();
    const d = this.device;
    const staging = this.staging!;
    d.pushErrorScope("validation");
    const enc = d.createCommandEncoder({ label: "dlc run" });
    const pass = enc.beginComputePass({ label: "dlc kernels" });
    // The weights phase only when a parameter changed since it last ran (WgslProgram.prepareKernels).
    const writes = this.paramWrites;
    const from = this.preparedAt === writes ? this.program.prepareKernels : 0;
    for (const s of this.kernels.slice(from)) encodeKernel(pass, s);
    pass.end();
    for (const { t, at } of this.outputs.values()) enc.copyBufferToBuffer(this.arenas[t.arena]!, t.offset, staging, at, align4(t.byteSize));
    d.queue.submit([enc.finish()]);
    const scope = d.popErrorScope();
    // A failed map is looked at only after the error scope: a validation error explains it.
    const mapped = staging.mapAsync(MAP_MODE_READ).then(() => null, (e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    const [invalid, mapError] = await this.guard(Promise.all([scope, mapped]), "running the kernels and reading the outputs back");
    if (!mapError) {
      this.readback = staging.getMappedRange().slice(0);
      staging.unmap();
    }
    if (invalid) throw await this.blame(invalid.message);
    if (mapError) {
      // A destroyed or lost device fails the map before its `lost` promise resolves.
      const lost = await this.lostWithin(1000);
      throw lost ?? new GpuValidationError("run", undefined, `reading the outputs back failed: ${mapError.message}`);
    }
    this.preparedAt = writes;
  }

  getOutput(name: string, count: number): TensorData {
    this.check("getOutput");
    const o = this.outputs.get(name) ?? missing("output", name);
    if (!this.readback) throw new GpuValidationError("run", undefined, `output "${name}" was read before any run`);
    const words = this.readback.slice(o.at, o.at + 4 * count);
    if (o.t.dtype === "f32") return new Float32Array(words);
    if (o.t.dtype === "i32") return new Int32Array(words);
    return Uint8Array.from(new Uint32Array(words), (v) => (v !== 0 ? 1 : 0));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.stopHearingLoss();
    const gone = new DisposedError("webgpu backend");
    for (const reject of [...this.pending]) reject(gone);
    if (!(this.failure instanceof GpuTimeoutError)) {
      for (const b of this.arenas) b.destroy();
      this.staging?.destroy();
      if (this.ownsDevice) {
        // Its kernels go with it: nothing else can use them, and the native objects they hold
        // would otherwise keep the device's JS wrapper (the cache's key) alive.
        compiledKernels.delete(this.device);
        this.device.destroy();
      }
    }
    this.arenas = [];
    this.staging = undefined;
    this.kernels = [];
    this.readback = undefined;
    this.outputs.clear();
  }

  private write(t: WgslTensor, data: ArrayLike<number>): void {
    const n = t.shape.reduce((a, b) => a * b, 1);
    if (data.length > n) throw new GpuValidationError("load", undefined, `tensor "${t.name ?? t.node}" holds ${n} elements, got ${data.length}`);
    // bool has no storage type in WGSL: one u32 per element on the device.
    const words = t.dtype === "f32" ? toF32(data) : t.dtype === "i32" ? toI32(data) : Uint32Array.from(data, (v) => (v !== 0 ? 1 : 0));
    this.device.queue.writeBuffer(this.arenas[t.arena]!, t.offset, words as Float32Array<ArrayBuffer>);
  }

  private check(method: string): void {
    if (this.disposed) throw new DisposedError("webgpu backend", method);
    if (this.failure) throw this.failure;
  }

  /** Marks the backend unusable and ends every wait in flight with `e`. */
  private fail(e: Error): void {
    this.failure ??= e;
    for (const reject of [...this.pending]) reject(this.failure);
  }

  /** `p`, but rejected by device loss, dispose() or the timeout, whichever comes first. */
  private guard<T>(p: Promise<T>, what: string): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      const end = (e: Error): void => {
        settle();
        reject(e);
      };
      const timer = setTimeout(() => {
        settle();
        // A wait that never ended leaves the queue in an unknown state: nothing may run again.
        this.fail(new GpuTimeoutError(what, this.timeoutMs));
        reject(this.failure);
      }, this.timeoutMs);
      const settle = (): void => {
        clearTimeout(timer);
        this.pending.delete(end);
      };
      this.pending.add(end);
      p.then(
        (v) => {
          settle();
          resolve(v);
        },
        (e: unknown) => end(this.failure ?? (e instanceof Error ? e : new Error(String(e)))),
      );
    });
  }

  private lostWithin(ms: number): Promise<Error | undefined> {
    if (this.failure) return Promise.resolve(this.failure);
    return new Promise((resolve) => {
      const stop = onDeviceLost(this.device, () => {
        clearTimeout(timer);
        stop();
        // The lost handler registered in the constructor ran first and set `failure`.
        resolve(this.failure);
      });
      const timer = setTimeout(() => {
        stop();
        resolve(this.failure);
      }, ms);
    });
  }

  /** The kernel a run's validation error belongs to: each kernel encoded alone, never submitted. */
  private async blame(message: string): Promise<Error> {
    const d = this.device;
    for (const s of this.kernels) {
      d.pushErrorScope("validation");
      const enc = d.createCommandEncoder();
      const pass = enc.beginComputePass();
      encodeKernel(pass, s);
      pass.end();
      enc.finish();
      const e = await this.guard(d.popErrorScope(), `checking kernel "${s.k.name}"`);
      if (e) return kernelError(s.k, e.message);
    }
    return new GpuValidationError("run", undefined, message);
  }
}

function encodeKernel(pass: GPUComputePassEncoder, s: KernelState): void {
  pass.setPipeline(s.pipeline!);
  pass.setBindGroup(0, s.bindGroup);
  pass.dispatchWorkgroups(s.k.dispatch[0], s.k.dispatch[1], s.k.dispatch[2]);
}

/**
 * WebGPU forbids binding one buffer both read-only and writable in a dispatch, so the WGSL
 * generator binds each arena once per kernel. A program that binds one twice is a generator
 * bug: say which kernel, rather than a driver error later.
 */
function checkSharedReads(program: WgslProgram): WgslProgram {
  for (const k of program.kernels) {
    const seen = new Set<number>();
    for (const b of k.bindings) {
      if (seen.has(b.arena)) {
        throw new GpuValidationError(
          k.name,
          k.source,
          `binding ${b.binding} binds arena ${b.arena} a second time; ` +
            "WebGPU forbids read-only and writable bindings of one buffer in a dispatch: this is a bug in dlc's WGSL generator",
        );
      }
      seen.add(b.arena);
    }
  }
  return program;
}

function kernelError(k: WgslKernel, message: string): GpuValidationError {
  return new GpuValidationError(k.name, k.source, message.trim());
}

function missing(what: string, name: string): never {
  throw new GpuValidationError("load", undefined, `the WGSL program has no ${what} "${name}"`);
}

/** Timeouts for the waits before there is a device (no loss to watch for yet). */
function timed<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new GpuTimeoutError(what, ms)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

function align4(n: number): number {
  return Math.ceil(n / 4) * 4;
}

function toF32(data: ArrayLike<number>): Float32Array {
  return data instanceof Float32Array ? data : Float32Array.from(data);
}

function toI32(data: ArrayLike<number>): Int32Array {
  return data instanceof Int32Array ? data : Int32Array.from(data);
}
