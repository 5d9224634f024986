// Composite graphs for the WASM tests and the benchmark, built with GraphBuilder.
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { Graph } from "../../compiler/ir/ir.ts";
import type { Rng } from "../../compiler/graphgen/prng.ts";
import type { Tensor } from "../../runtime/interp/tensor.ts";
import { randomTensor } from "./harness.ts";

export interface Workload {
  graph: Graph;
  inputs: Map<string, Tensor>;
  params: Map<string, Tensor>;
}

function relu(b: GraphBuilder, x: number): number {
  return b.binaryBroadcast("max", x, b.const(0, "f32"));
}

/** Glorot-uniform weights, zero-ish biases: the scale real layers have. */
function params(b: GraphBuilder, r: Rng, store: Map<string, Tensor>, name: string, fanIn: number, fanOut: number): [number, number] {
  const lim = Math.sqrt(6 / (fanIn + fanOut));
  store.set(`${name}.w`, randomTensor(r, "f32", [fanIn, fanOut], -lim, lim));
  store.set(`${name}.b`, randomTensor(r, "f32", [fanOut], -0.1, 0.1));
  return [b.param(`${name}.w`, "f32", [fanIn, fanOut], { kind: "glorot_uniform" }), b.param(`${name}.b`, "f32", [fanOut], { kind: "zeros" })];
}

function linear(b: GraphBuilder, x: number, [w, bias]: [number, number]): number {
  return b.binaryBroadcast("add", b.matmul(x, w), bias);
}

/** MLP 784→300→100→10 with relu. */
export function mlp(r: Rng, batch: number): Workload {
  const b = new GraphBuilder();
  const ps = new Map<string, Tensor>();
  const x = b.input("x", "f32", [batch, 784]);
  const l1 = params(b, r, ps, "h1", 784, 300);
  const l2 = params(b, r, ps, "h2", 300, 100);
  const l3 = params(b, r, ps, "out", 100, 10);
  const logits = linear(b, relu(b, linear(b, relu(b, linear(b, x, l1)), l2)), l3);
  return { graph: b.finish({ logits }), inputs: new Map([["x", randomTensor(r, "f32", [batch, 784], 0, 1)]]), params: ps };
}

/** LayerNorm over the last axis, then exact GELU, then softmax. */
export function layerNormGeluSoftmax(r: Rng, rows: number, d: number): Workload {
  const b = new GraphBuilder();
  const ps = new Map<string, Tensor>();
  const x = b.input("x", "f32", [rows, d]);
  const gamma = b.param("ln.gamma", "f32", [d], { kind: "ones" });
  const beta = b.param("ln.beta", "f32", [d], { kind: "zeros" });
  ps.set("ln.gamma", randomTensor(r, "f32", [d], 0.5, 1.5));
  ps.set("ln.beta", randomTensor(r, "f32", [d], -0.2, 0.2));
  const c = (v: number): number => b.const(v, "f32");
  const mean = b.binaryBroadcast("mul", b.reduce("reduce_sum", x, -1, true), c(1 / d));
  const xc = b.binaryBroadcast("sub", x, mean);
  const variance = b.binaryBroadcast("mul", b.reduce("reduce_sum", b.mul(xc, xc), -1, true), c(1 / d));
  const inv = b.unary("rsqrt", b.binaryBroadcast("add", variance, c(1e-5)));
  const ln = b.binaryBroadcast("add", b.binaryBroadcast("mul", b.binaryBroadcast("mul", xc, inv), gamma), beta);
  const erf = b.unary("erf", b.binaryBroadcast("mul", ln, c(Math.SQRT1_2)));
  const gelu = b.binaryBroadcast("mul", b.binaryBroadcast("mul", ln, c(0.5)), b.binaryBroadcast("add", erf, c(1)));
  const shifted = b.binaryBroadcast("sub", gelu, b.reduce("reduce_max", gelu, -1, true));
  const e = b.unary("exp", shifted);
  const y = b.binaryBroadcast("div", e, b.reduce("reduce_sum", e, -1, true));
  return { graph: b.finish({ y, ln }), inputs: new Map([["x", randomTensor(r, "f32", [rows, d], -3, 3)]]), params: ps };
}

/** conv → relu → maxpool → conv → flatten → matmul. */
export function smallConvNet(r: Rng, batch: number): Workload {
  const b = new GraphBuilder();
  const ps = new Map<string, Tensor>();
  const x = b.input("x", "f32", [batch, 1, 12, 12]);
  const w1 = b.param("c1.w", "f32", [4, 1, 3, 3], { kind: "he_normal" });
  const w2 = b.param("c2.w", "f32", [6, 4, 3, 3], { kind: "he_normal" });
  const wf = b.param("fc.w", "f32", [96, 10], { kind: "glorot_uniform" });
  ps.set("c1.w", randomTensor(r, "f32", [4, 1, 3, 3], -0.6, 0.6));
  ps.set("c2.w", randomTensor(r, "f32", [6, 4, 3, 3], -0.3, 0.3));
  ps.set("fc.w", randomTensor(r, "f32", [96, 10], -0.2, 0.2));
  const h = b.maxPool2d(relu(b, b.conv2d(x, w1, { padding: 1 })), { size: 2 });
  const h2 = b.conv2d(h, w2);
  const logits = b.matmul(b.reshape(h2, [batch, 96]), wf);
  return { graph: b.finish({ logits }), inputs: new Map([["x", randomTensor(r, "f32", [batch, 1, 12, 12], 0, 1)]]), params: ps };
}
