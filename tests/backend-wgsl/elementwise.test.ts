import { defineElementwiseCases } from "../backend-shared/elementwise-cases.ts";
import { checkOp, SPECIALS } from "./harness.ts";

defineElementwiseCases({
  checkOp,
  backendOutput: (ran, name) => ran.gpu.get(name)!,
  interpOutput: (ran, name) => ran.interp.get(name)!,
  // sin and cos reduce their argument in f32 (WGSL has no f64): accurate for |x| ≤ 8192 only.
  unarySpecials: (op) => (op === "sin" || op === "cos" ? [...SPECIALS.filter((v) => !(Math.abs(v) > 8192)), 8191.5, -4000.25] : undefined),
  // A subnormal divisor is left out for mod: WGSL lets frexp/ldexp flush subnormals.
  binarySpecials: (op) => (op === "mod" ? SPECIALS.filter((v) => v !== 1e-40) : undefined),
});
