// Numerics of the lowered examples: the interpreter and the WASM backend run each lowered
// graph with seeded random weights and inputs, and an independent TensorFlow.js CPU implementation of the same
// workload (written here from shared/workloads.md, not from the IR) must agree within
// 1e-4 relative / 1e-5 absolute.
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, describe, it } from "vitest";
import { generateGraph } from "../../compiler/graphgen/index.ts";
import type { Tensor } from "../../runtime/interp/tensor.ts";
import { compileWasm } from "../../compiler/backend-wasm/index.ts";
import { instantiateWasm } from "../../compiler/backend-wasm/instantiate.ts";
import { expectClose } from "../interp/close.ts";
import { type Lowered, lowerExample, randomParams, run, uniform } from "./helpers.ts";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const toTf = (t: Tensor) => tf.tensor(Array.from(t.data), t.shape, "float32");
const fromTf = (t: tf.Tensor) => ({ shape: [...t.shape], data: Array.from(t.dataSync() as Float32Array) });

/**
 * Runs the lowered graph on `x` with the interpreter AND the WASM backend, and the oracle on the
 * same tensors; both backends' output `out` must agree with the oracle.
 */
async function compare(l: Lowered, x: Tensor, out: string, oracle: (x: tf.Tensor, p: (name: string) => tf.Tensor) => tf.Tensor, seed = 7): Promise<void> {
  const params = randomParams(l, seed);
  const input = l.graph.inputs[0].name;
  const got = run(l, new Map([[input, x]]), params).get(out)!;
  const want = tf.tidy(() =>
    fromTf(
      oracle(toTf(x), (name) => {
        const t = params.get(name);
        if (!t) throw new Error(`no parameter ${name}`);
        return toTf(t);
      }),
    ),
  );
  expectClose(got, want);
  const wasm = await instantiateWasm(compileWasm(l.graph));
  wasm.setInput(input, x.data);
  for (const [name, t] of params) wasm.setParam(name, t.data);
  wasm.run();
  expectClose({ shape: got.shape, data: Array.from(wasm.getOutput(out)) }, want);
}

function dense(x: tf.Tensor, p: (n: string) => tf.Tensor, name: string): tf.Tensor {
  const w = p(`${name}.w`);
  const lead = x.shape.slice(0, -1);
  const y = tf.add(tf.matMul(tf.reshape(x, [-1, x.shape[x.shape.length - 1]]) as tf.Tensor2D, w as tf.Tensor2D), p(`${name}.b`));
  return tf.reshape(y, [...lead, w.shape[1]!]);
}

function layerNorm(x: tf.Tensor, p: (n: string) => tf.Tensor, name: string): tf.Tensor {
  const mu = tf.mean(x, -1, true);
  const c = tf.sub(x, mu);
  const v = tf.mean(tf.mul(c, c), -1, true);
  return tf.add(tf.mul(tf.div(c, tf.sqrt(tf.add(v, 1e-5))), p(`${name}.gamma`)), p(`${name}.beta`));
}

const gelu = (x: tf.Tensor) => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.div(x, Math.SQRT2))));
const nhwc = (x: tf.Tensor) => tf.transpose(x, [0, 2, 3, 1]) as tf.Tensor4D;
const nchw = (x: tf.Tensor) => tf.transpose(x, [0, 3, 1, 2]);
const hwio = (w: tf.Tensor) => tf.transpose(w, [2, 3, 1, 0]) as tf.Tensor4D;

function transformerBlock(x: tf.Tensor, p: (n: string) => tf.Tensor, pre: string): tf.Tensor {
  const [B, T, D] = x.shape as [number, number, number];
  const heads = 4;
  const hd = D / heads;
  const ln1 = layerNorm(x, p, `${pre}ln1`);
  const split = (t: tf.Tensor) => tf.transpose(tf.reshape(t, [B, T, heads, hd]), [0, 2, 1, 3]);
  const q = split(dense(ln1, p, `${pre}attn.q`));
  const k = split(dense(ln1, p, `${pre}attn.k`));
  const v = split(dense(ln1, p, `${pre}attn.v`));
  const att = tf.softmax(tf.div(tf.matMul(q, k, false, true), Math.sqrt(hd)));
  const mixed = tf.reshape(tf.transpose(tf.matMul(att, v), [0, 2, 1, 3]), [B, T, D]);
  const h = tf.add(x, dense(mixed, p, `${pre}attn.o`));
  return tf.add(h, dense(gelu(dense(layerNorm(h, p, `${pre}ln2`), p, `${pre}fc1`)), p, `${pre}fc2`));
}

describe("lowered examples against TensorFlow.js", () => {
  it("mlp (batch 4)", async () => {
    const l = await lowerExample("mlp.dl", "Mlp", { batch: 4 });
    await compare(l, uniform(1, [4, 784]), "logits", (x, p) => dense(tf.relu(dense(tf.relu(dense(x, p, "h1")), p, "h2")), p, "out"));
  });

  it("lenet (batch 2)", async () => {
    const l = await lowerExample("lenet.dl", "LeNet", { batch: 2 });
    await compare(l, uniform(2, [2, 1, 28, 28]), "logits", (x, p) => {
      const conv = (t: tf.Tensor4D, n: string) => tf.relu(tf.add(tf.conv2d(t, hwio(p(`${n}.w`)), 1, "valid"), p(`${n}.b`))) as tf.Tensor4D;
      const a = tf.maxPool(conv(nhwc(x), "conv1"), 2, 2, "valid");
      const c = tf.maxPool(conv(a, "conv2"), 2, 2, "valid");
      const flat = tf.reshape(nchw(c), [2, 256]);
      return dense(tf.relu(dense(tf.relu(dense(flat, p, "fc1")), p, "fc2")), p, "fc3");
    });
  });

  it("transformer block (batch 1)", async () => {
    const l = await lowerExample("transformer.dl", "Transformer", { batch: 1 });
    await compare(l, uniform(3, [1, 128, 256]), "y", (x, p) => transformerBlock(x, p, "block."));
  });

  it("transformer stack of depth 2 (batch 1)", async () => {
    const l = await lowerExample("transformer.dl", "TransformerStack", { batch: 1, args: { depth: 2 } });
    await compare(l, uniform(4, [1, 128, 256]), "y", (x, p) => transformerBlock(transformerBlock(x, p, "blocks.0."), p, "blocks.1."));
  });

  it("mixer block (batch 2)", async () => {
    const l = await lowerExample("mixer.dl", "Mixer", { batch: 2 });
    await compare(l, uniform(5, [2, 64, 128]), "y", (x, p) => {
      const u = tf.transpose(layerNorm(x, p, "block.ln1"), [0, 2, 1]);
      const y = tf.add(x, tf.transpose(dense(gelu(dense(u, p, "block.token1")), p, "block.token2"), [0, 2, 1]));
      return tf.add(y, dense(gelu(dense(layerNorm(y, p, "block.ln2"), p, "block.channel1")), p, "block.channel2"));
    });
  });

  it("tiny wired graph (batch 16, so every ReLU is active on some rows), neuron by neuron as spec/language.md §5 lays out the weights", async () => {
    const l = await lowerExample("tiny_wired.dl", "Tiny", { batch: 16 });
    await compare(l, uniform(6, [16, 4]), "y", (x, p) => {
      const col = (t: tf.Tensor, i: number) => tf.slice(t, [0, i], [-1, 1]);
      const w = (n: string, i: number) => tf.slice(p(n), [i], [1]);
      const b = (n: string, i: number) => tf.slice(p(n), [i], [1]);
      const x0 = col(x, 0), x1 = col(x, 1), x2 = col(x, 2), x3 = col(x, 3);
      // h.w: x0, x1 (→ h0), x2 (→ h1), x3, h0 (→ h2); y.w: h1, h2 (→ y0), h0, h2 (→ y1).
      const h0 = tf.relu(tf.add(tf.add(tf.mul(x0, w("h.w", 0)), tf.mul(x1, w("h.w", 1))), b("h.b", 0)));
      const h1 = tf.relu(tf.add(tf.mul(x2, w("h.w", 2)), b("h.b", 1)));
      const h2 = tf.relu(tf.add(tf.add(tf.mul(x3, w("h.w", 3)), tf.mul(h0, w("h.w", 4))), b("h.b", 2)));
      const y0 = tf.add(tf.add(tf.mul(h1, w("y.w", 0)), tf.mul(h2, w("y.w", 1))), b("y.b", 0));
      const y1 = tf.add(tf.add(tf.mul(h0, w("y.w", 2)), tf.mul(h2, w("y.w", 3))), b("y.b", 1));
      return tf.concat([y0, y1], 1);
    });
  });

  it("randwire stage (batch 1): sigmoid-weighted in-edges, SepConv + inference BatchNorm nodes, mean of sinks", async () => {
    const l = await lowerExample("randwire.dl", "RandWireSmall", { batch: 1 });
    const dag = generateGraph({ kind: "ws", nodes: 16, k: 4, p: 0.75, seed: 1 });
    await compare(l, uniform(8, [1, 3, 32, 32]), "logits", (x, p) => {
      const bn = (t: tf.Tensor, n: string) => {
        const c = t.shape[1]!;
        const r = (v: tf.Tensor) => tf.reshape(v, [1, c, 1, 1]);
        return tf.add(tf.mul(tf.div(tf.sub(t, r(p(`${n}.running_mean`))), tf.sqrt(tf.add(r(p(`${n}.running_var`)), 1e-5))), r(p(`${n}.gamma`))), r(p(`${n}.beta`)));
      };
      const stem = nchw(tf.conv2d(nhwc(x), hwio(p("stem.w")), 2, [[0, 0], [1, 1], [1, 1], [0, 0]]));
      const s = tf.relu(bn(tf.add(stem, tf.reshape(p("stem.b"), [1, 32, 1, 1])), "stem_bn"));
      const outs: tf.Tensor[] = [];
      for (let i = 0; i < dag.nodes; i++) {
        const preds = dag.edges.filter(([, hi]) => hi === i).map(([lo]) => lo).sort((a, b) => a - b);
        const agg = tf.sigmoid(p(`stage.node${i}.agg`));
        const srcs = preds.length > 0 ? preds.map((j) => outs[j]) : [s];
        const input = srcs.map((t, j) => tf.mul(t, tf.slice(agg, [j], [1]))).reduce((a, b) => tf.add(a, b));
        const dw = tf.transpose(p(`stage.node${i}.conv.depthwise`), [2, 3, 0, 1]) as tf.Tensor4D; // [3,3,C,1]
        const d = tf.depthwiseConv2d(nhwc(tf.relu(input)), dw, 1, [[0, 0], [1, 1], [1, 1], [0, 0]]);
        const pw = nchw(tf.conv2d(d, hwio(p(`stage.node${i}.conv.pointwise`)), 1, "valid"));
        outs.push(bn(pw, `stage.node${i}.bn`));
      }
      const sinks = outs.filter((_, i) => !dag.edges.some(([lo]) => lo === i));
      const stage = tf.div(sinks.reduce((a, b) => tf.add(a, b)), sinks.length);
      return dense(tf.mean(stage, [2, 3]), p, "head");
    });
  });
});
