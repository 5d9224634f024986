// The op table is complete: every op has an entry, and every entry's facts work on a real
// node of its op (tests/ir/op-samples.ts has one per op). The table's type makes a missing
// fact a compile error; this checks that each fact is also right where it can be checked
// without a second definition: the interpreter's result has the inferred type, the printer
// shows every attribute, the batch rule runs, aliases really alias, and each elementwise op
// defines a scalar function for exactly the dtypes its type rule accepts, which is what the
// interpreter computes. A backend's per-op table joins by checking `missingOps(itsTable, …)`.
import { describe, expect, it } from "vitest";
import { batchStates } from "../../compiler/batch-analysis.ts";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { inferType } from "../../compiler/ir/infer.ts";
import type { Attrs, DType, Op } from "../../compiler/ir/ir.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { CATEGORY as IR_CATEGORY } from "../../compiler/ir/ir.ts";
import { CATEGORY, CATEGORY_NAMES, OPS, OP_NAMES, opDef } from "../../compiler/ir/ops/index.ts";
import { printNode } from "../../compiler/ir/print.ts";
import { numElements, type TensorType } from "../../compiler/ir/shape.ts";
import { mulberry32 } from "../../compiler/graphgen/prng.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { allocData, dataMatchesDtype, tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { compileWasm } from "../../compiler/backend-wasm/index.ts";
import { WASM_ELEMENTWISE_OPS } from "../../compiler/backend-wasm/ops.ts";
import { compileWgsl, DEFAULT_LIMITS } from "../../compiler/backend-wgsl/index.ts";
import { WGSL_ELEMENTWISE_OPS } from "../../compiler/backend-wgsl/ops.ts";
import { COMPUTED_ELEMENTWISE, OPS_BY_CATEGORY, SAMPLES, missingOps, type OpSample } from "./op-samples.ts";

const DTYPES: readonly DType[] = ["f32", "i32", "bool"];

function randomTensor(seed: number, type: TensorType, indexBound?: number): Tensor {
  const r = mulberry32(seed);
  const values = Array.from({ length: numElements(type.shape) }, () => {
    if (type.dtype === "bool") return r() < 0.5 ? 0 : 1;
    if (type.dtype === "i32") return indexBound !== undefined ? Math.floor(r() * indexBound) : Math.floor(r() * 11) - 5;
    return r() * 4 - 2;
  });
  return tensorOf(type.dtype, type.shape, values);
}

/** The sample as a one-op graph (its operands are graph inputs a0, a1, …), with data for it. */
function sampleGraph(op: Op, s: OpSample = SAMPLES[op], seed = 1) {
  const b = new GraphBuilder();
  const ids = s.inputs.map((t, i) => b.input(`a${i}`, t.dtype, t.shape));
  // An input node must also be a graph input, so it goes through the builder's input().
  const out = s.attrs.op === "input" ? b.input(s.attrs.name, s.declared!.dtype, s.declared!.shape) : b.node(s.attrs, ids, undefined, s.declared);
  const graph = b.finish([{ name: "out", node: out }]);
  expect(verifyGraph(graph)).toEqual([]);
  const inputs = new Map<string, Tensor>(s.inputs.map((t, i) => [`a${i}`, randomTensor(seed + i, t, s.indexBound)]));
  const params = new Map<string, Tensor>();
  if (s.attrs.op === "input") inputs.set(s.attrs.name, randomTensor(seed + 9, s.declared!));
  if (s.attrs.op === "param") params.set(s.attrs.name, randomTensor(seed + 9, s.declared!));
  return { graph, out, inputs, params };
}

function run(g: ReturnType<typeof sampleGraph>): Tensor {
  return interpret(g.graph, g.inputs, g.params).get("out")!;
}

describe("the op table", () => {
  it("has an entry for every op and no others, and a sample of each", () => {
    expect(missingOps(OPS)).toEqual([]);
    expect(missingOps(SAMPLES)).toEqual([]);
    expect(Object.keys(OPS).sort()).toEqual([...OP_NAMES].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...OP_NAMES].sort());
  });

  it("puts every op in exactly one category, the one ir.ts's CATEGORY reports", () => {
    expect(IR_CATEGORY).toBe(CATEGORY);
    const listed = CATEGORY_NAMES.flatMap((c) => OPS_BY_CATEGORY[c]);
    expect([...listed].sort()).toEqual([...OP_NAMES].sort());
    for (const op of OP_NAMES) expect(OPS_BY_CATEGORY[CATEGORY[op]]).toContain(op);
    // Fusion depends on these few staying where they are.
    expect(OPS_BY_CATEGORY.broadcast).toEqual(["broadcast"]);
    expect(OPS_BY_CATEGORY.elementwise).toEqual(expect.arrayContaining(["add", "neg", "where", "cast", "dropout"]));
    // What a backend's expression table must cover: every elementwise op but the alias.
    expect(COMPUTED_ELEMENTWISE).toEqual(OPS_BY_CATEGORY.elementwise.filter((op) => op !== "dropout"));
  });

  it("rejects an op it does not know, by name", () => {
    expect(() => opDef("frobnicate")).toThrow(/unknown op "frobnicate"/);
    expect(() => opDef("toString")).toThrow(/unknown op "toString"/);
  });
});

describe.each(OP_NAMES)("%s", (op) => {
  const def = opDef(op);
  const s = SAMPLES[op];

  it("type rule: the sample types, and a wrong number of inputs is refused", () => {
    const t = inferType(s.attrs, s.inputs, s.declared);
    expect(DTYPES).toContain(t.dtype);
    expect(t.shape.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
    if (def.arity !== "variadic") {
      expect(s.inputs.length).toBe(def.arity);
      expect(() => inferType(s.attrs, [...s.inputs, s.inputs[0] ?? { dtype: "f32", shape: [] }], s.declared)).toThrow(/expected \d+ input\(s\)/);
    }
  });

  it("reference semantics: the interpreter gives a tensor of the inferred type", () => {
    const g = sampleGraph(op);
    const y = run(g);
    const node = g.graph.nodes[g.out];
    expect(y.dtype).toBe(node.dtype);
    expect(y.shape).toEqual(node.shape);
    expect(dataMatchesDtype(node.dtype, y.data)).toBe(true);
    expect(y.data.length).toBe(numElements(node.shape));
  });

  it("print order: every attribute of the op is in its entry and is printed", () => {
    const keys = Object.keys(s.attrs).filter((k) => k !== "op");
    expect(Object.keys(def.attrs).sort()).toEqual(keys.sort());
    const g = sampleGraph(op);
    const text = printNode(g.graph.nodes[g.out]);
    let at = text.indexOf(` = ${op}`);
    expect(at).toBeGreaterThan(0);
    for (const [key, format] of Object.entries(def.attrs)) {
      const v = (s.attrs as unknown as Record<string, unknown>)[key];
      const shown = format === "string" ? JSON.stringify(v) : format === "false-only" ? `${key}=false` : `${key}=`;
      const found = text.indexOf(shown, at);
      expect(found, `${key} in ${text}`).toBeGreaterThan(at);
      at = found; // in the entry's order
    }
  });

  it("batch rule: no sample in, none out; a batched operand gives a state", () => {
    const g = sampleGraph(op);
    const free = batchStates(g.graph, {})[g.out];
    // Only a broadcast may make a value look batch-sized without any sample in it.
    expect(free.k).toBe(op === "broadcast" ? "uniform" : "free");
    const batched = Object.fromEntries(g.graph.inputs.filter((v) => g.graph.nodes[v.node].shape.length > 0).map((v) => [v.name, 0]));
    const st = batchStates(g.graph, batched)[g.out];
    expect(["free", "uniform", "batch", "mixed"]).toContain(st.k);
    if (Object.keys(batched).length > 0 && st.k !== "mixed") expect(st.k).toBe("batch");
  });

  it("view rule: an alias is input 0's values; a strided view stays inside input 0", () => {
    const g = sampleGraph(op);
    const node = g.graph.nodes[g.out];
    const input = node.inputs.length > 0 ? g.graph.nodes[node.inputs[0]] : undefined;
    const v = def.view(node.attrs, input, node);
    expect(["none", "alias", "strided"]).toContain(v.kind);
    if (v.kind === "alias") {
      expect(input).toBeDefined();
      expect(numElements(node.shape)).toBe(numElements(input!.shape));
      expect(Array.from(run(g).data)).toEqual(Array.from(g.inputs.get("a0")!.data));
    }
    if (v.kind === "strided") {
      expect(v.strides.length).toBe(node.shape.length);
      const last = v.offset + node.shape.reduce((acc, d, k) => acc + (d - 1) * v.strides[k], 0);
      expect(v.offset).toBeGreaterThanOrEqual(0);
      expect(last).toBeLessThan(numElements(input!.shape));
    }
  });

  it("has a gradient slot (filled by the training issue)", () => {
    expect("grad" in OPS[op]).toBe(true);
  });
});

/** Each way to give an elementwise op operands of one dtype family: the sample's attrs with `d`. */
function dtypeVariants(op: Op): { dtypes: DType[]; attrs: Attrs[] }[] {
  const s = SAMPLES[op];
  return DTYPES.map((d) => {
    if (op === "where") return { dtypes: ["bool", d, d], attrs: [s.attrs] };
    if (op === "cast") return { dtypes: [d], attrs: DTYPES.map((to): Attrs => ({ op: "cast", to })) };
    return { dtypes: s.inputs.map(() => d), attrs: [s.attrs] };
  });
}

describe.each(OPS_BY_CATEGORY.elementwise)("%s scalar semantics", (op) => {
  const def = opDef(op);
  it("defines a function for every dtype the type rule accepts, and the interpreter computes it", () => {
    const scalar = def.scalar!;
    expect(scalar).toBeDefined();
    let accepted = 0;
    for (const { dtypes, attrs: variants } of dtypeVariants(op)) {
      for (const attrs of variants) {
        const inputs = dtypes.map((dtype) => ({ dtype, shape: [2, 3] }));
        let out: TensorType | undefined;
        try {
          out = inferType(attrs, inputs);
        } catch {
          out = undefined;
        }
        const fn = scalar.fns[scalar.select(attrs, dtypes)];
        // Unary and binary ops are typed from their functions: accepted exactly when defined.
        if (op !== "where" && op !== "cast") expect(fn !== undefined, `${op} on ${dtypes}`).toBe(out !== undefined);
        if (!out) continue;
        accepted++;
        expect(fn, `${op} on ${dtypes}`).toBeDefined();
        const g = sampleGraph(op, { attrs, inputs }, 7);
        const y = run(g);
        const args = g.graph.inputs.map((v) => g.inputs.get(v.name)!);
        const want = allocData(out.dtype, y.data.length);
        for (let i = 0; i < want.length; i++) want[i] = fn!(...args.map((a) => a.data[i]));
        expect(Array.from(y.data), `${op} on ${dtypes}`).toEqual(Array.from(want));
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });
});

describe("view facts", () => {
  it("alias exactly reshape, dropout and a same-dtype cast; strided exactly broadcast, transpose and slice", () => {
    const kinds = Object.fromEntries(
      OP_NAMES.map((op) => {
        const s = SAMPLES[op];
        const out = inferType(s.attrs, s.inputs, s.declared);
        return [op, opDef(op).view(s.attrs, s.inputs[0], out).kind];
      }),
    );
    const expected = Object.fromEntries(OP_NAMES.map((op) => [op, "none"]));
    Object.assign(expected, { reshape: "alias", dropout: "alias", broadcast: "strided", transpose: "strided", slice: "strided" });
    expect(kinds).toEqual(expected);
    const f32 = { dtype: "f32" as const, shape: [2, 3] };
    expect(opDef("cast").view({ op: "cast", to: "f32" }, f32, f32).kind).toBe("alias");
  });

  it("gives the strides and offset the interpreter reads through", () => {
    const x = { dtype: "f32" as const, shape: [2, 5] };
    expect(opDef("slice").view({ op: "slice", starts: [1, 1], ends: [2, 5], steps: [1, 2] }, x, { dtype: "f32", shape: [1, 2] })).toEqual({ kind: "strided", strides: [5, 2], offset: 6 });
    expect(opDef("transpose").view({ op: "transpose", perm: [1, 0] }, x, { dtype: "f32", shape: [5, 2] })).toEqual({ kind: "strided", strides: [1, 5], offset: 0 });
    expect(opDef("broadcast").view({ op: "broadcast", shape: [3, 2, 5] }, { dtype: "f32", shape: [2, 1] }, { dtype: "f32", shape: [3, 2, 5] })).toEqual({ kind: "strided", strides: [0, 1, 0], offset: 0 });
  });
});

describe("no non-elementwise op has a scalar definition", () => {
  it.each(OP_NAMES.filter((op) => CATEGORY[op] !== "elementwise"))("%s", (op) => {
    expect(opDef(op).scalar).toBeUndefined();
  });
});

describe("backend coverage", () => {
  it("both backends' expression tables cover every computed elementwise op", () => {
    expect(missingOps(Object.fromEntries(WASM_ELEMENTWISE_OPS.map((o) => [o, true])), COMPUTED_ELEMENTWISE)).toEqual([]);
    expect(missingOps(Object.fromEntries(WGSL_ELEMENTWISE_OPS.map((o) => [o, true])), COMPUTED_ELEMENTWISE)).toEqual([]);
  });
  it("every op compiles on the WASM and WGSL backends (one node each, unfused and fused)", () => {
    for (const fuse of [false, true]) {
      for (const op of OP_NAMES) {
        if (CATEGORY[op] === "source") continue;
        const s = SAMPLES[op];
        const b = new GraphBuilder();
        const ins = s.inputs.map((t, i) => b.input(`a${i}`, t.dtype, t.shape));
        const out = b.node(s.attrs as Attrs, ins);
        const g = b.finish({ y: out });
        const c = compileWasm(g, { fuse });
        expect(c.plan.kernels.length, op).toBeGreaterThan(0);
        expect(compileWgsl(g, DEFAULT_LIMITS, { fuse }).kernels.length, op).toBeGreaterThan(0);
      }
    }
  });
});
