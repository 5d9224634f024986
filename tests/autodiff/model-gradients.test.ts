// The gradient of whole models, by directional derivatives: for a random direction v over all
// parameters, Σ ∇L·v from the differentiated graph against (L(p + εv) − L(p − εv)) / 2ε from
// the forward graph, with L = Σ output · W for a fixed W, both in f64 (the interpreter
// evaluates f64-held data in f64). Small instances of the examples' layers are also checked
// along each parameter alone. Every example (full size) is checked along one direction, and
// its gradient graph goes through the middle end's passes, verifies after each, and gives the
// same gradients.
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { Graph } from "../../compiler/ir/ir.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { differentiate } from "../../compiler/passes/autodiff.ts";
import { runPipeline } from "../../compiler/passes/pipeline.ts";
import { copyGraph } from "../../compiler/passes/rewrite.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import type { Tensor } from "../../runtime/interp/tensor.ts";
import { ctxOf, programOf } from "../passes/helpers.ts";
import { lowerExample, lowerSource, randomParams, uniform, type Lowered } from "../lower/helpers.ts";

/** The model's graph with `loss = Σ_outputs Σ output · W` added (W fixed per output). */
function withLoss(g: Graph): Graph {
  const b = new GraphBuilder({ cseConsts: false });
  const ids = copyGraph(b, g);
  let loss: number | undefined;
  g.outputs.forEach((o, k) => {
    const y = ids[o.node]!;
    const w = uniform(100 + k, b.shape(y));
    const term = b.reduce("reduce_sum", b.mul(y, b.const(Array.from(w.data), "f32", b.shape(y))));
    loss = loss === undefined ? term : b.add(loss, term);
  });
  return b.finish([...g.outputs.map((o) => ({ name: o.name, node: ids[o.node]! })), { name: "loss", node: loss! }]);
}

const SMALL: Record<string, string> = {
  "a tanh MLP with a cross-entropy loss": `
use std.nn.*
model M {
  input x: f32[B, 6]
  input label: i32[B]
  h = Linear(6, 5)
  out = Linear(5, 3)
  output l = cross_entropy(out(tanh(h(x))), label)
}`,
  "a transformer block (TransformerBlock(8, 2, 16))": `
use std.nn.*
model M {
  input x: f32[B, 4, 8]
  block = TransformerBlock(8, 2, 16)
  output y = block(x)
}`,
  "a mixer block (MlpMixerBlock(4, 8, 6, 10))": `
use std.nn.*
model M {
  input x: f32[B, 4, 8]
  block = MlpMixerBlock(4, 8, 6, 10)
  output y = block(x)
}`,
  "a small CNN: conv (stride 2, padding 1), max pool, avg pool, flatten, linear": `
use std.nn.*
model M {
  input x: f32[B, 2, 8, 8]
  conv = Conv2d(2, 3, 3, stride: 2, padding: 1)
  mp = MaxPool2d(2)
  ap = AvgPool2d(2, stride: 1)
  flat = Flatten()
  lin = Linear(3, 2)
  output y = lin(flat(ap(mp(tanh(conv(x))))))
}`,
  "LayerNorm, softmax, gelu, silu, mse": `
use std.nn.*
model M {
  input x: f32[B, 5]
  input t: f32[B, 5]
  ln = LayerNorm(5)
  lin = Linear(5, 5)
  output l = mse(softmax(gelu(lin(ln(x)))) + silu(x), t)
}`,
};

const EXAMPLES = [
  { file: "mlp.dl", model: "Mlp" },
  { file: "mixer.dl", model: "Mixer" },
  { file: "transformer.dl", model: "Transformer" },
  { file: "tiny_wired.dl", model: "Tiny" },
  { file: "lenet.dl", model: "LeNet" },
  { file: "randwire.dl", model: "RandWireSmall" },
];

function inputsOf(l: Lowered | { graph: Graph }): Map<string, Tensor> {
  return new Map<string, Tensor>(l.graph.inputs.map((v, k) => {
    const n = l.graph.nodes[v.node]!;
    if (n.dtype === "i32") return [v.name, { dtype: "i32", shape: [...n.shape], data: Int32Array.from({ length: n.shape.reduce((a, d) => a * d, 1) }, (_, i) => (i * 2 + 1) % 3) }];
    return [v.name, uniform(7 + k, n.shape)];
  }));
}

/** `t` held in f64 when it is f32 (the interpreter then evaluates in f64). */
const wide = (t: Tensor): Tensor => (t.dtype === "f32" ? { ...t, data: Float64Array.from(t.data) } : t);

/**
 * Checks Σ ∇L·v against central differences in f64, for all parameters together and (with
 * `each`) each alone, so that one wrong gradient cannot hide in the sum.
 */
function checkDirectional(forward: Graph, graph: Graph, grads: ReadonlyMap<string, string>, inputs32: Map<string, Tensor>, params32: Map<string, Tensor>, each = true): void {
  const inputs = new Map([...inputs32].map(([k, t]) => [k, wide(t)]));
  const params = new Map([...params32].map(([k, t]) => [k, wide(t)]));
  const out = interpret(graph, inputs, params);
  const loss = (p: Map<string, Tensor>) => interpret(forward, inputs, p).get("loss")!.data[0]!;
  const directional = (dirs: Map<string, Tensor>) => {
    let analytic = 0;
    for (const [name, v] of dirs) {
      const g = out.get(grads.get(name)!)!.data;
      for (let i = 0; i < g.length; i++) analytic += g[i]! * v.data[i]!;
    }
    // Small: a ReLU's kink crossed between p − εv and p + εv would break the difference.
    const eps = 1e-6;
    const moved = (s: number) => new Map([...params].map(([k, t]) => {
      const v = dirs.get(k);
      return [k, v ? { ...t, data: Float64Array.from(t.data, (x, i) => x + s * v.data[i]!) } : t];
    }));
    return { analytic, numeric: (loss(moved(eps)) - loss(moved(-eps))) / (2 * eps) };
  };
  const all = new Map([...grads.keys()].map((name, k) => [name, uniform(500 + k, params.get(name)!.shape)]));
  const checks = [["all parameters", all] as const, ...(each ? [...grads.keys()].map((n) => [n, new Map([[n, all.get(n)!]])] as const) : [])];
  for (const [what, dirs] of checks) {
    const d = directional(dirs);
    expect(Math.abs(d.analytic - d.numeric), `${what}: ${d.analytic} vs ${d.numeric}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(d.numeric)));
  }
}

describe("gradients match directional differences", () => {
  for (const [what, source] of Object.entries(SMALL)) {
    it(what, async () => {
      const { lowered } = await lowerSource(source, "M", { batch: 2 });
      const l = { graph: lowered.graph!, params: lowered.params };
      const forward = withLoss(l.graph);
      const { graph, grads } = differentiate(forward, { loss: "loss" });
      expect(verifyGraph(graph)).toEqual([]);
      expect(grads.size).toBe(l.params.filter((p) => p.trainable !== false).length);
      checkDirectional(forward, graph, grads, inputsOf(l), randomParams(l as Lowered, 11));
    }, 60_000);
  }
});

describe("the examples differentiate, and the passes keep their gradients", () => {
  for (const c of EXAMPLES) {
    it(`${c.file} ${c.model}`, async () => {
      const l = await lowerExample(c.file, c.model, { batch: 2 });
      const forward = withLoss(l.graph);
      const inputs = inputsOf(l);
      const params = randomParams(l, 11);
      const { graph, grads } = differentiate(forward, { loss: "loss" });
      expect(verifyGraph(graph)).toEqual([]);
      const trainable = l.params.filter((p) => p.trainable !== false && p.dtype === "f32").map((p) => p.name);
      expect([...grads.keys()].sort()).toEqual([...trainable].sort());
      const out = interpret(graph, inputs, params);
      // All parameters along one random direction (each alone would take two runs per parameter).
      checkDirectional(forward, graph, grads, inputs, params, c.model === "Tiny");
      // Through the passes: every one keeps the IR verifiable (runPipeline checks) and the numbers.
      const piped = runPipeline(programOf(graph), ctxOf({ batch: 2 }));
      expect(piped.diagnostics).toEqual([]);
      const after = interpret(piped.program!.graph, inputs, params);
      for (const [name, out2] of grads) {
        const a = out.get(out2)!.data;
        const b2 = after.get(out2)!.data;
        let worst = 0;
        let scale = 1e-6;
        a.forEach((v, i) => {
          worst = Math.max(worst, Math.abs(v - b2[i]!));
          scale = Math.max(scale, Math.abs(v));
        });
        expect(worst / scale, name).toBeLessThan(1e-5);
      }
      expect(piped.program!.graph.nodes.length).toBeLessThanOrEqual(graph.nodes.length);
    }, 120_000);
  }
});
