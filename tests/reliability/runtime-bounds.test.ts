// Time and memory bounds from issue 8, each asserting the clean outcome within a time limit:
// a hung WebGPU device is abandoned without blocking the main thread; a 99 MB safetensors
// header nested 99M deep is refused before it is parsed (it took 33 s and 4.9 GB); loading an
// artifact folder reads only the files the manifest names (a 3 GB stray file, a FIFO and
// /dev/zero beside them are never opened), and a named file that is one of those is an
// ArtifactError before it is read. Also: a file that is not safetensors says so, and every
// weight problem comes in one error.
import { spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync, mkdirSync, unlinkSync, openSync, closeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ArtifactError, serializeArtifact } from "../../runtime/artifact.ts";
import { loadArtifact } from "../../runtime/artifact-load.ts";
import { RunError, SafetensorsError, WeightError } from "../../runtime/errors.ts";
import { load } from "../../runtime/session.ts";
import { readSafetensors, writeSafetensors } from "../../runtime/safetensors.ts";
import { dlc, ROOT } from "../cli/cli-support.ts";
import { failure, tinyArtifact, tinySession, W, B, within } from "./runtime-support.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A built Tiny artifact folder with weights, as `dlc build --seed` writes one. */
async function artifactDir(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "dlc-rel-"));
  dirs.push(dir);
  const weights = writeSafetensors({ "l.w": { dtype: "f32", shape: [3, 2], data: new Float32Array(W) }, "l.b": { dtype: "f32", shape: [2], data: new Float32Array(B) } });
  for (const [name, bytes] of Object.entries(serializeArtifact(await tinyArtifact(), { "weights.safetensors": weights }))) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), bytes);
  }
  return dir;
}

describe("a hung WebGPU device", () => {
  it("is abandoned: a GpuTimeoutError within the timeout, the main thread never blocked, dispose() at once", () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "tests/reliability/runtime-hang-child.ts"), "1500"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(performance.now() - t0).toBeLessThan(60_000);
    expect(r.status, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout.trim().split("\n").pop()!);
    if (got.noAdapter) {
      expect(process.env.CI).not.toBe("true");
      return;
    }
    expect(got.loadCode).toBe("webgpu/timeout");
    expect(got.loadMs).toBeLessThan(1500 + 2000);
    expect(got.okY).toEqual([1, 4, 9]); // the run before the hang: relu(x * w)
    expect(got.runCode).toBe("webgpu/timeout");
    expect(got.runMs).toBeLessThan(1500 + 2000);
    expect(got.nextCode).toBe("webgpu/timeout"); // a timed-out session stays failed
    expect(got.disposeMs).toBeLessThan(100);
    expect(got.worstGap).toBeLessThan(1000);
  });
});

describe("safetensors header bounds", () => {
  it("refuses a 99 MB header nested 99M deep before parsing it", async () => {
    const n = 99_000_000;
    const bytes = new Uint8Array(8 + n).fill(0x5b, 8); // "[[[[…"
    new DataView(bytes.buffer).setBigUint64(0, BigInt(n), true);
    bytes[8] = 0x7b; // starts like a header: "{[[[…"
    const e = await within(3_000, () => failure(() => readSafetensors(bytes)));
    expect(e).toBeInstanceOf(SafetensorsError);
    expect([e.code, e.message]).toEqual(["safetensors/too-deep", "safetensors: the header nests deeper than 8 levels (a safetensors header needs 3)"]);
  });

  it("names a file that is not safetensors at all", async () => {
    const s = (await tinySession("interp"))!;
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const e = await failure(() => s.setWeights(png));
    expect([e.code, e.message]).toEqual(["safetensors/not-safetensors", 'safetensors: this is not a safetensors file (it looks like a PNG image): a safetensors file starts with an 8-byte header length and then "{"']);
    const json = await failure(() => s.setWeights(new TextEncoder().encode('{"l.w": [1, 0, 0, 1, 1, 1]}')));
    expect(json.message).toMatch(/^safetensors: this is not a safetensors file \(it looks like JSON text\)/);
    s.dispose();
  });
});

describe("all weight problems in one error", () => {
  it("reports missing, unexpected and wrong-shaped weights together, and sets none", async () => {
    const s = (await tinySession("wasm"))!;
    const e = await failure(() => s.setWeights({ "l.w": { data: new Float32Array(6), shape: [2, 3] }, "l.v": new Float32Array(2) }));
    expect(e).toBeInstanceOf(WeightError);
    const w = e as WeightError;
    expect(w.problems.map((p) => [p.problem, p.tensor])).toEqual([["shape", "l.w"], ["unexpected", "l.v"], ["missing", "l.b"]]);
    expect(w.message).toBe('3 problems with the weights: weight "l.w": expected f32[3, 2], got f32[2, 3]; weight "l.v" (f32[2]) is not a parameter of this model; weight "l.b" is missing (expected f32[2])');
    expect(Array.from(s.run({ x: new Float32Array([1, 2, 3]) }).y!.data)).toEqual([4.5, 4.5]);
    s.dispose();
  });
});

describe("a WASM module that traps", () => {
  it("is a RunError naming the session and the trap, not a WebAssembly.RuntimeError", async () => {
    // A module with the plan's exports (1 page of memory, `prepare`, `run`) whose functions are `unreachable`.
    const trap = Uint8Array.from([
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
      0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type: () -> ()
      0x03, 0x02, 0x01, 0x00, // one function of type 0
      0x05, 0x03, 0x01, 0x00, 0x01, // one memory, at least 1 page
      0x07, 0x1a, 0x03, 0x06, ...new TextEncoder().encode("memory"), 0x02, 0x00, 0x03, ...new TextEncoder().encode("run"), 0x00, 0x00,
      0x07, ...new TextEncoder().encode("prepare"), 0x00, 0x00,
      0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b, // body: unreachable
    ]);
    const good = await tinyArtifact();
    const s = await load({ manifest: good.manifest, files: { ...good.files, "model.wasm": trap } }, { backend: "wasm" });
    s.setWeights({ "l.w": new Float32Array(W), "l.b": new Float32Array(B) });
    const e = await failure(() => s.run({ x: new Float32Array([1, 2, 3]) }));
    expect(e).toBeInstanceOf(RunError);
    expect(e.code).toBe("run/failed");
    expect(e.message).toMatch(/^session "Tiny" on wasm: the run failed \(unreachable\)/);
    s.dispose();
  });
});

describe("loading an artifact folder reads only the files its manifest names", () => {
  it("ignores a 3 GB stray file, a FIFO and /dev/zero beside them, in the API and in `dlc run DIR`", async () => {
    const dir = await artifactDir();
    const big = path.join(dir, "stray.bin");
    closeSync(openSync(big, "w"));
    truncateSync(big, 3 * 2 ** 30); // sparse: 3 GB long, no disk used
    execFileSync("mkfifo", [path.join(dir, "pipe")]);
    symlinkSync("/dev/zero", path.join(dir, "zero"));
    symlinkSync("/dev/zero", path.join(dir, "wgsl", "zero.wgsl"));
    const a = await within(5_000, () => loadArtifact(dir));
    expect(Object.keys(a.files).sort()).toEqual(Object.keys(a.manifest.files!).sort());
    expect(Object.keys(a.files)).not.toContain("stray.bin");
    const r = await within(60_000, () => dlc(["run", dir, "--backend", "wasm", "--inputs", writeInputs(dir)]));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/4\.5/);
  });

  it("refuses a named file that is a FIFO, /dev/zero or a 3 GB file, without reading it", async () => {
    const cases: [string, (f: string) => void, string, RegExp][] = [
      ["graph.json", (f) => execFileSync("mkfifo", [f]), "artifact/unreadable", /graph\.json is not a regular file/],
      ["model.wasm", (f) => symlinkSync("/dev/zero", f), "artifact/unreadable", /model\.wasm is not a regular file/],
      ["model.ir", (f) => {
        closeSync(openSync(f, "w"));
        truncateSync(f, 3 * 2 ** 30);
      }, "artifact/size", /^model\.ir is 3221225472 bytes, but the manifest says \d+: the file was replaced or truncated$/],
      ["manifest.json", (f) => symlinkSync("/dev/zero", f), "artifact/unreadable", /manifest\.json is not a regular file/],
    ];
    for (const [name, make, code, message] of cases) {
      const dir = await artifactDir();
      unlinkSync(path.join(dir, name));
      make(path.join(dir, name));
      const e = await within(5_000, () => failure(() => loadArtifact(dir)));
      expect(e, name).toBeInstanceOf(ArtifactError);
      expect([e.code, e.message], name).toEqual([code, expect.stringMatching(message)]);
    }
  });
});

/** An inputs file for Tiny: x = [[1, 2, 3]]. */
function writeInputs(dir: string): string {
  const f = path.join(dir, "..", `${path.basename(dir)}-inputs.safetensors`);
  writeFileSync(f, writeSafetensors({ x: { dtype: "f32", shape: [1, 3], data: new Float32Array([1, 2, 3]) } }));
  dirs.push(f);
  return f;
}
