// Runtime semantics from issue 8, one test per finding, each on every backend (webgpu on the
// real Dawn adapter, lavapipe here) and within a time bound: inputs are copied when run or
// runAsync is called; weights set before a call apply to it and never to earlier calls;
// inputs and weights from any ArrayBuffer kind (SharedArrayBuffer used to kill Node inside
// Dawn's writeBuffer); dimensions must be non-negative safe integers; names like __proto__
// work; dispose() during a run is a DisposedError. Numbers are checked against tinyRef, the
// model computed in plain JavaScript.
import { describe, expect, it } from "vitest";
import { DisposedError, InputError, WeightError } from "../../runtime/errors.ts";
import { load } from "../../runtime/session.ts";
import { B, B2, BACKENDS, buildSource, failure, theGpu, tinyRef, tinySession, W, W2, within } from "./runtime-support.ts";

const data = (r: { y?: { data: ArrayLike<number> } }): number[] => Array.from(r.y!.data);

describe.each(BACKENDS)("on %s", (backend) => {
  it("runAsync copies its inputs when called: 10 queued calls reusing one buffer give 10 results", async (ctx) => {
    const s = await tinySession(backend);
    if (!s) return ctx.skip();
    await within(20_000, async () => {
      const x = new Float32Array(3);
      const pending: Promise<unknown>[] = [];
      for (let i = 0; i < 10; i++) {
        x.fill(i);
        pending.push(s.runAsync({ x: { data: x, shape: [1, 3] } }));
      }
      x.fill(99); // written after every call: no run may see it
      const got = (await Promise.all(pending)).map((r) => data(r as { y: { data: Float32Array } }));
      expect(got).toEqual(Array.from({ length: 10 }, (_, i) => tinyRef([i, i, i])));
    });
    s.dispose();
  });

  it("weights set before a call apply to it and never to calls made earlier", async (ctx) => {
    const s = await tinySession(backend);
    if (!s) return ctx.skip();
    await within(20_000, async () => {
      const x = { x: new Float32Array([1, 2, 3]) };
      const p1 = s.runAsync(x);
      const p2 = s.runAsync(x);
      s.setWeights({ "l.w": new Float32Array(W2), "l.b": new Float32Array(B2) });
      const p3 = s.runAsync(x);
      s.setWeights({ "l.w": new Float32Array(W), "l.b": new Float32Array(B) });
      const p4 = s.runAsync(x);
      const [r1, r2, r3, r4] = await Promise.all([p1, p2, p3, p4]);
      expect([data(r1), data(r2), data(r3), data(r4)]).toEqual([tinyRef([1, 2, 3]), tinyRef([1, 2, 3]), tinyRef([1, 2, 3], W2, B2), tinyRef([1, 2, 3])]);
      // A failed setWeights changes nothing, queued or not.
      const bad = await failure(() => s.setWeights({ "l.w": new Float32Array(5) }));
      expect(bad).toBeInstanceOf(WeightError);
      expect(data(await s.runAsync(x))).toEqual(tinyRef([1, 2, 3]));
    });
    s.dispose();
  });

  it("takes inputs and weights over a SharedArrayBuffer, a resizable ArrayBuffer and an offset view", async (ctx) => {
    const s = await tinySession(backend);
    if (!s) return ctx.skip();
    await within(20_000, async () => {
      const sab = new Float32Array(new SharedArrayBuffer(24));
      sab.set([1, 2, 3, -1, 0, 4]);
      // ES2024's resizable ArrayBuffer (Node 20 has it; this project's lib types are ES2022).
      const resizable = new Float32Array(new (ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => ArrayBuffer)(12, { maxByteLength: 64 }));
      expect((resizable.buffer as unknown as { resizable: boolean }).resizable).toBe(true);
      resizable.set([5, 6, 7]);
      const offset = new Float32Array(new ArrayBuffer(40), 8, 3);
      offset.set([0, 1, 0]);
      for (const x of [sab, resizable, offset]) expect(data(await s.runAsync({ x }))).toEqual(tinyRef(x));
      const w = new Float32Array(new SharedArrayBuffer(24));
      w.set(W2);
      const b = new Float32Array(new SharedArrayBuffer(8));
      b.set(B2);
      s.setWeights({ "l.w": w, "l.b": b });
      w.fill(100); // copied at the call: later writes to the shared memory do not reach the model
      expect(data(await s.runAsync({ x: sab }))).toEqual(tinyRef(sab, W2, B2));
    });
    s.dispose();
  });

  it("refuses dimensions that are not non-negative safe integers, for inputs and weights", async (ctx) => {
    const s = await tinySession(backend);
    if (!s) return ctx.skip();
    await within(5_000, async () => {
      for (const shape of [[2.5, 3], ["2", 3], [-1, 3], [2 ** 53, 3], [NaN, 3], [1, Infinity], "1,3"]) {
        const e = await failure(() => s.runAsync({ x: { data: new Float32Array(6), shape: shape as number[] } }));
        expect(e, JSON.stringify(shape)).toBeInstanceOf(InputError);
        expect(e.code).toBe("input/bad-shape");
        expect(e.message).toMatch(/^input "x": /);
      }
      const e = await failure(() => s.setWeights({ "l.w": { data: new Float32Array(6), shape: [3, 2.0000001] }, "l.b": new Float32Array(B) }));
      expect([e.code, e.message]).toEqual(["weight/bad-shape", 'weight "l.w": dimension 1 of shape [3, 2.0000001] is 2.0000001, not a non-negative safe integer (expected f32[3, 2])']);
    });
    s.dispose();
  });

  it("dispose() during a run rejects it, and every call queued behind it, with a DisposedError", async (ctx) => {
    const s = await tinySession(backend);
    if (!s) return ctx.skip();
    await within(10_000, async () => {
      const x = { x: new Float32Array([1, 2, 3]) };
      const calls = [s.runAsync(x), s.runAsync(x), s.runAsync(x)];
      s.dispose();
      const settled = await Promise.allSettled(calls);
      for (const r of settled) {
        // interp and wasm finish a runAsync before it returns; webgpu's runs were still queued.
        if (backend === "webgpu") {
          expect(r.status).toBe("rejected");
          expect((r as PromiseRejectedResult).reason).toBeInstanceOf(DisposedError);
          expect((r as PromiseRejectedResult).reason.message).toBe('session "Tiny" was used (runAsync) after dispose()');
        } else {
          expect(r.status).toBe("fulfilled");
          expect(data((r as PromiseFulfilledResult<Record<string, { data: Float32Array }>>).value)).toEqual(tinyRef([1, 2, 3]));
        }
      }
      const after = await failure(() => s.runAsync(x));
      expect(after).toBeInstanceOf(DisposedError);
    });
  });

  it("takes inputs as typed arrays, plain arrays and nested arrays alike", async (ctx) => {
    const s = await tinySession(backend);
    if (!s) return ctx.skip();
    const want = tinyRef([1, 2, 3, -4, 5, 0]);
    for (const x of [new Float32Array([1, 2, 3, -4, 5, 0]), [1, 2, 3, -4, 5, 0], [[1, 2, 3], [-4, 5, 0]], { data: [[1, 2, 3], [-4, 5, 0]] }, { data: [1, 2, 3, -4, 5, 0], shape: [2, 3] }]) {
      expect(data(await s.runAsync({ x })), JSON.stringify(x)).toEqual(want);
    }
    const ragged = await failure(() => s.runAsync({ x: [[1, 2, 3], [4, 5]] }));
    expect([ragged.code, ragged.message]).toEqual(["input/bad-shape", 'input "x": the nested array is ragged: element[1] has 2 entries, element[0] has 3 (expected f32[4, 3])']);
    const text = await failure(() => s.runAsync({ x: [[1, "2", 3]] as unknown as number[][] }));
    expect([text.code, text.message]).toEqual(["input/value", 'input "x": element[0][1] is "2", not a number (expected f32[4, 3])']);
    s.dispose();
  });
});

describe("names that are Object.prototype's", () => {
  it("an output named __proto__ and an input named constructor work on every backend", async () => {
    const artifact = await buildSource(`use std.nn.{Linear, relu}\nmodel P {\n  input constructor: f32[B, 3]\n  lin = Linear(3, 2)\n  output __proto__ = relu(lin(constructor))\n}\n`, 2, ["wasm", "wgsl"]);
    const gpu = await theGpu();
    for (const backend of BACKENDS) {
      if (backend === "webgpu" && !gpu) continue;
      const s = await load(artifact, { backend, ...(gpu && backend === "webgpu" ? { gpu } : {}) });
      // JSON.parse makes own keys named "__proto__"; a Map works too.
      s.setWeights(new Map([["lin.w", { data: new Float32Array(W) }], ["lin.b", { data: new Float32Array(B) }]]));
      const out = await s.runAsync(JSON.parse('{"constructor": {"data": [1, 2, 3, 0, 0, 1], "shape": [2, 3]}}'));
      expect(Object.keys(out), backend).toEqual(["__proto__"]);
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(Array.from(out["__proto__"]!.data)).toEqual(tinyRef([1, 2, 3, 0, 0, 1]));
      const unknown = await failure(() => s.runAsync(JSON.parse('{"__proto__": [1, 2, 3]}')));
      expect(unknown.code).toBe("input/unknown");
      s.dispose();
    }
  });
});
