// Accuracy of the WASM math helpers against the interpreter's f64 definitions, on dense
// seeded sweeps. The bounds are a few f32 ulps (2^-23 ≈ 1.19e-7), far inside the 1e-4
// tolerance of the op tests, so a broken polynomial or range reduction shows up here first.
import { describe, expect, it } from "vitest";
import { mathHelpers } from "../../compiler/backend-wasm/math.ts";
import { buildModule } from "../../compiler/backend-wasm/module.ts";
import { F32_BINARY, F32_UNARY } from "../../compiler/ir/scalar.ts";
import { rng } from "./harness.ts";

const UNARY = ["exp", "log", "tanh", "sigmoid", "erf", "sin", "cos"] as const;
type Fns = Record<string, (...a: number[]) => number>;

async function helpers(): Promise<Fns> {
  const wat = `(module (memory 1)
${mathHelpers()}
${UNARY.map((u) => `(func (export "${u}") (param $x f32) (result f32) (call $${u}_f32 (local.get $x)))`).join("\n")}
(func (export "pow") (param $a f32) (param $b f32) (result f32) (call $pow_f32 (local.get $a) (local.get $b))))`;
  const { wasm } = buildModule(wat);
  const inst = await WebAssembly.instantiate(await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>));
  return inst.exports as unknown as Fns;
}

/** Max relative error of `got` vs the f32-rounded reference over `xs` (tiny references skipped). */
function maxRel(xs: number[], got: (x: number) => number, want: (x: number) => number): { err: number; at: number } {
  let err = 0;
  let at = NaN;
  for (const x of xs) {
    const w = Math.fround(want(x));
    if (Math.abs(w) < 1e-30) continue;
    const e = Math.abs(got(x) - w) / Math.abs(w);
    if (e > err) [err, at] = [e, x];
  }
  return { err, at };
}

describe("math helpers", () => {
  const ranges: Record<(typeof UNARY)[number], [number, number, number]> = {
    exp: [-103, 88.7, 3e-7], log: [0, 1e6, 3e-7], tanh: [-10, 10, 3e-7], sigmoid: [-80, 80, 3e-7],
    erf: [-4, 4, 3e-7], sin: [-100, 100, 1.2e-7], cos: [-100, 100, 1.2e-7],
  };
  for (const u of UNARY) {
    it(`${u} stays within a few ulps`, async () => {
      const fns = await helpers();
      const [lo, hi, bound] = ranges[u];
      const r = rng(u.length);
      const xs = Array.from({ length: 200000 }, () => Math.fround(lo + r() * (hi - lo)));
      const { err, at } = maxRel(xs, fns[u], F32_UNARY[u]!);
      expect(err, `${u}: max rel ${err.toExponential(3)} at ${at}`).toBeLessThanOrEqual(bound);
    });
  }
  it("log is right on every binade, subnormals included", async () => {
    const fns = await helpers();
    const r = rng(11);
    const xs: number[] = [];
    for (let e = -149; e < 128; e++) for (let k = 0; k < 200; k++) xs.push(Math.fround(2 ** e * (1 + r())));
    expect(maxRel(xs.filter(Number.isFinite), fns.log, Math.log).err).toBeLessThanOrEqual(3e-7);
  });
  it("sin and cos are right for huge arguments (Payne–Hanek reduction)", async () => {
    const fns = await helpers();
    const r = rng(12);
    const xs = Array.from({ length: 50000 }, () => Math.fround((r() < 0.5 ? -1 : 1) * 10 ** (r() * 38.5)));
    expect(maxRel(xs, fns.sin, Math.sin).err).toBeLessThanOrEqual(1.2e-7);
    expect(maxRel(xs, fns.cos, Math.cos).err).toBeLessThanOrEqual(1.2e-7);
    expect(fns.sin(Infinity)).toBeNaN();
    expect(fns.cos(NaN)).toBeNaN();
  });
  it("pow is right for positive bases over a wide exponent range", async () => {
    const fns = await helpers();
    const r = rng(13);
    let err = 0;
    for (let i = 0; i < 100000; i++) {
      const [a, b] = [Math.fround(r() * 20), Math.fround(r() * 40 - 20)];
      const w = Math.fround(F32_BINARY.pow!(a, b));
      if (w === 0 || !Number.isFinite(w) || Math.abs(w) < 1e-37) continue;
      err = Math.max(err, Math.abs(fns.pow(a, b) - w) / Math.abs(w));
    }
    expect(err).toBeLessThanOrEqual(1.2e-7);
  });
});
