// Fuzz: tampered artifacts. Each case damages a built artifact's files (flipped bytes, edited
// manifest fields, swapped, truncated or deleted files), reads it with parseArtifact and runs
// whatever loads on every backend it was built for. The property: a typed DlcError, or exactly
// the right numbers (tinyRef, the model in plain JavaScript). Never another exception (a stack
// trace for the user), never a wrong answer. A run draws at least 500 cases; the seed comes from
// DLC_FUZZ_SEED when set, so a failure can be replayed.
//
// Two kinds of manifest edit: left as is (the manifest's integrity digest must catch it), and
// "consistent forgeries" whose integrity digest is recomputed, so the structural checks
// (manifest against WASM plan, graph and WGSL program) must catch whatever would change the
// numbers. Forging a file's content together with its digest is out of scope: the runtime
// cannot tell a different model from the right one (spec/runtime.md, "Trust").
import { describe, expect, it } from "vitest";
import { mulberry32 as rng } from "../../compiler/graphgen/prng.ts";
import { manifestIntegrity, MANIFEST_FILE, parseArtifact, serializeArtifact, type Artifact } from "../../runtime/artifact.ts";
import { DlcError } from "../../runtime/errors.ts";
import { load, type BackendName } from "../../runtime/session.ts";
import { B, buildSource, theGpu, TINY, tinyArtifact, tinyRef, W } from "./runtime-support.ts";

const CASES = 520;
const SEED = Number(process.env.DLC_FUZZ_SEED ?? 20261202);
/** WebGPU loads cost tens of milliseconds on lavapipe: at most this many per run. */
const MAX_GPU_LOADS = 60;
const X = [1, 2, 3, -1, 0, 4];

type Files = Map<string, Uint8Array>;
const enc = new TextEncoder();
const dec = new TextDecoder();

/** Every [parent, key] of a JSON value, depth first. */
function slots(v: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []): typeof out {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), slots(x, out)));
  else if (typeof v === "object" && v !== null) for (const [k, x] of Object.entries(v)) (out.push([v as Record<string, unknown>, k]), slots(x, out));
  return out;
}

function editValue(v: unknown, r: () => number): unknown {
  const pick = <T,>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  if (typeof v === "number") return pick([v + 1, v - 1, v + 16, v * 2, 0, -1, 2.5, 2 ** 53, `${v}`, null]);
  if (typeof v === "string") return pick(["", v + "x", v.slice(1), "y", "__proto__", "../../etc/passwd", 7, null]);
  if (typeof v === "boolean") return !v;
  if (Array.isArray(v)) return pick([[], [...v, v[0]], v.slice(1), [...v].reverse(), {}, null]);
  if (typeof v === "object" && v !== null) return pick([{}, [], null, "x"]);
  return pick([0, "", {}, []]);
}

/** One tampered copy of `base`; `label` says what was done, for the failure message. */
function tamper(base: Files, others: Files[], r: () => number): { files: Files; label: string } {
  const files: Files = new Map(base);
  const names = [...files.keys()];
  const pick = <T,>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const kind = r();
  if (kind < 0.42) {
    const name = pick(names);
    const bytes = files.get(name)!.slice();
    const flips = 1 + Math.floor(r() * 3);
    for (let i = 0; i < flips; i++) bytes[Math.floor(r() * bytes.length)] ^= 1 << Math.floor(r() * 8);
    files.set(name, bytes);
    return { files, label: `flip ${flips} bit(s) in ${name}` };
  }
  if (kind < 0.8) {
    const m = JSON.parse(dec.decode(files.get(MANIFEST_FILE)));
    const all = slots(m);
    const [parent, key] = pick(all);
    const before = JSON.stringify((parent as Record<string, unknown>)[key as string]);
    if (!Array.isArray(parent) && r() < 0.15) delete (parent as Record<string, unknown>)[key];
    else (parent as Record<string, unknown>)[key as string] = editValue((parent as Record<string, unknown>)[key as string], r);
    const forged = r() < 0.6;
    if (forged) m.integrity = manifestIntegrity(m);
    files.set(MANIFEST_FILE, enc.encode(JSON.stringify(m)));
    return { files, label: `${forged ? "forged" : "edited"} manifest ${String(key)}: ${before?.slice(0, 60)} → ${JSON.stringify((parent as Record<string, unknown>)[key as string])?.slice(0, 60)}` };
  }
  if (kind < 0.92) {
    const other = pick(others);
    const name = pick(names.filter((n) => n !== MANIFEST_FILE));
    const from = pick([...other.keys()].filter((n) => n !== MANIFEST_FILE));
    files.set(name, other.get(from)!);
    return { files, label: `swap ${name} for another artifact's ${from}` };
  }
  const name = pick(names);
  if (r() < 0.5) {
    files.delete(name);
    return { files, label: `delete ${name}` };
  }
  const bytes = files.get(name)!;
  files.set(name, r() < 0.5 ? bytes.subarray(0, Math.floor(r() * bytes.length)) : new Uint8Array([...bytes, 0x20]));
  return { files, label: `truncate or extend ${name}` };
}

type Outcome = "typed" | "right";

async function attempt(files: Files, gpu: GPU | undefined, useGpu: boolean): Promise<{ outcome: Outcome; detail: string; gpuLoads: number }> {
  let artifact: Artifact;
  let gpuLoads = 0;
  try {
    artifact = parseArtifact(files);
  } catch (e) {
    return { outcome: classify(e), detail: code(e), gpuLoads };
  }
  const backends: BackendName[] = ["interp", "wasm", "webgpu"];
  let detail = "";
  for (const backend of backends) {
    if (backend === "webgpu" && (!gpu || !useGpu)) continue;
    if (backend === "webgpu") gpuLoads++;
    try {
      const s = await load(artifact, { backend, ...(backend === "webgpu" ? { gpu, timeoutMs: 20_000 } : {}) });
      try {
        s.setWeights({ "l.w": new Float32Array(W), "l.b": new Float32Array(B) });
        const out = await s.runAsync({ x: { data: new Float32Array(X), shape: [2, 3] } });
        const y = out.y;
        const right = y !== undefined && y.dtype === "f32" && JSON.stringify(y.shape) === "[2,2]" && JSON.stringify(Array.from(y.data)) === JSON.stringify(tinyRef(X));
        if (!right) throw new WrongAnswer(`${backend} returned ${JSON.stringify(out, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float32Array) : v))}`);
      } finally {
        s.dispose();
      }
      detail += `${backend}:right `;
    } catch (e) {
      if (e instanceof WrongAnswer) throw e;
      classify(e);
      detail += `${backend}:${code(e)} `;
    }
  }
  return { outcome: "right", detail, gpuLoads };
}

class WrongAnswer extends Error {}

function classify(e: unknown): Outcome {
  if (e instanceof DlcError) return "typed";
  throw new Error(`untyped ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e)}`);
}

function code(e: unknown): string {
  return e instanceof DlcError ? e.code : "?";
}

describe(`fuzz: ${CASES} tampered artifacts (seed ${SEED})`, () => {
  it("each is a typed error or exactly the right numbers, on every backend", async () => {
    const base = new Map(Object.entries(serializeArtifact(await tinyArtifact())));
    const others = [
      new Map(Object.entries(serializeArtifact(await buildSource(TINY, 2, ["wasm", "wgsl"])))),
      new Map(Object.entries(serializeArtifact(await buildSource(TINY.replace("relu(l(x))", "l(x)"), 4, ["wasm", "wgsl"])))),
    ];
    const gpu = await theGpu();
    // The untampered artifact passes on every backend: the oracle itself is right.
    expect((await attempt(base, gpu, true)).detail.trim()).toBe(gpu ? "interp:right wasm:right webgpu:right" : "interp:right wasm:right");
    const r = rng(SEED);
    const tally = new Map<string, number>();
    let gpuLoads = 0;
    for (let i = 0; i < CASES; i++) {
      const { files, label } = tamper(base, others, r);
      let result;
      try {
        result = await attempt(files, gpu, gpuLoads < MAX_GPU_LOADS);
      } catch (e) {
        throw new Error(`case ${i} (seed ${SEED}): ${label}: ${e instanceof Error ? e.message : String(e)}`);
      }
      gpuLoads += result.gpuLoads;
      const key = result.outcome === "typed" ? result.detail : "loaded and right";
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    // The fuzzer reaches the checks it is meant to test, not only the first one.
    for (const c of ["artifact/digest", "artifact/integrity", "artifact/bad-manifest", "artifact/missing-file", "artifact/size"]) expect(tally.get(c) ?? 0, c).toBeGreaterThan(0);
    expect([...tally.keys()].some((k) => k.startsWith("artifact/mismatch"))).toBe(true);
    expect(tally.get("loaded and right") ?? 0).toBeGreaterThan(0);
    console.log(`artifact fuzz (seed ${SEED}):`, Object.fromEntries([...tally].sort((a, b) => b[1] - a[1])));
  });
});
