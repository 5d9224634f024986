// The PRNG against independent references: the expected numbers below were printed by a C
// program built from Appleby's MurmurHash3.cpp and Vigna's xoshiro128starstar.c (gcc, glibc
// log/sqrt for the normals), not by this code.
import { describe, expect, it } from "vitest";
import { DlcError } from "../../runtime/errors.ts";
import { exactLog, murmur3x86_128, Rng, rngFor, seedFor } from "../../runtime/prng.ts";

const enc = new TextEncoder();
const KEYS = ["", "a", "h1.w", "blocks.0.ln.gamma", "0123456789abcdef", "0123456789abcdefXYZ", "layer.été.w_long_name_for_two_blocks!"];

describe("MurmurHash3_x86_128", () => {
  // [key index, seed, h1..h4] from the C reference.
  const expected: [number, number, number[]][] = [
    [0, 0, [0, 0, 0, 0]],
    [0, 42, [2943167670, 2512915642, 2512915642, 2512915642]],
    [1, 4294967295, [2025596081, 2431692552, 2431692552, 2431692552]],
    [2, 42, [2851752074, 3468421170, 3468421170, 3468421170]],
    [3, 0, [1842179069, 3986842586, 173251764, 1984427936]],
    [3, 42, [4048246363, 1092558653, 776511436, 3752092304]],
    [4, 42, [2019717546, 875349137, 438902604, 3899739593]],
    [5, 4294967295, [2133815728, 1898841082, 1503716882, 1717367593]],
    [6, 0, [917556918, 877351119, 1670906261, 3316434064]],
    [6, 42, [2177523521, 969106991, 301098414, 3844597215]],
  ];
  it.each(expected)("key %i, seed %i", (k, seed, words) => {
    expect(murmur3x86_128(enc.encode(KEYS[k]!), seed)).toEqual(words);
  });
});

describe("xoshiro128** and seeding", () => {
  it("matches the reference from state 1, 2, 3, 4", () => {
    const r = new Rng([1, 2, 3, 4]);
    const out = Array.from({ length: 8 }, () => r.nextU32());
    expect(out).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849]);
  });

  it("derives the documented per-parameter state", () => {
    expect(seedFor(42, "h1.w")).toEqual([2028729355, 3300084364, 3016388926, 1295038050]);
    const r = rngFor(42, "h1.w");
    expect([r.nextU32(), r.nextU32(), r.nextU32(), r.nextU32()]).toEqual([3255652803, 1732363222, 1660042576, 3913932499]);
  });

  it("uniform() is bit-identical to the reference", () => {
    const r = rngFor(7, "blocks.0.ln.gamma");
    const got = [r.uniform(), r.uniform(), r.uniform(), r.uniform()];
    expect(got).toEqual([0.33040881771201336, 0.59885184311335482, 0.84465263181026995, 0.60294313398134813]);
  });

  it("normal() agrees with the polar method computed with glibc's log", () => {
    const r = rngFor(7, "conv.w");
    const ref = [0.14189321054760254, -1.0392887077111757, -0.62985997673276739, -0.18806120797715228, 0.18036622742449998, -0.25487292274952617];
    for (const want of ref) expect(Math.abs(r.normal() - want)).toBeLessThan(1e-14);
  });

  it("seeds are integers taken modulo 2^32", () => {
    expect(seedFor(-1, "x")).toEqual(seedFor(2 ** 32 - 1, "x"));
    expect(seedFor(2 ** 32 + 5, "x")).toEqual(seedFor(5, "x"));
    expect(() => seedFor(1.5, "x")).toThrow(DlcError);
    expect(() => new Rng([0, 0, 0, 0])).toThrow(DlcError);
  });

  it("short names do not give patterned states (Murmur3 repeats h2 = h3 = h4 for them)", () => {
    const [, b, c, d] = seedFor(0, "w");
    expect(new Set([b, c, d]).size).toBe(3);
  });

  it("different names and seeds give different streams", () => {
    const states = new Set<string>();
    for (let layer = 0; layer < 200; layer++) {
      for (const p of ["w", "b", "gamma", "beta", "ln.gamma"]) states.add(seedFor(1, `blocks.${layer}.${p}`).join(","));
    }
    expect(states.size).toBe(1000);
    expect(seedFor(1, "h1.w")).not.toEqual(seedFor(2, "h1.w"));
  });

  it("uniform() covers [0, 1) evenly", () => {
    const r = Rng.fromSeed(3);
    const bins = new Array(10).fill(0);
    const n = 100_000;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      else bins[Math.floor(u * 10)]++;
    }
    expect(outside).toBe(0);
    // Each bin: mean 10,000, sd ≈ 95; 6 sd either way.
    for (const b of bins) expect(Math.abs(b - n / 10)).toBeLessThan(570);
  });
});

describe("exactLog", () => {
  it("is within a few ulp of Math.log across magnitudes", () => {
    const r = Rng.fromSeed(11);
    const xs = [1, 2, 0.5, Math.SQRT2, Math.SQRT1_2, 1 + 2 ** -52, 1 - 2 ** -53, 5e-324, 1e-300, 2 ** -1074 * 3, 1e300, Number.MAX_VALUE];
    for (let i = 0; i < 20_000; i++) xs.push(r.uniform() * 2 ** (Math.floor(r.uniform() * 200) - 100));
    for (const x of xs) {
      if (x === 0) continue;
      const want = Math.log(x);
      const tol = Math.abs(want) * 4 * Number.EPSILON;
      expect(Math.abs(exactLog(x) - want), `log(${x})`).toBeLessThanOrEqual(tol);
    }
    expect(exactLog(1)).toBe(0);
    expect(exactLog(0)).toBe(-Infinity);
    expect(exactLog(-1)).toBeNaN();
    expect(exactLog(Infinity)).toBe(Infinity);
  });
});
