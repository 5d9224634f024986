// A safetensors writer and reader written for the tests from the format's definition alone
// (u64 little-endian header length, JSON header, raw little-endian data), so that files the
// runtime reads were not produced by the runtime's own writer and vice versa.
export interface StTensor {
  dtype: "F32" | "I32" | "BOOL" | "F64" | "U8";
  shape: number[];
  /** The raw little-endian bytes of the tensor. */
  bytes: Uint8Array;
}

export function f32Tensor(shape: number[], values: ArrayLike<number>): StTensor {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(4 * i, values[i]!, true);
  return { dtype: "F32", shape, bytes };
}

export function f64Tensor(shape: number[], values: ArrayLike<number>): StTensor {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat64(8 * i, values[i]!, true);
  return { dtype: "F64", shape, bytes };
}

/** Tensors in the order given (a different layout from the runtime's writer, which sorts). */
export function writeSt(tensors: Record<string, StTensor>): Uint8Array {
  const header: Record<string, unknown> = {};
  let offset = 0;
  for (const [name, t] of Object.entries(tensors)) {
    header[name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + t.bytes.length] };
    offset += t.bytes.length;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + json.length + offset);
  new DataView(out.buffer).setUint32(0, json.length, true); // high 32 bits stay 0
  out.set(json, 8);
  let at = 8 + json.length;
  for (const t of Object.values(tensors)) {
    out.set(t.bytes, at);
    at += t.bytes.length;
  }
  return out;
}

/** F32 tensors of a file, by name (what the CLI's --out writes). */
export function readStF32(bytes: Uint8Array): Record<string, { shape: number[]; data: Float32Array }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = Number(view.getBigUint64(0, true));
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n))) as Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }>;
  const out: Record<string, { shape: number[]; data: Float32Array }> = {};
  for (const [name, e] of Object.entries(header)) {
    if (name === "__metadata__") continue;
    if (e.dtype !== "F32") throw new Error(`${name}: expected F32, got ${e.dtype}`);
    const [b, end] = e.data_offsets;
    const data = new Float32Array((end - b) / 4);
    for (let i = 0; i < data.length; i++) data[i] = view.getFloat32(8 + n + b + 4 * i, true);
    out[name] = { shape: e.shape, data };
  }
  return out;
}
