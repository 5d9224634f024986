// Safetensors reader and writer: files built by hand from the format definition, round trips,
// and one test per validation rule.
import { describe, expect, it } from "vitest";
import { SafetensorsError } from "../../runtime/errors.ts";
import { readSafetensors, toTypedTensor, writeSafetensors, type WritableTensor } from "../../runtime/safetensors.ts";
import { concat, fileOf, stError, u64le } from "./safetensors-support.ts";

const F32_1_5 = [0x00, 0x00, 0xc0, 0x3f]; // 1.5 = 0x3fc00000
const F32_M2 = [0x00, 0x00, 0x00, 0xc0]; // -2 = 0xc0000000

describe("reading files built by hand", () => {
  it("reads F32, I32 and BOOL tensors, offsets relative to the buffer start", () => {
    const header = {
      __metadata__: { format: "pt", note: "hand-made" },
      a: { dtype: "F32", shape: [2], data_offsets: [0, 8] },
      b: { dtype: "I32", shape: [1, 3], data_offsets: [8, 20] },
      c: { dtype: "BOOL", shape: [3], data_offsets: [20, 23] },
    };
    const buffer = [...F32_1_5, ...F32_M2, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0, 1, 0, 0, 1, 0, 1];
    const file = readSafetensors(fileOf(header, buffer));
    expect([...file.tensors.keys()]).toEqual(["a", "b", "c"]);
    expect(file.metadata).toEqual({ format: "pt", note: "hand-made" });
    const a = toTypedTensor(file.tensors.get("a")!);
    expect(a.dtype).toBe("f32");
    expect([...a.data]).toEqual([1.5, -2]);
    const b = toTypedTensor(file.tensors.get("b")!);
    expect(b.dtype).toBe("i32");
    expect(b.shape).toEqual([1, 3]);
    expect([...b.data]).toEqual([1, -1, 256]);
    const c = toTypedTensor(file.tensors.get("c")!);
    expect(c.dtype).toBe("bool");
    expect([...c.data]).toEqual([1, 0, 1]);
  });

  it("keeps the header's order even for integer-like names, and reads scalars and empty tensors", () => {
    // Raw text: JSON.stringify of an object literal would itself move "10" and "2" first.
    const header =
      '{"z":{"dtype":"F32","shape":[],"data_offsets":[0,4]},' +
      '"10":{"dtype":"F32","shape":[0,5],"data_offsets":[4,4]},' +
      '"2":{"dtype":"U8","shape":[0],"data_offsets":[4,4]}}';
    const file = readSafetensors(fileOf(header, F32_1_5));
    expect([...file.tensors.keys()]).toEqual(["z", "10", "2"]);
    const z = toTypedTensor(file.tensors.get("z")!);
    expect(z.shape).toEqual([]);
    expect([...z.data]).toEqual([1.5]);
    expect(toTypedTensor(file.tensors.get("10")!).data.length).toBe(0);
    expect(file.metadata).toEqual({});
  });

  it("accepts every dtype of the format and sizes sub-byte ones in bits", () => {
    const sizes: [string, number[], number][] = [
      ["BOOL", [2], 2], ["U8", [2], 2], ["I8", [2], 2], ["F8_E5M2", [2], 2], ["F8_E4M3", [2], 2], ["F8_E8M0", [2], 2],
      ["I16", [2], 4], ["U16", [2], 4], ["F16", [2], 4], ["BF16", [2], 4],
      ["I32", [2], 8], ["U32", [2], 8], ["F32", [2], 8],
      ["I64", [2], 16], ["U64", [2], 16], ["F64", [2], 16], ["C64", [2], 16],
      ["F4", [2], 1], ["F6_E2M3", [4], 3], ["F6_E3M2", [4], 3],
    ];
    for (const [dtype, shape, bytes] of sizes) {
      const file = readSafetensors(fileOf({ t: { dtype, shape, data_offsets: [0, bytes] } }, new Uint8Array(bytes)));
      expect(file.tensors.get("t")!.data.length).toBe(bytes);
    }
    // 1 F6 value is 6 bits: no whole number of bytes holds it.
    expect(stError(() => readSafetensors(fileOf({ t: { dtype: "F6_E2M3", shape: [1], data_offsets: [0, 1] } }, [0]))).reason).toBe("size-mismatch");
  });

  it("returns views into the input, also when the input is itself a view at an odd offset", () => {
    const inner = fileOf({ a: { dtype: "F32", shape: [2], data_offsets: [0, 8] } }, [...F32_1_5, ...F32_M2]);
    const outer = concat([9, 9, 9], inner, [7]);
    const view = outer.subarray(3, 3 + inner.length);
    const entry = readSafetensors(view).tensors.get("a")!;
    expect(entry.data.buffer).toBe(outer.buffer);
    expect(entry.data.byteOffset).toBe(3 + inner.length - 8);
    // Unaligned in memory (3 + 8 + header is odd here), so the f32 view must be a copy with the same values.
    expect((3 + inner.length - 8) % 4).not.toBe(0);
    const t = toTypedTensor(entry);
    expect(t.data.buffer).not.toBe(outer.buffer);
    expect([...t.data]).toEqual([1.5, -2]);
  });

  it("gives a zero-copy Float32Array when aligned, and a copy on request", () => {
    const padded = JSON.stringify({ a: { dtype: "F32", shape: [1], data_offsets: [0, 4] } });
    const text = padded + " ".repeat((8 - (padded.length % 8)) % 8);
    const bytes = fileOf(text, F32_1_5);
    const entry = readSafetensors(bytes).tensors.get("a")!;
    const view = toTypedTensor(entry);
    expect(view.data.buffer).toBe(bytes.buffer);
    const copy = toTypedTensor(entry, { copy: true });
    expect(copy.data.buffer).not.toBe(bytes.buffer);
    expect([...copy.data]).toEqual([1.5]);
  });

  it("turns BOOL bytes other than 0/1 into 1", () => {
    const file = readSafetensors(fileOf({ m: { dtype: "BOOL", shape: [3], data_offsets: [0, 3] } }, [0, 7, 255]));
    expect([...toTypedTensor(file.tensors.get("m")!).data]).toEqual([0, 1, 1]);
  });

  it("refuses to convert dtypes dlc has no typed array for, naming the tensor", () => {
    const file = readSafetensors(fileOf({ "h.w": { dtype: "F16", shape: [1], data_offsets: [0, 2] } }, [0, 0x3c]));
    const e = stError(() => toTypedTensor(file.tensors.get("h.w")!));
    expect(e.reason).toBe("unsupported-dtype");
    expect(e.tensor).toBe("h.w");
    expect(e.message).toContain('"h.w"');
    expect(e.message).toContain("F16");
  });
});

describe("writing", () => {
  it("lays out by element size then name, pads the header with spaces to 8 bytes, writes little-endian", () => {
    const bytes = writeSafetensors(
      {
        mask: { dtype: "bool", shape: [3], data: new Uint8Array([1, 0, 5]) },
        w: { dtype: "f32", shape: [2], data: new Float32Array([1.5, -2]) },
        idx: { dtype: "i32", shape: [], data: new Int32Array([-1]) },
      },
      { source: "test" },
    );
    const n = Number(new DataView(bytes.buffer).getBigUint64(0, true));
    expect(n % 8).toBe(0);
    const text = new TextDecoder().decode(bytes.subarray(8, 8 + n));
    expect(text).toMatch(/^\{.*\} *$/);
    const header = JSON.parse(text);
    expect(Object.keys(header)).toEqual(["__metadata__", "idx", "w", "mask"]);
    expect(header.idx).toEqual({ dtype: "I32", shape: [], data_offsets: [0, 4] });
    expect(header.w).toEqual({ dtype: "F32", shape: [2], data_offsets: [4, 12] });
    expect(header.mask).toEqual({ dtype: "BOOL", shape: [3], data_offsets: [12, 15] });
    expect([...bytes.subarray(8 + n)]).toEqual([0xff, 0xff, 0xff, 0xff, ...F32_1_5, ...F32_M2, 1, 0, 1]);
    expect(bytes.length).toBe(8 + n + 15);
  });

  it("gives the same bytes whatever the order of the input", () => {
    const a = { dtype: "f32" as const, shape: [1], data: new Float32Array([1]) };
    const b = { dtype: "i32" as const, shape: [1], data: new Int32Array([2]) };
    expect(writeSafetensors({ a, b })).toEqual(writeSafetensors(new Map<string, WritableTensor>([["b", b], ["a", a]])));
  });

  it("round-trips every writable dtype, scalars, empty tensors, odd names and views of larger arrays", () => {
    const big = new Float32Array([9, 1.25, -3.5e-20, 3e38, 9]);
    const tensors = {
      "blocks.0.ln.gamma": { dtype: "f32" as const, shape: [3], data: big.subarray(1, 4) },
      "7": { dtype: "i32" as const, shape: [2, 2], data: new Int32Array([2 ** 31 - 1, -(2 ** 31), 0, 42]) },
      __proto__: { dtype: "bool" as const, shape: [2, 1], data: new Uint8Array([1, 0]) },
      "é \"quoted\"": { dtype: "f32" as const, shape: [], data: new Float32Array([Number.NaN]) },
      empty: { dtype: "i32" as const, shape: [4, 0], data: new Int32Array(0) },
    };
    const named = new Map(Object.entries(tensors));
    // Object literal `__proto__:` sets the prototype; build the map by hand to keep it as a name.
    named.set("__proto__", { dtype: "bool", shape: [2, 1], data: new Uint8Array([1, 0]) });
    const metadata = Object.fromEntries([["k", "v"], ["__proto__", "x"]]);
    const file = readSafetensors(writeSafetensors(named, metadata));
    expect(Object.entries(file.metadata)).toEqual([["k", "v"], ["__proto__", "x"]]);
    expect(Object.getPrototypeOf(file.metadata)).toBe(Object.prototype);
    expect(file.tensors.size).toBe(named.size);
    for (const [name, t] of named) {
      const back = toTypedTensor(file.tensors.get(name)!);
      expect(back.dtype).toBe(t.dtype);
      expect(back.shape).toEqual(t.shape);
      expect([...back.data]).toEqual([...t.data]);
    }
  });

  it("rejects what it cannot write, naming the tensor", () => {
    const f = new Float32Array(6);
    expect(stError(() => writeSafetensors({ x: { dtype: "f32", shape: [2, 2], data: f } })).reason).toBe("size-mismatch");
    expect(stError(() => writeSafetensors({ x: { dtype: "f32", shape: [2 ** 40, 2 ** 40], data: f } })).reason).toBe("size-mismatch");
    expect(stError(() => writeSafetensors({ x: { dtype: "f32", shape: [-6], data: f } })).reason).toBe("bad-shape");
    expect(stError(() => writeSafetensors({ x: { dtype: "i32", shape: [6], data: f } })).reason).toBe("bad-entry");
    expect(stError(() => writeSafetensors({ x: { dtype: "f16" as "f32", shape: [6], data: f } })).reason).toBe("unknown-dtype");
    expect(stError(() => writeSafetensors(new Map([["__metadata__", { dtype: "f32" as const, shape: [6], data: f }]]))).reason).toBe("bad-name");
    expect(stError(() => writeSafetensors({}, { n: 1 as unknown as string })).reason).toBe("bad-metadata");
    const e = stError(() => writeSafetensors({ "h1.w": { dtype: "f32", shape: [2, 2], data: f } }));
    expect(e.message).toBe('safetensors: tensor "h1.w": f32[2, 2] needs 4 elements, got 6');
  });
});

describe("validation", () => {
  const ok = { a: { dtype: "F32", shape: [1], data_offsets: [0, 4] } };
  const reason = (bytes: Uint8Array) => stError(() => readSafetensors(bytes)).reason;

  it("file shorter than 8 bytes", () => {
    const e = stError(() => readSafetensors(new Uint8Array(7)));
    expect(e.reason).toBe("truncated");
    expect(e.code).toBe("safetensors/truncated");
    expect(e.message).toContain("7 bytes");
  });

  it("header length past the end, or above the 100 MB cap", () => {
    expect(reason(fileOf(ok, F32_1_5, 1000))).toBe("truncated");
    expect(reason(fileOf("{}", [], 3))).toBe("truncated");
    expect(reason(fileOf("{}", [], 2n ** 64n - 1n))).toBe("header-too-large");
    expect(reason(fileOf("{}", [], 100_000_001))).toBe("header-too-large");
  });

  it("header not UTF-8, not JSON, not an object", () => {
    expect(reason(concat(u64le(3), [0x7b, 0xff, 0x7d]))).toBe("bad-header");
    expect(reason(fileOf("{\"a\":"))).toBe("bad-json");
    expect(reason(fileOf(""))).toBe("bad-json");
    expect(reason(concat(u64le(5), [0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe("bad-json"); // BOM
    for (const h of ["[]", "null", "42", '"x"']) expect(reason(fileOf(h))).toBe("bad-header");
  });

  it("entries missing fields or with wrong types", () => {
    expect(reason(fileOf({ a: 5 }))).toBe("bad-entry");
    expect(reason(fileOf({ a: { shape: [], data_offsets: [0, 0] } }))).toBe("bad-entry");
    expect(reason(fileOf({ a: { dtype: "F32", data_offsets: [0, 0] } }))).toBe("bad-entry");
    expect(reason(fileOf({ a: { dtype: "F32", shape: [0] } }))).toBe("bad-entry");
    expect(reason(fileOf({ a: { dtype: 1, shape: [0], data_offsets: [0, 0] } }))).toBe("bad-entry");
    expect(reason(fileOf({ a: { dtype: "F32", shape: "2", data_offsets: [0, 0] } }))).toBe("bad-entry");
    const e = stError(() => readSafetensors(fileOf({ "h.b": { dtype: "F32", shape: [0] } })));
    expect(e.message).toBe('safetensors: tensor "h.b": entry has no "data_offsets"');
    expect(reason(fileOf({ __metadata__: { a: 1 } }))).toBe("bad-metadata");
    expect(reason(fileOf({ __metadata__: [] }))).toBe("bad-metadata");
  });

  it("unknown dtype, naming it", () => {
    const e = stError(() => readSafetensors(fileOf({ w: { dtype: "F33", shape: [1], data_offsets: [0, 4] } }, F32_1_5)));
    expect(e.reason).toBe("unknown-dtype");
    expect(e.tensor).toBe("w");
    expect(e.message).toContain('"F33"');
    // Inherited property names are not dtypes.
    expect(reason(fileOf({ w: { dtype: "toString", shape: [1], data_offsets: [0, 4] } }, F32_1_5))).toBe("unknown-dtype");
  });

  it("negative, fractional or unsafe dimensions", () => {
    for (const d of [-1, 1.5, 2 ** 53, "3", null]) {
      expect(reason(fileOf({ a: { dtype: "U8", shape: [d], data_offsets: [0, 0] } }))).toBe("bad-shape");
    }
  });

  it("shapes whose element count overflows are rejected without multiplying out", () => {
    const e = stError(() => readSafetensors(fileOf({ a: { dtype: "F32", shape: [2 ** 40, 2 ** 40], data_offsets: [0, 4] } }, F32_1_5)));
    expect(e.reason).toBe("shape-overflow");
    // 2^26 · 2^26 · 2 = 2^53 is one past the largest safe integer.
    expect(reason(fileOf({ a: { dtype: "U8", shape: [2 ** 26, 2 ** 26, 2], data_offsets: [0, 0] } }))).toBe("shape-overflow");
    // A zero dimension makes the count 0 whatever the others are.
    expect(readSafetensors(fileOf({ a: { dtype: "F32", shape: [2 ** 52, 0, 2 ** 52], data_offsets: [0, 0] } })).tensors.size).toBe(1);
  });

  it("size not equal to element count × dtype size", () => {
    const e = stError(() => readSafetensors(fileOf({ "h1.w": { dtype: "F32", shape: [2], data_offsets: [0, 4] } }, F32_1_5)));
    expect(e.reason).toBe("size-mismatch");
    expect(e.message).toBe('safetensors: tensor "h1.w": F32[2] needs 8 bytes, data_offsets [0, 4] hold 4');
  });

  it("offsets malformed, reversed or out of range", () => {
    for (const offs of [[0], [0, 1, 2], [-1, 3], [0.5, 4], ["0", "4"], [0, 2 ** 53]]) {
      expect(reason(fileOf({ a: { dtype: "U8", shape: [4], data_offsets: offs } }, [1, 2, 3, 4]))).toBe("bad-offsets");
    }
    expect(reason(fileOf({ a: { dtype: "U8", shape: [0], data_offsets: [4, 0] } }, [1, 2, 3, 4]))).toBe("bad-offsets");
    expect(reason(fileOf({ a: { dtype: "U8", shape: [4], data_offsets: [1, 5] } }, [1, 2, 3, 4]))).toBe("bad-offsets");
  });

  it("overlapping ranges", () => {
    const e = stError(() =>
      readSafetensors(fileOf({ a: { dtype: "U8", shape: [4], data_offsets: [0, 4] }, b: { dtype: "U8", shape: [2], data_offsets: [2, 4] } }, [1, 2, 3, 4])),
    );
    expect(e.reason).toBe("overlap");
    expect(e.tensor).toBe("b");
    expect(e.message).toContain('"a"');
    // An empty tensor inside another's bytes overlaps too; one at a boundary does not.
    expect(reason(fileOf({ a: { dtype: "U8", shape: [4], data_offsets: [0, 4] }, b: { dtype: "U8", shape: [0], data_offsets: [2, 2] } }, [1, 2, 3, 4]))).toBe("overlap");
    const edge = fileOf({ a: { dtype: "U8", shape: [4], data_offsets: [0, 4] }, b: { dtype: "U8", shape: [0], data_offsets: [4, 4] } }, [1, 2, 3, 4]);
    expect(readSafetensors(edge).tensors.size).toBe(2);
  });

  it("gaps: the tensors must tile the buffer exactly", () => {
    expect(reason(fileOf({ a: { dtype: "U8", shape: [2], data_offsets: [2, 4] } }, [1, 2, 3, 4]))).toBe("gap");
    expect(reason(fileOf({ a: { dtype: "U8", shape: [2], data_offsets: [0, 2] } }, [1, 2, 3, 4]))).toBe("gap");
    expect(reason(fileOf({}, [0]))).toBe("gap");
    expect(readSafetensors(fileOf({}, [])).tensors.size).toBe(0);
  });

  it("duplicate names (JSON.parse would keep the last), including escaped spellings and nested keys", () => {
    const one = '{"dtype":"U8","shape":[0],"data_offsets":[0,0]}';
    const e = stError(() => readSafetensors(fileOf(`{"w":${one},"w":${one}}`)));
    expect(e.reason).toBe("duplicate");
    expect(e.message).toContain('"w"');
    expect(reason(fileOf(`{"w":${one},"\\u0077":${one}}`))).toBe("duplicate");
    expect(reason(fileOf('{"w":{"dtype":"U8","dtype":"U8","shape":[0],"data_offsets":[0,0]}}'))).toBe("duplicate");
    // The same string as a key and as a value, or keys repeated in different objects, are fine.
    expect(readSafetensors(fileOf(`{"U8":${one},"w":${one}}`)).tensors.size).toBe(2);
  });

  it("extra fields in an entry are ignored, as in the reference implementation", () => {
    const file = readSafetensors(fileOf({ a: { dtype: "U8", shape: [1], data_offsets: [0, 1], extra: [1, { b: 2 }] } }, [5]));
    expect([...file.tensors.get("a")!.data]).toEqual([5]);
  });

  it("every error is a SafetensorsError with a stable code", () => {
    const e = stError(() => readSafetensors(fileOf("nope")));
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("SafetensorsError");
    expect(e.code).toBe(`safetensors/${e.reason}`);
    expect(e).toBeInstanceOf(SafetensorsError);
  });
});

describe("inputs in shared memory", () => {
  it("reads a file held in a SharedArrayBuffer", () => {
    const plain = writeSafetensors({ w: { dtype: "f32", shape: [2], data: new Float32Array([1.5, -2]) } });
    const shared = new Uint8Array(new SharedArrayBuffer(plain.length));
    shared.set(plain);
    const t = toTypedTensor(readSafetensors(shared).tensors.get("w")!);
    expect([...t.data]).toEqual([1.5, -2]);
    expect(t.data.buffer).toBe(shared.buffer);
  });
});
