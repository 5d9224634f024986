// The Program that the pass pipeline starts from, made from what lowering returns, including
// lowering's batch-axis side table (LowerResult.batchAxes). For a caller that has no table
// (a graph lowered by hand) it is derived by the rule build.ts used before lowering recorded
// it: axis 0 of an input is the batch when the source declares it symbolic (`B`) and no
// `dims` entry fixed it.
import type { ModelInfo } from "../check/result.ts";
import type { Graph } from "../ir/ir.ts";
import type { LoweredParam } from "../lower/lower.ts";
import type { Program } from "./program.ts";

export interface LoweredModel {
  graph: Graph;
  params: readonly LoweredParam[];
  /** Lowering's table; derived from `info` when absent. */
  batchAxes?: Readonly<Record<string, number>>;
}

export function programFromLowering(lowered: LoweredModel, info: Pick<ModelInfo, "inputs">, dims?: Readonly<Record<string, number>>): Program {
  return { graph: lowered.graph, params: lowered.params, batchAxes: lowered.batchAxes ?? deriveBatchAxes(info, dims), updates: [] };
}

export function deriveBatchAxes(info: Pick<ModelInfo, "inputs">, dims?: Readonly<Record<string, number>>): Record<string, number> {
  const axes: Record<string, number> = {};
  for (const t of info.inputs) if (typeof t.shape[0] === "string" && dims?.[t.shape[0]] === undefined) axes[t.name] = 0;
  return axes;
}
