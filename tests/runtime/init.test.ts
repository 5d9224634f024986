// Initializers: exact values for the constant ones; for the random ones, the moments and bounds
// the spec gives (spec/builtins.md, "Initializers") on large shapes, plus determinism per
// (seed, name). Tolerances are several standard errors wide, derived in the comments.
import { describe, expect, it } from "vitest";
import type { Init } from "../../compiler/ir/ir.ts";
import { DlcError } from "../../runtime/errors.ts";
import { computeFans, initialize, initializeParam } from "../../runtime/init.ts";
import { Rng, rngFor } from "../../runtime/prng.ts";

function moments(a: Float32Array): { mean: number; variance: number; min: number; max: number } {
  let sum = 0, min = Infinity, max = -Infinity;
  for (const v of a) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / a.length;
  let sq = 0;
  for (const v of a) sq += (v - mean) ** 2;
  return { mean, variance: sq / a.length, min, max };
}

/** |mean − μ| within 6 standard errors, variance within 6 of its standard errors (normal: σ²·√(2/n)). */
function expectNormal(a: Float32Array, mu: number, sigma: number): void {
  const n = a.length;
  const m = moments(a);
  expect(Math.abs(m.mean - mu)).toBeLessThan((6 * sigma) / Math.sqrt(n));
  expect(Math.abs(m.variance - sigma ** 2)).toBeLessThan(6 * sigma ** 2 * Math.sqrt(2 / n));
  // Plain, not truncated: about 4.55% of draws lie beyond 2σ (a truncated normal has none).
  let beyond = 0;
  for (const v of a) if (Math.abs(v - mu) > 2 * sigma) beyond++;
  expect(Math.abs(beyond / n - 0.0455)).toBeLessThan(6 * Math.sqrt((0.0455 * 0.9545) / n));
}

/** Within [−a, a); variance a²/3 (uniform: var of sample var ≈ (μ4 − σ⁴)/n = (4/45)a⁴/n). */
function expectUniform(a: Float32Array, low: number, high: number): void {
  const n = a.length;
  const m = moments(a);
  expect(m.min).toBeGreaterThanOrEqual(Math.fround(low));
  expect(m.max).toBeLessThan(Math.fround(high));
  // The draws reach close to both ends, so the bound really is the one computed.
  const width = high - low;
  expect(m.min).toBeLessThan(low + width * 0.001);
  expect(m.max).toBeGreaterThan(high - width * 0.001);
  const h = width / 2;
  expect(Math.abs(m.mean - (low + high) / 2)).toBeLessThan((6 * h) / Math.sqrt(3 * n));
  expect(Math.abs(m.variance - width ** 2 / 12)).toBeLessThan(6 * Math.sqrt((4 / 45) * h ** 4 / n));
}

describe("fans", () => {
  it("follow the spec for ranks 1, 2, 4, Keras for rank 3, and the OIHW rule beyond", () => {
    expect(computeFans([])).toEqual({ fanIn: 1, fanOut: 1 });
    expect(computeFans([300])).toEqual({ fanIn: 300, fanOut: 300 });
    expect(computeFans([784, 300])).toEqual({ fanIn: 784, fanOut: 300 });
    expect(computeFans([3, 64, 128])).toEqual({ fanIn: 192, fanOut: 384 });
    expect(computeFans([32, 16, 3, 5])).toEqual({ fanIn: 16 * 15, fanOut: 32 * 15 });
    expect(computeFans([8, 4, 2, 3, 5])).toEqual({ fanIn: 4 * 30, fanOut: 8 * 30 });
  });
});

describe("constant initializers", () => {
  const rng = () => Rng.fromSeed(0);
  it("zeros, ones, constant", () => {
    expect([...initialize({ kind: "zeros" }, [2, 3], rng())]).toEqual([0, 0, 0, 0, 0, 0]);
    expect([...initialize({ kind: "ones" }, [4], rng())]).toEqual([1, 1, 1, 1]);
    expect([...initialize({ kind: "constant", value: 0.1 }, [], rng())]).toEqual([Math.fround(0.1)]);
    expect(initialize({ kind: "glorot_uniform" }, [0, 5], rng()).length).toBe(0);
  });
});

describe("random initializers: statistics", () => {
  it("uniform(low, high)", () => {
    expectUniform(initialize({ kind: "uniform", low: -0.05, high: 0.05 }, [400, 500], rngFor(1, "u")), -0.05, 0.05);
    expectUniform(initialize({ kind: "uniform", low: 2, high: 3 }, [100_000], rngFor(1, "u2")), 2, 3);
  });

  it("glorot_uniform: a = √(6/(fan_in + fan_out)), ranks 2 and 3", () => {
    const a = Math.sqrt(6 / (784 + 300));
    expectUniform(initialize({ kind: "glorot_uniform" }, [784, 300], rngFor(1, "h1.w")), -a, a);
    const a3 = Math.sqrt(6 / (192 + 384));
    expectUniform(initialize({ kind: "glorot_uniform" }, [3, 64, 128], rngFor(1, "conv1d.w")), -a3, a3);
  });

  it("he_uniform: a = √(6/fan_in), conv OIHW", () => {
    const a = Math.sqrt(6 / (32 * 3 * 3));
    expectUniform(initialize({ kind: "he_uniform" }, [64, 32, 3, 3], rngFor(1, "conv.w")), -a, a);
  });

  it("normal(mean, std)", () => {
    expectNormal(initialize({ kind: "normal", mean: 1, std: 0.5 }, [200_000], rngFor(2, "n")), 1, 0.5);
  });

  it("glorot_normal, he_normal, lecun_normal: plain normals with the spec's variances", () => {
    expectNormal(initialize({ kind: "glorot_normal" }, [784, 300], rngFor(3, "a")), 0, Math.sqrt(2 / 1084));
    expectNormal(initialize({ kind: "he_normal" }, [64, 64, 3, 3], rngFor(3, "b")), 0, Math.sqrt(2 / 576));
    expectNormal(initialize({ kind: "lecun_normal" }, [100_000], rngFor(3, "c")), 0, Math.sqrt(1 / 100_000));
  });
});

describe("determinism", () => {
  const kinds: Init[] = [{ kind: "glorot_uniform" }, { kind: "he_normal" }, { kind: "normal", mean: 0, std: 0.02 }, { kind: "uniform", low: -1, high: 1 }];
  it.each(kinds)("$kind: same (seed, name) → same bits; other seed or name → other values", (init) => {
    const a = initializeParam(init, [30, 20], 42, "blocks.0.fc.w");
    expect(initializeParam(init, [30, 20], 42, "blocks.0.fc.w")).toEqual(a);
    const other = (x: Float32Array) => x.some((v, i) => v !== a[i]);
    expect(other(initializeParam(init, [30, 20], 43, "blocks.0.fc.w"))).toBe(true);
    expect(other(initializeParam(init, [30, 20], 42, "blocks.1.fc.w"))).toBe(true);
  });

  it("a parameter's values do not depend on which others were initialized before it", () => {
    const alone = initializeParam({ kind: "he_normal" }, [10, 10], 7, "h2.w");
    initializeParam({ kind: "he_normal" }, [300, 10], 7, "h1.w");
    initializeParam({ kind: "glorot_uniform" }, [5], 7, "new.param");
    expect(initializeParam({ kind: "he_normal" }, [10, 10], 7, "h2.w")).toEqual(alone);
  });

  it("pins the first values for seed 0 so a change of algorithm cannot pass unnoticed", () => {
    // uniform(): the first value of rngFor(0, "w") is (a·2^26 + b)/2^53 from its first two u32s.
    const r = rngFor(0, "w");
    const u = ((r.nextU32() >>> 5) * 2 ** 26 + (r.nextU32() >>> 6)) / 2 ** 53;
    const v = initialize({ kind: "uniform", low: -1, high: 1 }, [1], rngFor(0, "w"));
    expect(v[0]).toBe(Math.fround(-1 + 2 * u));
  });
});

describe("bad arguments", () => {
  const r = () => Rng.fromSeed(0);
  it("rejects bad shapes and parameters with DlcError", () => {
    const codes = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(DlcError);
        return (e as DlcError).code;
      }
      return "none";
    };
    expect(codes(() => initialize({ kind: "zeros" }, [-1], r()))).toBe("init/bad-shape");
    expect(codes(() => initialize({ kind: "zeros" }, [2 ** 20, 2 ** 20], r()))).toBe("init/too-large");
    expect(codes(() => initialize({ kind: "normal", mean: 0, std: -1 }, [2], r()))).toBe("init/bad-args");
    expect(codes(() => initialize({ kind: "uniform", low: 1, high: 1 }, [2], r()))).toBe("init/bad-args");
    expect(codes(() => initialize({ kind: "constant", value: NaN }, [2], r()))).toBe("init/bad-args");
    expect(codes(() => initializeParam({ kind: "bogus" } as unknown as Init, [2], 0, "p"))).toBe("init/unknown");
  });
});
