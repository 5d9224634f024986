// LeNet fixtures for the runtime tests: seeded weights and inputs written as safetensors by the
// tests' own writer, and an independent forward pass in TensorFlow.js (CPU backend), which
// works in NHWC/HWIO, so the NCHW/OIHW tensors are transposed on the way in.
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { mulberry32 } from "../../compiler/graphgen/prng.ts";
import { f32Tensor, type StTensor } from "./st-bytes.ts";

export const LENET_PARAMS: [string, number[]][] = [
  ["conv1.w", [6, 1, 5, 5]], ["conv1.b", [6]],
  ["conv2.w", [16, 6, 5, 5]], ["conv2.b", [16]],
  ["fc1.w", [256, 120]], ["fc1.b", [120]],
  ["fc2.w", [120, 84]], ["fc2.b", [84]],
  ["fc3.w", [84, 10]], ["fc3.b", [10]],
];

const size = (s: number[]) => s.reduce((a, b) => a * b, 1);

/** Uniform values in [-scale, scale), from a seeded generator independent of the runtime's. */
export function randomValues(seed: number, n: number, scale: number): Float32Array {
  const r = mulberry32(seed);
  return Float32Array.from({ length: n }, () => (2 * r() - 1) * scale);
}

export function lenetWeights(seed: number): Record<string, Float32Array> {
  const out: Record<string, Float32Array> = {};
  LENET_PARAMS.forEach(([name, shape], i) => {
    // He-like scale so activations neither vanish nor explode through five layers.
    const fanIn = shape.length === 1 ? 4 : shape.length === 4 ? size(shape.slice(1)) : shape[0]!;
    out[name] = randomValues(seed * 100 + i, size(shape), Math.sqrt(6 / fanIn));
  });
  return out;
}

export function asSt(values: Record<string, Float32Array>, shapes: Record<string, number[]>): Record<string, StTensor> {
  const out: Record<string, StTensor> = {};
  for (const [name, v] of Object.entries(values)) out[name] = f32Tensor(shapes[name]!, v);
  return out;
}

export const LENET_SHAPES: Record<string, number[]> = Object.fromEntries(LENET_PARAMS);

/** logits[b, 10] of LeNet on x[b, 1, 28, 28] (NCHW), computed by TF.js. */
export async function tfLenet(w: Record<string, Float32Array>, x: Float32Array, batch: number): Promise<Float32Array> {
  await tf.setBackend("cpu");
  return tf.tidy(() => {
    const t = (name: string) => tf.tensor(w[name]!, LENET_SHAPES[name]);
    const conv = (h: tf.Tensor4D, name: string) =>
      tf.add(tf.conv2d(h, tf.transpose(t(`${name}.w`), [2, 3, 1, 0]) as tf.Tensor4D, 1, "valid"), t(`${name}.b`)) as tf.Tensor4D;
    let h = tf.transpose(tf.tensor(x, [batch, 1, 28, 28]), [0, 2, 3, 1]) as tf.Tensor4D; // NCHW → NHWC
    h = tf.maxPool(tf.relu(conv(h, "conv1")), 2, 2, "valid");
    h = tf.maxPool(tf.relu(conv(h, "conv2")), 2, 2, "valid");
    // The DL model flattens in C, H, W order: back to NCHW before flattening.
    const flat = tf.reshape(tf.transpose(h, [0, 3, 1, 2]), [batch, 256]) as tf.Tensor2D;
    const fc = (a: tf.Tensor2D, name: string) => tf.add(tf.matMul(a, t(`${name}.w`) as tf.Tensor2D), t(`${name}.b`)) as tf.Tensor2D;
    const out = fc(tf.relu(fc(tf.relu(fc(flat, "fc1")), "fc2")), "fc3");
    return out.dataSync() as Float32Array;
  });
}

/** max |a − b| ≤ abs + rel·|b| elementwise; returns the first offending index, or -1. */
export function firstMismatch(a: ArrayLike<number>, b: ArrayLike<number>, rel = 1e-4, abs = 1e-5): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (Number.isNaN(x) && Number.isNaN(y)) continue;
    if (!(Math.abs(x - y) <= abs + rel * Math.abs(y))) return i;
  }
  return -1;
}
