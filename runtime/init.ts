// Parameter initializers (spec/builtins.md, "Initializers"), evaluated with the seeded PRNG of
// prng.ts so a (seed, parameter name) pair gives the same f32 values everywhere.
//
// Conventions, chosen and fixed here:
//   - Elements are drawn in row-major order, one draw per element (normals: the polar method
//     yields two per rejection loop; the second is used for the next element).
//   - Every "normal" initializer is a plain normal, NOT Keras's truncated normal: he_normal is
//     N(0, 2/fan_in) exactly as the spec states, without the 0.8796 truncation correction.
//   - Uniform initializers draw from [low, high) in f32: a value that rounds up to `high` when
//     converted to f32 is redrawn, so the bound is never produced.
//   - Fans (fan_in, fan_out) by rank:
//       rank 0 (scalar): 1, 1
//       rank 1 [n]: n, n (spec)
//       rank 2 [in, out]: in, out (spec; dlc's Linear stores w as [in, out])
//       rank 3 [k, in, out]: in·k, out·k (Keras: receptive field = all but the last two dims)
//       rank 4 [O, I, KH, KW]: I·KH·KW, O·KH·KW (spec; conv2d weights are OIHW)
//       rank ≥ 5 [O, I, ...k]: I·Πk, O·Πk (the OIHW rule, extended to more spatial dims)

import type { Init } from "../compiler/ir/ir.ts";
import { DlcError } from "./errors.ts";
import type { Rng } from "./prng.ts";
import { rngFor } from "./prng.ts";

/** Upper bound on elements of one initialized tensor: 2^30 f32 values is 4 GiB. */
export const MAX_INIT_ELEMENTS = 2 ** 30;

export interface Fans {
  fanIn: number;
  fanOut: number;
}

export function computeFans(shape: readonly number[]): Fans {
  switch (shape.length) {
    case 0:
      return { fanIn: 1, fanOut: 1 };
    case 1:
      return { fanIn: shape[0]!, fanOut: shape[0]! };
    case 2:
      return { fanIn: shape[0]!, fanOut: shape[1]! };
    case 3:
      return { fanIn: shape[1]! * shape[0]!, fanOut: shape[2]! * shape[0]! };
    default: {
      const receptive = shape.slice(2).reduce((a, b) => a * b, 1);
      return { fanIn: shape[1]! * receptive, fanOut: shape[0]! * receptive };
    }
  }
}

function elementCount(shape: readonly number[], what: string): number {
  let n = 1;
  for (const d of shape) {
    if (!Number.isSafeInteger(d) || d < 0) {
      throw new DlcError("init/bad-shape", `${what}: shape [${shape.join(", ")}] has a dimension that is not a non-negative integer`);
    }
    n *= d;
  }
  if (shape.includes(0)) return 0;
  if (n > MAX_INIT_ELEMENTS) {
    throw new DlcError("init/too-large", `${what}: shape [${shape.join(", ")}] has more than ${MAX_INIT_ELEMENTS} elements`);
  }
  return n;
}

function checkFinite(what: string, name: string, v: number): void {
  if (!Number.isFinite(v)) throw new DlcError("init/bad-args", `${what}: ${name} must be a finite number, got ${v}`);
}

/**
 * Values of a parameter of `shape` under `init`, drawing from `rng` (which the caller makes
 * with rngFor(seed, paramName) so each parameter has its own stream). `what` names the
 * parameter in errors.
 */
export function initialize(init: Init, shape: readonly number[], rng: Rng, what = "initializer"): Float32Array {
  const n = elementCount(shape, what);
  const out = new Float32Array(n);
  if (n === 0) return out;
  const { fanIn, fanOut } = computeFans(shape);
  switch (init.kind) {
    case "zeros":
      return out;
    case "ones":
      return out.fill(1);
    case "constant":
      checkFinite(what, "constant value", init.value);
      return out.fill(init.value);
    case "normal":
      checkFinite(what, "mean", init.mean);
      checkFinite(what, "std", init.std);
      if (init.std < 0) throw new DlcError("init/bad-args", `${what}: normal std must be ≥ 0, got ${init.std}`);
      return fillNormal(out, rng, init.mean, init.std);
    case "uniform":
      checkFinite(what, "low", init.low);
      checkFinite(what, "high", init.high);
      if (!(init.low < init.high)) {
        throw new DlcError("init/bad-args", `${what}: uniform needs low < high, got low ${init.low}, high ${init.high}`);
      }
      return fillUniform(out, rng, init.low, init.high);
    case "glorot_uniform": {
      const a = Math.sqrt(6 / (fanIn + fanOut));
      return fillUniform(out, rng, -a, a);
    }
    case "he_uniform": {
      const a = Math.sqrt(6 / fanIn);
      return fillUniform(out, rng, -a, a);
    }
    case "glorot_normal":
      return fillNormal(out, rng, 0, Math.sqrt(2 / (fanIn + fanOut)));
    case "he_normal":
      return fillNormal(out, rng, 0, Math.sqrt(2 / fanIn));
    case "lecun_normal":
      return fillNormal(out, rng, 0, Math.sqrt(1 / fanIn));
    default: {
      const unknown: never = init;
      throw new DlcError("init/unknown", `${what}: unknown initializer ${JSON.stringify(unknown)}`);
    }
  }
}

/** initialize() with the parameter's own stream: the usual way to create a weight. */
export function initializeParam(init: Init, shape: readonly number[], seed: number, paramName: string): Float32Array {
  return initialize(init, shape, rngFor(seed, paramName), `parameter "${paramName}"`);
}

function fillUniform(out: Float32Array, rng: Rng, low: number, high: number): Float32Array {
  const width = high - low;
  const highF = Math.fround(high);
  for (let i = 0; i < out.length; i++) {
    let v: number;
    do v = Math.fround(low + width * rng.uniform());
    while (v >= highF && highF > Math.fround(low));
    out[i] = v;
  }
  return out;
}

function fillNormal(out: Float32Array, rng: Rng, mean: number, std: number): Float32Array {
  for (let i = 0; i < out.length; i++) out[i] = mean + std * rng.normal();
  return out;
}
