// The lowering stage's public surface: a checked model to the graph IR.
export { lowerModel, type LowerOptions, type LowerResult, type LoweredParam } from "./lower.ts";
