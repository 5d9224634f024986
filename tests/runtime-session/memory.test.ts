// dispose() frees everything: 1,000 load/run/dispose cycles of the MLP on the wasm backend
// leave the process's heap, external and ArrayBuffer memory where they were (after a full GC).
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { load } from "../../runtime/session.ts";
import { buildExample, values } from "./session-support.ts";

// Exposing gc at run time avoids depending on how vitest starts its workers.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

function used(): number {
  for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
}

describe("memory", () => {
  it("1,000 load/run/dispose cycles do not grow memory", async () => {
    const artifact = await buildExample("mlp.dl", 8, ["wasm"]);
    const weights = Object.fromEntries(artifact.manifest.parameters.map((p, i) => [p.name, { data: values(p.shape.reduce((a, b) => a * b, 1), i + 1) }]));
    const x = { x: { data: values(8 * 784, 42), shape: [8, 784] } };
    let reference: Float32Array | undefined;
    const cycle = async () => {
      const s = await load(artifact, { backend: "wasm" });
      s.setWeights(weights);
      const y = s.run(x).logits!.data as Float32Array;
      s.dispose();
      return y;
    };
    for (let i = 0; i < 50; i++) reference = await cycle(); // warm up JIT and allocator pools
    const before = used();
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) {
      const y = await cycle();
      if (i % 100 === 0) expect(Array.from(y)).toEqual(Array.from(reference!));
    }
    const seconds = (performance.now() - t0) / 1000;
    const grown = used() - before;
    // Each cycle allocates a ~1.3 MB wasm memory and copies 1 MB of weights: a leak of one
    // of them per cycle would be > 1 GB here.
    expect(grown).toBeLessThan(20 * 1024 * 1024);
    expect(seconds).toBeLessThan(60);
  });
});
