// Fuzz: the safetensors reader on hostile input. Whatever the bytes, it either returns a
// structurally valid file whose data are views inside the input, or throws SafetensorsError —
// never another exception, and never an allocation sized by the header's numbers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SafetensorsError } from "../../runtime/errors.ts";
import { dtypeBits, readSafetensors, toTypedTensor, writeSafetensors, type WritableTensor } from "../../runtime/safetensors.ts";
import { concat, u64le } from "./safetensors-support.ts";

/** Per property: 6,000 cases over the four, about a second. */
const RUNS = 1500;

const REASONS = new Set([
  "truncated", "header-too-large", "bad-header", "bad-json", "bad-entry", "bad-metadata", "bad-name", "unknown-dtype",
  "unsupported-dtype", "bad-shape", "shape-overflow", "size-mismatch", "bad-offsets", "overlap", "gap", "duplicate",
  "not-safetensors", "too-deep",
]);

/** How often each outcome ("ok" or an error reason) came up, so a test can show its reach. */
const seen = new Map<string, number>();

/** The property: a valid result within the input's bytes, or a SafetensorsError. */
function checkRead(bytes: Uint8Array): void {
  let file;
  try {
    file = readSafetensors(bytes);
  } catch (e) {
    if (!(e instanceof SafetensorsError)) throw new Error(`non-SafetensorsError thrown: ${String(e)}`);
    expect(REASONS.has(e.reason)).toBe(true);
    expect(e.message.length).toBeGreaterThan(0);
    seen.set(e.reason, (seen.get(e.reason) ?? 0) + 1);
    return;
  }
  const start = bytes.byteOffset;
  const end = bytes.byteOffset + bytes.byteLength;
  let covered = 0;
  for (const [name, t] of file.tensors) {
    expect(t.name).toBe(name);
    expect(t.data.buffer).toBe(bytes.buffer);
    expect(t.data.byteOffset).toBeGreaterThanOrEqual(start + 8);
    expect(t.data.byteOffset + t.data.byteLength).toBeLessThanOrEqual(end);
    let count = 1n;
    for (const d of t.shape) {
      expect(Number.isSafeInteger(d) && d >= 0).toBe(true);
      count *= BigInt(d);
    }
    expect(count * BigInt(dtypeBits(t.dtype))).toBe(BigInt(t.data.byteLength) * 8n);
    covered += t.data.byteLength;
    try {
      const typed = toTypedTensor(t);
      expect(typed.data.byteLength).toBe(t.data.byteLength);
    } catch (e) {
      if (!(e instanceof SafetensorsError) || e.reason !== "unsupported-dtype") throw e;
    }
  }
  // Tiling: the tensors account for every byte after the header.
  const headerLen = Number(new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true));
  expect(covered).toBe(bytes.byteLength - 8 - headerLen);
  for (const v of Object.values(file.metadata)) expect(typeof v).toBe("string");
  seen.set("ok", (seen.get("ok") ?? 0) + 1);
}

const enc = new TextEncoder();
const dims = fc.oneof(
  fc.integer({ min: 0, max: 6 }),
  fc.constantFrom(2 ** 40, 2 ** 26, 2 ** 53 - 1, 2 ** 53, -1, 1.5, 0),
);
const dtypes = fc.oneof(
  fc.constantFrom("F32", "I32", "BOOL", "U8", "F16", "F64", "I64", "F4", "F6_E2M3", "BF16"),
  fc.constantFrom("f32", "F33", "", "__proto__", "toString"),
  fc.string({ maxLength: 4 }),
);
const offset = fc.oneof(fc.integer({ min: 0, max: 48 }), fc.constantFrom(-1, 0.5, 2 ** 53, 2 ** 60));

/** A header from plausible parts, with a buffer of a random length: most are invalid somewhere. */
const structured = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom("a", "b", "w", "0", "__metadata__", "a"), dtypes, fc.array(dims, { maxLength: 3 }), fc.array(offset, { minLength: 0, maxLength: 3 })), {
      maxLength: 4,
    }),
    fc.integer({ min: 0, max: 48 }),
  )
  .map(([entries, bufLen]) => {
    // Written by hand so repeated names really are repeated in the text.
    const text = `{${entries.map(([n, dtype, shape, offs]) => `${JSON.stringify(n)}:${JSON.stringify({ dtype, shape, data_offsets: offs })}`).join(",")}}`;
    const json = enc.encode(text);
    return concat(u64le(json.length), json, new Uint8Array(bufLen));
  });

/** Tiled, valid-looking files: offsets consistent with each other, shapes from the same pieces. */
const tiled = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom("F32", "I32", "U8", "BOOL", "F16", "F4"),
        fc.array(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: dims }), { maxLength: 3 }),
      ),
      { maxLength: 4 },
    ),
    // Shifting the last tensor's range makes overlaps and gaps.
    fc.oneof(fc.constant(0), fc.integer({ min: -6, max: 6 })),
  )
  .map(([entries, shift]) => {
    let at = 0;
    const parts = entries.map(([dtype, shape], i) => {
      const count = shape.reduce((a, b) => a * b, 1);
      // Sized right when the shape is sane; 3 bytes (wrong for most) when it is not.
      const bytes = Number.isSafeInteger(count) && count >= 0 && count < 64 ? Math.ceil((count * dtypeBits(dtype)) / 8) : 3;
      const s = i === entries.length - 1 ? Math.max(shift, -at) : 0;
      const part = `"t${i}":${JSON.stringify({ dtype, shape, data_offsets: [at + s, at + s + bytes] })}`;
      at += bytes;
      return part;
    });
    const json = enc.encode(`{${parts.join(",")}}`);
    return concat(u64le(json.length), json, new Uint8Array(at));
  });

const writable: fc.Arbitrary<[string, WritableTensor][]> = fc.array(
  fc.tuple(
    fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("0", "10", "__proto__", "a.b", "é")),
    fc.constantFrom("f32", "i32", "bool"),
    fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
  ).map(([name, dtype, shape]) => {
    const n = shape.reduce((a, b) => a * b, 1);
    const data = dtype === "f32" ? new Float32Array(n).map((_, i) => i * 0.5 - 1) : dtype === "i32" ? new Int32Array(n).map((_, i) => i - 7) : new Uint8Array(n).map((_, i) => i % 2);
    return [name === "__metadata__" ? "m" : name, { dtype, shape, data }] as [string, WritableTensor];
  }),
  { maxLength: 5 },
);

/** Byte-level mutations of a valid file: flips, splices, truncation, a new header length. */
function mutate(bytes: Uint8Array, ops: [number, number, number][]): Uint8Array {
  let out: Uint8Array = Uint8Array.from(bytes);
  for (const [kind, a, b] of ops) {
    const at = out.length === 0 ? 0 : a % out.length;
    if (kind === 0) out[at] = b & 0xff;
    else if (kind === 1) out = out.subarray(0, at);
    else if (kind === 2) out = concat(out.subarray(0, at), [b & 0xff], out.subarray(at));
    else if (kind === 3 && out.length >= 8) out.set(u64le(BigInt(b) * BigInt(a)), 0);
    else if (out.length >= 8) out.set(u64le(Math.max(0, new DataView(out.buffer, out.byteOffset).getUint32(0, true) + (b % 9) - 4)), 0);
  }
  return out;
}

describe("fuzz: safetensors reader", () => {
  it("random bytes, also at an odd offset inside a larger buffer", () => {
    const header = fc.oneof(fc.integer({ min: 0, max: 300 }).map((n) => u64le(n)), fc.uint8Array({ minLength: 8, maxLength: 8 }));
    fc.assert(
      fc.property(header, fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 0, max: 7 }), (h, rest, pad) => {
        const whole = concat(new Uint8Array(pad), h, rest, [0xaa]);
        checkRead(whole.subarray(pad, whole.length - 1));
        checkRead(rest);
      }),
      { numRuns: RUNS },
    );
  });

  it("structured and tiled headers with hostile dims, dtypes, names and offsets", () => {
    seen.clear();
    fc.assert(fc.property(fc.oneof(structured, tiled), (bytes) => checkRead(bytes)), { numRuns: RUNS });
    if (process.env.FUZZ_REPORT) console.log(Object.fromEntries(seen));
    // The generators must reach both valid files and most of the checks, or the fuzz proves little.
    expect(seen.get("ok") ?? 0).toBeGreaterThan(RUNS / 20);
    for (const r of ["unknown-dtype", "bad-shape", "shape-overflow", "size-mismatch", "bad-offsets", "overlap", "gap", "duplicate"]) {
      expect([r, seen.get(r) ?? 0]).not.toEqual([r, 0]);
    }
  });

  it("writer output round-trips, and every mutation of it is read or rejected cleanly", () => {
    const op = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.nat(), fc.nat());
    fc.assert(
      fc.property(writable, fc.array(op, { minLength: 1, maxLength: 3 }), (entries, ops) => {
        const map = new Map(entries);
        const bytes = writeSafetensors(map, { seed: "1" });
        const file = readSafetensors(bytes);
        expect([...file.tensors.keys()].sort()).toEqual([...map.keys()].sort());
        for (const [name, t] of map) {
          const back = toTypedTensor(file.tensors.get(name)!);
          expect(back.shape).toEqual(t.shape);
          expect([...back.data]).toEqual([...t.data]);
        }
        checkRead(mutate(bytes, ops));
      }),
      { numRuns: RUNS },
    );
  });

  it("mutated header JSON: any JSON value in place of an entry, a field or the whole header", () => {
    const base = { a: { dtype: "F32", shape: [2], data_offsets: [0, 8] }, b: { dtype: "U8", shape: [1], data_offsets: [8, 9] } };
    seen.clear();
    const where = fc.constantFrom("root", "a", "a.dtype", "a.shape", "a.data_offsets", "b.shape", "__metadata__", "meta.k");
    fc.assert(
      fc.property(where, fc.jsonValue({ maxDepth: 3 }), (at, value) => {
        const h: Record<string, unknown> = structuredClone(base);
        if (at === "root") {
          checkRead(concat(u64le(enc.encode(JSON.stringify(value) ?? "").length), enc.encode(JSON.stringify(value) ?? ""), new Uint8Array(9)));
          return;
        }
        if (at === "meta.k") h.__metadata__ = { k: value };
        else if (at.includes(".")) {
          const [e, f] = at.split(".") as [string, string];
          (h[e] as Record<string, unknown>)[f] = value;
        } else h[at] = value;
        const json = enc.encode(JSON.stringify(h));
        checkRead(concat(u64le(json.length), json, new Uint8Array(9)));
      }),
      { numRuns: RUNS },
    );
    for (const r of ["ok", "bad-header", "bad-entry", "bad-metadata", "unknown-dtype", "bad-shape", "bad-offsets"]) {
      expect([r, seen.get(r) ?? 0]).not.toEqual([r, 0]);
    }
  });
});
