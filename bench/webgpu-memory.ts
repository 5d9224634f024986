// Where WebGPU memory goes (`npx tsx bench/webgpu-memory.ts`): the soak (bench/soak.ts) shows RSS
// growing over load/dispose cycles on webgpu; this tells dlc's share from Dawn's. Each probe runs
// in a fresh process and reads RSS after a full GC at five points; the Dawn-only probes call the
// WebGPU API directly and load no dlc code beyond the adapter lookup (cli/node-gpu.ts).
//
//   npx tsx bench/webgpu-memory.ts [--cycles N] [--ops N] [--probe NAME,...] [--no-record]
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { Child, machineLine, recordSection, ROOT } from "./harness.ts";
import { nodeGpu } from "../cli/node-gpu.ts";
import { parseArtifact, serializeArtifact } from "../runtime/artifact.ts";
import { load } from "../runtime/session.ts";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : dflt;
};
const CYCLES = Number(opt("cycles", "1000"));
const OPS = Number(opt("ops", "10000"));

interface Probe {
  name: string;
  what: string;
  count: (o: { cycles: number; ops: number }) => number;
  /** Sets up once, then returns one step. */
  setup: (gpu: GPU, files: Record<string, Uint8Array>) => Promise<(i: number) => Promise<void>>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const WGSL = (i: number) => `@group(0) @binding(0) var<storage, read_write> v: array<f32>;\n@compute @workgroup_size(64) fn main(@builtin(global_invocation_id) g: vec3u) { v[g.x] = v[g.x] * ${i + 1}.0; }`;

async function device(gpu: GPU): Promise<GPUDevice> {
  const a = await gpu.requestAdapter();
  if (!a) throw new Error("no WebGPU adapter");
  return a.requestDevice();
}

/** One device's whole life with a buffer written and read back, as a session's is. */
async function deviceLife(gpu: GPU): Promise<void> {
  const d = await device(gpu);
  const b = d.createBuffer({ size: 1024, usage: 0x0008 | 0x0001 /* COPY_DST | MAP_READ */ });
  d.queue.writeBuffer(b, 0, new Float32Array(256));
  await b.mapAsync(1);
  b.unmap();
  b.destroy();
  d.destroy();
}

const PROBES: Probe[] = [
  {
    name: "dawn-devices",
    what: "Dawn alone: requestDevice, one buffer written and mapped, destroy, back to back",
    count: (o) => o.cycles,
    setup: async (gpu) => async () => deviceLife(gpu),
  },
  {
    name: "dawn-devices-paced",
    what: "the same with 20 ms between devices (as a page that loads a model now and then)",
    count: (o) => o.cycles,
    setup: async (gpu) => async () => {
      await deviceLife(gpu);
      await sleep(20);
    },
  },
  {
    name: "dawn-pipelines",
    what: "Dawn alone: one device, a new compute pipeline (distinct shader) per step, never destroyed",
    count: (o) => o.cycles,
    setup: async (gpu) => {
      const d = await device(gpu);
      return async (i) => {
        await d.createComputePipelineAsync({ layout: "auto", compute: { module: d.createShaderModule({ code: WGSL(i) }), entryPoint: "main" } });
      };
    },
  },
  {
    name: "dawn-submits",
    what: "Dawn alone: one device, writeBuffer + empty submit + mapAsync per step",
    count: (o) => o.ops,
    setup: async (gpu) => {
      const d = await device(gpu);
      const b = d.createBuffer({ size: 1024, usage: 0x0008 | 0x0001 });
      const data = new Float32Array(256);
      return async () => {
        d.queue.writeBuffer(b, 0, data);
        d.queue.submit([]);
        await b.mapAsync(1);
        b.unmap();
      };
    },
  },
  {
    name: "dlc-own-device",
    what: "dlc: load (its own device) / setWeights / runAsync / dispose, the MLP at batch 1",
    count: (o) => o.cycles,
    setup: async (gpu, files) => {
      const artifact = parseArtifact(files);
      const weights = Object.fromEntries(artifact.manifest.parameters.map((p) => [p.name, { data: new Float32Array(p.shape.reduce((a, b) => a * b, 1)).fill(0.01) }]));
      const x = { x: new Float32Array(784).fill(0.5) };
      return async () => {
        const s = await load(artifact, { backend: "webgpu", gpu });
        s.setWeights(weights);
        await s.runAsync(x);
        s.dispose();
      };
    },
  },
  {
    name: "dlc-shared-device",
    what: "dlc: the same cycle with one GPUDevice passed to every load (its kernels compiled once, reused)",
    count: (o) => o.cycles,
    setup: async (gpu, files) => {
      const artifact = parseArtifact(files);
      const d = await device(gpu);
      const weights = Object.fromEntries(artifact.manifest.parameters.map((p) => [p.name, { data: new Float32Array(p.shape.reduce((a, b) => a * b, 1)).fill(0.01) }]));
      const x = { x: new Float32Array(784).fill(0.5) };
      return async () => {
        const s = await load(artifact, { backend: "webgpu", gpu, device: d });
        s.setWeights(weights);
        await s.runAsync(x);
        s.dispose();
      };
    },
  },
];

interface Reading { rss: number[]; heap: number[]; seconds: number; n: number }

async function child(name: string, files: Record<string, Uint8Array>): Promise<Reading> {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  const heap: number[] = [];
  const rss = (): number => {
    for (let i = 0; i < 3; i++) gc();
    const m = process.memoryUsage();
    heap.push(m.heapUsed);
    return m.rss;
  };
  const probe = PROBES.find((p) => p.name === name)!;
  const gpu = await nodeGpu();
  const step = await probe.setup(gpu, files);
  const n = probe.count({ cycles: CYCLES, ops: OPS });
  const warm = Math.max(5, Math.round(n / 50));
  for (let i = 0; i < warm; i++) await step(-1 - i);
  const points = [rss()];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    await step(i);
    if ((i + 1) % (n / 4) === 0) points.push(rss());
  }
  return { rss: points, heap, seconds: (performance.now() - t0) / 1000, n };
}

async function main(): Promise<void> {
  const { buildArtifact } = await import("../compiler/build.ts");
  const { createNodeHost } = await import("../cli/node-host.ts");
  const host = createNodeHost({ cwd: ROOT });
  const built = await buildArtifact([host.entryPath("examples/mlp.dl")], host, { batch: 1, targets: ["wgsl"] });
  if (!built.artifact) throw new Error("the MLP did not build");
  const files = serializeArtifact(built.artifact);
  const mb = (b: number) => (b / 2 ** 20).toFixed(1);
  const rows: string[] = [];
  const only = opt("probe", "").split(",").filter(Boolean);
  for (const p of PROBES.filter((p) => only.length === 0 || only.includes(p.name))) {
    process.stderr.write(`webgpu-memory: ${p.name}...\n`);
    const c = new Child(path.join(ROOT, "bench/webgpu-memory.ts"), ["--child", p.name, "--cycles", String(CYCLES), "--ops", String(OPS)]);
    const r = await c.ask({ type: "go", files }, 3_600_000);
    c.close();
    if (r.type === "error") throw new Error(`${p.name}: ${r.message}`);
    const { rss, heap, seconds, n } = r as unknown as Reading;
    const q = n / 4;
    const perQuarter = rss.slice(1).map((v, i) => ((v - rss[i]!) / q / 1024).toFixed(2));
    rows.push(`| ${p.what} | ${n.toLocaleString("en")} | ${rss.map(mb).join(" → ")} | ${perQuarter.join(", ")} | ${((rss[4]! - rss[0]!) / n / 1024).toFixed(2)} | ${((heap[4]! - heap[0]!) / n / 1024).toFixed(2)} | ${seconds.toFixed(1)} |`);
  }
  const section = [
    "## Where WebGPU memory goes (`npx tsx bench/webgpu-memory.ts`)",
    "",
    "Each probe in a fresh process, after a few warm-up steps; RSS after a full GC at the start and after each quarter of",
    "the steps; growth per step in each quarter, and over all; the JS heap's growth per step over all (the rest of RSS",
    "is native: Dawn, the software adapter, the allocator). Dawn-only rows call the WebGPU API with no dlc code.",
    "",
    "| probe | steps | RSS MB (start → ¼ → ½ → ¾ → end) | KB per step, by quarter | KB per step | JS heap KB per step | seconds |",
    "|---|---:|---|---|---:|---:|---:|",
    ...rows,
    "",
    `Machine: ${machineLine()}; ${new Date().toISOString().slice(0, 10)}.`,
  ].join("\n");
  process.stdout.write(section + "\n");
  if (!args.includes("--no-record")) recordSection("webgpu-memory", section);
}

if (args.includes("--child")) {
  process.on("message", (m: { files: Record<string, Uint8Array> }) => {
    child(opt("child", ""), m.files).then(
      (r) => process.send!({ type: "done", ...r }, () => process.exit(0)),
      (e: unknown) => process.send!({ type: "error", message: e instanceof Error ? e.stack ?? e.message : String(e) }, () => process.exit(1)),
    );
  });
} else {
  await main();
}
