// The workloads written with TensorFlow.js ops, independently of dlc's lowering, for
// @tensorflow/tfjs-backend-wasm. Weight layouts are converted once, outside the timed
// function, the way an importer would: conv OIHW → HWIO (TF.js convolves NHWC), and fc1's
// rows permuted from C,H,W order to the H,W,C order that flattening NHWC produces.
import * as tf from "@tensorflow/tfjs-core";
import type { Workload } from "./infer-workloads.ts";

type Weights = Record<string, Float32Array>;

/** A prepared forward pass: returns the output's values (downloaded, so the work is done). */
export function tfjsForward(wl: Workload, batch: number, w: Weights, xData: Float32Array): { run: () => Float32Array; dispose: () => void } {
  const held: tf.Tensor[] = [];
  const keep = (t: tf.Tensor) => {
    held.push(t);
    return t;
  };
  const param = (name: string, shape: number[]) => keep(tf.tensor(w[name]!, shape));
  const x = keep(tf.tensor(xData, [batch, ...wl.sample]));
  const linear = (p: string, i: number, o: number) => {
    const W = param(`${p}.w`, [i, o]);
    const b = param(`${p}.b`, [o]);
    return (v: tf.Tensor2D) => tf.add(tf.matMul(v, W as tf.Tensor2D), b) as tf.Tensor2D;
  };
  const layerNorm = (p: string, d: number) => {
    const gamma = param(`${p}.gamma`, [d]);
    const beta = param(`${p}.beta`, [d]);
    return (v: tf.Tensor) => {
      const { mean, variance } = tf.moments(v, -1, true);
      return tf.add(tf.mul(tf.mul(tf.sub(v, mean), tf.rsqrt(tf.add(variance, 1e-5))), gamma), beta);
    };
  };
  const gelu = (v: tf.Tensor) => tf.mul(tf.mul(v, tf.add(tf.erf(tf.div(v, Math.SQRT2)), 1)), 0.5);
  let forward: () => tf.Tensor;
  switch (wl.name) {
    case "mlp": {
      const [h1, h2, out] = [linear("h1", 784, 300), linear("h2", 300, 100), linear("out", 100, 10)];
      forward = () => out(tf.relu(h2(tf.relu(h1(x as tf.Tensor2D)))));
      break;
    }
    case "lenet": {
      const hwio = (name: string, shape: [number, number, number, number]) => keep(tf.tidy(() => tf.transpose(tf.tensor4d(w[name]!, shape), [2, 3, 1, 0])));
      const k1 = hwio("conv1.w", [6, 1, 5, 5]);
      const k2 = hwio("conv2.w", [16, 6, 5, 5]);
      const b1 = param("conv1.b", [6]);
      const b2 = param("conv2.b", [16]);
      // fc1 rows are indexed c·16 + h·4 + w; NHWC flattening yields h·64 + w·16 + c.
      const fc1w = keep(tf.tidy(() => tf.reshape(tf.transpose(tf.tensor4d(w["fc1.w"]!, [16, 4, 4, 120]), [1, 2, 0, 3]), [256, 120])));
      const fc1b = param("fc1.b", [120]);
      const [fc2, fc3] = [linear("fc2", 120, 84), linear("fc3", 84, 10)];
      forward = () => {
        const nhwc = tf.transpose(x as tf.Tensor4D, [0, 2, 3, 1]);
        const c1 = tf.maxPool(tf.relu(tf.add(tf.conv2d(nhwc, k1 as tf.Tensor4D, 1, "valid"), b1)) as tf.Tensor4D, 2, 2, "valid");
        const c2 = tf.maxPool(tf.relu(tf.add(tf.conv2d(c1, k2 as tf.Tensor4D, 1, "valid"), b2)) as tf.Tensor4D, 2, 2, "valid");
        const flat = tf.reshape(c2, [batch, 256]) as tf.Tensor2D;
        return fc3(tf.relu(fc2(tf.relu(tf.add(tf.matMul(flat, fc1w as tf.Tensor2D), fc1b) as tf.Tensor2D))));
      };
      break;
    }
    case "transformer": {
      const [T, D, H, HD] = [128, 256, 4, 64];
      const ln1 = layerNorm("block.ln1", D);
      const ln2 = layerNorm("block.ln2", D);
      const [q, k, v, o] = ["q", "k", "v", "o"].map((n) => linear(`block.attn.${n}`, D, D));
      const [fc1, fc2] = [linear("block.fc1", D, 1024), linear("block.fc2", 1024, D)];
      forward = () => {
        const x2 = tf.reshape(x, [batch * T, D]) as tf.Tensor2D;
        const u = ln1(x2) as tf.Tensor2D;
        const heads = (t: tf.Tensor2D) => tf.transpose(tf.reshape(t, [batch, T, H, HD]), [0, 2, 1, 3]) as tf.Tensor4D;
        const scores = tf.div(tf.matMul(heads(q!(u)), heads(k!(u)), false, true), Math.sqrt(HD));
        const att = tf.matMul(tf.softmax(scores, -1), heads(v!(u)));
        const merged = tf.reshape(tf.transpose(att, [0, 2, 1, 3]), [batch * T, D]) as tf.Tensor2D;
        const h = tf.add(x2, o!(merged)) as tf.Tensor2D;
        const y = tf.add(h, fc2(gelu(fc1(ln2(h) as tf.Tensor2D)) as tf.Tensor2D));
        return tf.reshape(y, [batch, T, D]);
      };
      break;
    }
    case "mixer": {
      const [P, C] = [64, 128];
      const ln1 = layerNorm("block.ln1", C);
      const ln2 = layerNorm("block.ln2", C);
      const [t1, t2] = [linear("block.token1", P, 256), linear("block.token2", 256, P)];
      const [c1, c2] = [linear("block.channel1", C, 512), linear("block.channel2", 512, C)];
      forward = () => {
        const u = tf.reshape(tf.transpose(ln1(x), [0, 2, 1]), [batch * C, P]) as tf.Tensor2D;
        const tok = tf.transpose(tf.reshape(t2(gelu(t1(u)) as tf.Tensor2D), [batch, C, P]), [0, 2, 1]);
        const y = tf.reshape(tf.add(x, tok), [batch * P, C]) as tf.Tensor2D;
        return tf.reshape(tf.add(y, c2(gelu(c1(ln2(y) as tf.Tensor2D)) as tf.Tensor2D)), [batch, P, C]);
      };
      break;
    }
  }
  return {
    run: () => {
      const out = tf.tidy(forward);
      const data = out.dataSync() as Float32Array;
      out.dispose();
      return data;
    },
    dispose: () => tf.dispose(held),
  };
}
