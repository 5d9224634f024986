import { describe, expect, it } from "vitest";
import { planMemory, type MemoryPlan } from "../../compiler/backend-wasm/memory-plan.ts";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { Graph } from "../../compiler/ir/ir.ts";
import { numElements } from "../../compiler/ir/infer.ts";
import { rng } from "./harness.ts";
import { layerNormGeluSoftmax, mlp, smallConvNet } from "./graphs.ts";

/** Brute force: any two buffers alive at a common step must not share a byte. */
function overlaps(plan: MemoryPlan): string[] {
  const bad: string[] = [];
  const bs = plan.buffers;
  for (let i = 0; i < bs.length; i++) {
    for (let j = i + 1; j < bs.length; j++) {
      const [a, b] = [bs[i], bs[j]];
      const liveTogether = a.start <= b.end && b.start <= a.end;
      const share = a.offset < b.offset + b.bytes && b.offset < a.offset + a.bytes;
      if (liveTogether && share) bad.push(`%${a.root} [${a.start},${a.end}] and %${b.root} [${b.start},${b.end}]`);
    }
  }
  return bad;
}

function checkPlan(g: Graph): MemoryPlan {
  const plan = planMemory(g);
  expect(overlaps(plan)).toEqual([]);
  for (const b of plan.buffers) {
    expect(b.offset % 16).toBe(0);
    expect(b.bytes % 16).toBe(0);
    const n = g.nodes[b.root];
    expect(b.bytes).toBeGreaterThanOrEqual(numElements(n.shape) * (n.dtype === "bool" ? 1 : 4));
    expect(b.offset + b.bytes).toBeLessThanOrEqual(plan.totalBytes);
  }
  // Each value is live from its definition through its last use: every reader sees its buffer alive.
  for (const n of g.nodes) {
    for (const i of n.inputs) {
      const buf = plan.buffers.find((b) => b.root === plan.rootOf[i])!;
      expect(buf.start <= n.id && n.id <= buf.end, `%${i} alive when %${n.id} reads it`).toBe(true);
    }
    const own = plan.buffers.find((b) => b.root === plan.rootOf[n.id])!;
    expect(plan.offsets[n.id]).toBe(own.offset);
  }
  return plan;
}

/** A chain of `length` unary ops on f32[n] (distinct ops so nothing could be merged). */
function chain(length: number, n: number): Graph {
  const b = new GraphBuilder();
  let x = b.input("x", "f32", [n]);
  for (let i = 0; i < length; i++) x = b.unary(i % 2 ? "exp" : "neg", x);
  return b.finish({ y: x });
}

describe("memory plan", () => {
  it("never overlaps two live buffers, on the composite graphs and random chains", () => {
    checkPlan(mlp(rng(1), 8).graph);
    checkPlan(layerNormGeluSoftmax(rng(2), 5, 33).graph);
    checkPlan(smallConvNet(rng(3), 2).graph);
    for (let s = 0; s < 20; s++) {
      // Random DAGs: each node reads one or two earlier values of random sizes (via broadcast).
      const r = rng(100 + s);
      const b = new GraphBuilder();
      const vals = [b.input("x", "f32", [1 + Math.floor(r() * 40)])];
      for (let k = 0; k < 25; k++) {
        const a = vals[Math.floor(r() * vals.length)];
        const c = vals[Math.floor(r() * vals.length)];
        const m = Math.max(b.shape(a)[0], b.shape(c)[0]);
        const grow = r() < 0.3 ? [m + Math.floor(r() * 30)] : [m];
        const u = b.shape(a)[0] === 1 || b.shape(a)[0] === grow[0] ? b.broadcastTo(a, grow) : b.reduce("reduce_sum", a, 0, true);
        vals.push(r() < 0.5 ? b.unary("exp", u) : b.binaryBroadcast("add", u, b.reduce("reduce_max", c, 0, true)));
      }
      checkPlan(b.finish({ y: vals[vals.length - 1], z: vals[Math.floor(vals.length / 2)] }));
    }
  });
  it("the overlap check itself catches a plan that shares bytes between live buffers", () => {
    const plan = planMemory(chain(4, 100));
    const temps = plan.buffers.filter((b) => b.kind === "temp");
    temps[1].offset = temps[0].offset; // neighbours in a chain are live together
    expect(overlaps(plan)).not.toEqual([]);
  });
  it("reuses freed buffers along a chain: two live buffers suffice", () => {
    const plan = checkPlan(chain(10, 1000));
    const temps = plan.buffers.filter((b) => b.kind === "temp");
    expect(temps).toHaveLength(9); // the last op writes the output slot
    expect(plan.arenaBytes).toBe(2 * 4000);
    expect(plan.naiveArenaBytes).toBe(9 * 4000);
    expect(new Set(temps.map((b) => b.offset)).size).toBe(2);
  });
  it("aligns every buffer to 16 bytes, even odd bool and f32 sizes", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [7]);
    const m = b.binary("gt", x, x);
    const y = b.unary("not", m);
    const z = b.cast(y, "f32");
    const plan = checkPlan(b.finish({ z }));
    expect(plan.buffers.map((bf) => bf.bytes)).toEqual([32, 32, 16, 16]);
  });
  it("views share their input's buffer and keep it alive until their own last use", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [4, 8]);
    const t = b.unary("exp", x);
    const v = b.reshape(t, [32]);
    const u = b.unary("neg", x);
    const w = b.unary("neg", u);
    const y = b.binary("add", v, b.reshape(w, [32]));
    const plan = checkPlan(b.finish({ y }));
    expect(plan.offsets[v]).toBe(plan.offsets[t]);
    const tb = plan.buffers.find((bf) => bf.root === t)!;
    expect(tb.end).toBe(y);
  });
  it("places inputs, params, consts and outputs in a fixed region before the arena", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [5]);
    const p = b.param("p", "f32", [5], { kind: "zeros" });
    const c = b.const([1, 2, 3, 4, 5], "f32", [5]);
    const y = b.add(b.mul(x, p), c);
    const plan = checkPlan(b.finish({ y }));
    const kinds = plan.buffers.map((bf) => [bf.kind, bf.offset]);
    expect(kinds.slice(0, 4)).toEqual([["input", 0], ["param", 32], ["const", 64], ["output", 96]]);
    expect(plan.fixedBytes).toBe(128);
    expect(plan.offsets[y]).toBe(96);
    expect(plan.offsets[b.nodes[y].inputs[0]]).toBe(128); // the temporary lives in the arena
  });
});
