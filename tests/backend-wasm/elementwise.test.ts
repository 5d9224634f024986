import { defineElementwiseCases } from "../backend-shared/elementwise-cases.ts";
import { checkOp } from "./harness.ts";

defineElementwiseCases({
  checkOp,
  backendOutput: (ran, name) => ran.wasm.get(name)!,
  interpOutput: (ran, name) => ran.interp.get(name)!,
  sizeNote: " (SIMD body and scalar tail)",
});
