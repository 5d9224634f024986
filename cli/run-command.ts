// `dlc run` and `dlc build`: compile a model (or read a built artifact folder), load it on a
// backend, give it weights and inputs, print what came out and how long it took.
import type { ModelInfo } from "../compiler/check/result.ts";
import path from "node:path";
import type { Artifact, ArtifactTensor } from "../runtime/artifact.ts";
import { loadArtifact } from "../runtime/artifact-load.ts";
import { initializeParam as initValues } from "../runtime/init.ts";
import { rngFor } from "../runtime/prng.ts";
import { readSafetensors, toTypedTensor, writeSafetensors } from "../runtime/safetensors.ts";
import { load, type BackendName, type OutputTensor, type TensorLike } from "../runtime/session.ts";
import { type Confinement, compileFile, failure, isArtifactDir, readBytes, usage, writeArtifactDir, writeBytes } from "./artifact-io.ts";
import { nodeGpu } from "./node-gpu.ts";
import type { CliIo } from "./program.ts";
import type { JsonReport } from "./json-report.ts";
import { startProgress } from "./progress.ts";
import { countingPipelines } from "./gpu-progress.ts";
import { escapeControls } from "../compiler/diagnostics/escape.ts";

export interface RunOptions extends Confinement {
  backend: BackendName;
  weights?: string;
  seed?: number;
  inputs?: string;
  randomInputs?: boolean;
  out?: string;
  batch?: number;
  model?: string;
  repeat: number;
  dim?: Record<string, number>;
  /** Fuse kernels (default true; `-O0` / `--no-fuse` turn it off). */
  fuse?: boolean;
  color: boolean;
  /** `--json`: report into this and print nothing but the final JSON (cli/json-report.ts). */
  json?: JsonReport;
}

export interface BuildCommandOptions extends Confinement {
  target: "wasm" | "wgsl" | "all";
  /** Required unless printAfter is given; without it nothing is written or compiled for a backend. */
  out?: string;
  /** "lower", a pass name or "all": print the IR after it to stdout. */
  printAfter?: string;
  batch: number;
  model?: string;
  seed?: number;
  dim?: Record<string, number>;
  fuse?: boolean;
  color: boolean;
  json?: JsonReport;
}

/** A command's exit status and, for `--json`, what it found. */
export interface CommandResult {
  code: number;
  fields: Record<string, unknown>;
}

const now = (): number => performance.now();

export async function buildCommand(file: string, opts: BuildCommandOptions, io: CliIo): Promise<CommandResult> {
  if (opts.out === undefined && opts.printAfter === undefined) throw usage("required option '-o, --out <dir>' not specified");
  const t0 = now();
  const ir: { after: string; text: string }[] = [];
  const printAfter =
    opts.printAfter === undefined
      ? undefined
      : { pass: opts.printAfter, print: (pass: string, text: string) => (opts.json ? ir.push({ after: pass, text }) : io.stdout(`; IR after ${pass}\n${text}`)) };
  const targets: ("wasm" | "wgsl")[] = opts.out === undefined ? [] : opts.target === "all" ? ["wasm", "wgsl"] : [opts.target];
  const { artifact } = await compileFile({ file, model: opts.model, batch: opts.batch, dims: opts.dim, targets, fuse: opts.fuse ?? true, color: opts.color, root: opts.root, allowOutsideRoot: opts.allowOutsideRoot, ...(printAfter ? { printAfter } : {}), ...(opts.json ? { json: opts.json } : {}) }, io);
  const m = artifact.manifest;
  const printed = ir.length > 0 ? { ir } : {};
  if (opts.out === undefined) return { code: 0, fields: { model: m.model, ...printed } };
  const extra: Record<string, Uint8Array> = {};
  if (opts.seed !== undefined) {
    extra["weights.safetensors"] = writeSafetensors(weightsOf(artifact, opts.seed), { seed: String(opts.seed), model: artifact.manifest.model });
  }
  const written = writeArtifactDir(opts.out, io, artifact, extra);
  const elapsed = now() - t0;
  if (!opts.json) {
    io.stdout(`built ${m.model} for ${Object.keys(m.backends).join(", ")} (batch ${describeBatch(artifact)}) in ${ms(elapsed)}\n`);
    io.stdout(listWritten(opts.out, written));
  }
  return {
    code: 0,
    fields: {
      model: m.model,
      backends: Object.keys(m.backends),
      batch: m.batch,
      out: opts.out,
      files: written,
      timeMs: round(elapsed),
      ...printed,
    },
  };
}

/**
 * What a build wrote, one file a line with its size; a folder of many files (wgsl/, one
 * shader per kernel) is one line with their count and total size.
 */
export function listWritten(dir: string, files: readonly { path: string; bytes: number }[]): string {
  const rows: [string, string][] = [];
  const folders = new Map<string, { count: number; bytes: number }>();
  for (const f of files) {
    const slash = f.path.indexOf("/");
    if (slash < 0) rows.push([f.path, formatBytes(f.bytes)]);
    else {
      const name = f.path.slice(0, slash + 1);
      const entry = folders.get(name) ?? { count: 0, bytes: 0 };
      entry.count++;
      entry.bytes += f.bytes;
      folders.set(name, entry);
    }
  }
  for (const [name, { count, bytes }] of folders) rows.push([name, `${formatBytes(bytes)} in ${count} file${count === 1 ? "" : "s"}`]);
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const width = Math.max(...rows.map((r) => r[0].length));
  const shown = dir.endsWith("/") ? dir : `${dir}/`;
  return `wrote ${escapeControls(shown)}\n` + rows.map(([name, size]) => `  ${name.padEnd(width)}  ${size}\n`).join("");
}

/** 1536 → "1.5 KiB"; below 1 KiB in bytes. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB"];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}

/** Seeded initial values of every parameter: the values Session.initWeights(seed) sets. */
function weightsOf(artifact: Artifact, seed: number): Record<string, { dtype: "f32"; shape: number[]; data: Float32Array }> {
  const out: Record<string, { dtype: "f32"; shape: number[]; data: Float32Array }> = {};
  for (const p of artifact.manifest.parameters) {
    if (p.dtype !== "f32") throw failure(`parameter "${p.name}" is ${p.dtype}; --seed only writes f32 weights`);
    out[p.name] = { dtype: "f32", shape: p.shape, data: initValues(p.init, p.shape, seed, p.name) };
  }
  return out;
}

function describeBatch(a: Artifact): string {
  const b = a.manifest.batch;
  return b.min === b.max ? `fixed at ${b.built}${b.fixedBecause ? `: ${b.fixedBecause}` : ""}` : `${b.built}; runs ${b.min}..${b.max}`;
}

export async function runCommand(file: string, opts: RunOptions, io: CliIo): Promise<CommandResult> {
  if (opts.inputs !== undefined && opts.randomInputs) throw usage("give either --inputs FILE or --random-inputs, not both");
  if (opts.inputs === undefined && !opts.randomInputs) throw usage("give the inputs: --inputs FILE.safetensors, or --random-inputs");
  if (opts.weights !== undefined && opts.seed !== undefined && !opts.randomInputs) {
    throw usage("--seed initializes the weights (and random inputs); with --weights it would be ignored");
  }
  const inputFile = opts.inputs === undefined ? undefined : readInputs(opts.inputs, io);
  const weightBytes = opts.weights === undefined ? undefined : readBytes(opts.weights, io, "weights");

  const t0 = now();
  let artifact: Artifact;
  let source: string;
  let defaultWeights: Uint8Array | undefined;
  const fromFolder = isArtifactDir(file, io);
  if (fromFolder) {
    // Only manifest.json and the files it lists (each size- and digest-checked) are read.
    artifact = await loadArtifact(path.resolve(io.cwd, file));
    source = `artifact ${file}`;
    defaultWeights = artifact.files["weights.safetensors"];
  } else {
    const batchFor = (model: ModelInfo): number => opts.batch ?? batchFromInputs(model, inputFile) ?? 1;
    ({ artifact } = await compileFile(
      {
        file, model: opts.model, batch: batchFor, dims: opts.dim, targets: opts.backend === "wasm" ? ["wasm"] : opts.backend === "webgpu" ? ["wgsl"] : [],
        fuse: opts.fuse ?? true, color: opts.color, root: opts.root, allowOutsideRoot: opts.allowOutsideRoot, ...(opts.json ? { json: opts.json } : {}),
      },
      io,
    ));
    source = file;
  }
  const tCompile = now() - t0;
  const m = artifact.manifest;
  const runBatch = opts.batch ?? m.batch.built;

  const t1 = now();
  // Dawn is loaded only for webgpu: it is a native library and slow to start.
  let gpu = opts.backend === "webgpu" ? await nodeGpu() : undefined;
  // Building the pipelines is slow on a cold machine: count them on a progress line.
  const progress = gpu && !opts.json ? startProgress(io, "requesting a WebGPU device") : undefined;
  if (gpu && progress) {
    const total = m.backends.wgsl?.kernels?.length;
    let built = 0;
    progress.update(`building the WebGPU pipelines${total === undefined ? "" : ` 0/${total}`}`);
    gpu = countingPipelines(gpu, () => {
      built++;
      progress.update(total === undefined ? `building the WebGPU pipelines: ${built} built` : built < total ? `building the WebGPU pipelines ${built}/${total}` : "running each kernel once (warm-up)");
    });
  }
  let session: Awaited<ReturnType<typeof load>>;
  try {
    session = await load(artifact, { backend: opts.backend, ...(gpu ? { gpu } : {}) });
  } finally {
    progress?.stop();
  }
  let seedUsed: number | undefined;
  try {
    // --weights, else the artifact folder's weights.safetensors, else the seeded initializers.
    const weightBytesToUse = weightBytes ?? defaultWeights;
    if (weightBytesToUse !== undefined) session.setWeights(weightBytesToUse);
    else session.initWeights((seedUsed = opts.seed ?? 0));
    const tLoad = now() - t1;

    const inputs = inputFile ?? randomInputs(m.inputs, runBatch, opts.seed ?? 0);
    const t2 = now();
    // runAsync works on every backend (webgpu has no synchronous run).
    const outputs = await session.runAsync(inputs);
    const tFirst = now() - t2;
    const times: number[] = [];
    for (let i = 0; i < opts.repeat; i++) {
      const t = now();
      await session.runAsync(inputs);
      times.push(now() - t);
    }

    const batchedOut = m.outputs.find((t) => t.batchAxis === 0);
    const batchShown = batchedOut ? outputs[batchedOut.name]!.shape[0] : m.batch.built;
    const median = times.length === 0 ? undefined : [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    const weights =
      weightBytes !== undefined
        ? { from: "file", file: opts.weights, tensors: m.parameters.length }
        : seedUsed !== undefined
          ? { from: "initializers", seed: seedUsed }
          : { from: "artifact", file: `${file}/weights.safetensors` };
    const inputsUsed = opts.inputs !== undefined ? { from: "file", file: opts.inputs } : { from: "random", seed: opts.seed ?? 0 };
    const summaries = m.outputs.map((spec) => summary(spec.name, outputs[spec.name]!));
    if (opts.out !== undefined) writeBytes(opts.out, io, writeSafetensors(outputs), "outputs");

    if (!opts.json) {
      io.stdout(`model ${m.model} (${source}), backend ${opts.backend}, batch ${batchShown} (built ${describeBatch(artifact)})\n`);
      if (session.adapter) io.stdout(`adapter: ${session.adapter.description}${session.adapter.software ? " (software, on the CPU)" : ""}\n`);
      io.stdout(
        weights.from === "file"
          ? `weights: ${opts.weights} (${m.parameters.length} tensors)\n`
          : weights.from === "initializers"
            ? `weights: initialized from the model's initializers, seed ${seedUsed}\n`
            : `weights: ${file}/weights.safetensors\n`,
      );
      io.stdout(opts.inputs !== undefined ? `inputs: ${opts.inputs}\n` : `inputs: random, seed ${opts.seed ?? 0}\n`);
      for (const o of summaries) io.stdout(summaryLine(o));
      io.stdout(
        `time: ${fromFolder ? "read" : "compile"} ${ms(tCompile)}, load ${ms(tLoad)}, first run ${ms(tFirst)}` +
          (median === undefined ? "" : `, median of ${times.length} runs ${ms(median)}`) +
          "\n",
      );
      if (opts.out !== undefined) io.stdout(`wrote ${opts.out}\n`);
    }
    return {
      code: 0,
      fields: {
        model: m.model,
        source: fromFolder ? { artifact: file } : { file },
        backend: opts.backend,
        ...(session.adapter ? { adapter: { description: session.adapter.description, software: session.adapter.software } } : {}),
        batch: batchShown,
        artifactBatch: m.batch,
        weights,
        inputs: inputsUsed,
        outputs: summaries,
        timeMs: {
          [fromFolder ? "read" : "compile"]: round(tCompile),
          load: round(tLoad),
          firstRun: round(tFirst),
          ...(median === undefined ? {} : { median: round(median), runs: times.length }),
        },
        ...(opts.out !== undefined ? { out: opts.out } : {}),
      },
    };
  } finally {
    session.dispose();
  }
}

/** Inputs keyed by name; tensors of dtypes the runtime has no array for keep their raw bytes, for a clear dtype error. */
function readInputs(file: string, io: CliIo): Record<string, TensorLike> {
  const parsed = readSafetensors(readBytes(file, io, "inputs"));
  const out: Record<string, TensorLike> = {};
  for (const e of parsed.tensors.values()) {
    if (e.dtype === "F32" || e.dtype === "I32" || e.dtype === "BOOL") {
      const t = toTypedTensor(e, { copy: true });
      out[e.name] = { data: t.data, shape: e.shape, dtype: t.dtype };
    } else {
      out[e.name] = { data: e.data, shape: e.shape, dtype: e.dtype.toLowerCase() };
    }
  }
  return out;
}

/** The batch of an inputs file: the leading dimension of its first tensor for a batched input. */
function batchFromInputs(model: ModelInfo, inputs: Record<string, TensorLike> | undefined): number | undefined {
  if (!inputs) return undefined;
  for (const t of model.inputs) {
    const given = inputs[t.name];
    if (typeof t.shape[0] === "string" && given?.shape && given.shape.length > 0 && given.shape[0]! >= 1) return given.shape[0];
  }
  return undefined;
}

/**
 * What `--random-inputs` draws, per dtype (the help and the README say the same): f32 uniform
 * in [-1, 1); i32 uniform over the integers 0 and 1, which index any axis of size 2 or more
 * (an i32 input is most often an index or a class); bool false or true, each half the time.
 */
export const RANDOM_INPUTS = { f32: "uniform in [-1, 1)", i32: "0 or 1 (uniform)", bool: "false or true (uniform)" } as const;

/** Seeded inputs as RANDOM_INPUTS says, a stream per input name, so one input's draw does not depend on another's. */
export function randomInputs(specs: readonly Pick<ArtifactTensor, "name" | "dtype" | "shape" | "batchAxis">[], batch: number, seed: number): Record<string, TensorLike> {
  const out: Record<string, TensorLike> = {};
  for (const spec of specs) {
    const shape = spec.batchAxis === 0 ? [batch, ...spec.shape.slice(1)] : [...spec.shape];
    const n = shape.reduce((a, b) => a * b, 1);
    const rng = rngFor(seed, `input:${spec.name}`);
    const data = spec.dtype === "f32" ? new Float32Array(n) : spec.dtype === "i32" ? new Int32Array(n) : new Uint8Array(n);
    for (let i = 0; i < n; i++) data[i] = spec.dtype === "f32" ? 2 * rng.uniform() - 1 : rng.uniform() < 0.5 ? 0 : 1;
    out[spec.name] = { data, shape };
  }
  return out;
}

/** What `run` shows of an output: its type, the mean of its finite values, the NaN and inf counts, the first values. */
export interface OutputSummary {
  name: string;
  dtype: string;
  shape: number[];
  /** Mean of the finite values; null when there are none. */
  mean: number | null;
  nan: number;
  inf: number;
  /** The first (up to) 5 values, in row-major order. */
  first: number[];
}

function summary(name: string, t: OutputTensor): OutputSummary {
  let sum = 0;
  let finite = 0;
  let nan = 0;
  let inf = 0;
  for (let i = 0; i < t.data.length; i++) {
    const v = t.data[i]!;
    if (Number.isNaN(v)) nan++;
    else if (!Number.isFinite(v)) inf++;
    else {
      sum += v;
      finite++;
    }
  }
  return { name, dtype: t.dtype, shape: [...t.shape], mean: finite === 0 ? null : sum / finite, nan, inf, first: Array.from(t.data.subarray(0, 5), Number) };
}

function summaryLine(o: OutputSummary): string {
  const first = o.first.map((v) => fmt(v)).join(", ");
  const more = o.shape.reduce((a, b) => a * b, 1) > 5 ? ", ..." : "";
  const odd = o.nan + o.inf > 0 ? `, ${o.nan} NaN, ${o.inf} inf` : "";
  return `output ${o.name}: ${o.dtype}[${o.shape.join(", ")}] mean ${o.mean === null ? "-" : fmt(o.mean)}${odd} first [${first}${more}]\n`;
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Number.isInteger(v) ? String(v) : v.toPrecision(6);
}

/** Milliseconds to 0.01, for JSON. */
function round(t: number): number {
  return Math.round(t * 100) / 100;
}

function ms(t: number): string {
  return `${t.toFixed(t < 10 ? 2 : 1)} ms`;
}
