// Wired graphs level by level: a level whose neurons use different activations is still one
// fused kernel (each elementwise activation over the whole level, a select per neuron), and an
// activation that is not elementwise (softmax) is applied to each group's run alone. Both are
// checked against a neuron-by-neuron evaluation written here from spec/language.md §5.
import { describe, expect, it } from "vitest";
import { compileWasm } from "../../compiler/backend-wasm/index.ts";
import { instantiateWasm } from "../../compiler/backend-wasm/instantiate.ts";
import type { Graph } from "../../compiler/ir/ir.ts";
import { scheduleGraph } from "../../compiler/schedule/build.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import type { Tensor } from "../../runtime/interp/tensor.ts";
import { expectClose } from "../interp/close.ts";
import { lowerSource, uniform } from "./helpers.ts";

const MIXED = `use std.nn.{relu}

wired Mixed {
  input x: f32[B, 3]
  neuron a[2]: relu
  neuron t[2]: tanh
  neuron s[1]: sigmoid
  neuron g[1]: sin
  x -> a
  x[0:2] -> t
  x[1] -> s
  x[0], x[2] -> g
  output y[2]: linear
  a, t, s, g -> y
}
`;

const SOFT = `use std.nn.{relu, softmax}

fn share(x: f32[..S]) -> f32[..S] { softmax(x) }

wired Soft {
  input x: f32[B, 2]
  neuron p[2]: share
  neuron r[1]: relu
  x -> p
  x[1] -> r
  output y[1]: linear
  p, r -> y
}
`;

type Act = (v: number[]) => number[];
const each = (f: (v: number) => number): Act => (v) => v.map(f);
const softmax: Act = (v) => {
  const m = Math.max(...v);
  const e = v.map((z) => Math.exp(z - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((z) => z / s);
};

/**
 * Neuron-by-neuron reference: `groups` in declaration order, each neuron with its sources as
 * input columns ("x0") or earlier neurons ("a1"); one weight per connection, neuron-major, and
 * one bias per neuron. A group's activation applies to the group's neurons together (for an
 * elementwise one that is the same as one by one).
 */
function reference(
  groups: { name: string; act: Act; sources: string[][] }[],
  x: Tensor,
  params: Map<string, Tensor>,
  output: string,
): Tensor {
  const width = x.shape[1];
  const rows = x.shape[0];
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    const value = new Map<string, number>();
    for (let c = 0; c < width; c++) value.set(`x${c}`, x.data[r * width + c]);
    for (const g of groups) {
      const w = params.get(`${g.name}.w`)!.data;
      const b = params.get(`${g.name}.b`)!.data;
      let k = 0;
      const pre = g.sources.map((srcs, i) => srcs.reduce((acc, s) => acc + value.get(s)! * w[k++], b[i]));
      g.act(pre).forEach((v, i) => value.set(`${g.name}${i}`, v));
      if (g.name === output) out.push(...g.sources.map((_, i) => value.get(`${g.name}${i}`)!));
    }
  }
  const n = groups.find((g) => g.name === output)!.sources.length;
  return { dtype: "f32", shape: [rows, n], data: Float32Array.from(out) } as Tensor;
}

async function lowered(source: string, model: string, batch: number) {
  const { lowered: l } = await lowerSource(source, model, { batch });
  expect(l.diagnostics).toEqual([]);
  return { graph: l.graph!, params: new Map(l.params.map((p, i) => [p.name, uniform(11 + i, p.shape)] as const)) };
}

async function wasmOut(graph: Graph, x: Tensor, params: Map<string, Tensor>): Promise<Tensor> {
  const inst = await instantiateWasm(compileWasm(graph, { fuse: true }));
  inst.setInput("x", x.data);
  for (const [n, t] of params) inst.setParam(n, t.data);
  inst.run();
  const o = graph.nodes[graph.outputs[0].node];
  return { dtype: "f32", shape: [...o.shape], data: Float32Array.from(inst.getOutput("y")) } as Tensor;
}

/** Kernels of the fused schedule that sum a level (one reduce_sum each). */
function levelKernels(graph: Graph): { levels: number; total: number } {
  const s = scheduleGraph(graph, { fuse: true });
  const levels = s.kernels.filter((k) => k.nodes.some((id) => graph.nodes[id].attrs.op === "reduce_sum")).length;
  return { levels, total: s.kernels.length };
}

describe("wired levels", () => {
  it("a level of four different elementwise activations is one kernel, and matches neuron by neuron", async () => {
    const { graph, params } = await lowered(MIXED, "Mixed", 5);
    const k = levelKernels(graph);
    expect(k.levels).toBe(2);
    // Besides the two levels only the parameter pack: level 1 copies the input onto the tape
    // itself, and the output level writes the output directly.
    expect(k.total).toBe(k.levels + 1);
    const x = uniform(3, [5, 3], -2, 2);
    const want = reference(
      [
        { name: "a", act: each((v) => Math.max(v, 0)), sources: [["x0", "x1", "x2"], ["x0", "x1", "x2"]] },
        { name: "t", act: each(Math.tanh), sources: [["x0", "x1"], ["x0", "x1"]] },
        { name: "s", act: each((v) => 1 / (1 + Math.exp(-v))), sources: [["x1"]] },
        { name: "g", act: each(Math.sin), sources: [["x0", "x2"]] },
        { name: "y", act: (v) => v, sources: [0, 1].map(() => ["a0", "a1", "t0", "t1", "s0", "g0"]) },
      ],
      x,
      params,
      "y",
    );
    expectClose(interpret(graph, new Map([["x", x]]), params).get("y")!, want, { rtol: 1e-5, atol: 1e-6 });
    expectClose(await wasmOut(graph, x, params), want, { rtol: 1e-5, atol: 1e-6 });
  });

  it("an activation that is not elementwise (softmax) applies to its group's run of the level alone", async () => {
    const { graph, params } = await lowered(SOFT, "Soft", 4);
    const x = uniform(5, [4, 2], -2, 2);
    const want = reference(
      [
        { name: "p", act: softmax, sources: [["x0", "x1"], ["x0", "x1"]] },
        { name: "r", act: each((v) => Math.max(v, 0)), sources: [["x1"]] },
        { name: "y", act: (v) => v, sources: [["p0", "p1", "r0"]] },
      ],
      x,
      params,
      "y",
    );
    expectClose(interpret(graph, new Map([["x", x]]), params).get("y")!, want, { rtol: 1e-5, atol: 1e-6 });
    expectClose(await wasmOut(graph, x, params), want, { rtol: 1e-5, atol: 1e-6 });
  });
});
