// The one memory plan over a schedule: no two live buffers share a byte, every kernel sees
// the buffers it reads alive, freed space is reused, alignment and the fixed region hold, and
// aliases (concat regions) and in-place writes are what the plan says they are.
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { Graph } from "../../compiler/ir/ir.ts";
import { numElements } from "../../compiler/ir/infer.ts";
import { scheduleGraph } from "../../compiler/schedule/build.ts";
import { planMemory, type MemoryPlan, type MemoryTarget } from "../../compiler/schedule/memory-plan.ts";
import type { Schedule } from "../../compiler/schedule/schedule.ts";
import { rng } from "../backend-wasm/harness.ts";
import { layerNormGeluSoftmax, mlp, smallConvNet } from "../backend-wasm/graphs.ts";

const WASM: MemoryTarget = { elementBytes: (d) => (d === "bool" ? 1 : 4), align: 16, maxArenaBytes: Infinity, inPlace: true };
const SMALL_ARENAS: MemoryTarget = { elementBytes: () => 4, align: 256, maxArenaBytes: 8192, inPlace: false };

/** Brute force: any two storage buffers alive at a common kernel must not share a byte. */
function overlaps(s: Schedule, plan: MemoryPlan): string[] {
  const bad: string[] = [];
  const own = s.buffers.filter((b) => !b.alias && plan.placement[b.id]);
  for (let i = 0; i < own.length; i++) {
    for (let j = i + 1; j < own.length; j++) {
      const [a, b] = [own[i], own[j]];
      const [pa, pb] = [plan.placement[a.id]!, plan.placement[b.id]!];
      const [la, lb] = [plan.lifetime[a.id], plan.lifetime[b.id]];
      // A kernel that writes in place over an operand that dies in it shares its bytes legally.
      const handOver = (x: typeof la, y: typeof la) => x.end === y.start && plan.inPlace.includes(y.start);
      const together = la.start <= lb.end && lb.start <= la.end && !handOver(la, lb) && !handOver(lb, la);
      const share = pa.arena === pb.arena && pa.offset < pb.offset + pb.bytes && pb.offset < pa.offset + pa.bytes;
      if (together && share) bad.push(`b${a.id} and b${b.id}`);
    }
  }
  return bad;
}

function checkPlan(g: Graph, target: MemoryTarget = WASM, fuse = true): { s: Schedule; plan: MemoryPlan } {
  const s = scheduleGraph(g, { fuse });
  const plan = planMemory(s, target);
  expect(overlaps(s, plan)).toEqual([]);
  for (const b of s.buffers) {
    const p = plan.placement[b.id];
    if (!p) continue;
    expect(p.offset % target.align).toBe(0);
    expect(p.bytes).toBeGreaterThanOrEqual(numElements(b.shape) * target.elementBytes(b.dtype));
    expect(p.offset + p.bytes).toBeLessThanOrEqual(plan.arenas[p.arena].byteSize);
  }
  s.kernels.forEach((k, i) => {
    for (const r of [...k.reads, k.output]) {
      expect(plan.placement[r], `${k.name} touches b${r}`).toBeDefined();
      const l = plan.lifetime[r];
      expect(l.start <= i && i <= l.end, `b${r} alive when ${k.name} runs`).toBe(true);
    }
  });
  return { s, plan };
}

/** A chain of `length` unary ops on f32[n], ending in a reduction so the chain cannot all be fused away. */
function chain(length: number, n: number): Graph {
  const b = new GraphBuilder();
  let x = b.input("x", "f32", [n]);
  for (let i = 0; i < length; i++) x = b.unary(i % 2 ? "exp" : "neg", x);
  return b.finish({ y: x });
}

describe("memory plan", () => {
  it("never overlaps two live buffers, on composite graphs and random DAGs, fused and not", () => {
    for (const fuse of [true, false]) {
      checkPlan(mlp(rng(1), 8).graph, WASM, fuse);
      checkPlan(layerNormGeluSoftmax(rng(2), 5, 33).graph, WASM, fuse);
      checkPlan(smallConvNet(rng(3), 2).graph, SMALL_ARENAS, fuse);
      for (let seed = 0; seed < 20; seed++) {
        const r = rng(100 + seed);
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
        checkPlan(b.finish({ y: vals[vals.length - 1], z: vals[Math.floor(vals.length / 2)] }), seed % 2 ? WASM : SMALL_ARENAS, fuse);
      }
    }
  });
  it("the overlap check itself catches a plan that shares bytes between live buffers", () => {
    const { s, plan } = checkPlan(chain(4, 100), { ...WASM, inPlace: false }, false);
    const temps = s.buffers.filter((b) => b.role === "temp");
    plan.placement[temps[1].id] = { ...plan.placement[temps[0].id]! }; // neighbours in a chain are live together
    expect(overlaps(s, plan)).not.toEqual([]);
  });
  it("reuses freed buffers along an unfused chain: two live buffers suffice, one with in-place writes", () => {
    const { s, plan } = checkPlan(chain(10, 1000), { ...WASM, inPlace: false }, false);
    expect(s.buffers.filter((b) => b.role === "temp")).toHaveLength(9); // the last op writes the output slot
    expect(plan.peakBytes).toBe(2 * 4000);
    expect(plan.naiveBytes).toBe(9 * 4000);
    const inPlace = checkPlan(chain(10, 1000), WASM, false).plan;
    expect(inPlace.peakBytes).toBe(4000);
    expect(inPlace.inPlace.length).toBe(8);
  });
  it("a fused chain is one kernel and needs no temporary at all", () => {
    const { s, plan } = checkPlan(chain(10, 1000));
    expect(s.kernels).toHaveLength(1);
    expect(plan.peakBytes).toBe(0);
  });
  it("aligns every buffer, even odd bool and f32 sizes", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [7]);
    const m = b.binary("gt", x, x);
    const y = b.unary("not", m);
    const z = b.cast(y, "f32");
    const { s, plan } = checkPlan(b.finish({ z }), WASM, false);
    expect(s.buffers.map((bf) => plan.placement[bf.id]?.bytes)).toEqual([32, 16, 16, 32]);
  });
  it("splits temporaries over several arenas when one would exceed the target's largest buffer", () => {
    const { plan } = checkPlan(chain(6, 1500), SMALL_ARENAS, false);
    expect(plan.arenas.length).toBeGreaterThan(1);
    for (const a of plan.arenas) expect(a.byteSize).toBeLessThanOrEqual(8192);
  });
  it("places inputs, params, consts and outputs in a fixed region before the temporaries", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [5]);
    const p = b.param("p", "f32", [5], { kind: "zeros" });
    const c = b.const([1, 2, 3, 4, 5], "f32", [5]);
    const t = b.unary("exp", b.mul(x, p));
    const y = b.binaryBroadcast("add", b.reduce("reduce_sum", t, 0, true), c);
    const { s, plan } = checkPlan(b.finish({ y }), WASM, false);
    const at = (role: string) => s.buffers.filter((bf) => bf.role === role).map((bf) => plan.placement[bf.id]!.offset);
    expect([at("input"), at("param"), at("const"), at("output")]).toEqual([[0], [32], [64], [96]]);
    expect(plan.fixedBytes).toBe(128);
    for (const o of at("temp")) expect(o).toBeGreaterThanOrEqual(128);
  });
  it("a concat's inputs are written in place into its regions and keep its buffer alive", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [3, 4]);
    const e = b.unary("exp", x);
    const n = b.unary("neg", x);
    const c = b.concat([e, n], 1);
    const y = b.reduce("reduce_sum", c, 1);
    const { s } = checkPlan(b.finish({ y }));
    const aliased = s.buffers.filter((bf) => bf.alias);
    expect(aliased.map((bf) => bf.node).sort()).toEqual([e, n].sort());
    expect(aliased.map((bf) => bf.alias!.view.offset).sort()).toEqual([0, 4]);
    expect(s.kernels.some((k) => k.name.endsWith("_copy"))).toBe(false);
  });
});
