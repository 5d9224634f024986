// `dlc run --backend webgpu` on the command line: Dawn's two start-up warnings are not printed
// (cli/dawn-quiet.ts runs the command as a child and filters its stderr), and building the
// pipelines shows a progress line on a terminal (cli/progress.ts, counted by cli/gpu-progress.ts).
import { describe, expect, it } from "vitest";
import { loadsDawn, StderrFilter } from "../../cli/dawn-quiet.ts";
import { countingPipelines } from "../../cli/gpu-progress.ts";
import { startProgress } from "../../cli/progress.ts";
import type { CliIo } from "../../cli/program.ts";
import { realGpu } from "../webgpu-runtime/gpu-support.ts";
import { dlc } from "./cli-support.ts";

const W1 = "Warning: maxDynamicUniformBuffersPerPipelineLayout artificially reduced from 1000000 to 16 to fit dynamic offset allocation limit.\n";
const W2 = "Warning: maxDynamicStorageBuffersPerPipelineLayout artificially reduced from 1000000 to 16 to fit dynamic offset allocation limit.\n";

describe("the stderr filter", () => {
  const run = (chunks: string[]) => {
    const f = new StderrFilter();
    return chunks.map((c) => f.push(c)).join("") + f.end();
  };

  it("drops exactly Dawn's two warnings, however the text is split", () => {
    const text = W1 + W2 + "error[input/shape]: bad\nWarning: something else\n";
    const kept = "error[input/shape]: bad\nWarning: something else\n";
    expect(run([text])).toBe(kept);
    expect(run([...text])).toBe(kept);
    expect(run([W1.slice(0, 30), W1.slice(30) + W2.slice(0, 5), W2.slice(5) + "x\n"])).toBe("x\n");
  });

  it("passes a line at once unless it may still become a warning", () => {
    const f = new StderrFilter();
    expect(f.push("\r\x1b[2K⠋ building the WebGPU pipelines 3/9 (1 s)")).toBe("\r\x1b[2K⠋ building the WebGPU pipelines 3/9 (1 s)");
    expect(f.push("\r\x1b[2K")).toBe("\r\x1b[2K");
    expect(f.push("\n")).toBe("\n");
    expect(f.push("Warn")).toBe("");
    expect(f.push("ing: maxDynamicX")).toBe("");
    expect(f.push(" not Dawn's\n")).toBe("Warning: maxDynamicX not Dawn's\n");
    expect(f.push("Warnings are")).toBe("Warnings are");
  });

  it("is used for `run --backend webgpu` only", () => {
    expect(loadsDawn(["run", "m.dl", "--backend", "webgpu"])).toBe(true);
    expect(loadsDawn(["run", "m.dl", "--backend=webgpu", "--json"])).toBe(true);
    expect(loadsDawn(["run", "m.dl", "--backend", "wasm"])).toBe(false);
    expect(loadsDawn(["build", "m.dl", "--target", "wgsl"])).toBe(false);
  });
});

describe("the progress line", () => {
  const io = (tty: boolean, env: Record<string, string> = {}) => {
    const written: string[] = [];
    const cli: CliIo = { stdout: () => {}, stderr: (s) => written.push(s), cwd: "/", env, isTTY: false, stderrIsTTY: tty };
    return { cli, written };
  };
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("shows the step with the elapsed time on a terminal, and erases itself", async () => {
    const { cli, written } = io(true);
    const p = startProgress(cli, "building the WebGPU pipelines 0/3");
    await sleep(600);
    p.update("building the WebGPU pipelines 2/3");
    await sleep(250);
    p.stop();
    expect(written.some((s) => s.includes("building the WebGPU pipelines 0/3 (0 s)"))).toBe(true);
    expect(written.some((s) => s.includes("2/3"))).toBe(true);
    expect(written.every((s) => s.startsWith("\r\x1b[2K") && !s.includes("\n"))).toBe(true);
    expect(written.at(-1)).toBe("\r\x1b[2K");
    const n = written.length;
    await sleep(250);
    expect(written.length).toBe(n);
  });

  it("shows nothing for a fast step, when stderr is not a terminal, or on TERM=dumb", async () => {
    for (const { cli, written } of [io(true), io(false), io(true, { TERM: "dumb" })]) {
      const p = startProgress(cli, "x");
      await sleep(cli.stderrIsTTY && cli.env.TERM !== "dumb" ? 100 : 600);
      p.stop();
      expect(written).toEqual([]);
    }
  });

  it("counts pipelines through a wrapped GPU that forwards everything else to the real objects", async () => {
    let built = 0;
    const device = {
      label: "d",
      createComputePipelineAsync(this: unknown) {
        expect(this).toBe(device);
        return Promise.resolve({ pipeline: true });
      },
      createBuffer(this: unknown) {
        expect(this).toBe(device);
        return "buffer";
      },
    };
    const adapter = { info: { description: "fake" }, requestDevice: async () => device };
    const gpu = { requestAdapter: async () => adapter } as unknown as GPU;
    const wrapped = countingPipelines(gpu, () => built++);
    const a = (await wrapped.requestAdapter())!;
    expect((a as unknown as typeof adapter).info.description).toBe("fake");
    const d = await a.requestDevice();
    expect(d.label).toBe("d");
    expect((d as unknown as typeof device).createBuffer()).toBe("buffer");
    await d.createComputePipelineAsync({} as GPUComputePipelineDescriptor);
    await d.createComputePipelineAsync({} as GPUComputePipelineDescriptor);
    await Promise.resolve();
    expect(built).toBe(2);
  });
});

describe("dlc run --backend webgpu", async () => {
  const gpu = await realGpu();
  it.skipIf(!gpu)("prints its results and none of Dawn's start-up warnings", () => {
    const args = ["run", "examples/mlp.dl", "--backend", "webgpu", "--random-inputs", "--repeat", "0"];
    const r = dlc(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("output logits: f32[1, 10]");
    expect(r.stderr).not.toContain("artificially reduced");
    expect(r.stderr).toBe("");
    // Without the filter (as the child runs) Dawn's warnings are there, on this adapter at least.
    const raw = dlc(args, { env: { DLC_DAWN_FILTERED: "1" } });
    expect(raw.code).toBe(0);
    if (raw.stderr.includes("artificially reduced")) expect(raw.stderr).toBe(W1 + W2);
    // --json: the object alone on stdout, nothing on stderr.
    const j = dlc([...args, "--json"]);
    expect(JSON.parse(j.stdout)).toMatchObject({ command: "run", ok: true, backend: "webgpu" });
    expect(j.stderr).toBe("");
  }, 120_000);
});
