// A tiny seeded PRNG so that a graph generator's output depends on its seed alone — the same
// `.dl` file must yield the same network on every machine and every run, which Math.random
// cannot promise.

/** A source of uniform floats in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32 (Tommy Ettinger): 32 bits of state, passes the usual statistical batteries well
 * enough for sampling graphs, and is a few lines of integer arithmetic that behave the same in
 * every JS engine.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). The bias from flooring is below 2^-20 for n ≤ 4096. */
export function randInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}
