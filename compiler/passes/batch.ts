// Batch analysis as a pass: records in `program.batch` whether the graph is per-sample along
// its batch axis (so a smaller batch may run padded) and which outputs carry the batch. The
// analysis itself is compiler/batch-analysis.ts (it also refuses a batch the runtime cannot
// pad, on an axis other than 0); this pass only feeds it the program's batch-axis side table.
// It runs last, on the graph the backends will compile, and changes no node.
import { analyzeBatch } from "../batch-analysis.ts";
import type { Pass } from "./program.ts";

export const batchPass: Pass = {
  name: "batch",
  run(program, ctx) {
    return { ...program, batch: analyzeBatch(program.graph, program.batchAxes, ctx.options.batch) };
  },
};
