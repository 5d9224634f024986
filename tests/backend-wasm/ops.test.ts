import { describe, expect, it } from "vitest";
import { compileWasm } from "../../compiler/backend-wasm/index.ts";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { defineOpCases } from "../backend-shared/op-cases.ts";
import { checkOp } from "./harness.ts";

defineOpCases(checkOp);

describe("vectorized kernels", () => {
  it("conv2d and wide pools use f32x4 in their kernels", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [1, 2, 8, 32]);
    const w = b.param("w", "f32", [3, 2, 3, 3], { kind: "zeros" });
    const g = b.finish({ m: b.maxPool2d(x, { size: 2 }), a: b.avgPool2d(x, { size: 3, stride: 1 }), c: b.conv2d(x, w, { padding: 1 }) });
    const compiled = compileWasm(g, { emitText: true });
    const text = compiled.text!;
    const body = (op: string): string => {
      const name = compiled.plan.kernels.find((k) => k.name.endsWith(`_${op}`))?.name;
      expect(name, op).toBeDefined();
      const start = text.indexOf(`\n (func $${name}`);
      expect(start).toBeGreaterThanOrEqual(0);
      return text.slice(start, text.indexOf("\n (func ", start + 1));
    };
    expect(body("max_pool2d")).toMatch(/f32x4\.max/);
    expect(body("max_pool2d")).toMatch(/i8x16\.shuffle/); // stride 2: even lanes of two loads
    expect(body("avg_pool2d")).toMatch(/f32x4\.add/);
    expect(body("conv2d")).toMatch(/f32x4\.mul/);
  });
});
