import { describe, expect, it } from "vitest";
import { compileWasm } from "../../compiler/backend-wasm/index.ts";
import { CATEGORY, type Op } from "../../compiler/ir/ir.ts";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { expectSame, randomTensor, rng, runBoth } from "./harness.ts";
import { layerNormGeluSoftmax, mlp, smallConvNet } from "./graphs.ts";

describe("composite graphs match the interpreter", () => {
  for (const batch of [1, 64]) {
    it(`MLP 784→300→100→10 with relu at batch ${batch}`, async () => {
      const w = mlp(rng(batch), batch);
      const ran = await runBoth(w.graph, w.inputs, w.params);
      expectSame(ran);
      // The logits are not trivially zero: the comparison has something to compare.
      expect(Math.max(...Array.from(ran.wasm.get("logits")!.data, Math.abs))).toBeGreaterThan(0.05);
    });
  }
  it("LayerNorm + GELU + softmax", async () => {
    const w = layerNormGeluSoftmax(rng(3), 5, 33);
    const ran = await runBoth(w.graph, w.inputs, w.params);
    expectSame(ran);
    const y = ran.wasm.get("y")!.data;
    for (let i = 0; i < 5; i++) expect(Array.from(y.subarray(i * 33, (i + 1) * 33)).reduce((a, v) => a + v, 0)).toBeCloseTo(1, 5);
  });
  it("conv → relu → maxpool → conv → flatten → matmul", async () => {
    const w = smallConvNet(rng(4), 3);
    expectSame(await runBoth(w.graph, w.inputs, w.params));
  });
  it("an output that is an input, a param, or a view of a temporary", async () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [3, 5]);
    const p = b.param("p", "f32", [5], { kind: "zeros" });
    const t = b.unary("exp", x);
    const g = b.finish({ same: x, weights: p, flat: b.reshape(t, [15]), also: t });
    const r = rng(5);
    expectSame(await runBoth(g, new Map([["x", randomTensor(r, "f32", [3, 5])]]), new Map([["p", randomTensor(r, "f32", [5])]])));
  });
});

describe("a where with costly arms", () => {
  // Each arm costs more than recomputation allows (spec/fusion.md), so the scalar code branches
  // and computes only the taken arm: per element (a full value) and per row (after a reduction).
  const b = new GraphBuilder();
  const x = b.input("x", "f32", [4, 9]);
  const zero = b.const(0, "f32", [4, 9]);
  const arms = (v: number) => [b.mul(b.unary("tanh", v), b.unary("exp", v)), b.unary("sigmoid", v)] as const;
  const [t, f] = arms(x);
  const perElement = b.where(b.binary("gt", x, zero), t, f);
  const s = b.reduce("reduce_sum", x, 1);
  const [ts, fs] = arms(s);
  const perRow = b.where(b.binary("lt", s, b.const(0, "f32", [4])), ts, fs);
  const g = b.finish({ perElement, perRow });
  it("branches in the emitted code and matches the interpreter", async () => {
    const out = compileWasm(g, { emitText: true });
    expect(out.text!.match(/\(if \(result f32\)/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    const input = randomTensor(rng(11), "f32", [4, 9]);
    expectSame(await runBoth(g, new Map([["x", input]]), new Map()));
    // Both arms are taken, per element and per row, so both are checked.
    expect(new Set(Array.from(input.data, (v) => v > 0)).size).toBe(2);
    const rows = [0, 1, 2, 3].map((i) => Array.from(input.data.subarray(i * 9, i * 9 + 9)).reduce((p, q) => p + q, 0) < 0);
    expect(new Set(rows).size).toBe(2);
  });
});

describe("the emitted module", () => {
  const w = mlp(rng(6), 4);
  const out = compileWasm(w.graph, { emitText: true });
  const text = out.text!;
  const fnText = (name: string): string => {
    const start = text.indexOf(`\n (func $${name}`);
    expect(start, `function ${name} in the module text`).toBeGreaterThanOrEqual(0);
    const next = text.indexOf("\n (func ", start + 1);
    return text.slice(start, next < 0 ? undefined : next);
  };
  it("validates in the engine; matmul, bias and relu are one kernel per layer; run calls every kernel", () => {
    expect(WebAssembly.validate(out.wasm as Uint8Array<ArrayBuffer>)).toBe(true);
    expect(out.plan.kernels.map((k) => k.name)).toEqual(["k0_matmul_add_max", "k1_matmul_add_max", "k2_matmul_add"]);
    // Every compute node is in exactly one kernel.
    const computed = out.plan.kernels.flatMap((k) => k.nodes);
    const compute = w.graph.nodes.filter((n) => CATEGORY[n.attrs.op] !== "source" && n.attrs.op !== "broadcast").map((n) => n.id);
    expect([...computed].sort((a, b) => a - b)).toEqual(compute);
    for (const k of out.plan.kernels) expect(fnText("run")).toContain(`(call $${k.name})`);
  });
  it("matmul kernels use SIMD, with the bias and relu epilogue on the accumulators", () => {
    const t = fnText(out.plan.kernels[0].name);
    expect(t).toMatch(/f32x4\.mul/);
    expect(t).toMatch(/f32x4\.add/);
    expect(t).toMatch(/f32x4\.max/);
    expect(t).toMatch(/v128\.load/);
  });
  it("imports nothing and exports memory, prepare and run", async () => {
    const mod = await WebAssembly.compile(out.wasm as Uint8Array<ArrayBuffer>);
    expect(WebAssembly.Module.imports(mod)).toEqual([]);
    expect(WebAssembly.Module.exports(mod).map((e) => e.name).sort()).toEqual(["memory", "prepare", "run"]);
  });
  it("the plan reports fixed slots for inputs, params and outputs inside memory", () => {
    const p = out.plan;
    expect(p.inputs.map((s) => s.name)).toEqual(["x"]);
    expect(p.params.map((s) => s.name)).toEqual(["h1.w", "h1.b", "h2.w", "h2.b", "out.w", "out.b"]);
    expect(p.outputs[0]).toMatchObject({ name: "logits", dtype: "f32", shape: [4, 10], length: 40, byteLength: 160 });
    for (const s of [...p.inputs, ...p.params, ...p.outputs]) {
      expect(s.offset % 16).toBe(0);
      expect(s.offset + s.byteLength).toBeLessThanOrEqual(p.fixedBytes);
    }
    expect(p.memoryPages * 65536).toBeGreaterThanOrEqual(p.totalBytes);
  });
});

describe("coverage", () => {
  it("every IR op has a kernel that the tests above exercise", async () => {
    // Compile one node of each op and make sure no op falls through to 'no WASM kernel'.
    const ops = Object.keys(CATEGORY) as Op[];
    const tested = new Set<Op>();
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [2, 3, 4, 4]);
    const i = b.input("i", "i32", [2]);
    const bo = b.input("c", "bool", [2, 3, 4, 4]);
    const w = b.param("w", "f32", [3, 3, 1, 1], { kind: "zeros" });
    const ids: number[] = [];
    for (const u of ["neg", "abs", "exp", "log", "sqrt", "rsqrt", "tanh", "sigmoid", "erf", "sin", "cos", "floor", "ceil"] as const) ids.push(b.unary(u, x));
    ids.push(b.unary("not", bo));
    for (const op of ["add", "sub", "mul", "div", "mod", "pow", "max", "min", "eq", "ne", "lt", "le", "gt", "ge"] as const) ids.push(b.binary(op, x, x));
    ids.push(b.binary("and", bo, bo), b.binary("or", bo, bo), b.where(bo, x, x), b.cast(x, "i32"), b.dropout(x, 0.1));
    ids.push(b.broadcastTo(b.const(1, "f32"), [2, 2]), b.reshape(x, [96]), b.transpose(x), b.sliceAxis(x, 1, 0, 2), b.concat([x, x], 0));
    for (const op of ["reduce_sum", "reduce_max", "reduce_min", "reduce_prod"] as const) ids.push(b.reduce(op, x, 1));
    ids.push(b.argmax(x, 1), b.matmul(x, x), b.conv2d(x, w), b.maxPool2d(x, { size: 2 }), b.avgPool2d(x, { size: 2 }));
    ids.push(b.gather(x, i, 0), b.oneHot(i, 5));
    const g = b.finish(ids.map((id, k) => ({ name: `o${k}`, node: id })));
    for (const n of g.nodes) tested.add(n.attrs.op);
    tested.add("param").add("const").add("input");
    expect(ops.filter((op) => !tested.has(op))).toEqual([]);
    const r = rng(7);
    const ran = await runBoth(g,
      new Map([["x", randomTensor(r, "f32", [2, 3, 4, 4])], ["i", randomTensor(r, "i32", [2], 0, 2)], ["c", randomTensor(r, "bool", [2, 3, 4, 4])]]),
      new Map([["w", randomTensor(r, "f32", [3, 3, 1, 1])]]));
    expectSame(ran);
  });
});
