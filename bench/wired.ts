// A large random wired net: 1,000 neurons and 10,000 connections (bench/wired-gen.ts, fixed
// seed), built fused and unfused (-O0) for batch 64, and by the old compiler (52d8be2) when
// DLC_OLD_TREE names its checkout (see bench/fusion.ts); its levels, kernels per backend,
// build times and forward times on the interpreter, WASM and WebGPU (software adapter:
// labelled so). Writes the `wired` section of bench/RESULTS.md.
//
//   [DLC_OLD_TREE=/tmp/dlc-old] npx tsx bench/wired.ts [--batch 64] [--seed 7] [--no-webgpu] [--no-write] [--keep FILE.dl]
//
// The goal it is measured against (issue 7): one kernel per level or better.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_RUN, FusionBench, timeCell, type ContenderSpec } from "./fusion-run.ts";
import { fmt, machineLine, recordSection, ROOT } from "./harness.ts";
import { DEFAULT_WIRED, generateWired } from "./wired-gen.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const batch = Number(arg("--batch") ?? 64);
const seed = Number(arg("--seed") ?? DEFAULT_WIRED.seed);
const write = !process.argv.includes("--no-write");
const webgpu = !process.argv.includes("--no-webgpu");
const keep = arg("--keep");
const oldTree = process.env.DLC_OLD_TREE;

function git(dir: string, ...args: string[]): string {
  try {
    return execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "?";
  }
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const loadBefore = os.loadavg()[0]!;
  const net = generateWired({ ...DEFAULT_WIRED, seed });
  const dir = mkdtempSync(path.join(os.tmpdir(), "dlc-wired-"));
  const file = path.join(dir, "random_wired.dl");
  writeFileSync(file, net.source);
  if (keep) writeFileSync(keep, net.source);
  console.log(`${net.neurons} neurons, ${net.edges} edges, ${net.inputs} inputs, ${net.levels} levels, largest fan-in ${net.maxFanIn}`);

  const specs: ContenderSpec[] = [{ key: "interp", label: "interp", root: ROOT, backend: "interp", mode: "fused", targets: [], timed: true }];
  const haveOld = oldTree !== undefined && existsSync(path.join(oldTree, "compiler", "build.ts"));
  const oldNote = haveOld
    ? `before: the tree at ${git(oldTree!, "rev-parse", "--short", "HEAD")}, built and run in the same run`
    : "before: not measured (set DLC_OLD_TREE to a checkout of 52d8be2 with node_modules linked; see bench/fusion.ts)";
  if (haveOld) specs.push({ key: "old", label: "wasm before", root: path.resolve(oldTree!), backend: "wasm", mode: "fused", targets: ["wasm", "wgsl"], timed: true });
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
  const bench = new FusionBench(specs, { ...DEFAULT_RUN });
  let result;
  try {
    const pre = await bench.preload();
    for (const [k, why] of Object.entries(pre)) if (why) console.log(`  ${k}: preload failed: ${why}`);
    result = await bench.runCase({ name: "random wired", file, model: net.model, batch });
  } finally {
    bench.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const { cells, otherCores } = result;
  for (const s of specs) {
    const c = cells[s.key]!;
    console.log(`  ${s.label}: kernels ${JSON.stringify(c.kernels ?? {})}, build ${fmt(c.buildMs)} ms` + (c.failed ? `, ${c.failed}` : "") +
      (c.check ? `, ${c.check.ok ? "ok" : "MISMATCH"} ${c.check.text}` : "") + (c.median !== undefined ? `, median ${fmt(c.median)} ms over ${c.runs}` : "") + (c.note ? ` (${c.note})` : ""));
  }
  const a = bench.adapter;
  const gpu = a ? (a.software ? `WebGPU (software: ${a.description.split(/[ (:]/)[0]})` : `WebGPU (${a.description.split(/[ (:]/)[0]})`) : "WebGPU";
  const k = (key: string, b: "wasm" | "wgsl") => cells[key]?.kernels?.[b];
  const perLevel = (n: number | undefined, w?: number) => (n === undefined ? "—" : `${n} (${(n / net.levels).toFixed(2)} per level)${w ? ` +${w} weights` : ""}`);
  const kernels = [
    "| backend | levels | kernels before | kernels -O0 | kernels fused | fused per run ≤ one per level |",
    "|---|---:|---:|---:|---:|---|",
    ...(["wasm", "wgsl"] as const).map((b) => {
      const f = k("fwasm", b);
      return `| ${b.toUpperCase()} | ${net.levels} | ${perLevel(k("old", b))} | ${perLevel(k("o0wasm", b))} | ${perLevel(f, cells.fwasm?.weightsKernels?.[b])} | ${f === undefined ? "—" : f <= net.levels ? "yes" : `no (${f} > ${net.levels})`} |`;
    }),
  ].join("\n");
  // What the fused kernels are, by name without the "k<i>_" prefix (for the compiler engineer).
  const histogram = (names: string[] | undefined) => {
    const n = new Map<string, number>();
    for (const x of names ?? []) n.set(x.replace(/^k\d+_/, ""), (n.get(x.replace(/^k\d+_/, "")) ?? 0) + 1);
    return [...n].sort((p, q) => q[1] - p[1]).map(([name, c]) => `${name} ×${c}`).join(", ") || "—";
  };
  const cols = specs.map((s) => s.key);
  const head = (key: string) => ({ interp: "interp", old: "WASM before", o0wasm: "WASM -O0", fwasm: "WASM fused", o0gpu: `${gpu} -O0`, fgpu: `${gpu} fused` } as Record<string, string>)[key]!;
  const times = [
    `| batch | ${cols.map(head).join(" | ")} | other load (cores) |`,
    `|---:|${cols.map(() => "---:").join("|")}|---:|`,
    `| ${batch} | ${cols.map((c) => timeCell(cells[c], fmt)).join(" | ")} | ${otherCores === undefined ? "?" : otherCores.toFixed(2)} |`,
    `| build ms | ${cols.map((c) => fmt(cells[c]?.buildMs)).join(" | ")} | |`,
  ].join("\n");
  const dirty = git(ROOT, "status", "--porcelain", "--", "compiler", "runtime", "stdlib", "cli");
  const machine = `${machineLine()}; ${new Date().toISOString().slice(0, 10)}; after: this tree at ${git(ROOT, "rev-parse", "--short", "HEAD")}` +
    `${dirty ? " (with uncommitted changes under compiler/runtime/stdlib/cli by other engineers)" : ""}; ` +
    `1-minute load average ${loadBefore.toFixed(2)} before the run, ${os.loadavg()[0]!.toFixed(2)} after; whole run ${((performance.now() - t0) / 1000).toFixed(0)} s`;
  console.log(`\n${kernels}\n\nfused kernels: ${histogram(cells.fwasm?.kernelNames)}\n\n${times}\n${machine}`);
  if (!write) return;
  const label = (key: string) => specs.find((s) => s.key === key)!.label;
  recordSection("wired", [
    "## A 1,000-neuron random wired net (`npx tsx bench/wired.ts`)",
    "",
    `\`wired ${net.model}\` from bench/wired-gen.ts (seed ${seed}; \`npx tsx bench/wired-gen.ts > net.dl\` writes it): ` +
      `${net.inputs} inputs, ${net.hiddenGroups.length} hidden groups (${net.hiddenGroups.map((g) => `${g.name}[${g.count}] ${g.act}`).join(", ")}), ` +
      `output y[${net.neurons - net.hiddenGroups.reduce((s, g) => s + g.count, 0)}] linear: ${net.neurons.toLocaleString("en-US")} neurons, ` +
      `${net.edges.toLocaleString("en-US")} connections, each neuron's sources drawn uniformly from the inputs and the hidden neurons before it ` +
      `(a random DAG). ${net.levels} levels (inputs level 0; a neuron 1 + its deepest source), neurons per level ${net.perLevel.join(" ")}; largest fan-in ${net.maxFanIn}.`,
    `Built for batch ${batch}. ${oldNote[0]!.toUpperCase()}${oldNote.slice(1)}.`,
    "",
    "Kernels each run dispatches (manifest.backends.*.kernels; before: the old WASM plan's and WGSL program's kernels); " +
      "`+n weights`: kernels that read only parameters (the level weights packed from the groups' parameters) and run once per weight change, not per run (spec/fusion.md):",
    "",
    kernels,
    "",
    `Fused WASM kernels by name: ${histogram(cells.fwasm?.kernelNames)}.`,
    "",
    "Forward time, median ms per run (each output checked against the interpreter's: " +
      specs.slice(1).map((s) => `${label(s.key)} ${cells[s.key]?.check ? `${cells[s.key]!.check!.ok ? "ok" : "MISMATCH"} rel ${cells[s.key]!.check!.rel.toExponential(1)}` : (cells[s.key]?.failed ?? "—")}`).join(", ") +
      "), and the build time of each (buildArtifact for its targets: the wasm rows build WASM and WGSL, the webgpu rows WGSL only):",
    a?.software ? `The WebGPU columns ran on a software adapter (${a.description}): CPU timings, not GPU figures.` : a ? `WebGPU ran on ${a.description}.` : "",
    "",
    times,
    "",
    "Runs: " + specs.map((s) => {
      const c = cells[s.key]!;
      return `${label(s.key)} ${c.failed ?? (c.median === undefined ? (c.note ?? "—") : `${fmt(c.median)} / ${fmt(c.min)} ms, ${c.runs}${c.note ? ` (${c.note})` : ""}`)}`;
    }).join("; ") + ".",
    "",
    `Machine: ${machine}.`,
  ].join("\n"));
}

await main();
