// MLP 784→300→100→10 (relu) at batch 64: median time per forward pass of the reference
// interpreter vs the compiled WASM module, alternating the two to share machine drift.
// Also the LayerNorm+GELU+softmax chain and the small conv net. Prints only; asserts nothing.
//   npx tsx bench/wasm-kernels.ts
import { compileWasm } from "../compiler/backend-wasm/index.ts";
import { instantiateWasm } from "../compiler/backend-wasm/instantiate.ts";
import { mulberry32 } from "../compiler/graphgen/prng.ts";
import { interpret } from "../runtime/interp/interpret.ts";
import { layerNormGeluSoftmax, mlp, smallConvNet, type Workload } from "../tests/backend-wasm/graphs.ts";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function bench(label: string, w: Workload, rounds: number): Promise<void> {
  const t0 = performance.now();
  const compiled = compileWasm(w.graph);
  const compileMs = performance.now() - t0;
  const inst = await instantiateWasm(compiled);
  for (const [n, t] of w.inputs) inst.setInput(n, t.data);
  for (const [n, t] of w.params) inst.setParam(n, t.data);
  const wasmT: number[] = [];
  const interpT: number[] = [];
  for (let i = 0; i < 3; i++) inst.run(); // warm up the tiers
  for (let i = 0; i < rounds; i++) {
    let s = performance.now();
    inst.run();
    wasmT.push(performance.now() - s);
    s = performance.now();
    interpret(w.graph, w.inputs, w.params);
    interpT.push(performance.now() - s);
  }
  const [wm, im] = [median(wasmT), median(interpT)];
  console.log(`${label.padEnd(34)} interp ${im.toFixed(2).padStart(8)} ms   wasm ${wm.toFixed(3).padStart(8)} ms   ×${(im / wm).toFixed(1).padStart(6)}   ` +
    `(compile ${compileMs.toFixed(0)} ms, ${compiled.wasm.length} bytes, arena ${compiled.plan.peakBytes} B vs ${compiled.memory.naiveBytes} B unshared)`);
}

const r = mulberry32(1);
await bench("MLP 784-300-100-10, batch 64", mlp(r, 64), 30);
await bench("MLP 784-300-100-10, batch 1", mlp(r, 1), 50);
await bench("LayerNorm+GELU+softmax 64×768", layerNormGeluSoftmax(r, 64, 768), 30);
await bench("conv net, batch 32", smallConvNet(r, 32), 30);
const mm = mlp(r, 64);
const flops = 2 * 64 * (784 * 300 + 300 * 100 + 100 * 10);
const inst = await instantiateWasm(compileWasm(mm.graph));
for (const [n, t] of mm.params) inst.setParam(n, t.data);
for (const [n, t] of mm.inputs) inst.setInput(n, t.data);
const ts: number[] = [];
for (let i = 0; i < 50; i++) { const s = performance.now(); inst.run(); ts.push(performance.now() - s); }
console.log(`MLP batch 64 throughput: ${(flops / (median(ts) * 1e6)).toFixed(2)} GFLOP/s (median of 50)`);
