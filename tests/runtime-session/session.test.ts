// The session API on both backends: weights, inputs, batch handling, typed errors with their
// exact messages, all-or-nothing weight loading, NaN/Inf pass-through and dispose.
import { describe, expect, it } from "vitest";
import { ArtifactError, parseArtifact, serializeArtifact } from "../../runtime/artifact.ts";
import { BatchError, DisposedError, InputError, SafetensorsError, WeightError } from "../../runtime/errors.ts";
import { initializeParam } from "../../runtime/init.ts";
import { load, type BackendName, type Session } from "../../runtime/session.ts";
import { buildSource, caught, TINY } from "./session-support.ts";
import { f32Tensor, f64Tensor, writeSt } from "./st-bytes.ts";

// w = [[1, 0], [0, 1], [1, 1]], b = [0.5, -0.5]: y = relu(x @ w + b), worked by hand below.
const W = new Float32Array([1, 0, 0, 1, 1, 1]);
const B = new Float32Array([0.5, -0.5]);
const LINEAR = TINY.replace("relu(l(x))", "l(x)").replace("model Tiny", "model Lin");

async function tiny(backend: BackendName, source = TINY, batch = 4): Promise<Session> {
  const artifact = await buildSource(source, batch, backend === "wasm" ? ["wasm"] : []);
  const s = await load(artifact, { backend });
  s.setWeights({ "l.w": { data: W, shape: [3, 2] }, "l.b": { data: B } });
  return s;
}

describe.each(["interp", "wasm"] as const)("session on %s", (backend) => {
  it("runs with weights from a map, and a smaller batch than built", async () => {
    const s = await tiny(backend);
    // [1,2,3] → [4.5, 4.5]; [-1,-2,-3] → relu([-3.5, -5.5]) = [0, 0].
    const y = s.run({ x: { data: new Float32Array([1, 2, 3, -1, -2, -3]), shape: [2, 3] } }).y!;
    expect(y.shape).toEqual([2, 2]);
    expect(y.dtype).toBe("f32");
    expect(Array.from(y.data)).toEqual([4.5, 4.5, 0, 0]);
    // Without a shape, the batch comes from the data's length (1 sample of 3 values).
    expect(Array.from(s.run({ x: { data: new Float32Array([0, 0, 1]) } }).y!.data)).toEqual([1.5, 0.5]);
    s.dispose();
  });

  it("reads weights from safetensors bytes written by another writer", async () => {
    const s = await tiny(backend);
    s.setWeights(writeSt({ "l.b": f32Tensor([2], [1, 1]), "l.w": f32Tensor([3, 2], [2, 0, 0, 2, 0, 0]) }));
    expect(Array.from(s.run({ x: { data: new Float32Array([1, 2, 3]), shape: [1, 3] } }).y!.data)).toEqual([3, 5]);
    s.dispose();
  });

  it("initWeights(seed) gives each parameter its initializer's values for that seed", async () => {
    const artifact = await buildSource(TINY, 2, backend === "wasm" ? ["wasm"] : []);
    const s = await load(artifact, { backend });
    s.initWeights(5);
    const x = new Float32Array([0.5, -1, 2, 1, 1, 1]);
    const got = s.run({ x: { data: x, shape: [2, 3] } }).y!.data;
    const w = initializeParam({ kind: "glorot_uniform" }, [3, 2], 5, "l.w");
    const want = [0, 1].flatMap((r) => [0, 1].map((c) => Math.max(0, x[3 * r]! * w[c]! + x[3 * r + 1]! * w[2 + c]! + x[3 * r + 2]! * w[4 + c]!)));
    want.forEach((v, i) => expect(got[i]).toBeCloseTo(v, 5));
    s.initWeights(6);
    expect(Array.from(s.run({ x: { data: x, shape: [2, 3] } }).y!.data)).not.toEqual(Array.from(got));
    s.dispose();
  });

  it("names the input, what was expected and what came", async () => {
    const s = await tiny(backend);
    const x = (data: ArrayLike<number> | Int32Array | Float64Array, shape?: number[]) => ({ x: { data: data as Float32Array, ...(shape ? { shape } : {}) } });
    const e1 = await caught(() => s.run({ z: { data: new Float32Array(3) } }));
    expect(e1).toBeInstanceOf(InputError);
    expect(e1.code).toBe("input/unknown");
    expect(e1.message).toBe('input "z" is not an input of this model (its inputs are "x")');
    const e2 = await caught(() => s.run({}));
    expect([e2.code, e2.message]).toEqual(["input/missing", 'input "x" is missing (expected f32[4, 3])']);
    const e3 = await caught(() => s.run(x(new Float32Array(8), [2, 4])));
    expect([e3.code, e3.message]).toEqual(["input/shape", 'input "x": expected f32[2, 3], got f32[2, 4]']);
    const e4 = await caught(() => s.run(x(new Int32Array(6), [2, 3])));
    expect([e4.code, e4.message]).toEqual(["input/dtype", 'input "x": expected f32[2, 3], got i32[2, 3]']);
    const e5 = await caught(() => s.run(x(new Float64Array(6), [2, 3])));
    expect([e5.code, e5.message]).toEqual(["input/dtype", 'input "x": expected f32[2, 3], got f64[2, 3]']);
    const e6 = await caught(() => s.run(x(new Float32Array(5), [2, 3])));
    expect([e6.code, e6.message]).toEqual(["input/length", 'input "x": f32[2, 3] needs 6 elements, got an array of 5']);
    const e7 = await caught(() => s.run(x(new Float32Array(15), [5, 3])));
    expect(e7).toBeInstanceOf(BatchError);
    expect([e7.code, e7.message]).toEqual(["batch/out-of-range", 'input "x": batch size 5 is not allowed by this artifact (allowed: 1..4)']);
    const e8 = await caught(() => s.run(x(new Float32Array(0), [0, 3])));
    expect(e8.message).toBe('input "x": batch size 0 is not allowed by this artifact (allowed: 1..4)');
    s.dispose();
  });

  it("checks every weight before copying any: a failed setWeights keeps the old weights", async () => {
    const s = await tiny(backend);
    const x = { x: { data: new Float32Array([1, 2, 3]), shape: [1, 3] } };
    const before = Array.from(s.run(x).y!.data);
    expect(before).toEqual([4.5, 4.5]);
    const good = f32Tensor([3, 2], [9, 9, 9, 9, 9, 9]);
    const cases: [() => unknown, string, string][] = [
      [() => s.setWeights(writeSt({ "l.w": good })), "weight/missing", 'weight "l.b" is missing (expected f32[2])'],
      [() => s.setWeights(writeSt({ "l.w": good, "l.b": f64Tensor([2], [1, 1]) })), "weight/dtype", 'weight "l.b": expected f32[2], got f64[2]'],
      [() => s.setWeights(writeSt({ "l.w": good, "l.b": f32Tensor([1, 2], [1, 1]) })), "weight/shape", 'weight "l.b": expected f32[2], got f32[1, 2]'],
      [() => s.setWeights(writeSt({ "l.w": good, "l.b": f32Tensor([2], [1, 1]), "l.v": f32Tensor([1], [0]) })), "weight/unexpected", 'weight "l.v" (f32[1]) is not a parameter of this model'],
      [() => s.setWeights({ "l.w": { data: new Float32Array(5), shape: [3, 2] }, "l.b": { data: B } }), "weight/length", 'weight "l.w": f32[3, 2] needs 6 elements, got an array of 5'],
      [() => s.setWeights({ "l.w": { data: new Int32Array(6) }, "l.b": { data: B } }), "weight/dtype", 'weight "l.w": expected f32[3, 2], got i32[3, 2]'],
    ];
    for (const [f, code, message] of cases) {
      const e = await caught(f);
      expect(e).toBeInstanceOf(WeightError);
      expect([e.code, e.message]).toEqual([code, message]);
      expect(Array.from(s.run(x).y!.data)).toEqual(before);
    }
    // A truncated file: the reader rejects it whole, and nothing changed.
    const full = writeSt({ "l.w": good, "l.b": f32Tensor([2], [1, 1]) });
    const e = await caught(() => s.setWeights(full.subarray(0, full.length - 3)));
    expect(e).toBeInstanceOf(SafetensorsError);
    expect(e.code).toMatch(/^safetensors\//);
    expect(Array.from(s.run(x).y!.data)).toEqual(before);
    // The same file whole does load; an extra tensor is fine when allowed.
    s.setWeights(writeSt({ "l.w": good, "l.b": f32Tensor([2], [1, 1]), extra: f32Tensor([1], [0]) }), { allowExtra: true });
    expect(Array.from(s.run(x).y!.data)).toEqual([55, 55]);
    s.dispose();
  });

  it("refuses to run before weights are set", async () => {
    const s = await load(await buildSource(TINY, 2, backend === "wasm" ? ["wasm"] : []), { backend });
    const e = await caught(() => s.run({ x: { data: new Float32Array(3) } }));
    expect([e.code, e.message]).toEqual(["weight/missing", 'weight "l.w" is missing (expected f32[3, 2])']);
    s.dispose();
  });

  it("lets NaN and Inf through as IEEE 754 says, without touching other samples", async () => {
    const s = await tiny(backend, LINEAR);
    const y = s.run({ x: { data: new Float32Array([NaN, 0, 0, Infinity, 0, 0, 1, 2, 3]), shape: [3, 3] } }).y!.data;
    expect(Number.isNaN(y[0])).toBe(true);
    expect(Number.isNaN(y[1])).toBe(true); // NaN·0 is NaN
    expect(y[2]).toBe(Infinity); // ∞·1 + 0 + 0 + 0.5
    expect(Number.isNaN(y[3])).toBe(true); // ∞·0
    expect(Array.from(y.subarray(4))).toEqual([4.5, 4.5]);
    s.dispose();
  });

  it("throws DisposedError from every method after dispose()", async () => {
    const s = await tiny(backend);
    s.dispose();
    s.dispose(); // twice is harmless
    for (const [method, f] of [
      ["run", () => s.run({ x: { data: new Float32Array(3) } })],
      ["setWeights", () => s.setWeights({})],
      ["initWeights", () => s.initWeights(1)],
    ] as const) {
      const e = await caught(f);
      expect(e).toBeInstanceOf(DisposedError);
      expect(e.message).toBe(`session "Tiny" was used (${method}) after dispose()`);
    }
  });

  it("survives a round trip through the artifact's files", async () => {
    const artifact = await buildSource(TINY, 4, backend === "wasm" ? ["wasm"] : []);
    const files = serializeArtifact(artifact);
    expect(Object.keys(files).sort()).toEqual(backend === "wasm" ? ["graph.json", "manifest.json", "model.ir", "model.wasm"] : ["graph.json", "manifest.json", "model.ir"]);
    const s = await load(parseArtifact(files), { backend });
    s.setWeights({ "l.w": { data: W }, "l.b": { data: B } });
    expect(Array.from(s.run({ x: { data: new Float32Array([1, 2, 3]) } }).y!.data)).toEqual([4.5, 4.5]);
    s.dispose();
  });
});

describe("the batch range", () => {
  const fixed = async (body: string) => (await buildSource(`model M {\n  input x: f32[B, 3]\n  output y = ${body}\n}\n`, 4)).manifest.batch;

  it("is 1..N when every op works per sample", async () => {
    expect((await buildSource(TINY, 4)).manifest.batch).toEqual({ built: 4, min: 1, max: 4 });
  });

  it("is fixed when an op mixes samples", async () => {
    expect(await fixed("x - mean(x, axis: 0, keepdims: true)")).toMatchObject({ built: 4, min: 4, max: 4 });
    expect(await fixed("transpose(x) @ x")).toMatchObject({ min: 4, max: 4 });
    expect(await fixed("reshape(reshape(x, [-1]), [-1, 3])")).toEqual({ built: 4, min: 1, max: 4 });
    // The `* 2.0` keeps the simplify pass from cancelling the round trip (see below).
    expect(await fixed("reshape(reshape(x, [2, -1]) * 2.0, [-1, 3])")).toMatchObject({ min: 4, max: 4 });
    expect(await fixed("x * 2.0 + 1.0")).toEqual({ built: 4, min: 1, max: 4 });
  });

  it("is 1..N for a round trip the passes cancel (compiler/passes/simplify.ts) or the analysis follows", async () => {
    expect(await fixed("transpose(transpose(x))")).toEqual({ built: 4, min: 1, max: 4 });
    expect(await fixed("transpose(transpose(x) * 2.0)")).toEqual({ built: 4, min: 1, max: 4 });
    expect(await fixed("reshape(reshape(x, [2, -1]), [-1, 3])")).toEqual({ built: 4, min: 1, max: 4 });
  });

  it("a fixed artifact refuses any other batch", async () => {
    const artifact = await buildSource("model M {\n  input x: f32[B, 3]\n  output y = x - mean(x, axis: 0, keepdims: true)\n}\n", 4);
    expect(artifact.manifest.batch.fixedBecause).toMatch(/reduces over the batch axis/);
    const s = await load(artifact, { backend: "interp" });
    const e = await caught(() => s.run({ x: { data: new Float32Array(6), shape: [2, 3] } }));
    expect(e.message).toBe('input "x": batch size 2 is not allowed by this artifact (allowed: exactly 4)');
    expect(s.run({ x: { data: new Float32Array(12) } }).y!.shape).toEqual([4, 3]);
    s.dispose();
  });
});

describe("a damaged artifact", () => {
  it("is refused with an ArtifactError, never half-loaded", async () => {
    const artifact = await buildSource(TINY, 2);
    const files = serializeArtifact(artifact);
    const enc = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
    const cases: [Record<string, Uint8Array>, string, RegExp][] = [
      [{ ...files, "manifest.json": files["manifest.json"]!.subarray(0, 20) }, "artifact/bad-manifest", /manifest.json is not JSON/],
      [{ ...files, "manifest.json": enc({ ...manifest, version: 1 }) }, "artifact/bad-manifest", /version 1 is not supported .*rebuild/],
      [{ ...files, "manifest.json": enc({ ...manifest, batch: { built: 2, min: 1, max: 3 } }) }, "artifact/bad-manifest", /batch must be/],
      [{ ...files, "manifest.json": enc({ ...manifest, model: "Other" }) }, "artifact/integrity", /manifest.json was changed after it was written/],
      [{ ...files, "graph.json": enc({ nodes: [], inputs: [], outputs: [] }) }, "artifact/size", /graph.json is \d+ bytes, but the manifest says/],
      [Object.fromEntries(Object.entries(files).filter(([k]) => k !== "graph.json")), "artifact/missing-file", /graph.json, which is missing/],
    ];
    for (const [f, code, message] of cases) {
      const e = await caught(() => parseArtifact(f));
      expect(e).toBeInstanceOf(ArtifactError);
      expect(e.code).toBe(code);
      expect(e.message).toMatch(message);
    }
    // A graph that is consistent with its digest but not a graph (an in-memory artifact skips digests).
    const badGraph = { manifest: artifact.manifest, files: { ...artifact.files, "graph.json": enc({ nodes: [{ id: 0, dtype: "f32", shape: [2], inputs: [5], attrs: { op: "neg" } }], inputs: [], outputs: [] }) } };
    const e = await caught(() => load(badGraph, { backend: "interp" }));
    expect([e.code, e.message]).toEqual(["artifact/bad-graph", expect.stringMatching(/^graph.json is not a valid graph: node %0/)]);
    const noWasm = await caught(() => load(parseArtifact(files), { backend: "wasm" }));
    expect([noWasm.code, noWasm.message]).toEqual(["artifact/no-backend", 'artifact "Tiny" was not built for the wasm backend']);
  });
});
