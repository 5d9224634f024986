// The compile entry point: .dl files → checked program → lowered graph → artifact. Like the
// rest of compiler/, it runs in the browser too (files come through a CompilerHost) and
// answers with diagnostics instead of throwing.
import { checkProgram } from "./check/checker.ts";
import type { CheckResult, ModelInfo } from "./check/result.ts";
import { dedupeDiagnostics, diag, hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.ts";
import { stdlibIndex } from "./index.ts";
import { printGraph } from "./ir/print.ts";
import { lowerModel } from "./lower/lower.ts";
import { loadProgram } from "./modules/loader.ts";
import type { CompilerHost, LoadResult } from "./modules/types.ts";
import type { SourceFile, Span } from "./source.ts";
import { scheduleGraph } from "./schedule/build.ts";
import type { Schedule } from "./schedule/schedule.ts";
import type { DiagnosticCode } from "./diagnostics/catalogue.ts";
import { analyzeBatch } from "./batch-analysis.ts";
import { checkBuildRequest } from "./build-checks.ts";
import { compileWasmTarget } from "./build-wasm.ts";
import { compileWgslTarget } from "./build-wgsl.ts";
import { programFromLowering } from "./passes/from-lowering.ts";
import { runPipeline } from "./passes/pipeline.ts";
import { encodeWgslProgram } from "../runtime/backends/webgpu-program.ts";
import {
  ARTIFACT_FORMAT, ARTIFACT_VERSION, encodeGraph,
  type Artifact, type ArtifactTensor, type Manifest,
} from "../runtime/artifact.ts";

export type BuildTarget = "wasm" | "wgsl";

export interface BuildOptions {
  /** Which model or wired graph (default: the first one in the first entry file). */
  model?: string;
  /** The batch size to lower and plan for; smaller batches run by padding when the graph allows. */
  batch: number;
  /** Backends to compile for; the interpreter's graph is always included. */
  targets?: readonly BuildTarget[];
  /** Values for named input dimensions other than the batch (`T: 128`). */
  dims?: Record<string, number>;
  /** Fuse kernels (default true); false is `dlc build -O0`, one kernel per compute node. */
  fuse?: boolean;
  /** Hands `print` the IR after pass `pass` ("all": after each; "lower": before the first). */
  printAfter?: { pass: string; print: (pass: string, ir: string) => void };
}

export interface CheckedProgram {
  load: LoadResult;
  checked: CheckResult;
  /** Sorted, without duplicates; the build only goes on when none is an error. */
  diagnostics: Diagnostic[];
  /** Models and wired graphs of the entry files, in declaration order. */
  models: ModelInfo[];
  sources: Map<string, SourceFile>;
}

export interface BuildResult {
  artifact?: Artifact;
  diagnostics: Diagnostic[];
  sources: Map<string, SourceFile>;
}

/** Loads and checks `entries`; never throws. */
export async function checkForBuild(entries: string[], host: CompilerHost): Promise<CheckedProgram> {
  const load = await loadProgram(entries, host);
  let checked: CheckResult;
  try {
    checked = checkProgram(load, { stdIndex: await stdlibIndex(host, load) });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    checked = { diagnostics: [diag("E0901", { file: entries[0] ?? "<input>", start: 0, end: 0 }, `internal error in the checker: ${why}`)], models: [], trains: [] };
  }
  const diagnostics = dedupeDiagnostics(sortDiagnostics([...load.diagnostics, ...checked.diagnostics]));
  const models = checked.models.filter((m) => load.entries.includes(m.file));
  return { load, checked, diagnostics, models, sources: load.sources };
}

/** The model to build: the named one, or the first of the entry files. */
export function pickModel(program: CheckedProgram, name?: string): ModelInfo | undefined {
  return name === undefined ? program.models[0] : program.models.find((m) => m.name === name);
}

export async function buildArtifact(entries: string[], host: CompilerHost, options: BuildOptions): Promise<BuildResult> {
  const program = await checkForBuild(entries, host);
  return buildChecked(program, options);
}

/** The build after checking, for callers (the CLI) that looked at the checked models first. */
export async function buildChecked(program: CheckedProgram, options: BuildOptions): Promise<BuildResult> {
  const { load, checked, sources } = program;
  const at = { file: load.entries[0] ?? "<input>", start: 0, end: 0 };
  const fail = (message: string, code: DiagnosticCode = "E0901", span: Span = at, hint?: string): BuildResult =>
    ({ diagnostics: [...program.diagnostics, diag(code, span, message, hint ? { hint } : {})], sources });
  if (hasErrors(program.diagnostics)) return { diagnostics: program.diagnostics, sources };
  const info = pickModel(program, options.model);
  if (!info) {
    const names = program.models.map((m) => m.name).join(", ");
    return options.model === undefined
      ? fail("the entry files declare no model or wired graph to build", "E1002", at, "declare a `model` or `wired` graph, or build a file that does")
      : fail(`no model or wired graph named \`${options.model}\``, "E1002", at, names ? `the entry files declare: ${names}` : "the entry files declare none");
  }
  if (!Number.isSafeInteger(options.batch) || options.batch < 1) {
    return fail(`the batch size must be a positive integer, got ${options.batch}`, "E1001", info.span, "build with `--batch N` for a whole number N ≥ 1");
  }
  const request = checkBuildRequest(load, info, options.dims ?? {});
  if (request) return { diagnostics: [...program.diagnostics, request], sources };
  const lowered = lowerModel(load, checked, info.name, { batch: options.batch, ...(options.dims ? { dims: options.dims } : {}) });
  if (!lowered.graph || hasErrors(lowered.diagnostics)) return { diagnostics: [...program.diagnostics, ...lowered.diagnostics], sources };
  const piped = runPipeline(
    programFromLowering({ graph: lowered.graph, params: lowered.params, batchAxes: lowered.batchAxes }, info, options.dims),
    { sources, options: { batch: options.batch }, at: info.span },
    options.printAfter ? { printAfter: options.printAfter.pass, print: options.printAfter.print } : {},
  );
  if (!piped.program) return { diagnostics: [...program.diagnostics, ...piped.diagnostics], sources };
  const graph = piped.program.graph;
  const n = options.batch;

  // The inputs the runtime pads: those whose axis 0 the lowering bound to the batch size.
  const batchedInputs = new Set(Object.entries(lowered.batchAxes).filter(([, axis]) => axis === 0).map(([name]) => name));
  const analysis = piped.program.batch ?? analyzeBatch(graph, lowered.batchAxes, n);
  const tensor = (name: string, node: number, batched: boolean): ArtifactTensor => {
    const nd = graph.nodes[node]!;
    return { name, dtype: nd.dtype, shape: [...nd.shape], ...(batched ? { batchAxis: 0 } : {}) };
  };
  const inputs = graph.inputs.map((v) => tensor(v.name, v.node, batchedInputs.has(v.name)));
  const outputs = graph.outputs.map((v) => tensor(v.name, v.node, analysis.outputBatched[v.name] === true));
  // Padding needs every batched input to grow with the batch; an output without a batch axis
  // (a scalar) would silently include the padding, so it fixes the batch too.
  const unbatchedOut = outputs.find((o) => o.batchAxis === undefined && batchedInputs.size > 0);
  const fixedBecause = !analysis.perSample
    ? analysis.reason
    : unbatchedOut
      ? `output "${unbatchedOut.name}" has no batch axis`
      : batchedInputs.size === 0
        ? "the model has no batched input"
        : undefined;
  const files: Record<string, Uint8Array> = {
    "graph.json": encodeGraph(graph),
    "model.ir": new TextEncoder().encode(printGraph(graph, { sources: load.sources })),
  };
  const manifest: Manifest = {
    format: ARTIFACT_FORMAT,
    version: ARTIFACT_VERSION,
    model: info.name,
    batch: { built: n, min: fixedBecause === undefined ? 1 : n, max: n, ...(fixedBecause !== undefined && n > 1 ? { fixedBecause } : {}) },
    inputs,
    outputs,
    parameters: lowered.params.map((p) => ({ name: p.name, dtype: p.dtype, shape: [...p.shape], init: p.init, trainable: p.trainable })),
    backends: { interp: { file: "graph.json" } },
    ir: "model.ir",
  };
  let schedule: Schedule;
  try {
    schedule = scheduleGraph(graph, { fuse: options.fuse ?? true });
  } catch (e) {
    return fail(`internal error in pass \`schedule\` (fusion and views) for \`${info.name}\`: ${e instanceof Error ? e.message : String(e)}`, "E0902", info.span,
      "please report this with the input that caused it; `dlc build -O0` builds without fusion");
  }
  const kernelEntries = (ks: { name: string; nodes: number[]; phase?: "weights" }[]) => ks.map((k) => {
    const span = graph.spans[k.nodes[0]];
    const src = span ? sources.get(span.file) : undefined;
    return { name: k.name, nodes: [...k.nodes], ...(k.phase ? { phase: k.phase } : {}), ...(span && src ? { file: span.file, line: src.lineCol(span.start).line } : {}) };
  });
  if ((options.targets ?? ["wasm"]).includes("wasm")) {
    const wasm = await compileWasmTarget(graph, schedule);
    if (!wasm.ok) {
      return wasm.limit ? fail(wasm.message, "E1004", info.span, "build for a smaller batch (`--batch N`), or use the webgpu backend")
        : fail(`the wasm backend could not compile \`${info.name}\`: ${wasm.message}`);
    }
    files["model.wasm"] = wasm.bytes;
    manifest.backends.wasm = { file: "model.wasm", plan: wasm.plan, kernels: kernelEntries(wasm.kernels), peakBytes: wasm.peakBytes };
  }
  if (options.targets?.includes("wgsl")) {
    const wgsl = await compileWgslTarget(graph, load.sources, undefined, schedule);
    if (!wgsl.ok) {
      const span = (wgsl.node !== undefined ? graph.spans[wgsl.node] : undefined) ?? info.span;
      if (wgsl.limit === "buffer") return fail(wgsl.message, "E1005", span, "build for a smaller batch (`--batch N`), or run on a device with larger limits");
      if (wgsl.limit === "bindings") return fail(wgsl.message, "E1006", span, "run on a device with a larger maxStorageBuffersPerShaderStage, or build with `-O0`");
      return fail(`the wgsl backend could not compile \`${info.name}\`: ${wgsl.message}`);
    }
    const enc = encodeWgslProgram(wgsl.program);
    Object.assign(files, enc.files);
    const bytes = wgsl.program.arenas.reduce((a, x) => a + x.byteSize, 0);
    manifest.backends.wgsl = { ...enc.entry, kernels: kernelEntries(wgsl.program.kernels), peakBytes: bytes };
  }
  return { artifact: { manifest, files, graph }, diagnostics: program.diagnostics, sources };
}
