import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  generateGraph,
  inDegrees,
  outDegrees,
  sinks,
  sources,
  validateGraphSpec,
  type GraphSpec,
} from "../../compiler/graphgen/index.ts";
import { mulberry32 } from "../../compiler/graphgen/prng.ts";

function isWellFormed(g: { nodes: number; edges: [number, number][] }): void {
  // One expect for the whole list: per-edge expects make million-edge graphs crawl.
  let problem: string | undefined;
  for (let i = 0; i < g.edges.length && problem === undefined; i++) {
    const [lo, hi] = g.edges[i];
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi >= g.nodes || lo >= hi) {
      problem = `edge ${i} = [${lo}, ${hi}] is not [lo, hi] with 0 ≤ lo < hi < ${g.nodes}`;
    } else if (i > 0) {
      const [plo, phi] = g.edges[i - 1];
      if (!(plo < lo || (plo === lo && phi < hi))) problem = `edges ${i - 1} and ${i} are out of order or repeated`;
    }
  }
  expect(problem).toBeUndefined();
}

const specs: GraphSpec[] = [
  { kind: "er", nodes: 32, p: 0.2, seed: 1 },
  { kind: "ba", nodes: 32, m: 5, seed: 1 },
  { kind: "ws", nodes: 32, k: 4, p: 0.75, seed: 1 },
];

describe("determinism", () => {
  for (const spec of specs) {
    it(`${spec.kind}: the same seed gives the same graph`, () => {
      expect(generateGraph(spec)).toEqual(generateGraph({ ...spec }));
    });
    it(`${spec.kind}: different seeds give different graphs`, () => {
      const a = generateGraph(spec);
      const others = [2, 3, 4].map((seed) => generateGraph({ ...spec, seed }));
      for (const b of others) expect(b.edges).not.toEqual(a.edges);
    });
  }
});

describe("Watts–Strogatz", () => {
  it("p = 0 is the ring lattice (k = 2): a cycle, oriented low → high", () => {
    const g = generateGraph({ kind: "ws", nodes: 6, k: 2, p: 0, seed: 7 });
    expect(g).toEqual({ nodes: 6, edges: [[0, 1], [0, 5], [1, 2], [2, 3], [3, 4], [4, 5]] });
    expect(sources(g)).toEqual([0]);
    expect(sinks(g)).toEqual([5]);
  });

  it("p = 0, k = 4 links every pair at ring distance 1 or 2", () => {
    const g = generateGraph({ kind: "ws", nodes: 6, k: 4, p: 0, seed: 0 });
    // On a ring of 6, only the three antipodal pairs (distance 3) are missing.
    expect(g.edges).toEqual([
      [0, 1], [0, 2], [0, 4], [0, 5],
      [1, 2], [1, 3], [1, 5],
      [2, 3], [2, 4],
      [3, 4], [3, 5],
      [4, 5],
    ]);
  });

  it("has exactly nodes*k/2 edges for any p and seed", () => {
    for (const [nodes, k] of [[32, 4], [10, 8], [5, 2], [100, 6]]) {
      for (const p of [0, 0.1, 0.75, 1]) {
        for (let seed = 0; seed < 5; seed++) {
          const g = generateGraph({ kind: "ws", nodes, k, p, seed });
          expect(g.edges.length).toBe((nodes * k) / 2);
          isWellFormed(g);
        }
      }
    }
  });

  it("p > 0 actually rewires", () => {
    const lattice = generateGraph({ kind: "ws", nodes: 32, k: 4, p: 0, seed: 1 });
    const rewired = generateGraph({ kind: "ws", nodes: 32, k: 4, p: 0.75, seed: 1 });
    const key = (e: [number, number]) => `${e[0]}-${e[1]}`;
    const latticeSet = new Set(lattice.edges.map(key));
    const moved = rewired.edges.filter((e) => !latticeSet.has(key(e))).length;
    // 64 lattice edges each moved with probability 0.75: expect ~48; a handful would mean no rewiring.
    expect(moved).toBeGreaterThan(20);
  });
});

describe("Barabási–Albert", () => {
  it("has exactly (nodes-m)*m edges, and every node from m on has in-degree m", () => {
    for (const [nodes, m] of [[32, 5], [2, 1], [10, 9], [50, 1], [64, 3]]) {
      for (let seed = 0; seed < 5; seed++) {
        const g = generateGraph({ kind: "ba", nodes, m, seed });
        isWellFormed(g);
        expect(g.edges.length).toBe((nodes - m) * m);
        const expected = Array.from({ length: nodes }, (_, i) => (i < m ? 0 : m));
        expect(inDegrees(g)).toEqual(expected);
      }
    }
  });

  it("node m links to every initial node", () => {
    const g = generateGraph({ kind: "ba", nodes: 20, m: 3, seed: 9 });
    expect(g.edges.filter(([, hi]) => hi === 3)).toEqual([[0, 3], [1, 3], [2, 3]]);
  });

  it("m = 1 gives a tree: sources are just node 0", () => {
    const g = generateGraph({ kind: "ba", nodes: 40, m: 1, seed: 3 });
    expect(g.edges.length).toBe(39);
    expect(sources(g)).toEqual([0]);
  });

  it("prefers high-degree nodes (hubs form)", () => {
    // Under uniform attachment the max degree for n=500, m=1 is ~ ln n ≈ 6-10; BA grows hubs of degree ~ sqrt(n).
    let maxDeg = 0;
    for (let seed = 0; seed < 5; seed++) {
      const g = generateGraph({ kind: "ba", nodes: 500, m: 1, seed });
      const deg = inDegrees(g).map((d, i) => d + outDegrees(g)[i]);
      maxDeg = Math.max(maxDeg, ...deg);
    }
    expect(maxDeg).toBeGreaterThan(15);
  });
});

describe("Erdős–Rényi", () => {
  it("p = 0 is empty, p = 1 is complete", () => {
    expect(generateGraph({ kind: "er", nodes: 9, p: 0, seed: 1 }).edges).toEqual([]);
    const full = generateGraph({ kind: "er", nodes: 9, p: 1, seed: 1 });
    expect(full.edges.length).toBe(36);
    isWellFormed(full);
    expect(sources(full)).toEqual([0]);
    expect(sinks(full)).toEqual([8]);
  });

  it("averages about p*n(n-1)/2 edges over many seeds", () => {
    const n = 32;
    const p = 0.3;
    let total = 0;
    const runs = 200;
    for (let seed = 0; seed < runs; seed++) {
      const g = generateGraph({ kind: "er", nodes: n, p, seed });
      isWellFormed(g);
      total += g.edges.length;
    }
    const mean = total / runs;
    // expected 148.8; standard error of the mean ≈ sqrt(496·0.3·0.7)/sqrt(200) ≈ 0.72
    expect(Math.abs(mean - (p * n * (n - 1)) / 2)).toBeLessThan(4);
  });
});

describe("degree helpers", () => {
  it("count in/out degrees, sources and sinks on a hand-made DAG", () => {
    const g = { nodes: 5, edges: [[0, 2], [1, 2], [2, 3]] as [number, number][] };
    expect(inDegrees(g)).toEqual([0, 0, 2, 1, 0]);
    expect(outDegrees(g)).toEqual([1, 1, 1, 0, 0]);
    expect(sources(g)).toEqual([0, 1, 4]); // node 4 is isolated: both source and sink
    expect(sinks(g)).toEqual([3, 4]);
  });
});

describe("validateGraphSpec", () => {
  const bad: [GraphSpec, RegExp][] = [
    [{ kind: "er", nodes: 1, p: 0.5, seed: 0 }, /`nodes` must be an integer from 2 to 4096, got 1/],
    [{ kind: "er", nodes: 4097, p: 0.001, seed: 0 }, /`nodes`.*got 4097/],
    [{ kind: "er", nodes: 3.5, p: 0.5, seed: 0 }, /`nodes`.*got 3.5/],
    [{ kind: "er", nodes: 10, p: 1.5, seed: 0 }, /^er\(\) argument `p` must be a probability in \[0, 1\], got 1.5$/],
    [{ kind: "er", nodes: 10, p: -0.1, seed: 0 }, /`p`.*got -0.1/],
    [{ kind: "er", nodes: 10, p: NaN, seed: 0 }, /`p`.*got NaN/],
    [{ kind: "ba", nodes: 10, m: 0, seed: 0 }, /^ba\(\) argument `m` must be an integer with 1 ≤ m < nodes \(10\), got 0$/],
    [{ kind: "ba", nodes: 10, m: 10, seed: 0 }, /`m`.*got 10/],
    [{ kind: "ba", nodes: 10, m: 2.5, seed: 0 }, /`m`.*got 2.5/],
    [{ kind: "ws", nodes: 10, k: 3, p: 0.5, seed: 0 }, /^ws\(\) argument `k` must be even .*got 3$/],
    [{ kind: "ws", nodes: 10, k: 10, p: 0.5, seed: 0 }, /`k` must be an integer with 2 ≤ k < nodes \(10\), got 10/],
    [{ kind: "ws", nodes: 10, k: 0, p: 0.5, seed: 0 }, /`k`.*got 0/],
    [{ kind: "ws", nodes: 10, k: 4, p: 2, seed: 0 }, /`p`.*got 2/],
    [{ kind: "ws", nodes: 10, k: 4, p: 0.5, seed: -1 }, /`seed` must be an integer from 0 to 4294967295.*got -1/],
    [{ kind: "ba", nodes: 10, m: 2, seed: 2 ** 32 }, /`seed`.*got 4294967296/],
    [{ kind: "er", nodes: 10, p: 0.5, seed: 1.5 }, /`seed`.*got 1.5/],
  ];
  for (const [spec, msg] of bad) {
    it(`rejects ${JSON.stringify(spec)}`, () => {
      expect(validateGraphSpec(spec)).toMatch(msg);
      // Invalid specs still never throw and give a well-formed graph.
      isWellFormed(generateGraph(spec));
    });
  }

  it("accepts the boundaries", () => {
    expect(validateGraphSpec({ kind: "er", nodes: 2, p: 0, seed: 0 })).toBeUndefined();
    expect(validateGraphSpec({ kind: "er", nodes: 4096, p: 1, seed: 2 ** 32 - 1 })).toBeUndefined();
    expect(validateGraphSpec({ kind: "ba", nodes: 2, m: 1, seed: 0 })).toBeUndefined();
    expect(validateGraphSpec({ kind: "ws", nodes: 3, k: 2, p: 1, seed: 0 })).toBeUndefined();
    expect(validateGraphSpec({ kind: "ws", nodes: 32, k: 4, p: 0.75, seed: 1 })).toBeUndefined();
  });
});

describe("largest graphs", () => {
  it("a dense WS stays fast (rewiring must not fall back to slow rejection sampling)", () => {
    // k = n − 2 leaves each node one free partner: plain rejection sampling costs ~n draws per
    // rewiring, O(n³) in all (it took 445 s at n = 4096); the bit-row scan takes seconds.
    const t0 = performance.now();
    const g = generateGraph({ kind: "ws", nodes: 2048, k: 2046, p: 0.5, seed: 1 });
    expect(g.edges.length).toBe((2048 * 2046) / 2);
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);
});

describe("properties over random valid specs", () => {
  const specArb: fc.Arbitrary<GraphSpec> = fc.oneof(
    fc.record({
      kind: fc.constant("er" as const),
      nodes: fc.integer({ min: 2, max: 60 }),
      p: fc.double({ min: 0, max: 1, noNaN: true }),
      seed: fc.nat({ max: 2 ** 32 - 1 }),
    }),
    fc.integer({ min: 2, max: 60 }).chain((nodes) =>
      fc.record({
        kind: fc.constant("ba" as const),
        nodes: fc.constant(nodes),
        m: fc.integer({ min: 1, max: nodes - 1 }),
        seed: fc.nat({ max: 2 ** 32 - 1 }),
      }),
    ),
    fc.integer({ min: 3, max: 60 }).chain((nodes) =>
      fc.record({
        kind: fc.constant("ws" as const),
        nodes: fc.constant(nodes),
        k: fc.integer({ min: 1, max: Math.floor((nodes - 1) / 2) }).map((h) => 2 * h),
        p: fc.double({ min: 0, max: 1, noNaN: true }),
        seed: fc.nat({ max: 2 ** 32 - 1 }),
      }),
    ),
  );

  it("valid, well-formed, deterministic, with the family's edge count", () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        expect(validateGraphSpec(spec)).toBeUndefined();
        const g = generateGraph(spec);
        expect(g.nodes).toBe(spec.nodes);
        isWellFormed(g);
        expect(generateGraph(spec)).toEqual(g);
        if (spec.kind === "ws") expect(g.edges.length).toBe((spec.nodes * spec.k) / 2);
        if (spec.kind === "ba") expect(g.edges.length).toBe((spec.nodes - spec.m) * spec.m);
        if (spec.kind === "er") expect(g.edges.length).toBeLessThanOrEqual((spec.nodes * (spec.nodes - 1)) / 2);
      }),
      { numRuns: 300 },
    );
  });
});

describe("mulberry32", () => {
  it("yields floats in [0, 1) with a roughly uniform mean", () => {
    const rng = mulberry32(12345);
    let sum = 0;
    for (let i = 0; i < 10000; i++) {
      const x = rng();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    // mean of 10^4 uniforms: 0.5 ± 0.0029 (one standard error)
    expect(Math.abs(sum / 10000 - 0.5)).toBeLessThan(0.02);
  });
});
