// Reader and writer of the safetensors format (https://github.com/huggingface/safetensors):
//
//   [8 bytes: header length N, little-endian u64][N bytes: UTF-8 JSON header][byte buffer]
//   header = { "<name>": { "dtype": "F32", "shape": [2, 3], "data_offsets": [begin, end] }, ...,
//              "__metadata__"?: { "<key>": "<string>" } }
//   offsets are relative to the start of the byte buffer; data is little-endian, row-major.
//
// The file is untrusted (weights come from anywhere), so the reader checks everything the
// reference implementation checks, and a little more, before handing out a single view:
//   - N ≤ 100,000,000 (the reference's cap) and N ≤ file size − 8;
//   - the header is UTF-8, is JSON, is an object, and no object in it repeats a key
//     (JSON.parse would silently keep the last one);
//   - each entry has a known dtype, a shape of non-negative safe integers and integer offsets
//     with begin ≤ end ≤ buffer length; extra fields in an entry are ignored, as the reference does;
//   - element count × dtype size = end − begin, computed exactly with BigInt and abandoned as
//     soon as it passes 2^53 − 1, so a shape like [2^40, 2^40] is rejected, never multiplied out;
//   - the byte ranges tile the buffer exactly, as in the reference: sorted by offset, each range
//     starts where the previous ended, the first at 0 and the last at the end of the file, so
//     there are neither overlaps nor unexplained bytes (empty tensors may share an offset).
// The reader never allocates from a header's numbers: tensor data are views into the input.

import type { DType } from "../compiler/ir/ir.ts";
import { SafetensorsError } from "./errors.ts";
import { jsonDepth } from "./json-limits.ts";
import { scanJsonKeys } from "./safetensors-json.ts";

/** Bits per element of every dtype the format defines. */
const DTYPE_BITS = {
  BOOL: 8, U8: 8, I8: 8, F8_E5M2: 8, F8_E4M3: 8, F8_E8M0: 8,
  I16: 16, U16: 16, F16: 16, BF16: 16,
  I32: 32, U32: 32, F32: 32,
  I64: 64, U64: 64, F64: 64, C64: 64,
  F4: 4, F6_E2M3: 6, F6_E3M2: 6,
} as const;

export type SafetensorsDtype = keyof typeof DTYPE_BITS;

export const MAX_HEADER_BYTES = 100_000_000;
/** Object, entry, shape: 3 levels; a little room for extra fields that readers ignore. */
export const MAX_HEADER_DEPTH = 8;

export interface SafetensorsEntry {
  readonly name: string;
  readonly dtype: SafetensorsDtype;
  readonly shape: readonly number[];
  /** A view into the bytes given to readSafetensors (no copy): it aliases them. */
  readonly data: Uint8Array;
}

export interface SafetensorsFile {
  /** In the order the header lists them. */
  readonly tensors: ReadonlyMap<string, SafetensorsEntry>;
  readonly metadata: Readonly<Record<string, string>>;
}

export function isSafetensorsDtype(s: string): s is SafetensorsDtype {
  return Object.hasOwn(DTYPE_BITS, s);
}

export function dtypeBits(d: SafetensorsDtype): number {
  return DTYPE_BITS[d];
}

const IR_TO_ST: Record<DType, SafetensorsDtype> = { f32: "F32", i32: "I32", bool: "BOOL" };

export function toSafetensorsDtype(d: DType): SafetensorsDtype {
  return IR_TO_ST[d];
}

const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// ---------------------------------------------------------------------------------------------
// Reading

export function readSafetensors(bytes: Uint8Array): SafetensorsFile {
  if (bytes.length < 8) {
    throw new SafetensorsError("truncated", `file is ${bytes.length} bytes, shorter than the 8-byte header length`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = view.getBigUint64(0, true);
  // A header length that cannot be right, and no `{` where the header would start: some other
  // kind of file, and saying so beats reporting its first 8 bytes as an absurd header length.
  if ((headerLen > BigInt(MAX_HEADER_BYTES) || headerLen > BigInt(bytes.length - 8)) && bytes[8] !== 0x7b) {
    throw new SafetensorsError("not-safetensors", `this is not a safetensors file${sniff(bytes)}: a safetensors file starts with an 8-byte header length and then "{"`);
  }
  if (headerLen > BigInt(MAX_HEADER_BYTES)) {
    throw new SafetensorsError("header-too-large", `header length ${headerLen} exceeds the ${MAX_HEADER_BYTES}-byte limit`);
  }
  const n = Number(headerLen);
  if (n > bytes.length - 8) {
    throw new SafetensorsError("truncated", `header length ${n} runs past the end of the file (${bytes.length - 8} bytes after the length)`);
  }
  // Before decoding or parsing: JSON.parse's time and memory explode with nesting, not size.
  if (jsonDepth(bytes.subarray(8, 8 + n), MAX_HEADER_DEPTH) > MAX_HEADER_DEPTH) {
    throw new SafetensorsError("too-deep", `the header nests deeper than ${MAX_HEADER_DEPTH} levels (a safetensors header needs 3)`);
  }
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, so JSON.parse rejects it as the reference does.
    // slice(), not subarray(): browsers refuse to decode views of a SharedArrayBuffer.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.slice(8, 8 + n));
  } catch {
    throw new SafetensorsError("bad-header", "header is not valid UTF-8");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new SafetensorsError("bad-json", `header is not JSON (${why})`);
  }
  if (!isPlainObject(json)) {
    throw new SafetensorsError("bad-header", `header must be a JSON object, got ${describe(json)}`);
  }
  const scan = scanJsonKeys(text);
  if (scan.duplicate !== undefined) {
    throw new SafetensorsError("duplicate", `key "${scan.duplicate}" appears twice in one object of the header`);
  }

  const buffer = bytes.subarray(8 + n);
  const tensors = new Map<string, SafetensorsEntry>();
  const ranges: { name: string; begin: number; end: number }[] = [];
  let metadata: Record<string, string> = {};
  for (const key of scan.topLevelKeys) {
    const value = json[key];
    if (key === "__metadata__") {
      metadata = readMetadata(value);
      continue;
    }
    const { entry, begin, end } = readEntry(key, value, buffer);
    tensors.set(key, entry);
    ranges.push({ name: key, begin, end });
  }
  checkTiling(ranges, buffer.length);
  return { tensors, metadata };
}

/** Well-known file signatures, so that a wrong file is named: " (it looks like a PNG image)". */
const SIGNATURES: [string, number[]][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a ZIP archive (a PyTorch .pt/.pth checkpoint is one)", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip-compressed", [0x1f, 0x8b]],
  ["a NumPy .npy array", [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]],
  ["a GGUF model", [0x47, 0x47, 0x55, 0x46]],
  ["an HDF5 file (Keras .h5)", [0x89, 0x48, 0x44, 0x46]],
  ["a WebAssembly module", [0x00, 0x61, 0x73, 0x6d]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a pickle", [0x80]],
];

function sniff(bytes: Uint8Array): string {
  for (const [what, sig] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return ` (it looks like ${what})`;
  let i = 0;
  while (i < bytes.length && i < 64 && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] === 0x7b || bytes[i] === 0x5b) return " (it looks like JSON text)";
  return "";
}

function readMetadata(value: unknown): Record<string, string> {
  if (!isPlainObject(value)) {
    throw new SafetensorsError("bad-metadata", `__metadata__ must be an object of strings, got ${describe(value)}`);
  }
  const pairs: [string, string][] = [];
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== "string") {
      throw new SafetensorsError("bad-metadata", `__metadata__ value for "${k}" must be a string, got ${describe(v)}`);
    }
    pairs.push([k, v]);
  }
  // fromEntries defines own properties, so a key "__proto__" stays a plain key.
  return Object.fromEntries(pairs);
}

function readEntry(name: string, value: unknown, buffer: Uint8Array): { entry: SafetensorsEntry; begin: number; end: number } {
  if (!isPlainObject(value)) {
    throw new SafetensorsError("bad-entry", `entry must be an object with dtype, shape and data_offsets, got ${describe(value)}`, name);
  }
  for (const field of ["dtype", "shape", "data_offsets"]) {
    if (!Object.hasOwn(value, field)) throw new SafetensorsError("bad-entry", `entry has no "${field}"`, name);
  }
  const dtype = value.dtype;
  if (typeof dtype !== "string") throw new SafetensorsError("bad-entry", `dtype must be a string, got ${describe(dtype)}`, name);
  if (!isSafetensorsDtype(dtype)) throw new SafetensorsError("unknown-dtype", `unknown dtype ${JSON.stringify(dtype)}`, name);

  const shape = value.shape;
  if (!Array.isArray(shape)) throw new SafetensorsError("bad-entry", `shape must be an array, got ${describe(shape)}`, name);
  for (const d of shape as unknown[]) {
    if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0) {
      throw new SafetensorsError("bad-shape", `shape has a dimension that is not a non-negative integer: ${describe(d)}`, name);
    }
  }
  const dims = shape as number[];

  const offsets = value.data_offsets;
  if (!Array.isArray(offsets)) throw new SafetensorsError("bad-entry", `data_offsets must be an array, got ${describe(offsets)}`, name);
  if (offsets.length !== 2 || !offsets.every((o) => typeof o === "number" && Number.isSafeInteger(o) && o >= 0)) {
    throw new SafetensorsError("bad-offsets", `data_offsets must be two non-negative integers, got ${clip(JSON.stringify(offsets))}`, name);
  }
  const [begin, end] = offsets as [number, number];
  if (begin > end) throw new SafetensorsError("bad-offsets", `data_offsets [${begin}, ${end}] begin after they end`, name);
  if (end > buffer.length) {
    throw new SafetensorsError("bad-offsets", `data_offsets [${begin}, ${end}] run past the end of the ${buffer.length}-byte buffer`, name);
  }

  // Exact element count, given up as soon as it cannot be a safe integer.
  let count = 1n;
  if (!dims.includes(0)) {
    for (const d of dims) {
      count *= BigInt(d);
      if (count > MAX_SAFE) {
        throw new SafetensorsError("shape-overflow", `shape ${clip(`[${dims.join(", ")}]`)} has more than 2^53 - 1 elements`, name);
      }
    }
  } else {
    count = 0n;
  }
  const bits = BigInt(DTYPE_BITS[dtype]);
  const haveBits = BigInt(end - begin) * 8n;
  if (count * bits !== haveBits) {
    const need = (count * bits + 7n) / 8n;
    throw new SafetensorsError(
      "size-mismatch",
      `${dtype}${clip(`[${dims.join(", ")}]`)} needs ${need} bytes${(count * bits) % 8n === 0n ? "" : " (not a whole number)"}, data_offsets [${begin}, ${end}] hold ${end - begin}`,
      name,
    );
  }
  return { entry: { name, dtype, shape: dims.slice(), data: buffer.subarray(begin, end) }, begin, end };
}

function checkTiling(ranges: { name: string; begin: number; end: number }[], length: number): void {
  const sorted = ranges.slice().sort((a, b) => a.begin - b.begin || a.end - b.end);
  let cursor = 0;
  let last: string | undefined;
  for (const r of sorted) {
    if (r.begin < cursor) {
      throw new SafetensorsError("overlap", `bytes [${r.begin}, ${r.end}) overlap those of tensor "${last}" (which end at ${cursor})`, r.name);
    }
    if (r.begin > cursor) {
      throw new SafetensorsError("gap", `bytes [${cursor}, ${r.begin}) of the buffer belong to no tensor (the tensors must tile the buffer)`);
    }
    cursor = r.end;
    last = r.name;
  }
  if (cursor !== length) {
    throw new SafetensorsError("gap", `bytes [${cursor}, ${length}) at the end of the buffer belong to no tensor (the tensors must tile the buffer)`);
  }
}

export type TypedTensor =
  | { readonly name: string; readonly dtype: "f32"; readonly shape: readonly number[]; readonly data: Float32Array }
  | { readonly name: string; readonly dtype: "i32"; readonly shape: readonly number[]; readonly data: Int32Array }
  | { readonly name: string; readonly dtype: "bool" | "u8"; readonly shape: readonly number[]; readonly data: Uint8Array };

/**
 * F32 → Float32Array, I32 → Int32Array, U8 → Uint8Array, BOOL → Uint8Array of 0/1. The result
 * is a view into the file's bytes when it can be (aligned, little-endian host, BOOL already 0/1)
 * and `copy` is not set; otherwise a fresh array, whose size the reader has already checked
 * against the file's.
 */
export function toTypedTensor(entry: SafetensorsEntry, options: { copy?: boolean } = {}): TypedTensor {
  const { name, shape, data } = entry;
  const copy = options.copy === true;
  switch (entry.dtype) {
    case "F32": {
      const out = toWords(data, 4, copy, (b, o, c) => new Float32Array(b, o, c), (v, i) => v.getFloat32(i, true));
      return { name, dtype: "f32", shape, data: out };
    }
    case "I32": {
      const out = toWords(data, 4, copy, (b, o, c) => new Int32Array(b, o, c), (v, i) => v.getInt32(i, true));
      return { name, dtype: "i32", shape, data: out };
    }
    case "U8":
      return { name, dtype: "u8", shape, data: copy ? data.slice() : data };
    case "BOOL": {
      const clean = data.every((b) => b <= 1);
      return { name, dtype: "bool", shape, data: clean && !copy ? data : data.map((b) => (b === 0 ? 0 : 1)) };
    }
    default:
      throw new SafetensorsError("unsupported-dtype", `dtype ${entry.dtype} cannot be loaded (dlc reads F32, I32, U8 and BOOL)`, name);
  }
}

function toWords<T extends Float32Array | Int32Array>(
  data: Uint8Array,
  size: number,
  copy: boolean,
  make: (buffer: ArrayBufferLike, byteOffset: number, length: number) => T,
  get: (v: DataView, byteOffset: number) => number,
): T {
  const count = data.byteLength / size;
  if (HOST_LITTLE_ENDIAN && !copy && data.byteOffset % size === 0) return make(data.buffer, data.byteOffset, count);
  const out = make(new ArrayBuffer(data.byteLength), 0, count);
  if (HOST_LITTLE_ENDIAN) {
    new Uint8Array(out.buffer).set(data);
  } else {
    const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let i = 0; i < count; i++) out[i] = get(v, i * size);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface WritableTensor {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly data: Float32Array | Int32Array | Uint8Array;
}

/**
 * Serializes tensors to safetensors bytes. Layout is deterministic and independent of the
 * order given: tensors are sorted by element size, largest first, then by name (UTF-16 code
 * unit order) — the reference implementation's rule — so every tensor starts at a multiple of
 * its element size and readers can view it without copying. The header lists "__metadata__"
 * first (when given), then the tensors in layout order, and is padded with spaces to a multiple
 * of 8 bytes. BOOL data are written as 0/1 bytes.
 */
export function writeSafetensors(
  tensors: Readonly<Record<string, WritableTensor>> | ReadonlyMap<string, WritableTensor>,
  metadata?: Readonly<Record<string, string>>,
): Uint8Array {
  const list = [...(tensors instanceof Map ? tensors.entries() : Object.entries(tensors))] as [string, WritableTensor][];
  for (const [name, t] of list) checkWritable(name, t);
  const size = (t: WritableTensor): number => (t.dtype === "bool" ? 1 : 4);
  list.sort(([an, a], [bn, b]) => size(b) - size(a) || (an < bn ? -1 : an > bn ? 1 : 0));

  const parts: string[] = [];
  if (metadata !== undefined) {
    for (const [k, v] of Object.entries(metadata)) {
      if (typeof v !== "string") throw new SafetensorsError("bad-metadata", `__metadata__ value for "${k}" must be a string, got ${describe(v)}`);
    }
    parts.push(`"__metadata__":${JSON.stringify(metadata)}`);
  }
  let offset = 0;
  for (const [name, t] of list) {
    const bytes = t.data.length * size(t);
    // Written by hand rather than JSON.stringify(object): that would move integer-like names first.
    parts.push(`${JSON.stringify(name)}:${JSON.stringify({ dtype: IR_TO_ST[t.dtype], shape: t.shape, data_offsets: [offset, offset + bytes] })}`);
    offset += bytes;
  }
  const json = new TextEncoder().encode(`{${parts.join(",")}}`);
  const headerLen = Math.ceil(json.length / 8) * 8;
  const out = new Uint8Array(8 + headerLen + offset);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(headerLen), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + headerLen);

  let at = 8 + headerLen;
  for (const [, t] of list) {
    if (t.dtype === "bool") {
      for (let i = 0; i < t.data.length; i++) out[at + i] = t.data[i] === 0 ? 0 : 1;
    } else if (HOST_LITTLE_ENDIAN) {
      out.set(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength), at);
    } else {
      for (let i = 0; i < t.data.length; i++) {
        if (t.dtype === "f32") view.setFloat32(at + 4 * i, t.data[i]!, true);
        else view.setInt32(at + 4 * i, t.data[i]!, true);
      }
    }
    at += t.data.length * size(t);
  }
  return out;
}

function checkWritable(name: string, t: WritableTensor): void {
  if (name === "__metadata__") throw new SafetensorsError("bad-name", `"__metadata__" is reserved for the metadata and cannot name a tensor`);
  const kind = { f32: Float32Array, i32: Int32Array, bool: Uint8Array }[t.dtype];
  if (kind === undefined) throw new SafetensorsError("unknown-dtype", `dtype ${JSON.stringify(t.dtype)} is not one of f32, i32, bool`, name);
  if (!(t.data instanceof kind)) {
    throw new SafetensorsError("bad-entry", `dtype ${t.dtype} needs a ${kind.name}, got ${describe(t.data)}`, name);
  }
  let count = 1;
  for (const d of t.shape) {
    if (!Number.isSafeInteger(d) || d < 0) throw new SafetensorsError("bad-shape", `shape [${t.shape.join(", ")}] has a dimension that is not a non-negative integer`, name);
    // Products stay exact: once the count passes the data length it is a mismatch anyway.
    count = count > t.data.length ? count : count * d;
  }
  if (t.shape.includes(0)) count = 0;
  if (count !== t.data.length) {
    throw new SafetensorsError("size-mismatch", `${t.dtype}[${t.shape.join(", ")}] needs ${count > t.data.length ? "more than " + t.data.length : count} elements, got ${t.data.length}`, name);
  }
}

// ---------------------------------------------------------------------------------------------

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name}`;
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the string ${clip(JSON.stringify(v))}`;
  return `${typeof v} ${clip(String(v))}`;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
