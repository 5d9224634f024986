// Every op's gradient rule against TensorFlow.js's own gradients (`tf.grads`, CPU backend), on
// the same sample, inputs and loss as the central-difference test (cases.ts): each op written
// with TensorFlow.js's op of the same definition (NCHW convolutions and pools through NHWC).
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import "@tensorflow/tfjs-core/dist/register_all_gradients";
import { beforeAll, describe, expect, it } from "vitest";
import type { Attrs, Op } from "../../compiler/ir/ir.ts";
import { OP_NAMES } from "../../compiler/ir/ops/index.ts";
import { differentiate } from "../../compiler/passes/autodiff.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { type Case, caseOf } from "./cases.ts";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

type TfOp = (a: Attrs & Record<string, never>, xs: tf.Tensor[]) => tf.Tensor;
const nhwc = (t: tf.Tensor) => tf.transpose(t, [0, 2, 3, 1]);
const nchw = (t: tf.Tensor) => tf.transpose(t, [0, 3, 1, 2]);
const pad4 = (p: number): [[number, number], [number, number], [number, number], [number, number]] => [[0, 0], [p, p], [p, p], [0, 0]];
const u = (f: (x: tf.Tensor) => tf.Tensor): TfOp => (_a, [x]) => f(x!);
const bi = (f: (a: tf.Tensor, b: tf.Tensor) => tf.Tensor): TfOp => (_a, [a, b]) => f(a!, b!);
// Attrs are read loosely here: each entry knows its own op's attributes.
/* eslint-disable @typescript-eslint/no-explicit-any */
const TF: Partial<Record<Op, (a: any, xs: tf.Tensor[]) => tf.Tensor>> = {
  neg: u(tf.neg), abs: u(tf.abs), exp: u(tf.exp), log: u(tf.log), sqrt: u(tf.sqrt), rsqrt: u(tf.rsqrt),
  tanh: u(tf.tanh), sigmoid: u(tf.sigmoid), erf: u(tf.erf), sin: u(tf.sin), cos: u(tf.cos), floor: u(tf.floor), ceil: u(tf.ceil),
  add: bi(tf.add), sub: bi(tf.sub), mul: bi(tf.mul), div: bi(tf.div), mod: bi(tf.mod), pow: bi(tf.pow),
  max: bi(tf.maximum), min: bi(tf.minimum),
  where: (_a, [c, a, b]) => tf.where(tf.cast(c!, "bool"), a!, b!),
  dropout: u((x) => tf.mul(x, 1)),
  broadcast: (a, [x]) => tf.broadcastTo(x!, a.shape),
  reshape: (a, [x]) => tf.reshape(x!, a.shape),
  transpose: (a, [x]) => tf.transpose(x!, a.perm),
  // TensorFlow.js has no gradient for stridedSlice: a gather of the taken indices per axis.
  slice: (a, [x]) => (a.starts as number[]).reduce((t: tf.Tensor, start: number, axis: number) => {
    const idx: number[] = [];
    for (let i = start; i < a.ends[axis]; i += a.steps[axis]) idx.push(i);
    return tf.gather(t, tf.tensor1d(idx, "int32"), axis);
  }, x!),
  concat: (a, xs) => tf.concat(xs, a.axis),
  reduce_sum: (a, [x]) => tf.sum(x!, a.axes, a.keepdims),
  reduce_max: (a, [x]) => tf.max(x!, a.axes, a.keepdims),
  reduce_min: (a, [x]) => tf.min(x!, a.axes, a.keepdims),
  matmul: bi((a, b) => tf.matMul(a, b)),
  conv2d: (a, [x, w]) => {
    const groups: number = a.groups;
    const ci = w!.shape[1]!;
    const og = w!.shape[0]! / groups;
    const parts = Array.from({ length: groups }, (_, g) => {
      const xg = tf.slice(x!, [0, g * ci, 0, 0], [-1, ci, -1, -1]);
      const wg = tf.transpose(tf.slice(w!, [g * og, 0, 0, 0], [og, -1, -1, -1]), [2, 3, 1, 0]);
      return tf.conv2d(nhwc(xg) as tf.Tensor4D, wg as tf.Tensor4D, a.stride, pad4(a.padding), "NHWC", a.dilation);
    });
    return nchw(groups === 1 ? parts[0]! : tf.concat(parts, 3));
  },
  max_pool2d: (a, [x]) => nchw(tf.maxPool(nhwc(x!) as tf.Tensor4D, a.size, a.stride, a.padding === 0 ? "valid" : (pad4(a.padding) as never))),
  gather: (a, [x, i]) => tf.gather(x!, tf.cast(i!, "int32"), a.axis),
};

/** Ops TensorFlow.js cannot check here, and why. */
const NOT_COMPARED: Partial<Record<Op, string>> = {
  // tf.avgPool has no explicit padding, and its SAME padding is not this sample's.
  avg_pool2d: "no tf.avgPool with explicit padding (compared unpadded below)",
  reduce_prod: "tf.prod's gradient throws in TensorFlow.js 4.22 (`permutedX.reshape is not a function`)",
};

function compareWithTf(op: Op, c: Case, f: (a: any, xs: tf.Tensor[]) => tf.Tensor): void {
  const { graph, grads } = differentiate(c.graph, { loss: "loss", wrt: c.wrt });
  const ours = interpret(graph, new Map(), c.params);
  const node = c.graph.nodes.find((n) => n.inputs.length > 0 && n.attrs.op === op)!;
  // The sample's inputs in order: parameters as the variables, constants as they are.
  const args = node.inputs.map((id) => {
    const n = c.graph.nodes[id]!;
    if (n.attrs.op === "param") return { param: n.attrs.name, t: tf.tensor(Array.from(c.params.get(n.attrs.name)!.data), [...n.shape], "float32") };
    if (n.attrs.op !== "const") throw new Error(`unexpected sample input ${n.attrs.op}`);
    return { t: tf.tensor(n.attrs.value, [...n.shape], n.dtype === "f32" ? "float32" : "int32") };
  });
  const lossNode = c.graph.nodes[c.graph.outputs[0]!.node]!;
  const wNode = c.graph.nodes[lossNode.inputs[0]!]!.inputs.map((id) => c.graph.nodes[id]!).find((n) => n.attrs.op === "const")!;
  const w = tf.tensor((wNode.attrs as { value: number[] }).value, [...wNode.shape], "float32");
  const vars = args.filter((a) => a.param !== undefined);
  const gradsTf = tf.grads((...xs: tf.Tensor[]) => {
    let k = 0;
    const full = args.map((a) => (a.param !== undefined ? xs[k++]! : a.t));
    return tf.sum(tf.mul(f(node.attrs, full), w));
  })(vars.map((v) => v.t));
  vars.forEach((v, k) => {
    const want = gradsTf[k]!.dataSync();
    const got = ours.get(grads.get(v.param!)!)!.data;
    expect(got.length).toBe(want.length);
    got.forEach((g, i) => expect(Math.abs(g - want[i]!), `${op} ∂/∂${v.param}[${i}]: ${g} vs tf ${want[i]}`).toBeLessThan(1e-5 * Math.max(1, Math.abs(want[i]!))));
  });
}

describe("every op's gradient rule matches TensorFlow.js's tf.grads", () => {
  for (const op of OP_NAMES) {
    const c = caseOf(op);
    if (!c) continue;
    it(op, () => {
      if (NOT_COMPARED[op]) return expect(TF[op]).toBeUndefined();
      const f = TF[op];
      expect(f, `no TensorFlow.js form for ${op}`).toBeDefined();
      compareWithTf(op, c, f!);
    });
  }
});

describe("avg_pool2d without padding", () => {
  it("matches tf.avgPool's gradient (size 3, stride 2)", () => {
    const c = caseOf("avg_pool2d", { attrs: { op: "avg_pool2d", size: 3, stride: 2, padding: 0 }, inputs: [{ dtype: "f32", shape: [2, 2, 7, 6] }] })!;
    compareWithTf("avg_pool2d", c, (a, [x]) => nchw(tf.avgPool(nhwc(x!) as tf.Tensor4D, a.size, a.stride, "valid")));
  });
});
