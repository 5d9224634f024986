// What a caller may pass as a tensor (to run() or setWeights()), read into one form: a typed
// array, a plain or nested array of numbers, or {data, shape?, dtype?} holding either. The
// caller's arrays are only read here and copied later, never kept: a queued run must not see
// later writes to them, and a SharedArrayBuffer must never reach a GPU queue (Dawn's
// writeBuffer crashes on one), so every backend receives fresh, private ArrayBuffers.
import type { DType } from "../compiler/ir/ir.ts";
import type { TensorData } from "./interp/tensor.ts";

/** Typed array names (Symbol.toStringTag, which also works across realms) to dtype names. */
const TAG_DTYPE: Readonly<Record<string, string>> = {
  Float32Array: "f32", Int32Array: "i32", Uint8Array: "u8", Float64Array: "f64", Int8Array: "i8", Int16Array: "i16",
  Uint16Array: "u16", Uint32Array: "u32", BigInt64Array: "i64", BigUint64Array: "u64", Uint8ClampedArray: "u8c", Float16Array: "f16",
};
/** Deeper nesting than any tensor has; a nested array past it is refused before it is walked. */
const MAX_RANK = 16;

export type ValueProblem = { kind: "bad-shape" | "value"; why: string };

export interface TensorValue {
  /** The element type the data really have: the typed array's, or `want` for a plain array. */
  arrayDtype: string;
  /** A `dtype` field given beside the data, if any. */
  claimed: string | undefined;
  /** The shape given, or read from a nested array; undefined for flat data without one. */
  shape: number[] | undefined;
  length: number;
  /** The flat elements, still the caller's (read them only through copyTensor). */
  source: ArrayLike<number | boolean | bigint>;
}

/** Reads `v` as a tensor of dtype `want`, or says what is wrong with it. */
export function readTensorValue(v: unknown, want: DType): TensorValue | ValueProblem {
  let data: unknown = v;
  let shape: unknown;
  let claimed: unknown;
  if (typeof v === "object" && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v)) {
    if (!("data" in v)) return { kind: "value", why: "expected a typed array, a (nested) array of numbers or {data, shape}" };
    ({ data, shape, dtype: claimed } = v as { data: unknown; shape?: unknown; dtype?: unknown });
    if (claimed !== undefined && typeof claimed !== "string") return { kind: "value", why: `dtype must be a string, got ${describeValue(claimed)}` };
  }
  let given: number[] | undefined;
  if (shape !== undefined) {
    const why = badShape(shape);
    if (why) return { kind: "bad-shape", why };
    given = [...(shape as number[])];
  }
  if (ArrayBuffer.isView(data) && !(data instanceof DataView)) {
    const tag = (data as unknown as { [Symbol.toStringTag]: string })[Symbol.toStringTag];
    const d = TAG_DTYPE[tag] ?? tag;
    const arrayDtype = d === "u8" && want === "bool" ? "bool" : d;
    const arr = data as unknown as ArrayLike<number>;
    return { arrayDtype, claimed: claimed as string | undefined, shape: given, length: arr.length, source: arr };
  }
  if (!Array.isArray(data)) return { kind: "value", why: `data must be a typed array or an array of numbers, got ${describeValue(data)}` };
  const flat = flatten(data, want);
  if ("kind" in flat) return flat;
  if (given === undefined && flat.shape.length > 1) given = flat.shape;
  return { arrayDtype: want, claimed: claimed as string | undefined, shape: given, length: flat.values.length, source: flat.values };
}

/** Why `shape` is not a list of non-negative safe integers, or undefined when it is one. */
export function badShape(shape: unknown): string | undefined {
  if (!Array.isArray(shape)) return `shape must be an array of integers, got ${describeValue(shape)}`;
  if (shape.length > MAX_RANK) return `shape has ${shape.length} dimensions, more than ${MAX_RANK}`;
  const i = shape.findIndex((d) => typeof d !== "number" || !Number.isSafeInteger(d) || d < 0);
  if (i < 0) return undefined;
  return `dimension ${i} of shape ${describeShape(shape)} is ${describeValue(shape[i])}, not a non-negative safe integer`;
}

/** A fresh typed array of `dtype` with `src`'s elements, zero-filled to `size` (≥ src.length). */
export function copyTensor(src: ArrayLike<number | boolean | bigint>, dtype: DType, size: number = src.length): TensorData {
  const out = dtype === "f32" ? new Float32Array(size) : dtype === "i32" ? new Int32Array(size) : new Uint8Array(size);
  if (dtype === "bool") {
    for (let i = 0; i < src.length; i++) out[i] = src[i] ? 1 : 0;
  } else {
    // set() copies from any typed array (SharedArrayBuffer-backed included) or plain array.
    out.set(src as ArrayLike<number>);
  }
  return out;
}

/** A nested array's shape and row-major elements, checked rectangular and of `want`'s values. */
function flatten(top: unknown[], want: DType): { shape: number[]; values: (number | boolean)[] } | ValueProblem {
  const shape: number[] = [];
  for (let cur: unknown = top; Array.isArray(cur); cur = cur[0]) {
    if (shape.length === MAX_RANK) return { kind: "bad-shape", why: `the array nests deeper than ${MAX_RANK} levels` };
    shape.push(cur.length);
    if (cur.length === 0) break;
  }
  const values: (number | boolean)[] = [];
  // Depth-first with an explicit stack: [array, depth, index path for messages].
  const stack: [unknown[], number, string][] = [[top, 0, ""]];
  while (stack.length > 0) {
    const [arr, depth, at] = stack.pop()!;
    if (arr.length !== shape[depth]) return { kind: "bad-shape", why: `the nested array is ragged: element${at} has ${arr.length} entries, element${at.replace(/\[\d+\]$/, "[0]")} has ${shape[depth]}` };
    if (depth < shape.length - 1) {
      for (let i = arr.length - 1; i >= 0; i--) {
        const child = arr[i];
        if (!Array.isArray(child)) return { kind: "bad-shape", why: `the nested array is ragged: element${at}[${i}] is ${describeValue(child)}, not an array` };
        stack.push([child, depth + 1, `${at}[${i}]`]);
      }
    } else {
      for (let i = 0; i < arr.length; i++) {
        const x = arr[i];
        const why = badElement(x, want);
        if (why) return { kind: "value", why: `element${at}[${i}] is ${describeValue(x)}, ${why}` };
        values.push(x as number | boolean);
      }
    }
  }
  return { shape, values };
}

function badElement(x: unknown, want: DType): string | undefined {
  if (want === "bool") return x === true || x === false || x === 0 || x === 1 ? undefined : "not a bool (true, false, 0 or 1)";
  if (typeof x !== "number") return `not a number`;
  if (want === "i32" && !(Number.isInteger(x) && x >= -(2 ** 31) && x < 2 ** 31)) return "not an i32";
  return undefined;
}

function describeShape(shape: unknown[]): string {
  return `[${shape.map((d) => describeValue(d)).join(", ")}]`;
}

function describeValue(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 20 ? v.slice(0, 20) + "…" : v);
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint" || v === undefined || v === null) return String(v);
  if (Array.isArray(v)) return "an array";
  return typeof v === "function" ? "a function" : "an object";
}
