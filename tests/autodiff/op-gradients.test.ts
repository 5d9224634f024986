// Every op's gradient rule against central finite differences in f64 of the interpreter (the
// op's reference semantics, evaluated in f64 when given f64 data): for each op of the table, one sample node whose f32 inputs are
// parameters, loss = Σ node · W for a fixed W, each input element perturbed by ±ε. An op with
// no rule yet is listed here, and the test checks that autodiff refuses it with a clear error.
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { Graph, Op } from "../../compiler/ir/ir.ts";
import { OP_NAMES, opDef } from "../../compiler/ir/ops/index.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { differentiate } from "../../compiler/passes/autodiff.ts";
import { PassNodeError } from "../../compiler/passes/rewrite.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { SAMPLES, type OpSample } from "../ir/op-samples.ts";
import { type Case, caseOf } from "./cases.ts";

/** Ops whose gradient needs an op the IR does not have yet (the training issue adds them). */
const NO_RULE_YET: readonly Op[] = [];
const lossOf = (g: Graph, params: Map<string, Tensor>): number => interpret(g, new Map(), params).get("loss")!.data[0]!;

describe("every op's gradient rule matches central differences", () => {
  const ops = OP_NAMES.filter((op) => caseOf(op) !== undefined);
  it("covers every op with an f32 input and an f32 result", () => {
    expect(ops.length).toBeGreaterThan(25);
    for (const op of OP_NAMES) if (opDef(op).grad === undefined) expect(NO_RULE_YET, op).toContain(op);
  });
  for (const op of ops) {
    it(op, () => {
      const c = caseOf(op)!;
      if (NO_RULE_YET.includes(op)) {
        expect(() => differentiate(c.graph, { loss: "loss", wrt: c.wrt })).toThrow(PassNodeError);
        expect(() => differentiate(c.graph, { loss: "loss", wrt: c.wrt })).toThrow(`${op} has no gradient rule yet`);
        return;
      }
      checkAgainstDifferences(op, c);
    });
  }
});

function checkAgainstDifferences(op: string, c: Case): void {
  const { graph, grads } = differentiate(c.graph, { loss: "loss", wrt: c.wrt });
  expect(verifyGraph(graph)).toEqual([]);
  const out = interpret(graph, new Map(), c.params);
  const eps = 1e-5;
  for (const name of c.wrt) {
    const g = out.get(grads.get(name)!)!;
    const p = c.params.get(name)!;
    expect(g.shape).toEqual(p.shape);
    for (let i = 0; i < p.data.length; i++) {
      const at = (d: number) => {
        const q = new Map(c.params);
        const data = Float64Array.from(p.data);
        data[i]! += d;
        q.set(name, { ...p, data });
        return lossOf(c.graph, q);
      };
      const fd = (at(eps) - at(-eps)) / (2 * eps);
      expect(Math.abs(g.data[i]! - fd), `${op} ∂loss/∂${name}[${i}]: rule ${g.data[i]} vs differences ${fd}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
    }
  }
}

describe("conv2d's and the pools' rules over strides, dilations, paddings and groups", () => {
  const f = (...shape: number[]) => ({ dtype: "f32" as const, shape });
  const conv = (stride: number, padding: number, dilation: number, groups: number, x: number[], w: number[]): OpSample =>
    ({ attrs: { op: "conv2d", stride, padding, dilation, groups }, inputs: [f(...x), f(...w)] });
  const cases: [string, OpSample][] = [
    ["stride 2, rows and columns no window reads", conv(2, 0, 1, 1, [1, 2, 6, 7], [3, 2, 3, 3])],
    ["stride 2, padding 1", conv(2, 1, 1, 1, [2, 1, 5, 5], [2, 1, 3, 3])],
    ["dilation 2, padding 2", conv(1, 2, 2, 1, [1, 2, 5, 6], [2, 2, 3, 3])],
    ["1×1 kernel, stride 3", conv(3, 0, 1, 1, [1, 3, 7, 7], [2, 3, 1, 1])],
    ["depthwise (groups = channels), stride 2, padding 2", conv(2, 2, 1, 3, [1, 3, 6, 6], [3, 1, 5, 5])],
  ];
  for (const [what, sample] of cases) it(what, () => checkAgainstDifferences("conv2d", caseOf("conv2d", sample)!));
  const pool = (op: "max_pool2d" | "avg_pool2d", size: number, stride: number, padding: number, x: number[]): [string, OpSample] =>
    [`${op} size ${size}, stride ${stride}, padding ${padding}`, { attrs: { op, size, stride, padding }, inputs: [f(...x)] }];
  for (const [what, sample] of [
    pool("max_pool2d", 3, 1, 1, [1, 2, 5, 5]),
    pool("max_pool2d", 3, 2, 1, [2, 1, 6, 7]),
    pool("avg_pool2d", 2, 2, 1, [1, 2, 5, 5]),
    pool("avg_pool2d", 3, 2, 0, [1, 1, 7, 6]),
  ]) it(what, () => checkAgainstDifferences(sample.attrs.op, caseOf(sample.attrs.op as Op, sample)!));
  it("a non-square kernel is refused with the reason", () => {
    expect(() => differentiate(caseOf("conv2d", conv(1, 0, 1, 1, [1, 1, 4, 4], [1, 1, 2, 3]))!.graph, { loss: "loss" })).toThrow(/square kernels only/);
  });
});

describe("the interpreter in f64", () => {
  it("evaluates f64-held f32 data in f64 through every kind of op, and f32 data as before", () => {
    const b = new GraphBuilder();
    const x = b.param("x", "f32", [2, 2], { kind: "zeros" });
    const y = b.reduce("reduce_sum", b.node({ op: "matmul" }, [b.unary("exp", b.transpose(x, [1, 0])), x]), [1]);
    const g = b.finish({ y });
    const xs = [0.1, 0.2, 0.3, 0.4];
    const e = xs.map(Math.exp);
    // y[i] = Σ_j Σ_k exp(x[k][i]) · x[k][j]
    const want = [0, 1].map((i) => [0, 1].reduce((acc, j) => acc + e[i]! * xs[j]! + e[2 + i]! * xs[2 + j]!, 0));
    const wide = interpret(g, new Map(), new Map([["x", { dtype: "f32", shape: [2, 2], data: Float64Array.from(xs) }]])).get("y")!;
    expect(wide.data).toBeInstanceOf(Float64Array);
    wide.data.forEach((v, i) => expect(Math.abs(v - want[i]!)).toBeLessThan(1e-15));
    const narrow = interpret(g, new Map(), new Map([["x", tensorOf("f32", [2, 2], xs)]])).get("y")!;
    expect(narrow.data).toBeInstanceOf(Float32Array);
  });
});

describe("autodiff requests", () => {
  const c = caseOf("mul")!;
  it("refuses a loss that is not one f32 number, a missing output and an unknown parameter", () => {
    const b = new GraphBuilder();
    const x = b.param("x", "f32", [2], { kind: "zeros" });
    const g = b.finish({ y: b.mul(x, x) });
    expect(() => differentiate(g, { loss: "y" })).toThrow(/must be one f32 number, got f32\[2\]/);
    expect(() => differentiate(c.graph, { loss: "nope" })).toThrow(/no output "nope" \(outputs: loss\)/);
    expect(() => differentiate(c.graph, { loss: "loss", wrt: ["w"] })).toThrow(/no parameter "w"/);
  });
  it("a parameter the loss does not reach gets a zero gradient; the forward outputs stay", () => {
    const b = new GraphBuilder();
    const x = b.param("x", "f32", [3], { kind: "zeros" });
    b.param("unused", "f32", [2, 2], { kind: "zeros" });
    const g = b.finish({ loss: b.reduce("reduce_sum", b.mul(x, x)) });
    const { graph, grads } = differentiate(g, { loss: "loss" });
    expect([...grads]).toEqual([["x", "grad/x"], ["unused", "grad/unused"]]);
    const out = interpret(graph, new Map(), new Map([["x", tensorOf("f32", [3], [1, -2, 3])], ["unused", tensorOf("f32", [2, 2], [1, 2, 3, 4])]]));
    expect(Array.from(out.get("loss")!.data)).toEqual([14]);
    expect(Array.from(out.get("grad/x")!.data)).toEqual([2, -4, 6]);
    expect(Array.from(out.get("grad/unused")!.data)).toEqual([0, 0, 0, 0]);
  });
  it("a value used twice sums its adjoints: d/dx Σ x·x + x = 2x + 1", () => {
    const b = new GraphBuilder();
    const x = b.param("x", "f32", [2], { kind: "zeros" });
    const g = b.finish({ loss: b.reduce("reduce_sum", b.add(b.mul(x, x), x)) });
    const { graph } = differentiate(g, { loss: "loss" });
    const out = interpret(graph, new Map(), new Map([["x", tensorOf("f32", [2], [3, -1])]]));
    expect(Array.from(out.get("grad/x")!.data)).toEqual([7, -1]);
  });
});
