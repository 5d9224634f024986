import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cyclicComponents, levelize, shortestCycleIn, shortestCycleThrough } from "../../compiler/check/wired-graph.ts";
import { checkText } from "./helpers.ts";

describe("cyclicComponents", () => {
  it("finds only components with a cycle", () => {
    // 0→1→2→0 is a cycle; 3→3 a self-loop; 4→5 acyclic; 6↔7.
    const succ = [[1], [2], [0, 4], [3], [5], [], [7], [6]];
    expect(cyclicComponents(succ)).toEqual([[0, 1, 2], [3], [6, 7]]);
  });

  it("handles a 200k-node chain and ring without recursion (far past the JS stack)", () => {
    const n = 200_000;
    const chain = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : []));
    expect(cyclicComponents(chain)).toEqual([]);
    const ring = Array.from({ length: n }, (_, i) => [(i + 1) % n]);
    const comps = cyclicComponents(ring);
    expect(comps).toHaveLength(1);
    expect(comps[0]).toHaveLength(n);
  });

  it("agrees with a brute-force reachability check on random small graphs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }).chain((n) =>
          fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 20 }).map((es) => ({ n, es })),
        ),
        ({ n, es }) => {
          const succ: number[][] = Array.from({ length: n }, () => []);
          for (const [a, b] of es) if (!succ[a].includes(b)) succ[a].push(b);
          // reach[a][b]: a path of length ≥ 1 from a to b.
          const reach = Array.from({ length: n }, (_, a) => {
            const seen = new Set<number>();
            const stack = [...succ[a]];
            while (stack.length) {
              const v = stack.pop()!;
              if (seen.has(v)) continue;
              seen.add(v);
              stack.push(...succ[v]);
            }
            return seen;
          });
          const onCycle = (v: number) => reach[v].has(v);
          const comps = cyclicComponents(succ);
          const covered = comps.flat().sort((a, b) => a - b);
          expect(covered).toEqual(Array.from({ length: n }, (_, v) => v).filter(onCycle));
          for (const c of comps) {
            for (const a of c) for (const b of c) expect(reach[a].has(b)).toBe(true);
            const cycle = shortestCycleThrough(succ, c, c[0]);
            expect(cycle[0]).toBe(c[0]);
            expect(cycle[cycle.length - 1]).toBe(c[0]);
            for (let i = 0; i + 1 < cycle.length; i++) expect(succ[cycle[i]]).toContain(cycle[i + 1]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("shortestCycleIn", () => {
  it("finds the shortest cycle of a component, not the shortest through its first node", () => {
    // 0→1→2→3→0, and 2↔3: through 0 the shortest is 4 edges, the component's is 2.
    const succ = [[1], [2], [3], [0, 2]];
    expect(shortestCycleThrough(succ, [0, 1, 2, 3], 0)).toEqual([0, 1, 2, 3, 0]);
    expect(shortestCycleIn(succ, [0, 1, 2, 3])).toEqual([2, 3, 2]);
    // A self-loop is the shortest there is.
    expect(shortestCycleIn([[1], [2], [0, 2]], [0, 1, 2])).toEqual([2, 2]);
  });

  it("is as short as the brute-force shortest cycle on random small graphs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) =>
          fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 18 }).map((es) => ({ n, es })),
        ),
        ({ n, es }) => {
          const succ: number[][] = Array.from({ length: n }, () => []);
          for (const [a, b] of es) if (!succ[a].includes(b)) succ[a].push(b);
          for (const c of cyclicComponents(succ)) {
            const shortest = Math.min(...c.map((v) => shortestCycleThrough(succ, c, v).length));
            const cycle = shortestCycleIn(succ, c);
            expect(cycle.length).toBe(shortest);
            expect(cycle[0]).toBe(cycle[cycle.length - 1]);
            for (let i = 0; i + 1 < cycle.length; i++) expect(succ[cycle[i]]).toContain(cycle[i + 1]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stays within its budget on a large ring (counted in successor lookups, not in time)", () => {
    const n = 200_000;
    const ring = Array.from({ length: n }, (_, i) => [(i + 1) % n]);
    let lookups = 0;
    const counted = new Proxy(ring, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) lookups++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(shortestCycleIn(counted, Array.from({ length: n }, (_, i) => i), 1_000_000)).toHaveLength(n + 1);
    // The first search (through node 0) walks the ring once; the budget bounds the rest.
    expect(lookups).toBeGreaterThan(n);
    expect(lookups).toBeLessThan(1_000_000 + 3 * n);
  });
});

describe("levelize", () => {
  it("is 1 + the deepest predecessor", () => {
    // 0, 1 have no neuron sources; 2 ← 0; 3 ← 1, 2; 4 ← 3, 0
    expect(levelize([[], [], [0], [1, 2], [3, 0]])).toEqual([1, 1, 2, 3, 4]);
  });

  it("handles a 200k-deep chain", () => {
    const n = 200_000;
    const levels = levelize(Array.from({ length: n }, (_, i) => (i === 0 ? [] : [i - 1])));
    expect(levels[n - 1]).toBe(n);
  });
});

describe("checked graphs satisfy the lowering's invariants", () => {
  // Random acyclic wirings written as text: hidden neuron i may read x columns and hidden j < i.
  const wiring = fc.integer({ min: 1, max: 8 }).chain((hidden) =>
    fc.record({
      hidden: fc.constant(hidden),
      outputs: fc.integer({ min: 1, max: 3 }),
      fromX: fc.array(fc.subarray([0, 1, 2]), { minLength: hidden, maxLength: hidden }),
      seed: fc.nat(),
    }),
  );

  it("levels respect sources, weights tile each group, parameters match", () => {
    fc.assert(
      fc.property(wiring, ({ hidden, outputs, fromX, seed }) => {
        let s = seed;
        const coin = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) & 1024) !== 0;
        const lines: string[] = [];
        for (let i = 0; i < hidden; i++) {
          const srcs = fromX[i].map((c) => `x[${c}]`);
          for (let j = 0; j < i; j++) if (coin()) srcs.push(`h[${j}]`);
          if (srcs.length === 0) srcs.push("x[0]");
          lines.push(`${srcs.join(", ")} -> h[${i}]`);
        }
        lines.push(`h -> y`);
        const r = checkText(`wired R {\n input x: f32[B, 3]\n neuron h[${hidden}]: relu\n output y[${outputs}]: linear\n ${lines.join("\n ")}\n}`);
        expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        const g = r.graph!;
        expect(g.neurons).toHaveLength(hidden + outputs);
        let edges = 0;
        for (const n of g.neurons) {
          expect(n.sources.length).toBeGreaterThan(0);
          for (const slot of n.sources) {
            const srcLevel = slot < g.inputWidth ? 0 : g.neurons[slot - g.inputWidth].level;
            expect(srcLevel).toBeLessThan(n.level);
          }
          expect(n.level).toBe(1 + Math.max(...n.sources.map((s) => (s < g.inputWidth ? 0 : g.neurons[s - g.inputWidth].level))));
          edges += n.sources.length;
        }
        for (const grp of g.groups) {
          let next = 0;
          for (let k = 0; k < grp.count; k++) {
            const n = g.neurons[grp.first + k];
            expect(n.weightStart).toBe(next);
            next += n.sources.length;
          }
          expect(next).toBe(grp.weightCount);
        }
        expect(g.levels.flat().sort((a, b) => a - b)).toEqual(g.neurons.map((_, i) => i));
        expect(r.info.parameterCount).toBe(edges + hidden + outputs);
      }),
      { numRuns: 200 },
    );
  });
});
