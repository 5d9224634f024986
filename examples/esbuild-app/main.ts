// A tiny app: the MLP compiled at bundle time by dlc's esbuild plugin, run on seeded inputs.
// The same bundle runs in Node (it prints the result) and in a browser (index.html shows it).
import net from "../mlp.dl";

const BATCH = net.batch.max;
const [, features] = net.inputs.x.shape; // typed: net.d.dl.ts names x and its shape

/** Seeded values in [-1, 1), so every run (and every platform) sees the same inputs. */
function inputs(n: number, seed: number): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  });
}

const session = await net.load(); // WASM; `net.load({ backend: "webgpu" })` runs the WGSL kernels
session.initWeights(1);
const x = inputs(BATCH * features, 7);
const { logits } = session.run({ x: { data: x, shape: [BATCH, features] } });
session.dispose();

const result = {
  model: net.model,
  wgslKernels: Object.keys(net.wgsl).length,
  input: Array.from(x),
  shape: logits.shape,
  logits: Array.from(logits.data as Float32Array),
};
const doc = (globalThis as { document?: { body: { textContent: string } } }).document;
if (doc) doc.body.textContent = JSON.stringify(result);
else console.log(JSON.stringify(result));
