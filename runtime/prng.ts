// A seeded PRNG whose output is bit-identical on every machine and JS engine, so that
// "seed 42" means the same initial weights in Node, in a browser and in a Python re-implementation.
//
// Algorithm (dlc-rng-v1), fully specified so it can be re-implemented elsewhere:
//   - Stream state: four u32 words s0..s3, stepped by xoshiro128** (Blackman & Vigna 2018,
//     https://prng.di.unimi.it/xoshiro128starstar.c): output rotl(s1·5, 7)·9.
//   - Per-parameter state: h1..h4 = MurmurHash3_x86_128(UTF-8(name), seed mod 2^32) (Appleby's
//     reference function), then s_i = fmix32(h_i + i·0x9e3779b9 mod 2^32) for i = 1..4 (fmix32 is
//     Murmur3's finalizer). The extra mix matters: for names of ≤ 4 bytes Murmur3 returns
//     h2 = h3 = h4, a patterned state xoshiro should not start from. A parameter's values depend
//     only on the global seed and its own dotted name, so adding or renaming one parameter never
//     changes another's. An all-zero state (probability 2^-128) is replaced by a fixed constant.
//   - uniform(): 53 random bits → [0, 1): a = next() >>> 5, b = next() >>> 6, (a·2^26 + b) / 2^53.
//   - normal(): Marsaglia's polar method on u, v = 2·uniform() − 1 (rejecting s = u²+v² ∉ (0, 1)),
//     returning u·f then, on the next call, v·f, with f = sqrt(−2·ln(s)/s).
// Math.log and Math.cos are not required to be correctly rounded, and engines differ in the last
// bit; the polar method needs no cos, and ln is computed below with + − × ÷ only, which IEEE 754
// (and ECMAScript, which forbids fused multiply-add) makes exact to the bit everywhere. sqrt is
// correctly rounded by IEEE 754.

import { DlcError } from "./errors.ts";

export type RngState = readonly [number, number, number, number];

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

function rotl(x: number, r: number): number {
  return ((x << r) | (x >>> (32 - r))) >>> 0;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MurmurHash3_x86_128 as in Appleby's reference, returning h1..h4. */
export function murmur3x86_128(data: Uint8Array, seed: number): RngState {
  const len = data.length;
  const nblocks = len >>> 4;
  let h1 = seed >>> 0, h2 = seed >>> 0, h3 = seed >>> 0, h4 = seed >>> 0;
  const word = (i: number): number => (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0;
  for (let b = 0; b < nblocks; b++) {
    const at = b * 16;
    let k1 = word(at), k2 = word(at + 4), k3 = word(at + 8), k4 = word(at + 12);
    k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2); h1 ^= k1;
    h1 = rotl(h1, 19); h1 = (h1 + h2) >>> 0; h1 = (Math.imul(h1, 5) + 0x561ccd1b) >>> 0;
    k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3); h2 ^= k2;
    h2 = rotl(h2, 17); h2 = (h2 + h3) >>> 0; h2 = (Math.imul(h2, 5) + 0x0bcaa747) >>> 0;
    k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4); h3 ^= k3;
    h3 = rotl(h3, 15); h3 = (h3 + h4) >>> 0; h3 = (Math.imul(h3, 5) + 0x96cd1c35) >>> 0;
    k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1); h4 ^= k4;
    h4 = rotl(h4, 13); h4 = (h4 + h1) >>> 0; h4 = (Math.imul(h4, 5) + 0x32ac3b17) >>> 0;
  }
  // Tail: the reference's fall-through switch, lane by lane.
  const tail = nblocks * 16;
  const rest = len & 15;
  const lane = (from: number, to: number): number => {
    let k = 0;
    for (let i = Math.min(to, rest) - 1; i >= from; i--) k ^= data[tail + i]! << (8 * (i - from));
    return k >>> 0;
  };
  if (rest > 12) h4 ^= Math.imul(rotl(Math.imul(lane(12, 16), C4), 18), C1);
  if (rest > 8) h3 ^= Math.imul(rotl(Math.imul(lane(8, 12), C3), 17), C4);
  if (rest > 4) h2 ^= Math.imul(rotl(Math.imul(lane(4, 8), C2), 16), C3);
  if (rest > 0) h1 ^= Math.imul(rotl(Math.imul(lane(0, 4), C1), 15), C2);

  h1 = (h1 ^ len) >>> 0; h2 = (h2 ^ len) >>> 0; h3 = (h3 ^ len) >>> 0; h4 = (h4 ^ len) >>> 0;
  h1 = (h1 + h2 + h3 + h4) >>> 0;
  h2 = (h2 + h1) >>> 0; h3 = (h3 + h1) >>> 0; h4 = (h4 + h1) >>> 0;
  h1 = fmix32(h1); h2 = fmix32(h2); h3 = fmix32(h3); h4 = fmix32(h4);
  h1 = (h1 + h2 + h3 + h4) >>> 0;
  h2 = (h2 + h1) >>> 0; h3 = (h3 + h1) >>> 0; h4 = (h4 + h1) >>> 0;
  return [h1, h2, h3, h4];
}

function checkSeed(seed: number): number {
  if (!Number.isInteger(seed)) throw new DlcError("seed/not-integer", `seed must be an integer, got ${seed}`);
  // Integers are taken modulo 2^32 (so -1 is 0xffffffff), like ECMAScript's ToUint32.
  return seed >>> 0;
}

/** The stream state for parameter `paramName` (dotted, e.g. "blocks.0.ln.gamma") under `seed`. */
export function seedFor(seed: number, paramName: string): RngState {
  const h = murmur3x86_128(new TextEncoder().encode(paramName), checkSeed(seed));
  const s = h.map((w, i) => fmix32((w + Math.imul(i + 1, 0x9e3779b9)) >>> 0)) as unknown as RngState;
  if ((s[0] | s[1] | s[2] | s[3]) === 0) return [0x9e3779b9, 0x243f6a88, 0xb7e15162, 0x85a308d3];
  return s;
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare: number | undefined = undefined;

  constructor(state: RngState) {
    [this.s0, this.s1, this.s2, this.s3] = state.map((w) => w >>> 0) as [number, number, number, number];
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) throw new DlcError("seed/zero-state", "xoshiro128** state must not be all zero");
  }

  /** A stream for a bare seed: the same as the stream of the parameter named "". */
  static fromSeed(seed: number): Rng {
    return new Rng(seedFor(seed, ""));
  }

  /** xoshiro128**: the next u32. */
  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.s1 << 9) >>> 0;
    this.s2 = (this.s2 ^ this.s0) >>> 0;
    this.s3 = (this.s3 ^ this.s1) >>> 0;
    this.s1 = (this.s1 ^ this.s2) >>> 0;
    this.s0 = (this.s0 ^ this.s3) >>> 0;
    this.s2 = (this.s2 ^ t) >>> 0;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform on [0, 1), 53-bit resolution. */
  uniform(): number {
    const a = this.nextU32() >>> 5;
    const b = this.nextU32() >>> 6;
    return (a * TWO_POW_26 + b) / TWO_POW_53;
  }

  /** Standard normal N(0, 1), by the polar method (see the header for why not Box–Muller's cos). */
  normal(): number {
    if (this.spare !== undefined) {
      const z = this.spare;
      this.spare = undefined;
      return z;
    }
    for (;;) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const f = Math.sqrt((-2 * exactLog(s)) / s);
      this.spare = v * f;
      return u * f;
    }
  }
}

/** Convenience: the stream of one parameter. */
export function rngFor(seed: number, paramName: string): Rng {
  return new Rng(seedFor(seed, paramName));
}

// Natural log from + − × ÷ only. x = m·2^e with m in [√½, √2] (scaling by powers of two is
// exact), ln m = 2·atanh(t) with t = (m−1)/(m+1), |t| ≤ 0.1716, by its odd series to t^27
// (the first dropped term is < 1e-21 relative), and e·ln 2 split as in fdlibm so e·LN2_HI is exact.
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const SQRT2 = 1.4142135623730951;
const ATANH_COEF = Array.from({ length: 13 }, (_, k) => 1 / (2 * k + 3)); // 1/3, 1/5, ..., 1/27

/** ln(x) for finite x > 0, identical to the bit on every IEEE-754 engine; within ~2 ulp of Math.log. */
export function exactLog(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? Infinity : NaN;
  let m = x;
  let e = 0;
  while (m < 2 ** -64) { m *= 2 ** 64; e -= 64; }
  while (m > 2 ** 64) { m /= 2 ** 64; e += 64; }
  while (m < 1) { m *= 2; e -= 1; }
  while (m >= 2) { m /= 2; e += 1; }
  if (m > SQRT2) { m /= 2; e += 1; }
  const t = (m - 1) / (m + 1);
  const t2 = t * t;
  let poly = 0;
  for (let k = ATANH_COEF.length - 1; k >= 0; k--) poly = ATANH_COEF[k]! + t2 * poly;
  const lnm = 2 * t + 2 * t * t2 * poly;
  return e * LN2_HI + (lnm + e * LN2_LO);
}
