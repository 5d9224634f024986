// Batch analysis as a pass: records in `program.batch` whether the graph is per-sample along
// its batch axis (so a smaller batch may run padded) and which outputs carry the batch. The
// analysis itself is compiler/batch-analysis.ts; this pass only feeds it the program's side
// table. It runs last, on the graph the backends will compile, and changes no node.
import { analyzeBatch } from "../batch-analysis.ts";
import type { Pass } from "./program.ts";

export const batchPass: Pass = {
  name: "batch",
  run(program, ctx) {
    const g = program.graph;
    // The analysis tracks samples along axis 0, which is where lowering puts every batch.
    const batched = new Set(Object.entries(program.batchAxes).filter(([, axis]) => axis === 0).map(([name]) => name));
    const first = g.inputs.find((v) => batched.has(v.name));
    const n = ctx.options.batch ?? (first ? g.nodes[first.node]!.shape[0] : undefined) ?? 1;
    const analysis = analyzeBatch(g, batched, n);
    // An input batched along another axis would count as sample-free there: never claim per-sample then.
    const other = Object.entries(program.batchAxes).find(([, axis]) => axis !== 0);
    if (other) return { ...program, batch: { ...analysis, perSample: false, reason: `input "${other[0]}" has its batch on axis ${other[1]}; batch analysis follows axis 0 only` } };
    return { ...program, batch: analysis };
  },
};
