// Constants the checker folds lower to the same value (one folder, compiler/ir/scalar.ts):
// `erf(0.5)` used to check clean and then fail with E0901 because lowering kept its own
// list of folds without erf, and `2 ** -1` lowered to an int 0.5. Each case is a model
// `y = x * (EXPR)`; the const node must hold the value computed here independently, and the
// interpreter must multiply by its f32 rounding.
import { describe, expect, it } from "vitest";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { tensorOf } from "../../runtime/interp/tensor.ts";
import { lowerSource } from "./helpers.ts";

const model = (expr: string) => `model M {\n  input x: f32[B, 2]\n  output y = x * (${expr})\n}\n`;

/** EXPR, and its value computed by hand (f64) — not by any function of the compiler. */
const CASES: [string, number][] = [
  ["erf(0.5)", 0.5204998778130465], // erf(1/2), from the series Σ (−1)ⁿ x^{2n+1} / (n!(2n+1)) · 2/√π to 17 digits
  ["sqrt(2.0)", Math.SQRT2],
  ["sqrt(4)", 2], // an int given to an f32-only op is a float
  ["exp(1.0)", Math.E],
  ["log(exp(2.0))", 2],
  ["tanh(0.5)", (Math.E - 1) / (Math.E + 1)], // (e^{2x} − 1)/(e^{2x} + 1) at x = 1/2
  ["sigmoid(0.0)", 0.5],
  ["rsqrt(4.0)", 0.5],
  ["floor(-1.5) + ceil(1.25)", 0],
  ["abs(-3)", 3],
  ["2 ** -1", 0.5], // a negative exponent makes a float
  ["2 ** 10", 1024],
  ["7 % -3", -2], // floor modulo takes the divisor's sign
  ["-7.5 % 2.0", 0.5],
  ["12 / 4 - 1", 2],
  ["1.0 / 4", 0.25],
  ["maximum(2, 3.5)", 3.5],
  ["minimum(-1, 2)", -1],
  ["pow(3, 2)", 9],
  ["float(3) / 2", 1.5],
  ["-(2 ** 3)", -8],
  ["sin(0.0) + cos(0.0)", 1],
];

describe("a constant the checker folds lowers, folded the same way", () => {
  it.each(CASES)("%s", async (expr, value) => {
    const { checked, lowered } = await lowerSource(model(expr), "M", { batch: 2 });
    expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(lowered.diagnostics).toEqual([]);
    expect(hasErrors(lowered.diagnostics)).toBe(false);
    const g = lowered.graph!;
    const consts = g.nodes.filter((n) => n.attrs.op === "const");
    expect(consts).toHaveLength(1);
    const c = consts[0].attrs as { value: number[] };
    expect(consts[0].dtype).toBe("f32");
    // Within an ulp of f64 (erf's series and e^x differ from the literal only there) and, once
    // stored, exactly the f32 of the value.
    expect(c.value[0]).toBeCloseTo(value, 15);
    expect(Math.fround(c.value[0])).toBe(Math.fround(value));
    const x = tensorOf("f32", [2, 2], [0.75, -3, 1.25, 10]);
    const y = interpret(g, new Map([["x", x]]), new Map()).get("y")!;
    expect(Array.from(y.data)).toEqual(Array.from(x.data, (v) => Math.fround(v * Math.fround(value))));
  });
});

describe("an int the checker folds stays an int in lowering", () => {
  // Used as a shape, a fold that lowering made a float would fail with E0901 ("must be a
  // compile-time int"): abs of an int is an int, as the checker says.
  it.each([
    ["abs(-2)", 2],
    ["maximum(1, 2)", 2],
    ["2 ** 1", 2],
    ["-(-2)", 2],
    ["5 % 3", 2],
    ["6 / 3", 2],
  ])("reshape(x, [B, %s, 1])", async (expr, dim) => {
    const { checked, lowered } = await lowerSource(`model M {\n  input x: f32[B, 2]\n  output y = reshape(x, [B, ${expr}, 1])\n}\n`, "M", { batch: 3 });
    expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(lowered.diagnostics).toEqual([]);
    const g = lowered.graph!;
    expect(g.nodes[g.outputs[0].node].shape).toEqual([3, dim, 1]);
  });
});
