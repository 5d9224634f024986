// A small host for a compiled graph: writes inputs and params into linear memory at the
// plan's offsets, calls `prepare` when a parameter changed since the last run, then `run`, and
// copies outputs out. Uses only the WebAssembly JS API.
import type { DType } from "../ir/ir.ts";
import type { CompileWasmResult, TensorSlot } from "./index.ts";

export type TensorArray = Float32Array | Int32Array | Uint8Array;

export interface WasmInstance {
  setInput(name: string, data: ArrayLike<number>): void;
  setParam(name: string, data: ArrayLike<number>): void;
  run(): void;
  /** A copy of the output's data (Float32Array, Int32Array or Uint8Array by dtype). */
  getOutput(name: string): TensorArray;
  readonly memory: WebAssembly.Memory;
}

function view(buffer: ArrayBuffer, dtype: DType, offset: number, length: number): TensorArray {
  return dtype === "f32" ? new Float32Array(buffer, offset, length)
    : dtype === "i32" ? new Int32Array(buffer, offset, length)
    : new Uint8Array(buffer, offset, length);
}

export async function instantiateWasm(result: Pick<CompileWasmResult, "wasm" | "plan">): Promise<WasmInstance> {
  const module = await compileModule(result.wasm as Uint8Array<ArrayBuffer>);
  const instance = await WebAssembly.instantiate(module, {});
  const memory = instance.exports.memory as WebAssembly.Memory;
  const runFn = instance.exports.run as () => void;
  const prepareFn = instance.exports.prepare as () => void;
  // A module from disk may be anything: refuse one that cannot be driven by this plan.
  if (!(memory instanceof WebAssembly.Memory) || typeof runFn !== "function" || typeof prepareFn !== "function") throw new TypeError("the module does not export `memory`, `prepare` and `run`");
  if (memory.buffer.byteLength < result.plan.totalBytes) throw new RangeError(`the module's memory (${memory.buffer.byteLength} bytes) is smaller than the plan's ${result.plan.totalBytes}`);
  const index = (slots: TensorSlot[]): Map<string, TensorSlot> => new Map(slots.map((s) => [s.name, s]));
  const inputs = index(result.plan.inputs);
  const params = index(result.plan.params);
  const outputs = index(result.plan.outputs);

  const write = (kind: string, slots: Map<string, TensorSlot>, name: string, data: ArrayLike<number>): void => {
    const s = slots.get(name);
    if (!s) throw new RangeError(`no ${kind} named "${name}" (have: ${[...slots.keys()].join(", ") || "none"})`);
    if (data.length !== s.length) throw new RangeError(`${kind} "${name}" needs ${s.length} elements (${s.dtype}[${s.shape.join(", ")}]), got ${data.length}`);
    const dst = view(memory.buffer, s.dtype, s.offset, s.length);
    if (s.dtype === "bool") for (let i = 0; i < s.length; i++) dst[i] = data[i] ? 1 : 0; // kernels rely on 0/1
    else dst.set(data);
  };

  // Weights-phase results are stale from the moment any parameter is written.
  let stale = true;
  return {
    memory,
    setInput: (name, data) => write("input", inputs, name, data),
    setParam: (name, data) => {
      write("param", params, name, data);
      stale = true;
    },
    run: () => {
      if (stale) prepareFn();
      stale = false;
      runFn();
    },
    getOutput(name) {
      const s = outputs.get(name);
      if (!s) throw new RangeError(`no output named "${name}" (have: ${[...outputs.keys()].join(", ")})`);
      return view(memory.buffer, s.dtype, s.offset, s.length).slice();
    },
  };
}

/**
 * Small modules compile synchronously: the async path queues behind whatever V8 is compiling
 * in the background (binaryen's own ~10 MB module, right after a build), which cost up to 1.5 s
 * for a 50 KB kernel module. Browsers refuse large synchronous compiles on the main thread,
 * so anything big, or any refusal, takes the async path.
 */
const SYNC_COMPILE_LIMIT = 1 << 20;

async function compileModule(bytes: Uint8Array<ArrayBuffer>): Promise<WebAssembly.Module> {
  if (bytes.byteLength <= SYNC_COMPILE_LIMIT) {
    try {
      return new WebAssembly.Module(bytes);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return WebAssembly.compile(bytes);
}

