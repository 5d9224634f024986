// Soak (`npm run bench:soak`): per backend, 10,000 runs on one session and 1,000
// load/run/dispose cycles, with the process's RSS at the start, middle and end of each, in a
// fresh child process per backend so that one backend's memory does not hide another's. Every
// output is checked against the first one (same input), and that one against the interpreter.
// webgpu runs on whatever adapter Dawn finds (lavapipe here); it also does the 1,000 cycles
// sharing one device, which tells Dawn's per-device memory from the session's.
//
//   npx tsx bench/soak.ts [--runs N] [--cycles N] [--backends interp,wasm,webgpu] [--no-record]
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { Child, machineLine, recordSection, ROOT } from "./harness.ts";
import { nodeGpu } from "../cli/node-gpu.ts";
import { parseArtifact, serializeArtifact, type Artifact } from "../runtime/artifact.ts";
import { load, type BackendName, type LoadOptions } from "../runtime/session.ts";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : dflt;
};
const RUNS = Number(opt("runs", "10000"));
const CYCLES = Number(opt("cycles", "1000"));
const MODEL = "examples/mlp.dl";
const BATCH = 1;

interface Phase {
  phase: string;
  count: number;
  rss: [number, number, number];
  heap: number;
  seconds: number;
  adapter?: string;
}

/** Built in the parent (the children load only the runtime, so their RSS is the runtime's). */
async function artifactFiles(): Promise<Record<string, Uint8Array>> {
  const { buildArtifact } = await import("../compiler/build.ts");
  const { createNodeHost } = await import("../cli/node-host.ts");
  const host = createNodeHost({ cwd: ROOT });
  const r = await buildArtifact([host.entryPath(MODEL)], host, { batch: BATCH, targets: ["wasm", "wgsl"] });
  if (!r.artifact) throw new Error(`build failed: ${r.diagnostics.map((d) => d.message).join("; ")}`);
  return serializeArtifact(r.artifact);
}

function weightsOf(a: Artifact): Record<string, Float32Array> {
  let s = 7;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 32 - 0.5);
  return Object.fromEntries(a.manifest.parameters.map((p) => [p.name, Float32Array.from({ length: p.shape.reduce((x, y) => x * y, 1) }, next)]));
}

/** The child: one backend, both phases; answers with the phases. */
async function child(backend: BackendName, files: Record<string, Uint8Array>): Promise<Phase[]> {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  const rss = (): number => {
    for (let i = 0; i < 3; i++) gc();
    return process.memoryUsage().rss;
  };
  const artifact = parseArtifact(files);
  const weights = weightsOf(artifact);
  const x = { x: Float32Array.from({ length: 784 }, (_, i) => (i % 13) / 13) };
  const gpu = backend === "webgpu" ? await nodeGpu() : undefined;
  const options: LoadOptions = { backend, ...(gpu ? { gpu } : {}) };
  const ref = await load(artifact, { backend: "interp" });
  ref.setWeights(weights);
  const want = ref.run(x).logits!.data;
  ref.dispose();
  const same = (got: ArrayLike<number>, what: string, tol: number): void => {
    const scale = Math.max(1, ...Array.from(want, Math.abs));
    for (let i = 0; i < want.length; i++) if (!(Math.abs(got[i]! - want[i]!) <= tol * scale)) throw new Error(`${backend} ${what}: logits[${i}] = ${got[i]}, interpreter ${want[i]}`);
  };
  const tol = backend === "interp" ? 0 : 1e-5;
  const phases: Phase[] = [];

  // 10,000 runs on one session.
  const s = await load(artifact, options);
  s.setWeights(weights);
  const first = (await s.runAsync(x)).logits!.data;
  same(first, "first run", tol);
  let r0 = rss();
  let mid = 0;
  let t0 = performance.now();
  for (let i = 0; i < RUNS; i++) {
    const y = (await s.runAsync(x)).logits!.data;
    if (i % 997 === 0) for (let k = 0; k < y.length; k++) if (y[k] !== first[k]) throw new Error(`${backend} run ${i} differs from the first run`);
    if (i === RUNS / 2) mid = rss();
  }
  let seconds = (performance.now() - t0) / 1000;
  phases.push({ phase: `${RUNS.toLocaleString("en")} runs, one session`, count: RUNS, rss: [r0, mid, rss()], heap: process.memoryUsage().heapUsed, seconds, ...(s.adapter ? { adapter: s.adapter.description } : {}) });
  const device = backend === "webgpu" ? await (await gpu!.requestAdapter())!.requestDevice() : undefined;
  s.dispose();

  const cycles = async (label: string, o: LoadOptions): Promise<void> => {
    const cycle = async (): Promise<void> => {
      const c = await load(artifact, o);
      c.setWeights(weights);
      same((await c.runAsync(x)).logits!.data, "cycle", tol);
      c.dispose();
    };
    for (let i = 0; i < 20; i++) await cycle(); // allocator pools and JIT settle first
    r0 = rss();
    t0 = performance.now();
    for (let i = 0; i < CYCLES; i++) {
      await cycle();
      if (i === CYCLES / 2) mid = rss();
    }
    seconds = (performance.now() - t0) / 1000;
    phases.push({ phase: label, count: CYCLES, rss: [r0, mid, rss()], heap: process.memoryUsage().heapUsed, seconds });
  };
  await cycles(`${CYCLES.toLocaleString("en")} load/run/dispose cycles`, options);
  if (device) {
    await cycles(`${CYCLES.toLocaleString("en")} cycles sharing one device`, { ...options, device });
    device.destroy();
  }
  return phases;
}

const mb = (b: number): string => (b / 2 ** 20).toFixed(1);

async function main(): Promise<void> {
  const backends = opt("backends", "interp,wasm,webgpu").split(",") as BackendName[];
  const rows: string[] = [];
  let adapter = "";
  const files = await artifactFiles();
  for (const backend of backends) {
    process.stderr.write(`soak: ${backend}...\n`);
    const c = new Child(path.join(ROOT, "bench/soak.ts"), ["--child", backend, "--runs", String(RUNS), "--cycles", String(CYCLES)]);
    const reply = await c.ask({ type: "go", files }, 3_600_000);
    c.close();
    if (reply.type === "error") throw new Error(`${backend}: ${reply.message}`);
    for (const p of reply.phases as Phase[]) {
      if (p.adapter) adapter = p.adapter;
      const per = ((p.rss[2] - p.rss[0]) / p.count / 1024).toFixed(2);
      rows.push(`| ${backend} | ${p.phase} | ${mb(p.rss[0])} | ${mb(p.rss[1])} | ${mb(p.rss[2])} | ${per} | ${mb(p.heap)} | ${p.seconds.toFixed(1)} |`);
    }
  }
  const section = [
    "## Soak (`npm run bench:soak`)",
    "",
    `${MODEL} at batch ${BATCH}, built for every target by the parent. Per backend, in a fresh process that loads only the runtime: ${RUNS.toLocaleString("en")} runAsync calls on one session,`,
    `then ${CYCLES.toLocaleString("en")} load/setWeights/runAsync/dispose cycles (after 20 warm-up cycles). RSS after a full GC at the start,`,
    "middle and end of each phase; growth per op = (end − start) / count. Every output is checked against the first run's,",
    "and that against the interpreter (exact on interp, within 1e-5 of the largest |logit| on wasm and webgpu).",
    `webgpu ran on ${adapter || "no adapter"}; its "sharing one device" row passes one GPUDevice to every load(), so Dawn's per-device memory drops out.`,
    "",
    "| backend | phase | RSS start MB | RSS middle MB | RSS end MB | growth per op KB | heap end MB | seconds |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    `Machine: ${machineLine()}; ${new Date().toISOString().slice(0, 10)}.`,
  ].join("\n");
  process.stdout.write(section + "\n");
  if (!args.includes("--no-record")) recordSection("soak", section);
}

if (args.includes("--child")) {
  const backend = opt("child", "interp") as BackendName;
  process.on("message", (m: { files: Record<string, Uint8Array> }) => {
    child(backend, m.files).then(
      (phases) => process.send!({ type: "phases", phases }, () => process.exit(0)),
      (e: unknown) => process.send!({ type: "error", message: e instanceof Error ? e.stack ?? e.message : String(e) }, () => process.exit(1)),
    );
  });
} else {
  await main();
}
