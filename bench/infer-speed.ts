// Inference speed: dlc's interpreter, WASM and WebGPU backends against @tensorflow/tfjs-backend-wasm
// and onnxruntime-web (wasm, 1 and 2 threads) on the workloads of shared/workloads.md,
// with the same weights and inputs everywhere.
//
//   npx tsx bench/infer-speed.ts [--budget-ms 3000] [--cases mlp:1,lenet:64] [--contenders wasm,ort1] [--no-write]
//
// Each contender lives in its own child process (bench/infer-contender.ts). Per case:
//   1. every contender computes the output once; each is checked against dlc's interpreter
//      (max |a − ref| / max |ref| ≤ 1e-3) — a fast wrong answer is not a result;
//   2. warm-up runs, then the timed runs in rounds, the contenders taking turns within each
//      round (timings on these machines drift by up to 2× within minutes, so contenders
//      measured far apart are not comparable); the median of all runs is the figure.
// The run count per contender follows from its warm-up speed (about --budget-ms of timed
// work each). The interpreter is timed only when its runs fit in ~10 s. The WebGPU column is
// labelled from its adapter: on a software adapter (Mesa lavapipe) its figures are CPU timings
// of a rasterizer, and slow cases get fewer runs (at least 3) to stay within the budget.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inputShape, lowerWorkload, makeInput, makeWeights } from "./infer-dlc.ts";
import type { ContenderKind } from "./infer-contender.ts";
import { CASES, WORKLOADS, type Workload } from "./infer-workloads.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..");
const RESULTS = path.join(HERE, "RESULTS.md");
const START = "<!-- infer:start -->";
const END = "<!-- infer:end -->";
const TOLERANCE = 1e-3;
const ROUNDS = 10;
const INTERP_MAX_RUNS = 5;
const INTERP_BUDGET_MS = 10_000;

const ALL_KINDS: ContenderKind[] = ["interp", "wasm", "webgpu", "tfjs", "ort1", "ort2"];
const WEBGPU_MIN_RUNS = 3;
// Not const: the webgpu label gets the adapter's name once the first case has loaded.
const LABEL: Record<ContenderKind, string> = {
  interp: "dlc interp", wasm: "dlc wasm", webgpu: "dlc webgpu", tfjs: "tfjs-wasm (1 thread)", ort1: "ort-web 1 thread", ort2: "ort-web 2 threads",
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
// The interpreter always runs: its output is the reference for the check.
const KINDS = ["interp", ...(arg("--contenders")?.split(",") ?? ALL_KINDS).filter((k) => k !== "interp")] as ContenderKind[];
const budgetMs = Number(arg("--budget-ms") ?? 3000);
const write = !process.argv.includes("--no-write");
const cases = arg("--cases")?.split(",").map((c) => {
  const [w, b] = c.split(":");
  return { workload: w as Workload["name"], batch: Number(b) };
}) ?? CASES;

// ------------------------------------------------------------------ child processes

interface Adapter { description: string; software: boolean }
interface Reply { type: string; message?: string; out?: Float32Array; firstMs?: number; via?: string; ms?: number[]; cpuMs?: number; adapter?: Adapter }

/** The adapter the webgpu column ran on (the first case's; one GPU object per process). */
let webgpuAdapter: Adapter | undefined;

function webgpuLabel(a: Adapter): string {
  // "llvmpipe: Mesa 25.0.7 (LLVM 15.0.6)" → "llvmpipe": the full description goes under the table.
  const short = a.description.split(/[ (:]/)[0] || a.description;
  return a.software ? `dlc webgpu (software: ${short})` : `dlc webgpu (${short})`;
}

class Contender {
  private child: ChildProcess;
  private pending: ((r: Reply) => void) | undefined;
  dead: string | undefined;

  constructor(readonly kind: ContenderKind) {
    this.child = fork(path.join(HERE, "infer-contender.ts"), [kind], { serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.child.on("message", (m: Reply) => {
      const p = this.pending;
      this.pending = undefined;
      p?.(m);
    });
    this.child.on("exit", (code) => {
      this.dead = `process exited (${code})`;
      this.pending?.({ type: "error", message: this.dead });
    });
  }

  ask(msg: object, timeoutMs = 180_000): Promise<Reply> {
    if (this.dead) return Promise.resolve({ type: "error", message: this.dead });
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ type: "error", message: `no answer in ${timeoutMs} ms` }), timeoutMs);
      this.pending = (r) => {
        clearTimeout(timer);
        resolve(r);
      };
      this.child.send(msg);
    });
  }

  close(): void {
    this.child.disconnect();
  }
}

// ------------------------------------------------------------------ statistics and checks

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Check { ok: boolean; rel: number; maxAbs: number; at: number; got: number; want: number; text: string }

/** Worst element difference, relative to the reference's largest magnitude. */
function compare(got: Float32Array, want: Float32Array): Check {
  if (got.length !== want.length) {
    return { ok: false, rel: Infinity, maxAbs: Infinity, at: -1, got: NaN, want: NaN, text: `length ${got.length}, expected ${want.length}` };
  }
  let scale = 0;
  for (const v of want) scale = Math.max(scale, Math.abs(v));
  let maxAbs = 0;
  let at = 0;
  for (let i = 0; i < want.length; i++) {
    const d = Math.abs(got[i]! - want[i]!);
    if (!(d <= maxAbs)) {
      maxAbs = d;
      at = i;
      if (Number.isNaN(d)) break;
    }
  }
  const rel = maxAbs / (scale || 1);
  const ok = rel <= TOLERANCE;
  return { ok, rel, maxAbs, at, got: got[at]!, want: want[at]!, text: `max|Δ| ${maxAbs.toExponential(2)} (rel ${rel.toExponential(2)}, at [${at}]: ${got[at]} vs ${want[at]})` };
}

// ------------------------------------------------------------------ other load on the machine

/** Busy and total CPU time of the whole machine so far, in ms (Linux /proc/stat; undefined elsewhere). */
function machineCpu(): { busy: number; total: number } | undefined {
  if (!existsSync("/proc/stat")) return undefined;
  const f = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  const idle = f[3]! + f[4]!;
  const tick = 10; // USER_HZ is 100 on Linux
  return { busy: (total - idle) * tick, total: total * tick };
}

/**
 * What else kept the machine's cores busy while the contenders were timed, in cores on
 * average: machine busy time minus our own processes' CPU time, over the wall time. The host
 * is shared, so a reader needs this to judge the figures (two-thread runs suffer most).
 */
class LoadMeter {
  private readonly m0 = machineCpu();
  private readonly own0 = process.cpuUsage();
  private readonly t0 = performance.now();
  /** Each child's cumulative CPU ms: first seen and latest. */
  private readonly child = new Map<ContenderKind, { first: number; last: number }>();
  see(kind: ContenderKind, cpuMs: number | undefined): void {
    if (cpuMs === undefined) return;
    const c = this.child.get(kind);
    if (c) c.last = cpuMs;
    else this.child.set(kind, { first: cpuMs, last: cpuMs });
  }
  otherCores(): number | undefined {
    const m1 = machineCpu();
    if (!this.m0 || !m1) return undefined;
    const own = process.cpuUsage(this.own0);
    let ours = (own.user + own.system) / 1000;
    for (const c of this.child.values()) ours += c.last - c.first;
    return Math.max(0, (m1.busy - this.m0.busy - ours) / (performance.now() - this.t0));
  }
}

// ------------------------------------------------------------------ one case

interface CellResult { median?: number; min?: number; runs: number; note?: string; check?: Check; via?: string }

async function runCase(contenders: Contender[], wl: Workload, batch: number): Promise<CaseResult> {
  const low = await lowerWorkload(wl, batch);
  const weights = makeWeights(low.params, 2024);
  const x = makeInput(inputShape(wl, batch), 99);
  const res = {} as Record<ContenderKind, CellResult>;
  const ready: Contender[] = [];
  const outs = new Map<ContenderKind, Float32Array>();
  const firstMs = new Map<ContenderKind, number>();
  for (const c of contenders) {
    const r = await c.ask({ type: "setup", workload: wl.name, batch, weights, x });
    if (r.type !== "ready") {
      const why = (r.message ?? r.type).split("\n")[0]!;
      res[c.kind] = { runs: 0, note: `failed: ${why}` };
      continue;
    }
    if (r.adapter && !webgpuAdapter) {
      webgpuAdapter = r.adapter;
      LABEL.webgpu = webgpuLabel(r.adapter);
    }
    firstMs.set(c.kind, r.firstMs!);
    outs.set(c.kind, r.out!);
    res[c.kind] = { runs: 0, via: r.via };
    ready.push(c);
  }
  const ref = outs.get("interp");
  if (!ref) throw new Error(`${wl.name}: the interpreter gave no reference output (${res.interp?.note})`);
  for (const [k, out] of outs) if (k !== "interp") res[k].check = compare(out, ref);
  return timeCase(ready, res, firstMs);
}

interface CaseResult {
  res: Record<ContenderKind, CellResult>;
  /** Average cores kept busy by other processes during the timed rounds. */
  otherCores?: number;
}

async function timeCase(ready: Contender[], res: Record<ContenderKind, CellResult>, firstMs: Map<ContenderKind, number>): Promise<CaseResult> {
  // Warm-up: about 0.5 s (at least 3 runs) each; the interpreter up to 1 s, none when slow.
  const warm = new Map<ContenderKind, number>();
  const warmCpu = new Map<ContenderKind, number | undefined>();
  for (const c of ready) {
    const first = firstMs.get(c.kind)!;
    const reps = c.kind === "interp"
      ? Math.min(5, Math.floor(1000 / first))
      : c.kind === "webgpu" && first > 500 ? 1
      : Math.max(3, Math.min(50, Math.round(500 / Math.max(first, 0.01))));
    // Asked even with 0 runs: the reply carries the child's CPU count for the load meter.
    const r = await c.ask({ type: "time", reps });
    warm.set(c.kind, r.ms?.length ? median(r.ms) : first);
    warmCpu.set(c.kind, r.cpuMs);
  }
  const plan = new Map<ContenderKind, number>();
  for (const c of ready) {
    const w = warm.get(c.kind)!;
    if (c.kind === "interp") {
      const n = Math.min(INTERP_MAX_RUNS, Math.floor(INTERP_BUDGET_MS / w));
      if (n < 3) {
        res.interp.note = `not timed: one run took ${(w / 1000).toFixed(1)} s (3 runs would pass ${INTERP_BUDGET_MS / 1000} s)`;
        continue;
      }
      plan.set(c.kind, n);
    } else if (c.kind === "webgpu" && budgetMs / w < ROUNDS * 2) {
      // A software adapter can take seconds per run: fewer runs rather than minutes per case.
      const n = Math.max(WEBGPU_MIN_RUNS, Math.round(budgetMs / w));
      res.webgpu.note = `runs capped by the ${budgetMs / 1000} s budget (${(w / 1000).toFixed(2)} s per run in warm-up)`;
      plan.set(c.kind, n);
    } else {
      plan.set(c.kind, Math.max(ROUNDS * 2, Math.min(ROUNDS * 100, Math.round(budgetMs / w))));
    }
  }
  const times = new Map<ContenderKind, number[]>([...plan.keys()].map((k) => [k, []]));
  const meter = new LoadMeter();
  // A child's CPU count from its warm-up reply marks the start (it is idle from then on).
  for (const [k, cpu] of warmCpu) meter.see(k, cpu);
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate who goes first so no contender always follows the same neighbour.
    const order = ready.filter((c) => plan.has(c.kind));
    const rotated = [...order.slice(round % order.length), ...order.slice(0, round % order.length)];
    for (const c of rotated) {
      const total = plan.get(c.kind)!;
      const reps = Math.floor(total / ROUNDS) + (round < total % ROUNDS ? 1 : 0);
      if (reps === 0) continue;
      const r = await c.ask({ type: "time", reps });
      meter.see(c.kind, r.cpuMs);
      if (r.ms) times.get(c.kind)!.push(...r.ms);
      else res[c.kind].note = `timing failed: ${r.message}`;
    }
  }
  const otherCores = meter.otherCores();
  for (const [k, ms] of times) if (ms.length > 0) Object.assign(res[k], { median: median(ms), min: Math.min(...ms), runs: ms.length });
  return otherCores === undefined ? { res } : { res, otherCores };
}

// ------------------------------------------------------------------ report

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

function fmt(ms: number | undefined): string {
  if (ms === undefined) return "—";
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
}

interface Row extends CaseResult { wl: Workload; batch: number }

function table(rows: Row[]): string {
  const lines = [
    `| workload | ${KINDS.map((k) => LABEL[k]).join(" | ")} | dlc wasm / best peer | dlc wasm / best 1-thread peer | other load (cores) |`,
    `|---|${KINDS.map(() => "---:").join("|")}|---:|---:|---:|`,
  ];
  for (const { wl, batch, res, otherCores } of rows) {
    const cell = (k: ContenderKind) => {
      const r = res[k];
      if (!r) return "—";
      if (r.median === undefined) return r.note?.startsWith("not timed") ? "(too slow)" : r.note ? "failed" : "—";
      return `${fmt(r.median)}${r.check && !r.check.ok ? " ✗" : ""}`;
    };
    const w = res.wasm;
    const ratio = (peerKinds: ContenderKind[]) => {
      const peers = peerKinds.map((k) => res[k]).filter((r) => r?.median !== undefined && r.check?.ok !== false);
      if (w?.median === undefined || w.check?.ok === false || peers.length === 0) return "—";
      return `${(w.median / Math.min(...peers.map((r) => r!.median!))).toFixed(2)}×`;
    };
    lines.push(`| ${wl.name} b${batch} | ${KINDS.map(cell).join(" | ")} | ${ratio(["tfjs", "ort1", "ort2"])} | ${ratio(["tfjs", "ort1"])} | ${otherCores === undefined ? "?" : otherCores.toFixed(2)} |`);
  }
  return lines.join("\n");
}

function record(section: string): void {
  let text = readFileSync(RESULTS, "utf8");
  const block = `${START}\n${section}\n${END}`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + END.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(RESULTS, text);
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const t0 = performance.now();
  const loadBefore = os.loadavg()[0]!;
  const contenders = KINDS.map((k) => new Contender(k));
  const rows: Row[] = [];
  const checks: string[] = [];
  try {
    for (const { workload, batch } of cases) {
      const wl = WORKLOADS[workload];
      console.log(`\n${wl.name} b${batch}`);
      const { res, otherCores } = await runCase(contenders, wl, batch);
      for (const k of KINDS) {
        const r = res[k];
        if (!r) continue;
        const line = `${wl.name} b${batch}: ${LABEL[k]}: ${r.check ? `${r.check.ok ? "ok" : "MISMATCH"} ${r.check.text}` : r.note ?? "reference"}`;
        checks.push(line);
        console.log(`  ${line}`);
        if (r.median !== undefined) console.log(`    median ${fmt(r.median)} ms over ${r.runs} runs${r.via ? ` (${r.via})` : ""}`);
      }
      rows.push({ wl, batch, res, ...(otherCores === undefined ? {} : { otherCores }) });
    }
  } finally {
    for (const c of contenders) c.close();
  }
  const cpus = os.cpus();
  const machine = `${cpus[0]?.model ?? "?"}, ${cpus.length} cores; Node ${process.version}; ` +
    `@tensorflow/tfjs-core ${version("@tensorflow/tfjs-core")}, @tensorflow/tfjs-backend-wasm ${version("@tensorflow/tfjs-backend-wasm")}, ` +
    `onnxruntime-web ${version("onnxruntime-web")}; ${new Date().toISOString().slice(0, 10)}; ` +
    `1-minute load average ${loadBefore.toFixed(2)} before the run, ${os.loadavg()[0]!.toFixed(2)} after`;
  const out = table(rows);
  console.log(`\n${out}\n\n${machine}\nwhole run ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  if (write) record(section(out, machine, checks, rows));
}

function webgpuText(rows: Row[]): string[] {
  if (!KINDS.includes("webgpu")) return [];
  const a = webgpuAdapter;
  if (!a) return ["The dlc webgpu column found no usable adapter (see its notes below)."];
  const vias = new Set(rows.map((r) => r.res.webgpu?.via).filter((v): v is string => v !== undefined));
  return [
    a.software
      ? `The dlc webgpu column ran on a software adapter (${a.description}): these are CPU timings of a rasterizer ` +
        "emulating a GPU, not GPU figures, and say nothing about how dlc's WGSL runs on real GPU hardware. " +
        "They show that the WebGPU path runs end to end and gives the reference's output."
      : `The dlc webgpu column ran on ${a.description}.`,
    "Each timed webgpu run includes the upload of the input, the submission and the read-back of the output. " +
      `Where one run is slow the run count is capped by the budget (at least ${WEBGPU_MIN_RUNS}; noted below).`,
    `dlc webgpu ran through: ${[...vias].join("; ") || "—"}.`,
  ];
}

function section(out: string, machine: string, checks: string[], rows: Row[]): string {
  const vias = new Set(rows.map((r) => r.res.wasm?.via).filter((v): v is string => v !== undefined));
  return [
    "## Inference speed (`npx tsx bench/infer-speed.ts`)",
    "",
    "Median ms per batch (lower is better); inputs and weights identical for every contender; each",
    "output checked against dlc's interpreter first (✗: more than 1e-3 relative off, excluded from the ratio).",
    "Every timed run includes copying the input in and the output out. `other load`: cores that other",
    "processes on this (shared) machine kept busy while the contenders were timed; where it is high the",
    "figures are noisy, and the 2-thread column most of all (its second thread competes for a core).",
    "dlc's WASM module is single-threaded: the 1-thread ratio compares like with like.",
    ...webgpuText(rows),
    "",
    out,
    "",
    `Machine: ${machine}.`,
    `dlc wasm ran through: ${[...vias].join("; ") || "—"}.`,
    "",
    "Timed runs per contender (median / fastest ms, count):",
    "",
    ...rows.map((r) => `- ${r.wl.name} b${r.batch}: ` + KINDS.map((k) => {
      const c = r.res[k];
      return `${LABEL[k]} ${c?.median === undefined ? (c?.note ?? "—") : `${fmt(c.median)} / ${fmt(c.min)}, ${c.runs}${c.note ? ` (${c.note})` : ""}`}`;
    }).join("; ")),
    "",
    "Correctness checks (max |Δ| over the output, relative to max |reference|):",
    "",
    ...checks.map((c) => `- ${c}`),
  ].join("\n");
}

await main();
