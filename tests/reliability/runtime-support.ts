// Shared by the runtime reliability tests: the Tiny model with hand weights, its reference
// computed here in plain JavaScript, the WebGPU adapter, and a timer for time bounds.
import { expect } from "vitest";
import type { Artifact } from "../../runtime/artifact.ts";
import { load, type BackendName, type Session } from "../../runtime/session.ts";
import { buildSource, TINY } from "../runtime-session/session-support.ts";
import { realGpu } from "../webgpu-runtime/gpu-support.ts";

export { TINY, buildSource };

// y = relu(x @ W + B) with W = [[1, 0], [0, 1], [1, 1]], B = [0.5, -0.5]: exact in f32 for small integer x.
export const W = [1, 0, 0, 1, 1, 1];
export const B = [0.5, -0.5];
export const W2 = [2, 0, 0, 2, 0, 0];
export const B2 = [1, 1];

/** The reference: y = relu(x @ w + b) for x of shape [rows, 3], computed in doubles. */
export function tinyRef(x: ArrayLike<number>, w: readonly number[] = W, b: readonly number[] = B): number[] {
  const out: number[] = [];
  for (let r = 0; r < x.length / 3; r++) {
    for (let c = 0; c < 2; c++) {
      let s = b[c]!;
      for (let k = 0; k < 3; k++) s += x[3 * r + k]! * w[2 * k + c]!;
      out.push(Math.max(0, s));
    }
  }
  return out;
}

let built: Promise<Artifact> | undefined;
/** Tiny at batch 4 for every target (built once per file). */
export function tinyArtifact(): Promise<Artifact> {
  built ??= buildSource(TINY, 4, ["wasm", "wgsl"]);
  return built;
}

let gpu: Promise<GPU | undefined> | undefined;
export function theGpu(): Promise<GPU | undefined> {
  gpu ??= realGpu();
  return gpu;
}

export const BACKENDS: readonly BackendName[] = ["interp", "wasm", "webgpu"];

/** A session on `backend` with W and B set; undefined when there is no adapter (never under CI=true: realGpu fails then). */
export async function tinySession(backend: BackendName, artifact?: Artifact): Promise<Session | undefined> {
  const a = artifact ?? (await tinyArtifact());
  const g = backend === "webgpu" ? await theGpu() : undefined;
  if (backend === "webgpu" && !g) return undefined;
  const s = await load(a, { backend, ...(g ? { gpu: g } : {}) });
  s.setWeights({ "l.w": { data: new Float32Array(W), shape: [3, 2] }, "l.b": { data: new Float32Array(B) } });
  return s;
}

/** Runs `f` and checks it finished within `ms` milliseconds. */
export async function within<T>(ms: number, f: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const v = await f();
  expect(performance.now() - t0).toBeLessThan(ms);
  return v;
}

/** What `f` throws or rejects with. */
export async function failure(f: () => unknown): Promise<Error & { code?: string }> {
  try {
    await f();
  } catch (e) {
    return e as Error & { code?: string };
  }
  throw new Error("expected an error, but nothing was thrown");
}
