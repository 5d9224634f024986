// `dlc graph`: check and lower a model, run the pass pipeline up to `--after` (default: all of
// it), and write the graph as Graphviz dot or JSON, to a file or stdout. The graph is also
// scheduled (compiler/schedule/), so that each kernel shows as a cluster of the nodes it
// computes; nodes in no cluster are sources and views (broadcast, transpose, ...) that
// kernels read through strided loads instead of copying.
import { renderReport } from "../compiler/diagnostics/render-text.ts";
import { hasErrors } from "../compiler/diagnostics/diagnostic.ts";
import { lowerModel } from "../compiler/lower/lower.ts";
import { checkBuildRequest } from "../compiler/build-checks.ts";
import { programFromLowering } from "../compiler/passes/from-lowering.ts";
import { PASS_NAMES, runPipeline } from "../compiler/passes/pipeline.ts";
import { scheduleGraph } from "../compiler/schedule/build.ts";
import { CliExit, checkModel, usage, writeBytes, type Confinement } from "./artifact-io.ts";
import type { JsonReport } from "./json-report.ts";
import type { CommandResult } from "./run-command.ts";
import { graphToDot, graphToJson, type KernelCluster } from "./graph-format.ts";
import type { CliIo } from "./program.ts";

export interface GraphCommandOptions extends Confinement {
  model?: string;
  batch: number;
  format: "dot" | "json";
  /** "lower" or a pass name; default: the last pass. */
  after?: string;
  out?: string;
  dim?: Record<string, number>;
  /** Draw the schedule's kernels as clusters (default true; `--no-kernels`). */
  kernels?: boolean;
  /** Fuse kernels (default true). */
  fuse?: boolean;
  color: boolean;
  /** `--json` (cli/json-report.ts): the graph goes into the one JSON object, or with -o is written as --format says. */
  json?: JsonReport;
  /** Whether --format was on the command line (not its default). */
  formatGiven?: boolean;
}

export async function graphCommand(file: string, opts: GraphCommandOptions, io: CliIo): Promise<CommandResult> {
  if (opts.json && opts.out === undefined && opts.format === "dot" && opts.formatGiven) throw usage("--json prints JSON: write the dot graph to a file with -o, or leave out --format dot");
  const { program, model, entry } = await checkModel({ file, model: opts.model, color: opts.color, root: opts.root, allowOutsideRoot: opts.allowOutsideRoot, ...(opts.json ? { json: opts.json } : {}) }, io);
  const fail = (diags: Parameters<typeof renderReport>[0]) => new CliExit(1, renderReport(diags, program.sources, [entry], { color: opts.color }), { list: diags, sources: program.sources });
  const request = checkBuildRequest(program.load, model, opts.dim ?? {});
  if (request) throw fail([request]);
  const lowered = lowerModel(program.load, program.checked, model.name, { batch: opts.batch, ...(opts.dim ? { dims: opts.dim } : {}) });
  if (!lowered.graph || hasErrors(lowered.diagnostics)) throw fail(lowered.diagnostics);
  const after = opts.after ?? PASS_NAMES[PASS_NAMES.length - 1]!;
  const piped = runPipeline(
    programFromLowering({ graph: lowered.graph, params: lowered.params, batchAxes: lowered.batchAxes }, model, opts.dim),
    { sources: program.sources, options: { batch: opts.batch }, at: model.span },
    { stopAfter: after },
  );
  if (!piped.program) throw fail(piped.diagnostics);
  const graph = piped.program.graph;
  const clusters: KernelCluster[] = opts.kernels === false ? [] : kernelsOf(graph, opts.fuse ?? true, io, opts.json !== undefined);
  const format = { name: model.name, sources: program.sources, clusters, meta: { batch: opts.batch, after } };
  if (opts.json && opts.out === undefined) return { code: 0, fields: JSON.parse(graphToJson(graph, format)) as Record<string, unknown> };
  const text = opts.format === "json" ? graphToJson(graph, format) : graphToDot(graph, format);
  if (opts.out === undefined) io.stdout(text);
  else {
    writeBytes(opts.out, io, new TextEncoder().encode(text), "graph");
    if (!opts.json) io.stderr(`wrote ${opts.out} (${graph.nodes.length} nodes, after ${after})\n`);
  }
  return { code: 0, fields: { model: model.name, out: opts.out, format: opts.format, nodes: graph.nodes.length, after } };
}

/** The fused schedule's kernels; a graph the scheduler refuses is still drawn, without them. */
function kernelsOf(graph: Parameters<typeof scheduleGraph>[0], fuse: boolean, io: CliIo, quiet: boolean): KernelCluster[] {
  try {
    return scheduleGraph(graph, { fuse }).kernels.map((k) => ({ name: k.name, nodes: k.nodes }));
  } catch (e) {
    if (!quiet) io.stderr(`warning: no kernel clusters: the scheduler failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return [];
  }
}
