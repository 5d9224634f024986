// One contender of the fusion benchmark (bench/fusion.ts, bench/wired.ts), in its own process:
// a dlc source tree (this one, or an older checkout given by path), a backend, and fused or
// not. It builds through that tree's own compiler API (compiler/build.ts buildArtifact with
// the Node host of cli/node-host.ts) and runs through that tree's runtime (runtime/session.ts
// load(artifact, {backend})), so an older tree is measured exactly as it was.
//
//   fork("bench/fusion-contender.ts", [ROOT, "wasm" | "webgpu" | "interp", "fused" | "O0"])
//
// Messages in:  {type: "preload"}                            → {type: "preloaded", ms}
//               {type: "build", file, model?, batch, targets} → {type: "built", buildMs, kernels, weightsKernels, kernelNames, peakBytes, parameters, inputs}
//               {type: "load", weights, inputs}               → {type: "ready", out, firstMs, via, adapter?}
//               {type: "time", reps, inner?}                  → {type: "times", ms: number[], cpuMs (cumulative)}
//               (each sample times `inner` runs back to back and reports their mean)
//               {type: "dispose"}                             → {type: "disposed"}
// Any failure answers {type: "error", message}.
import path from "node:path";
import { pathToFileURL } from "node:url";

const [root, backend, mode] = process.argv.slice(2) as [string, "wasm" | "webgpu" | "interp", "fused" | "O0"];
const fuse = mode !== "O0";

// The tree's modules, typed loosely: an older tree's API is the same in the parts used here,
// but its manifest lacks the kernel lists (counted from its plan and WGSL program instead).
/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;
const mod = (rel: string): Promise<Any> => import(pathToFileURL(path.join(root, rel)).href);

interface Built { artifact: Any; buildMs: number }
let built: Built | undefined;
let session: Any;
let feed: Record<string, { data: Float32Array }> = {};

/**
 * Kernels per run for each backend: the manifest's kernel list less its weights-phase kernels
 * (this tree), else the old plan / program; and the weights-phase kernels (run once per weight change).
 */
function kernelCounts(artifact: Any): { kernels: { wasm?: number; wgsl?: number }; weightsKernels: { wasm?: number; wgsl?: number } } {
  const b = artifact.manifest.backends;
  const kernels: { wasm?: number; wgsl?: number } = {};
  const weightsKernels: { wasm?: number; wgsl?: number } = {};
  const split = (list: Any[], key: "wasm" | "wgsl") => {
    const w = list.filter((k) => k?.phase === "weights").length;
    kernels[key] = list.length - w;
    weightsKernels[key] = w;
  };
  if (b.wasm) split(Array.isArray(b.wasm.kernels) ? b.wasm.kernels : b.wasm.plan?.kernels ?? [], "wasm");
  if (b.wgsl) {
    if (Array.isArray(b.wgsl.kernels)) split(b.wgsl.kernels, "wgsl");
    else split((JSON.parse(new TextDecoder().decode(artifact.files[b.wgsl.file])) as { kernels: Any[] }).kernels, "wgsl");
  }
  return { kernels, weightsKernels };
}

/** All outputs, in manifest order, as one f32 array (the check compares them together). */
function flatten(outs: Record<string, { data: ArrayLike<number> }>, names: string[]): Float32Array {
  const parts = names.map((n) => outs[n]!.data);
  const out = new Float32Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(Float32Array.from(p as ArrayLike<number>), at);
    at += p.length;
  }
  return out;
}

async function run(): Promise<Float32Array> {
  const names = (session.outputs as { name: string }[]).map((o) => o.name);
  return flatten(backend === "webgpu" ? await session.runAsync(feed) : session.run(feed), names);
}

async function handle(msg: Any): Promise<unknown> {
  switch (msg.type) {
    case "preload": {
      // The WASM backend loads binaryen (seconds of JS): once per process, before any timing.
      const t0 = performance.now();
      await mod("compiler/build.ts");
      await mod("runtime/session.ts");
      if (backend === "wasm") await mod("compiler/backend-wasm/index.ts");
      if (backend === "webgpu") await (await mod("cli/node-gpu.ts")).nodeGpu();
      return { type: "preloaded", ms: performance.now() - t0 };
    }
    case "build": {
      session?.dispose?.();
      session = undefined;
      built = undefined;
      const { buildArtifact } = await mod("compiler/build.ts");
      const { createNodeHost } = await mod("cli/node-host.ts");
      const host = createNodeHost({ cwd: path.dirname(msg.file) });
      const t0 = performance.now();
      const r = await buildArtifact([path.basename(msg.file)], host, {
        batch: msg.batch, targets: msg.targets, fuse, ...(msg.model ? { model: msg.model } : {}),
      });
      const buildMs = performance.now() - t0;
      if (!r.artifact) {
        const errs = (r.diagnostics as Any[]).filter((d) => d.severity === "error");
        throw new Error(errs.map((d) => `${d.code} ${d.message}`).join("; ") || "no artifact and no error");
      }
      built = { artifact: r.artifact, buildMs };
      const m = r.artifact.manifest;
      return {
        type: "built", buildMs, ...kernelCounts(r.artifact),
        kernelNames: (m.backends.wasm?.kernels ?? m.backends.wgsl?.kernels ?? m.backends.wasm?.plan?.kernels ?? []).map((k: Any) => String(k.name)),
        // The WASM plan's temporaries arena in both trees (the manifest's peakBytes adds parameters,
        // inputs and outputs, which the old tree did not report); WGSL: all of its arenas.
        peakBytes: { wasm: m.backends.wasm?.plan?.peakBytes ?? m.backends.wasm?.peakBytes, wgsl: m.backends.wgsl?.peakBytes },
        parameters: (m.parameters as Any[]).map((p) => ({ name: p.name, shape: p.shape, init: p.init })),
        inputs: (m.inputs as Any[]).map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape })),
      };
    }
    case "load": {
      const { load } = await mod("runtime/session.ts");
      const gpu = backend === "webgpu" ? await (await mod("cli/node-gpu.ts")).nodeGpu() : undefined;
      // A software adapter builds every pipeline at load (minutes for hundreds of kernels with a
      // cold shader cache): a generous wait instead of the runtime's 30 s default.
      session = await load(built!.artifact, { backend, ...(gpu ? { gpu, timeoutMs: 600_000 } : {}) });
      session.setWeights(Object.fromEntries(Object.entries(msg.weights as Record<string, Float32Array>).map(([k, data]) => [k, { data }])));
      feed = Object.fromEntries(Object.entries(msg.inputs as Record<string, Float32Array>).map(([k, data]) => [k, { data }]));
      const t0 = performance.now();
      const out = await run();
      const firstMs = performance.now() - t0;
      const a = session.adapter;
      return {
        type: "ready", out, firstMs,
        via: `buildArtifact(…, {fuse: ${fuse}}) + load(artifact, {backend: "${backend}"})${backend === "webgpu" ? " + runAsync" : " + run"}`,
        ...(a ? { adapter: { description: a.description, software: a.software } } : {}),
      };
    }
    case "time": {
      const ms: number[] = [];
      const inner = Math.max(1, msg.inner ?? 1);
      for (let i = 0; i < msg.reps; i++) {
        const t0 = performance.now();
        for (let j = 0; j < inner; j++) await run();
        ms.push((performance.now() - t0) / inner);
      }
      const cpu = process.cpuUsage();
      return { type: "times", ms, cpuMs: (cpu.user + cpu.system) / 1000 };
    }
    case "dispose":
      session?.dispose?.();
      session = undefined;
      built = undefined;
      return { type: "disposed" };
    default:
      throw new Error(`unknown message ${msg.type}`);
  }
}

process.on("message", (msg: unknown) => {
  handle(msg).then(
    (reply) => process.send!(reply),
    (e: unknown) => process.send!({ type: "error", message: e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e) }),
  );
});
process.on("disconnect", () => process.exit(0));
