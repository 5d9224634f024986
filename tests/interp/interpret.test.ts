import { beforeAll, describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { InterpGraphError, InterpInputError } from "../../runtime/interp/errors.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { expectClose } from "./close.ts";
import { fromTf, randomTensor, rng, tf, toTf, useCpuBackend } from "./harness.ts";

beforeAll(useCpuBackend);

/** Linear → relu → Linear → LayerNorm → GELU (erf form), the shared workload conventions. */
function buildNet() {
  const b = new GraphBuilder();
  const x = b.input("x", "f32", [4, 6]);
  const w1 = b.param("l1.w", "f32", [6, 8], { kind: "glorot_uniform" });
  const b1 = b.param("l1.b", "f32", [8], { kind: "zeros" });
  const w2 = b.param("l2.w", "f32", [8, 5], { kind: "glorot_uniform" });
  const h = b.binaryBroadcast("max", b.binaryBroadcast("add", b.matmul(x, w1), b1), b.const(0, "f32"));
  const y = b.matmul(h, w2);
  const mean = b.binaryBroadcast("div", b.reduce("reduce_sum", y, -1, true), b.const(5, "f32"));
  const centred = b.binaryBroadcast("sub", y, mean);
  const variance = b.binaryBroadcast("div", b.reduce("reduce_sum", b.mul(centred, centred), -1, true), b.const(5, "f32"));
  const inv = b.unary("rsqrt", b.binaryBroadcast("add", variance, b.const(1e-5, "f32")));
  const ln = b.binaryBroadcast("mul", centred, inv);
  const erfArg = b.binaryBroadcast("div", ln, b.const(Math.SQRT2, "f32"));
  const gelu = b.binaryBroadcast("mul", b.binaryBroadcast("mul", b.const(0.5, "f32"), ln),
    b.binaryBroadcast("add", b.const(1, "f32"), b.unary("erf", erfArg)));
  return { graph: b.finish({ y: gelu, hidden: h, x }) };
}

describe("interpret on a small network", () => {
  const { graph } = buildNet();
  const x = randomTensor(rng(1), "f32", [4, 6]);
  const params = new Map<string, Tensor>([
    ["l1.w", randomTensor(rng(2), "f32", [6, 8], -0.7, 0.7)],
    ["l1.b", randomTensor(rng(3), "f32", [8], -0.1, 0.1)],
    ["l2.w", randomTensor(rng(4), "f32", [8, 5], -0.7, 0.7)],
  ]);
  it("verifies and CSEs repeated constants", () => {
    expect(verifyGraph(graph)).toEqual([]);
    expect(graph.nodes.filter((n) => n.attrs.op === "const" && n.attrs.value[0] === 5)).toHaveLength(1);
  });
  it("matches TensorFlow.js end to end, with every output by name", () => {
    const out = interpret(graph, new Map([["x", x]]), params);
    expect([...out.keys()]).toEqual(["y", "hidden", "x"]);
    const h = tf.relu(tf.add(tf.matMul(toTf(x), toTf(params.get("l1.w")!)), toTf(params.get("l1.b")!)));
    const y = tf.matMul(h, toTf(params.get("l2.w")!));
    const m = tf.moments(y, -1, true);
    const ln = tf.div(tf.sub(y, m.mean), tf.sqrt(tf.add(m.variance, 1e-5)));
    const gelu = tf.mul(tf.mul(0.5, ln), tf.add(1, tf.erf(tf.div(ln, Math.SQRT2))));
    expectClose(out.get("hidden")!, fromTf(h));
    expectClose(out.get("y")!, fromTf(gelu));
    expectClose(out.get("x")!, x, { atol: 0, rtol: 0 });
  });
  it("rejects missing, mistyped and misshapen inputs and params", () => {
    const run = (inputs: Map<string, Tensor>, ps: Map<string, Tensor>) => () => interpret(graph, inputs, ps);
    expect(run(new Map(), params)).toThrow(InterpInputError);
    expect(run(new Map(), params)).toThrow(/missing input "x" \(f32\[4, 6\]\)/);
    expect(run(new Map([["x", randomTensor(rng(5), "f32", [4, 7])]]), params)).toThrow(/input "x" must be f32\[4, 6\], got f32\[4, 7\]/);
    expect(run(new Map([["x", randomTensor(rng(5), "i32", [4, 6])]]), params)).toThrow(/got i32\[4, 6\]/);
    const badData = { dtype: "f32" as const, shape: [4, 6], data: new Int32Array(24) };
    expect(run(new Map([["x", badData]]), params)).toThrow(/Float32Array of 24 elements, got Int32Array of 24/);
    const noBias = new Map(params);
    noBias.delete("l1.b");
    expect(run(new Map([["x", x]]), noBias)).toThrow(/missing param "l1.b"/);
  });
});

describe("interpret on malformed graphs", () => {
  it("names the node whose input was not computed", () => {
    const g = {
      nodes: [{ id: 0, dtype: "f32" as const, shape: [2], inputs: [1, 1], attrs: { op: "add" as const } }],
      spans: [],
      inputs: [],
      outputs: [{ name: "y", node: 0 }],
    };
    expect(() => interpret(g, new Map(), new Map())).toThrow(InterpGraphError);
    expect(() => interpret(g, new Map(), new Map())).toThrow(/add at node %0: input %1 has not been computed/);
  });
  it("evaluates consts of every dtype", () => {
    const b = new GraphBuilder();
    const f = b.const([1.5, -2], "f32", [2]);
    const i = b.const([3, -4], "i32", [2]);
    const c = b.const([1, 0], "bool", [2]);
    const out = interpret(b.finish({ f, i, c }), new Map(), new Map());
    expect(out.get("f")).toEqual(tensorOf("f32", [2], [1.5, -2]));
    expect(out.get("i")).toEqual(tensorOf("i32", [2], [3, -4]));
    expect(out.get("c")).toEqual(tensorOf("bool", [2], [1, 0]));
  });
});
