// The case runner behind bench/fusion.ts and bench/wired.ts: a set of contenders (each a child
// process running bench/fusion-contender.ts on one source tree, backend and fusion setting)
// builds a .dl file, gets the same weights and inputs, is checked against dlc's interpreter,
// and is timed in rounds with the contenders taking turns (the machine drifts by up to 2×
// within minutes, so contenders measured far apart are not comparable). Medians throughout.
import path from "node:path";
import { makeInput, makeWeights } from "./infer-dlc.ts";
import type { LoweredParam } from "../compiler/lower/index.ts";
import { BENCH_DIR, Child, compare, LoadMeter, median, type Check, type ChildReply } from "./harness.ts";

export type Backend = "interp" | "wasm" | "webgpu";

export interface ContenderSpec {
  key: string;
  /** Column label. */
  label: string;
  /** The dlc source tree it builds and runs with. */
  root: string;
  backend: Backend;
  mode: "fused" | "O0";
  /** What it builds (its kernel counts are reported for these). */
  targets: ("wasm" | "wgsl")[];
  /** Timed (false: builds, and runs once for the check or as the reference). */
  timed: boolean;
}

export interface CaseSpec {
  name: string;
  /** Absolute path of the .dl file. */
  file: string;
  model?: string;
  batch: number;
}

export interface CellResult {
  /** Kernels each run dispatches, per backend. */
  kernels?: { wasm?: number; wgsl?: number };
  /** Weights-phase kernels (once per weight change, spec/fusion.md), per backend. */
  weightsKernels?: { wasm?: number; wgsl?: number };
  /** The first backend's kernel names, in run order. */
  kernelNames?: string[];
  peakBytes?: { wasm?: number; wgsl?: number };
  buildMs?: number;
  firstMs?: number;
  median?: number;
  min?: number;
  runs: number;
  note?: string;
  /** Against the reference contender's output. */
  check?: Check;
  via?: string;
  failed?: string;
}

export interface CaseResult {
  spec: CaseSpec;
  cells: Record<string, CellResult>;
  /** Average cores kept busy by other processes during the timed rounds. */
  otherCores?: number;
}

export interface Adapter { description: string; software: boolean }

interface Reply extends ChildReply {
  out?: Float32Array; firstMs?: number; via?: string; ms?: number[]; cpuMs?: number; adapter?: Adapter;
  buildMs?: number; kernels?: { wasm?: number; wgsl?: number }; weightsKernels?: { wasm?: number; wgsl?: number }; kernelNames?: string[]; peakBytes?: { wasm?: number; wgsl?: number };
  parameters?: LoweredParam[]; inputs?: { name: string; dtype: string; shape: number[] }[];
}

export interface RunOptions {
  /** About this much timed work per wasm contender and case (ms). */
  budgetMs: number;
  /** Per webgpu contender and case; slow software runs get fewer runs (at least 3). */
  webgpuBudgetMs: number;
  /** The interpreter is timed only when 3 runs fit in this. */
  interpBudgetMs: number;
  /** Relative tolerance of the check against the reference. */
  tolerance: number;
  /** Longest wait for one build or first run (ms). */
  setupTimeoutMs: number;
}

export const DEFAULT_RUN: RunOptions = { budgetMs: 2000, webgpuBudgetMs: 3000, interpBudgetMs: 10_000, tolerance: 1e-3, setupTimeoutMs: 900_000 };

const ROUNDS = 10;
const WEBGPU_MIN_RUNS = 3;
const INTERP_MAX_RUNS = 5;

const firstLine = (s: string | undefined): string => (s ?? "?").split("\n")[0]!;

export class FusionBench {
  private readonly children = new Map<string, Child<Reply>>();
  /** The adapter the webgpu contenders ran on (the first one reported). */
  adapter: Adapter | undefined;

  /** `specs[0]` is the reference: its output is what the others are checked against. */
  constructor(readonly specs: ContenderSpec[], readonly options: RunOptions = DEFAULT_RUN) {
    for (const s of specs) this.children.set(s.key, new Child<Reply>(path.join(BENCH_DIR, "fusion-contender.ts"), [s.root, s.backend, s.mode]));
  }

  /** Loads every child's compiler and backend (binaryen, Dawn) at once, before anything is timed. */
  async preload(): Promise<Record<string, string | undefined>> {
    const replies = await Promise.all(this.specs.map((s) => this.children.get(s.key)!.ask({ type: "preload" }, this.options.setupTimeoutMs)));
    return Object.fromEntries(this.specs.map((s, i) => [s.key, replies[i]!.type === "preloaded" ? undefined : firstLine(replies[i]!.message)]));
  }

  async runCase(spec: CaseSpec): Promise<CaseResult> {
    const cells: Record<string, CellResult> = {};
    // Builds one at a time, so each build time is the build alone.
    let params: LoweredParam[] | undefined;
    let inputs: Reply["inputs"];
    for (const s of this.specs) {
      const r = await this.children.get(s.key)!.ask({ type: "build", file: spec.file, model: spec.model, batch: spec.batch, targets: s.targets }, this.options.setupTimeoutMs);
      if (r.type !== "built") {
        cells[s.key] = { runs: 0, failed: `build failed: ${firstLine(r.message)}` };
        continue;
      }
      cells[s.key] = { runs: 0, kernels: r.kernels!, weightsKernels: r.weightsKernels ?? {}, kernelNames: r.kernelNames ?? [], peakBytes: r.peakBytes!, buildMs: r.buildMs! };
      if (!params) {
        params = r.parameters!;
        inputs = r.inputs!;
      }
    }
    if (!params || !inputs) throw new Error(`${spec.name}: no contender built it: ${Object.values(cells).map((c) => c.failed).join("; ")}`);
    const weights = makeWeights(params, 2024);
    const feed: Record<string, Float32Array> = {};
    inputs.forEach((t, i) => {
      if (t.dtype !== "f32") throw new Error(`${spec.name}: input ${t.name} is ${t.dtype}; the bench feeds f32 inputs only`);
      feed[t.name] = makeInput(t.shape, 99 + i);
    });
    const ready: ContenderSpec[] = [];
    const firstMs = new Map<string, number>();
    let ref: Float32Array | undefined;
    for (const s of this.specs) {
      const cell = cells[s.key]!;
      if (cell.failed) continue;
      const r = await this.children.get(s.key)!.ask({ type: "load", weights, inputs: feed }, this.options.setupTimeoutMs);
      if (r.type !== "ready") {
        cell.failed = `run failed: ${firstLine(r.message)}`;
        continue;
      }
      if (r.adapter && !this.adapter) this.adapter = r.adapter;
      cell.firstMs = r.firstMs!;
      cell.via = r.via!;
      firstMs.set(s.key, r.firstMs!);
      if (s === this.specs[0]) ref = r.out!;
      else if (ref) cell.check = compare(r.out!, ref, this.options.tolerance);
      if (s.timed) ready.push(s);
    }
    const otherCores = await this.time(ready, cells, firstMs);
    // Frees the models (WebGPU buffers, WASM memories) before the next case.
    await Promise.all(this.specs.map((s) => this.children.get(s.key)!.ask({ type: "dispose" })));
    return otherCores === undefined ? { spec, cells } : { spec, cells, otherCores };
  }

  private async time(ready: ContenderSpec[], cells: Record<string, CellResult>, firstMs: Map<string, number>): Promise<number | undefined> {
    const o = this.options;
    // Warm-up: about 0.5 s (at least 3 runs) each; the interpreter up to 1 s; a slow webgpu run once.
    // A run of microseconds gets thousands, or the host's run path is still tiering up when timed.
    const warm = new Map<string, number>();
    const warmCpu = new Map<string, number | undefined>();
    for (const s of ready) {
      const first = firstMs.get(s.key)!;
      const reps = s.backend === "interp" ? Math.min(5, Math.floor(1000 / first))
        : s.backend === "webgpu" && first > 500 ? 1
        : Math.max(3, Math.min(5000, Math.round(500 / Math.max(first, 0.01))));
      const r = await this.children.get(s.key)!.ask({ type: "time", reps }, o.setupTimeoutMs);
      warm.set(s.key, r.ms?.length ? median(r.ms) : first);
      warmCpu.set(s.key, r.cpuMs);
    }
    const plan = new Map<string, number>();
    // A run under 0.1 ms is timed in groups of back-to-back runs (each sample about 0.5 ms), so the
    // clock's resolution and the message round trip do not decide the median.
    const inner = new Map<string, number>();
    for (const s of ready) {
      const w = warm.get(s.key)!;
      const k = s.backend !== "interp" && w < 0.1 ? Math.ceil(0.5 / Math.max(w, 0.001)) : 1;
      inner.set(s.key, k);
      warm.set(s.key, w * k);
    }
    for (const s of ready) {
      const w = warm.get(s.key)!;
      const cell = cells[s.key]!;
      if (s.backend === "interp") {
        const n = Math.min(INTERP_MAX_RUNS, Math.floor(o.interpBudgetMs / w));
        if (n < 3) {
          cell.note = `not timed: one run took ${(w / 1000).toFixed(1)} s (3 runs would pass ${o.interpBudgetMs / 1000} s)`;
          continue;
        }
        plan.set(s.key, n);
      } else if (s.backend === "webgpu" && o.webgpuBudgetMs / w < ROUNDS * 2) {
        plan.set(s.key, Math.max(WEBGPU_MIN_RUNS, Math.round(o.webgpuBudgetMs / w)));
        cell.note = `runs capped by the ${o.webgpuBudgetMs / 1000} s budget (${(w / 1000).toFixed(2)} s per run in warm-up)`;
      } else {
        const budget = s.backend === "webgpu" ? o.webgpuBudgetMs : o.budgetMs;
        plan.set(s.key, Math.max(ROUNDS * 2, Math.min(ROUNDS * 100, Math.round(budget / w))));
        if (inner.get(s.key)! > 1) cell.note = `each timed sample the mean of ${inner.get(s.key)} runs back to back`;
      }
    }
    const times = new Map<string, number[]>([...plan.keys()].map((k) => [k, []]));
    const meter = new LoadMeter<string>();
    for (const [k, cpu] of warmCpu) meter.see(k, cpu);
    const order = ready.filter((s) => plan.has(s.key));
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate who goes first so no contender always follows the same neighbour.
      const rotated = [...order.slice(round % order.length), ...order.slice(0, round % order.length)];
      for (const s of rotated) {
        const total = plan.get(s.key)!;
        const reps = Math.floor(total / ROUNDS) + (round < total % ROUNDS ? 1 : 0);
        if (reps === 0) continue;
        const r = await this.children.get(s.key)!.ask({ type: "time", reps, inner: inner.get(s.key) }, o.setupTimeoutMs);
        meter.see(s.key, r.cpuMs);
        if (r.ms) times.get(s.key)!.push(...r.ms);
        else cells[s.key]!.note = `timing failed: ${firstLine(r.message)}`;
      }
    }
    for (const [k, ms] of times) if (ms.length > 0) Object.assign(cells[k]!, { median: median(ms), min: Math.min(...ms), runs: ms.length });
    return meter.otherCores();
  }

  close(): void {
    for (const c of this.children.values()) c.close();
  }
}

/** A cell's time for a table: the median, ✗ when its output failed the check, else why it has none. */
export function timeCell(c: CellResult | undefined, fmt: (ms: number | undefined) => string): string {
  if (!c) return "—";
  if (c.failed) return "failed";
  if (c.median === undefined) return c.note?.startsWith("not timed") ? "(too slow)" : c.note ? "failed" : "—";
  return `${fmt(c.median)}${c.check && !c.check.ok ? " ✗" : ""}`;
}
