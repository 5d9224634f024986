// `dlc build` and `dlc run` end to end: artifact files, seeded runs, inputs and outputs files,
// typed runtime errors as `error[<code>]: message` (exit 1) and usage errors (exit 2).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { f32Tensor, readStF32, writeSt } from "../runtime-session/st-bytes.ts";
import { dlc } from "./cli-support.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "dlc-run-"));
const file = (name: string) => path.join(dir, name);
const ART = file("mlp-artifact");
const TINY_SRC = "use std.nn.{Linear}\n\nmodel T {\n  input x: f32[B, 3]\n  l = Linear(3, 2)\n  output y = l(x)\n}\n";

beforeAll(() => {
  writeFileSync(file("tiny.dl"), TINY_SRC);
  // w = [[1, 0], [0, 1], [1, 1]], b = [0.5, -0.5]
  writeFileSync(file("tiny-w.safetensors"), writeSt({ "l.w": f32Tensor([3, 2], [1, 0, 0, 1, 1, 1]), "l.b": f32Tensor([2], [0.5, -0.5]) }));
  writeFileSync(file("tiny-x.safetensors"), writeSt({ x: f32Tensor([2, 3], [1, 2, 3, NaN, 0, 0]) }));
});

const tiny = (...args: string[]) => dlc(["run", file("tiny.dl"), "--backend", "interp", "--weights", file("tiny-w.safetensors"), "--repeat", "0", ...args]);

describe("dlc run", () => {
  it("runs a model on an inputs file and writes the outputs by name", () => {
    const out = file("tiny-y.safetensors");
    const r = tiny("--inputs", file("tiny-x.safetensors"), "--out", out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("model T (");
    expect(r.stdout).toContain("backend interp, batch 2 (built 2; runs 1..2)");
    // Row 1 is NaN·w: NaN passes through (1 NaN... both outputs of that row), row 0 is [4.5, 4.5].
    expect(r.stdout).toContain("output y: f32[2, 2] mean 4.50000, 2 NaN, 0 inf first [4.50000, 4.50000, NaN, NaN]");
    const y = readStF32(new Uint8Array(readFileSync(out))).y!;
    expect(y.shape).toEqual([2, 2]);
    expect(Array.from(y.data.subarray(0, 2))).toEqual([4.5, 4.5]);
    expect(y.data.subarray(2).every(Number.isNaN)).toBe(true);
  });

  it("prints typed runtime errors as error[code] and exits 1", () => {
    writeFileSync(file("bad-shape.safetensors"), writeSt({ x: f32Tensor([2, 4], new Float32Array(8)) }));
    writeFileSync(file("bad-name.safetensors"), writeSt({ z: f32Tensor([2, 3], new Float32Array(6)) }));
    writeFileSync(file("w-missing.safetensors"), writeSt({ "l.w": f32Tensor([3, 2], new Float32Array(6)) }));
    const full = readFileSync(file("tiny-x.safetensors"));
    writeFileSync(file("truncated.safetensors"), full.subarray(0, full.length - 4));
    const cases: [string[], string][] = [
      [["--inputs", file("bad-shape.safetensors")], 'error[input/shape]: input "x": expected f32[2, 3], got f32[2, 4]\n'],
      [["--inputs", file("bad-name.safetensors")], 'error[input/unknown]: input "z" is not an input of this model (its inputs are "x")\n'],
      [["--inputs", file("tiny-x.safetensors"), "--batch", "1"], 'error[batch/out-of-range]: input "x": batch size 2 is not allowed by this artifact (allowed: exactly 1)\n'],
    ];
    for (const [args, message] of cases) {
      const r = tiny(...args);
      expect(r.stderr).toBe(message);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
    }
    const w = dlc(["run", file("tiny.dl"), "--backend", "interp", "--weights", file("w-missing.safetensors"), "--inputs", file("tiny-x.safetensors")]);
    expect([w.code, w.stderr]).toEqual([1, 'error[weight/missing]: weight "l.b" is missing (expected f32[2])\n']);
    const t = tiny("--inputs", file("truncated.safetensors"));
    expect(t.code).toBe(1);
    expect(t.stderr).toMatch(/^error\[safetensors\/(truncated|bad-offsets|gap)\]: safetensors: /);
    const missing = tiny("--inputs", file("nope.safetensors"));
    expect([missing.code, missing.stderr]).toEqual([1, `error: cannot read inputs \`${file("nope.safetensors")}\`: no such file\n`]);
  });

  it("reports compile errors as diagnostics and exits 1", () => {
    writeFileSync(file("broken.dl"), "use std.nn.{Linear}\n\nmodel M {\n  input x: f32[B, 4]\n  l = Linear(5, 2)\n  output y = l(x)\n}\n");
    const r = dlc(["run", file("broken.dl"), "--backend", "interp", "--random-inputs"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error\[E04\d\d\]/);
    expect(r.stdout).toBe("");
  });

  it("exits 2 on usage errors", () => {
    const usage: [string[], RegExp][] = [
      [["run", file("tiny.dl")], /give the inputs: --inputs FILE.safetensors, or --random-inputs/],
      [["run", file("tiny.dl"), "--random-inputs", "--inputs", "x.safetensors"], /either --inputs FILE or --random-inputs, not both/],
      [["run", file("tiny.dl"), "--random-inputs", "--batch", "0"], /--batch must be a positive integer, got "0"/],
      [["run", file("tiny.dl"), "--random-inputs", "--backend", "gpu"], /argument 'gpu' is invalid/],
      [["run", file("tiny.dl"), "--random-inputs", "--backend", "interp", "--model", "Nope"], /no model or wired graph named `Nope`.*\(it declares: T\)/],
      [["build", file("tiny.dl")], /required option '-o, --out <dir>' not specified/],
      [["build", file("tiny.dl"), "-o", file("x"), "--target", "cuda"], /argument .cuda. is invalid/],
    ];
    for (const [args, message] of usage) {
      const r = dlc(args);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
    }
  });
});

describe("dlc build", () => {
  it("writes an artifact that `dlc run` reads, with the seeded weights", () => {
    const b = dlc(["build", "examples/mlp.dl", "--target", "wasm", "-o", ART, "--batch", "8", "--seed", "3"]);
    expect(b.stderr).toBe("");
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/^built Mlp for interp, wasm \(batch 8; runs 1\.\.8\) in [\d.]+ ms\n/);
    for (const f of ["manifest.json", "model.wasm", "graph.json", "model.ir", "weights.safetensors"]) expect(existsSync(path.join(ART, f))).toBe(true);
    const m = JSON.parse(readFileSync(path.join(ART, "manifest.json"), "utf8"));
    expect(m).toMatchObject({
      format: "dlc-artifact",
      version: 2,
      model: "Mlp",
      batch: { built: 8, min: 1, max: 8 },
      inputs: [{ name: "x", dtype: "f32", shape: [8, 784], batchAxis: 0 }],
      outputs: [{ name: "logits", dtype: "f32", shape: [8, 10], batchAxis: 0 }],
      backends: { wasm: { file: "model.wasm" }, interp: { file: "graph.json" } },
      ir: "model.ir",
    });
    // Parameter names are exactly what `dlc inspect` prints.
    const inspect = JSON.parse(dlc(["inspect", "--json", "examples/mlp.dl"]).stdout);
    expect(m.parameters.map((p: { name: string }) => p.name)).toEqual(inspect.parameters.map((p: { name: string }) => p.name));
    expect(m.parameters[0]).toMatchObject({ name: "h1.w", dtype: "f32", shape: [784, 300], init: { kind: "glorot_uniform" }, trainable: true });
    // The printed IR names the ops.
    expect(readFileSync(path.join(ART, "model.ir"), "utf8")).toMatch(/= matmul %\d+, %\d+/);
  });

  it("the artifact runs smaller batches; its weights equal --seed's", () => {
    // Random inputs are a stream per input, so 3 samples are the first 3 of 8.
    const o8 = file("o8.safetensors");
    const o3 = file("o3.safetensors");
    const full = dlc(["run", "examples/mlp.dl", "--backend", "interp", "--seed", "3", "--batch", "8", "--random-inputs", "--out", o8, "--repeat", "0"]);
    expect(full.code).toBe(0);
    const small = dlc(["run", ART, "--backend", "wasm", "--random-inputs", "--seed", "3", "--batch", "3", "--out", o3]);
    expect(small.stderr).toBe("");
    expect(small.code).toBe(0);
    expect(small.stdout).toContain(`weights: ${ART}/weights.safetensors`);
    expect(small.stdout).toContain("backend wasm, batch 3 (built 8; runs 1..8)");
    const a = readStF32(new Uint8Array(readFileSync(o8))).logits!;
    const c = readStF32(new Uint8Array(readFileSync(o3))).logits!;
    expect(c.shape).toEqual([3, 10]);
    c.data.forEach((v, i) => expect(Math.abs(v - a.data[i]!)).toBeLessThanOrEqual(1e-5 + 1e-4 * Math.abs(a.data[i]!)));
  });
});
