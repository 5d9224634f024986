// Fusion benchmark: every example in examples/ built fused and unfused (-O0), and by the old
// one-kernel-per-op compiler (the tree before the schedule IR, commit 52d8be2) when its
// checkout is given; kernel counts per backend, and the median time per run on WASM and on
// WebGPU (on a software adapter such as Mesa lavapipe: labelled so). Writes the `fusion`
// section of bench/RESULTS.md.
//
//   git worktree add /tmp/dlc-old 52d8be2 && ln -s "$PWD/node_modules" /tmp/dlc-old/node_modules
//   DLC_OLD_TREE=/tmp/dlc-old npx tsx bench/fusion.ts [--budget-ms 2000] [--cases mlp,lenet] [--no-webgpu] [--no-write]
//
// Without DLC_OLD_TREE the "before" columns are left empty, with a note saying so.
// Every contender is its own process (bench/fusion-contender.ts) building with its tree's
// compiler/build.ts buildArtifact and running with its runtime's load(artifact, {backend});
// outputs are checked against the interpreter of this tree first, then timed in rounds.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_RUN, FusionBench, timeCell, type CaseResult, type ContenderSpec } from "./fusion-run.ts";
import { fmt, machineLine, recordSection, ROOT } from "./harness.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const EXAMPLES = [
  { name: "mlp", file: "mlp.dl", batch: 64 },
  { name: "lenet", file: "lenet.dl", batch: 64 },
  { name: "transformer", file: "transformer.dl", batch: 8 },
  { name: "mixer", file: "mixer.dl", batch: 16 },
  { name: "randwire", file: "randwire.dl", batch: 8 },
  { name: "tiny_wired", file: "tiny_wired.dl", batch: 64 },
];
/** A fused median this much above the old build's counts as slower (below it is noise). */
const SLOWER = 1.05;

const only = arg("--cases")?.split(",");
const cases = EXAMPLES.filter((e) => !only || only.includes(e.name)).map((e) => ({ ...e, file: path.join(ROOT, "examples", e.file) }));
const write = !process.argv.includes("--no-write");
const webgpu = !process.argv.includes("--no-webgpu");
const budgetMs = Number(arg("--budget-ms") ?? 2000);
const oldTree = process.env.DLC_OLD_TREE;

function git(dir: string, ...args: string[]): string {
  try {
    return execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "?";
  }
}

function contenders(): { specs: ContenderSpec[]; oldNote: string } {
  const specs: ContenderSpec[] = [{ key: "ref", label: "dlc interp (reference)", root: ROOT, backend: "interp", mode: "fused", targets: [], timed: false }];
  let oldNote: string;
  if (oldTree && existsSync(path.join(oldTree, "compiler", "build.ts"))) {
    oldNote = `before: the tree at ${git(oldTree, "rev-parse", "--short", "HEAD")} (${git(oldTree, "log", "-1", "--format=%s").slice(0, 60)}…), built and run in the same run`;
    specs.push({ key: "old", label: "wasm before", root: path.resolve(oldTree), backend: "wasm", mode: "fused", targets: ["wasm", "wgsl"], timed: true });
  } else {
    oldNote = oldTree
      ? `before: not measured (DLC_OLD_TREE=${oldTree} has no compiler/build.ts)`
      : "before: not measured (set DLC_OLD_TREE to a checkout of 52d8be2 with node_modules linked; see the header of bench/fusion.ts)";
  }
  specs.push(
    { key: "o0wasm", label: "wasm -O0", root: ROOT, backend: "wasm", mode: "O0", targets: ["wasm", "wgsl"], timed: true },
    { key: "fwasm", label: "wasm fused", root: ROOT, backend: "wasm", mode: "fused", targets: ["wasm", "wgsl"], timed: true },
  );
  if (webgpu) {
    specs.push(
      { key: "o0gpu", label: "webgpu -O0", root: ROOT, backend: "webgpu", mode: "O0", targets: ["wgsl"], timed: true },
      { key: "fgpu", label: "webgpu fused", root: ROOT, backend: "webgpu", mode: "fused", targets: ["wgsl"], timed: true },
    );
  }
  return { specs, oldNote };
}

const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined ? "—" : `${(a / b).toFixed(2)}×`);
const count = (n: number | undefined): string => (n === undefined ? "—" : String(n));

function kernelTable(rows: CaseResult[]): string {
  const lines = [
    "| example | batch | WASM before | WASM -O0 | WASM fused | WGSL before | WGSL -O0 | WGSL fused |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { spec, cells } of rows) {
    const k = (key: string, b: "wasm" | "wgsl") => {
      const w = cells[key]?.weightsKernels?.[b];
      return count(cells[key]?.kernels?.[b]) + (w ? ` (+${w})` : "");
    };
    lines.push(`| ${spec.name} | ${spec.batch} | ${k("old", "wasm")} | ${k("o0wasm", "wasm")} | ${k("fwasm", "wasm")} | ${k("old", "wgsl")} | ${k("o0wasm", "wgsl")} | ${k("fwasm", "wgsl")} |`);
  }
  return lines.join("\n");
}

function timeTable(rows: CaseResult[], gpuLabel: string): string {
  const lines = [
    `| example | WASM before | WASM -O0 | WASM fused | fused / before | fused / -O0 | ${gpuLabel} -O0 | ${gpuLabel} fused | fused / -O0 | other load (cores) |`,
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { spec, cells, otherCores } of rows) {
    const t = (key: string) => timeCell(cells[key], fmt);
    const m = (key: string) => (cells[key]?.check?.ok === false ? undefined : cells[key]?.median);
    lines.push(`| ${spec.name} b${spec.batch} | ${t("old")} | ${t("o0wasm")} | ${t("fwasm")} | ${ratio(m("fwasm"), m("old"))} | ${ratio(m("fwasm"), m("o0wasm"))} | ` +
      `${t("o0gpu")} | ${t("fgpu")} | ${ratio(m("fgpu"), m("o0gpu"))} | ${otherCores === undefined ? "?" : otherCores.toFixed(2)} |`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const loadBefore = os.loadavg()[0]!;
  const { specs, oldNote } = contenders();
  console.log(oldNote);
  const bench = new FusionBench(specs, { ...DEFAULT_RUN, budgetMs });
  const rows: CaseResult[] = [];
  try {
    console.log("loading the compilers and backends in every contender (binaryen takes a while)...");
    const pre = await bench.preload();
    for (const [k, why] of Object.entries(pre)) if (why) console.log(`  ${k}: preload failed: ${why}`);
    for (const c of cases) {
      console.log(`\n${c.name} b${c.batch}`);
      const r = await bench.runCase(c);
      for (const s of specs) {
        const cell = r.cells[s.key]!;
        console.log(`  ${s.label}: kernels ${JSON.stringify(cell.kernels ?? {})}, build ${fmt(cell.buildMs)} ms` +
          (cell.failed ? `, ${cell.failed}` : "") + (cell.check ? `, ${cell.check.ok ? "ok" : "MISMATCH"} ${cell.check.text}` : "") +
          (cell.median !== undefined ? `, median ${fmt(cell.median)} ms over ${cell.runs}` : "") + (cell.note ? ` (${cell.note})` : ""));
      }
      rows.push(r);
    }
  } finally {
    bench.close();
  }
  const a = bench.adapter;
  const gpuLabel = !webgpu ? "WebGPU" : a ? (a.software ? `WebGPU (software: ${a.description.split(/[ (:]/)[0]})` : `WebGPU (${a.description.split(/[ (:]/)[0]})`) : "WebGPU (no adapter)";
  const dirty = git(ROOT, "status", "--porcelain", "--", "compiler", "runtime", "stdlib", "cli");
  const machine = `${machineLine()}; ${new Date().toISOString().slice(0, 10)}; ` +
    `after: this tree at ${git(ROOT, "rev-parse", "--short", "HEAD")}${dirty ? " (with uncommitted changes under compiler/runtime/stdlib/cli by other engineers)" : ""}; ` +
    `1-minute load average ${loadBefore.toFixed(2)} before the run, ${os.loadavg()[0]!.toFixed(2)} after; whole run ${((performance.now() - t0) / 1000).toFixed(0)} s`;
  const kt = kernelTable(rows);
  const tt = timeTable(rows, gpuLabel);
  // This host drifts by up to 2× within minutes, so a median alone can flag noise: each flagged
  // workload also shows its fastest runs, and the verdict says whether those are slower too.
  const pct = (a: number, b: number) => `${a >= b ? "+" : ""}${((a / b - 1) * 100).toFixed(0)}%`;
  const slower = rows.flatMap(({ spec, cells }) => {
    const f = cells.fwasm;
    const o = cells.old;
    if (f?.median === undefined || o?.median === undefined || !(f.median > o.median * SLOWER)) return [];
    const both = f.min !== undefined && o.min !== undefined && f.min > o.min * SLOWER;
    return [{ both, text: `${spec.name} b${spec.batch} (median ${fmt(o.median)} → ${fmt(f.median)} ms, ${pct(f.median, o.median)}; fastest ${fmt(o.min)} → ${fmt(f.min)} ms, ${pct(f.min!, o.min!)})` }];
  });
  const threshold = `${((SLOWER - 1) * 100).toFixed(0)}%`;
  const confirmed = slower.filter((x) => x.both).map((x) => x.text.split(" (")[0]);
  const verdict = !rows.some((r) => r.cells.old?.median !== undefined)
    ? "Slower than before: not known (the old build was not measured)."
    : slower.length === 0
      ? `Slower than before on WASM (fused median more than ${threshold} above the old build's): none.`
      : `Slower than before on WASM (fused median more than ${threshold} above the old build's): ${slower.map((x) => x.text).join("; ")}. ` +
        `Slower by the fastest run as well: ${confirmed.length ? confirmed.join(", ") : "none"}.`;
  console.log(`\n${kt}\n\n${tt}\n\n${verdict}\n${machine}`);
  if (!write) return;
  const label = (key: string) => specs.find((s) => s.key === key)?.label ?? key;
  const section = [
    "## Kernel fusion (`npx tsx bench/fusion.ts`)",
    "",
    "Every example in examples/, built by this tree fused (the default) and with fusion off (`-O0`, one kernel per",
    "compute node), and by the compiler before the schedule IR (`before`: one kernel per IR node). Run it with",
    "`DLC_OLD_TREE=<checkout of 52d8be2 with node_modules linked> npx tsx bench/fusion.ts` (see the script's header).",
    `${oldNote[0]!.toUpperCase()}${oldNote.slice(1)}.`,
    "",
    "Kernels each run dispatches, per backend (manifest.backends.wasm.kernels / .wgsl.kernels; before: the old WASM plan's",
    "kernels and the old WGSL program's kernels). `(+n)`: the weights phase, n kernels that read only parameters and run",
    "once per weight change, not per run (spec/fusion.md, \"Weights-only values\"):",
    "",
    kt,
    "",
    "Median ms per run (lower is better), same weights and inputs for every build, each output checked against this",
    "tree's interpreter first (✗: more than 1e-3 relative off, excluded from the ratios). Every timed run includes",
    "copying the inputs in and the outputs out; a webgpu run also the submission and the read-back.",
    a?.software
      ? `The WebGPU columns ran on a software adapter (${a.description}): CPU timings of a rasterizer emulating a GPU, ` +
        "not GPU figures; they say nothing about dlc's WGSL on GPU hardware, only how the kernel count and shape change the work on this CPU."
      : a ? `The WebGPU columns ran on ${a.description}.` : webgpu ? "The WebGPU columns found no usable adapter." : "WebGPU not run (--no-webgpu).",
    "",
    tt,
    "",
    verdict,
    "",
    `Machine: ${machine}.`,
    "",
    "Timed runs per contender (median / fastest ms, count), build ms, peak bytes (wasm: the plan's temporaries arena, parameters, inputs and outputs excluded, the same quantity in both trees; webgpu: all of its buffers):",
    "",
    ...rows.map(({ spec, cells }) => `- ${spec.name} b${spec.batch}: ` + specs.filter((s) => s.timed).map((s) => {
      const c = cells[s.key];
      if (!c) return `${label(s.key)} —`;
      const peak = s.backend === "webgpu" ? c.peakBytes?.wgsl : c.peakBytes?.wasm;
      const what = c.failed ?? (c.median === undefined ? (c.note ?? "—") : `${fmt(c.median)} / ${fmt(c.min)}, ${c.runs}${c.note ? ` (${c.note})` : ""}`);
      return `${label(s.key)} ${what}; build ${fmt(c.buildMs)} ms${peak !== undefined ? `, peak ${peak.toLocaleString("en-US")} B` : ""}`;
    }).join("; ")),
    "",
    "Correctness checks (max |Δ| over all outputs, relative to max |reference|):",
    "",
    ...rows.map(({ spec, cells }) => `- ${spec.name} b${spec.batch}: ` + specs.slice(1).map((s) => {
      const c = cells[s.key];
      return `${label(s.key)} ${c?.check ? `${c.check.ok ? "ok" : "MISMATCH"} rel ${c.check.rel.toExponential(2)}` : (c?.failed ?? "—")}`;
    }).join("; ")),
  ].join("\n");
  recordSection("fusion", section);
}

await main();
