// A TEST-ONLY executor for WgslProgram on a real WebGPU adapter (Dawn via the `webgpu` package,
// Mesa lavapipe here and in CI): creates the arenas, uploads inputs/params/consts, builds one
// pipeline per kernel, dispatches them in order and reads the outputs back. The product runtime
// lives in runtime/backends; this only exists to test code generation end to end.
import { create, globals } from "webgpu";
import type { WgslLimits, WgslProgram, WgslTensor } from "../../compiler/backend-wgsl/program.ts";
import { allocData, type Tensor } from "../../runtime/interp/tensor.ts";

Object.assign(globalThis, globals);

let gpu: GPU | undefined;
let adapterPromise: Promise<GPUAdapter | null> | undefined;

/** The adapter, or undefined; under CI=true a missing adapter is an error, never a skip. */
export async function getAdapter(): Promise<GPUAdapter | undefined> {
  gpu ??= create([]);
  adapterPromise ??= gpu.requestAdapter();
  const adapter = (await adapterPromise) ?? undefined;
  if (!adapter && process.env.CI === "true") {
    throw new Error("no WebGPU adapter: install Mesa lavapipe with scripts/setup-webgpu.sh (CI=true forbids skipping the WebGPU tests)");
  }
  return adapter;
}

const devices = new Map<string, Promise<GPUDevice>>();

/** A device; with `limits`, requested with those (clamped into what the adapter supports). */
export async function getDevice(limits?: Partial<WgslLimits>): Promise<GPUDevice | undefined> {
  const adapter = await getAdapter();
  if (!adapter) return undefined;
  const key = JSON.stringify(limits ?? {});
  if (!devices.has(key)) {
    const requiredLimits: Record<string, number> = {};
    for (const [k, v] of Object.entries(limits ?? {})) {
      const max = (adapter.limits as unknown as Record<string, number>)[k];
      // Alignments are "better" when smaller; every other limit when larger.
      requiredLimits[k] = k.startsWith("min") ? Math.max(v, max) : Math.min(v, max);
    }
    // An adapter creates one device; later devices need a fresh adapter.
    const fresh = devices.size === 0 ? adapter : ((await gpu!.requestAdapter()) ?? adapter);
    devices.set(key, fresh.requestDevice({ requiredLimits }));
  }
  return devices.get(key)!;
}

export interface Executed {
  outputs: Map<string, Tensor>;
  /** Compilation messages per kernel name (errors and warnings). */
  messages: Map<string, GPUCompilationMessage[]>;
  /** Wall time of pipeline creation and of the dispatch + readback, in ms. */
  compileMs: number;
  runMs: number;
}

function upload(t: WgslTensor, data: ArrayLike<number>): ArrayBuffer {
  if (t.dtype === "f32") return Float32Array.from(data).buffer;
  if (t.dtype === "i32") return Int32Array.from(data).buffer;
  return Uint32Array.from(data, (v) => (v ? 1 : 0)).buffer;
}

/** Runs `program` on `device` with named inputs and params. */
export async function runProgram(device: GPUDevice, program: WgslProgram, inputs: Map<string, Tensor>, params: Map<string, Tensor>): Promise<Executed> {
  device.pushErrorScope("validation");
  const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
  const arenas = program.arenas.map((a) => device.createBuffer({ size: Math.ceil(a.byteSize / 4) * 4, usage }));
  for (const t of program.tensors) {
    const given = t.role === "input" ? inputs.get(t.name!) : t.role === "param" ? params.get(t.name!) : undefined;
    const data = t.role === "const" ? t.constData! : given?.data;
    if ((t.role === "input" || t.role === "param") && !given) throw new Error(`missing ${t.role} ${t.name}`);
    if (data && data.length > 0) device.queue.writeBuffer(arenas[t.arena], t.offset, upload(t, data));
  }
  const t0 = performance.now();
  const messages = new Map<string, GPUCompilationMessage[]>();
  const pipelines: GPUComputePipeline[] = [];
  for (const k of program.kernels) {
    const module = device.createShaderModule({ code: k.code, label: k.name });
    const info = await module.getCompilationInfo();
    messages.set(k.name, [...info.messages]);
    if (info.messages.some((m) => m.type === "error")) {
      throw new Error(`${k.name} does not compile:\n${info.messages.map((m) => `${m.lineNum}:${m.linePos} ${m.type}: ${m.message}`).join("\n")}\n${k.code}`);
    }
    pipelines.push(device.createComputePipeline({ layout: "auto", compute: { module, entryPoint: "main" }, label: k.name }));
  }
  const t1 = performance.now();
  const enc = device.createCommandEncoder();
  const pass = enc.beginComputePass();
  program.kernels.forEach((k, i) => {
    const group = device.createBindGroup({
      layout: pipelines[i].getBindGroupLayout(0),
      entries: k.bindings.map((b) => ({ binding: b.binding, resource: { buffer: arenas[b.arena] } })),
    });
    pass.setPipeline(pipelines[i]);
    pass.setBindGroup(0, group);
    pass.dispatchWorkgroups(...k.dispatch);
  });
  pass.end();
  const outs = program.tensors.filter((t) => t.role === "output");
  const staging = outs.map((t) => {
    const buf = device.createBuffer({ size: t.byteSize, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    enc.copyBufferToBuffer(arenas[t.arena], t.offset, buf, 0, t.byteSize);
    return buf;
  });
  device.queue.submit([enc.finish()]);
  const outputs = new Map<string, Tensor>();
  for (let i = 0; i < outs.length; i++) {
    const t = outs[i];
    await staging[i].mapAsync(GPUMapMode.READ);
    const bytes = staging[i].getMappedRange().slice(0);
    staging[i].unmap();
    staging[i].destroy();
    const n = t.shape.reduce((a, b) => a * b, 1);
    const raw = t.dtype === "f32" ? new Float32Array(bytes, 0, n) : t.dtype === "i32" ? new Int32Array(bytes, 0, n) : new Uint32Array(bytes, 0, n);
    const data = allocData(t.dtype, n);
    data.set(raw);
    outputs.set(t.name!, { dtype: t.dtype, shape: [...t.shape], data });
  }
  const err = await device.popErrorScope();
  for (const a of arenas) a.destroy();
  if (err) throw new Error(`WebGPU validation error: ${err.message}`);
  return { outputs, messages, compileMs: t1 - t0, runMs: performance.now() - t1 };
}
