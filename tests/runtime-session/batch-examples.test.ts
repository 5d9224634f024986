// The batch analysis against the truth: for every example whose artifact says it runs smaller
// batches, running b < N samples must give exactly the first b rows of the N-sample run (the
// padding rows must not leak into real ones). Seeded weights and inputs, interpreter backend.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { load } from "../../runtime/session.ts";
import { ROOT } from "../cli/cli-support.ts";
import { buildExample, values } from "./session-support.ts";

const EXAMPLES = readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".dl"));

describe("a smaller batch is the first rows of the built batch", () => {
  it.each(EXAMPLES)("%s", async (file) => {
    const N = 3;
    const artifact = await buildExample(file, N);
    const m = artifact.manifest;
    expect(m.batch.built).toBe(N);
    // Every example is per-sample (none reduces over the batch in inference).
    expect(m.batch).toEqual({ built: N, min: 1, max: N });
    const s = await load(artifact, { backend: "interp" });
    s.initWeights(11);
    const full: Record<string, { data: Float32Array | Int32Array; shape: number[] }> = {};
    const part: typeof full = {};
    m.inputs.forEach((t, k) => {
      const n = t.shape.reduce((a, b) => a * b, 1);
      const data = t.dtype === "f32" ? values(n, 100 + k) : Int32Array.from(values(n, 100 + k), (v) => (v > 0 ? 1 : 0));
      full[t.name] = { data, shape: t.shape };
      part[t.name] = { data: data.subarray(0, (n / N) * 2), shape: [2, ...t.shape.slice(1)] };
    });
    const big = s.run(full);
    const small = s.run(part);
    for (const o of m.outputs) {
      expect(o.batchAxis).toBe(0);
      const rows = big[o.name]!.data.length / N;
      expect(small[o.name]!.shape).toEqual([2, ...o.shape.slice(1)]);
      expect(Array.from(small[o.name]!.data)).toEqual(Array.from(big[o.name]!.data.subarray(0, 2 * rows)));
      // Not vacuous: the two real samples differ from each other.
      expect(Array.from(big[o.name]!.data.subarray(0, rows))).not.toEqual(Array.from(big[o.name]!.data.subarray(rows, 2 * rows)));
    }
    s.dispose();
  });
});
