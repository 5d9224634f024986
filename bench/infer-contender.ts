// One contender of the inference benchmark, in its own process (forked by infer-speed.ts
// with advanced IPC serialization, so typed arrays travel as they are). Own processes keep
// the runtimes apart: onnxruntime-web fixes its thread count at its first session, and no
// runtime's heap or worker threads disturb another's timings.
//
// Messages in:  {type: "setup", workload, batch, weights, x}  → {type: "ready", out, firstMs, via}
//               {type: "time", reps}                          → {type: "times", ms: number[], cpuMs (cumulative)}
//               {type: "dispose"}                             → {type: "disposed"}
// Any failure answers {type: "error", message}.
import path from "node:path";
import { createRequire } from "node:module";
import type { Workload } from "./infer-workloads.ts";
import { WORKLOADS } from "./infer-workloads.ts";

export type ContenderKind = "interp" | "wasm" | "webgpu" | "tfjs" | "ort1" | "ort2";

interface Prepared {
  run(): Float32Array | Promise<Float32Array>;
  via: string;
  dispose?(): void | Promise<void>;
  /** webgpu: the adapter it ran on (the column's label says whether it is a software one). */
  adapter?: { description: string; software: boolean };
}

const kind = process.argv[2] as ContenderKind;
const require = createRequire(import.meta.url);

async function prepareTfjs(wl: Workload, batch: number, weights: Record<string, Float32Array>, x: Float32Array): Promise<Prepared> {
  const tf = await import("@tensorflow/tfjs-core");
  const wasm = await import("@tensorflow/tfjs-backend-wasm");
  if (tf.getBackend() !== "wasm") {
    wasm.setWasmPaths(path.dirname(require.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm")) + path.sep);
    await tf.setBackend("wasm");
    await tf.ready();
  }
  const { tfjsForward } = await import("./infer-tfjs.ts");
  const fwd = tfjsForward(wl, batch, weights, x);
  return { run: fwd.run, via: `tfjs ${tf.version_core}, backend ${tf.getBackend()}`, dispose: fwd.dispose };
}

let ortLoaded: typeof import("onnxruntime-web") | undefined;

async function prepareOrt(wl: Workload, batch: number, weights: Record<string, Float32Array>, x: Float32Array, threads: number): Promise<Prepared> {
  if (!ortLoaded) {
    ortLoaded = await import("onnxruntime-web");
    ortLoaded.env.wasm.numThreads = threads;
    ortLoaded.env.wasm.simd = true;
  }
  const ort = ortLoaded;
  const { onnxModel } = await import("./infer-onnx.ts");
  const { bytes } = onnxModel(wl, batch, weights);
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ["wasm"], graphOptimizationLevel: "all" });
  const feed = { x: new ort.Tensor("float32", x, [batch, ...wl.sample]) };
  const outName = session.outputNames[0]!;
  return {
    run: async () => {
      const r = await session.run(feed);
      const t = r[outName]!;
      const data = t.data as Float32Array;
      t.dispose();
      return data;
    },
    via: `onnxruntime-web ${ort.env.versions.web ?? "?"}, wasm, numThreads ${ort.env.wasm.numThreads}`,
    dispose: () => session.release(),
  };
}

async function prepareDlc(wl: Workload, batch: number, weights: Record<string, Float32Array>, x: Float32Array, backend: "interp" | "wasm" | "webgpu"): Promise<Prepared> {
  const dlc = await import("./infer-dlc.ts");
  if (backend === "webgpu") return dlc.webgpuRunner(wl, batch, x, weights);
  const low = await dlc.lowerWorkload(wl, batch);
  return backend === "interp" ? dlc.interpRunner(low, x, weights) : dlc.wasmRunner(wl, batch, low, x, weights);
}

let current: Prepared | undefined;

async function handle(msg: { type: string; workload?: Workload["name"]; batch?: number; weights?: Record<string, Float32Array>; x?: Float32Array; reps?: number }): Promise<unknown> {
  switch (msg.type) {
    case "setup": {
      await current?.dispose?.();
      current = undefined;
      const wl = WORKLOADS[msg.workload!];
      const [b, w, x] = [msg.batch!, msg.weights!, msg.x!];
      current = kind === "tfjs" ? await prepareTfjs(wl, b, w, x)
        : kind === "ort1" ? await prepareOrt(wl, b, w, x, 1)
        : kind === "ort2" ? await prepareOrt(wl, b, w, x, 2)
        : await prepareDlc(wl, b, w, x, kind);
      const t0 = performance.now();
      const out = await current.run();
      const firstMs = performance.now() - t0;
      return { type: "ready", out: Float32Array.from(out), firstMs, via: current.via, adapter: current.adapter };
    }
    case "time": {
      const ms: number[] = [];
      for (let i = 0; i < msg.reps!; i++) {
        const t0 = performance.now();
        await current!.run();
        ms.push(performance.now() - t0);
      }
      // The whole process's CPU time so far (IPC handling included), for the load meter.
      const cpu = process.cpuUsage();
      return { type: "times", ms, cpuMs: (cpu.user + cpu.system) / 1000 };
    }
    case "dispose":
      await current?.dispose?.();
      current = undefined;
      return { type: "disposed" };
    default:
      throw new Error(`unknown message ${msg.type}`);
  }
}

process.on("message", (msg: unknown) => {
  handle(msg as Parameters<typeof handle>[0]).then(
    (reply) => process.send!(reply),
    (e: unknown) => process.send!({ type: "error", message: e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e) }),
  );
});
process.on("disconnect", () => process.exit(0));
