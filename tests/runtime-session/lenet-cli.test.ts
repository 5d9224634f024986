// The issue's "done when": `dlc run examples/lenet.dl --backend wasm|interp --weights W
// --inputs I --out O` with W and I written by another program (this test's own safetensors
// writer), both backends agreeing with each other and with a TF.js forward pass.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dlc } from "../cli/cli-support.ts";
import { LENET_SHAPES, asSt, firstMismatch, lenetWeights, randomValues, tfLenet } from "./lenet-support.ts";
import { f32Tensor, readStF32, writeSt } from "./st-bytes.ts";

const BATCH = 64;
const dir = mkdtempSync(path.join(os.tmpdir(), "dlc-lenet-"));
const W = path.join(dir, "w.safetensors");
const I = path.join(dir, "i.safetensors");
const I16 = path.join(dir, "i16.safetensors");
const weights = lenetWeights(7);
const x = randomValues(99, BATCH * 28 * 28, 1);
let expected: Float32Array;
let interpLogits: Float32Array | undefined;

beforeAll(async () => {
  writeFileSync(W, writeSt(asSt(weights, LENET_SHAPES)));
  writeFileSync(I, writeSt({ x: f32Tensor([BATCH, 1, 28, 28], x) }));
  writeFileSync(I16, writeSt({ x: f32Tensor([16, 1, 28, 28], x.subarray(0, 16 * 28 * 28)) }));
  expected = await tfLenet(weights, x, BATCH);
});

function runLenet(backend: string, inputs: string, extra: string[] = [], file = "examples/lenet.dl"): Float32Array {
  const out = path.join(dir, `o-${backend}-${path.basename(inputs)}-${extra.join("")}-${path.basename(file)}.safetensors`);
  const r = dlc(["run", file, "--backend", backend, "--weights", W, "--inputs", inputs, "--out", out, "--repeat", "1", ...extra]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`backend ${backend}`);
  expect(r.stdout).toMatch(/time: (compile|read) [\d.]+ ms, load [\d.]+ ms, first run [\d.]+ ms, median of 1 runs [\d.]+ ms/);
  const logits = readStF32(new Uint8Array(readFileSync(out))).logits!;
  return logits.data;
}

describe("dlc run examples/lenet.dl with weights and inputs from another writer", () => {
  it("the interpreter matches TF.js", () => {
    const got = (interpLogits = runLenet("interp", I));
    expect(got.length).toBe(BATCH * 10);
    // The logits are not all alike (the weights reach the output).
    expect(Math.max(...got) - Math.min(...got)).toBeGreaterThan(0.5);
    expect(firstMismatch(got, expected)).toBe(-1);
  });

  it("wasm matches the interpreter and TF.js", () => {
    const wasm = runLenet("wasm", I);
    const interp = interpLogits ?? runLenet("interp", I);
    expect(firstMismatch(wasm, interp)).toBe(-1);
    expect(firstMismatch(wasm, expected)).toBe(-1);
  });

  it("a model built for batch 64 runs 16 samples: the first 16 rows of the batch-64 run", () => {
    // wasm through a built artifact folder (what `dlc build` writes), interp straight from source.
    const art = path.join(dir, "lenet-artifact");
    const b = dlc(["build", "examples/lenet.dl", "--target", "wasm", "-o", art, "--batch", "64"]);
    expect(b.stderr).toBe("");
    expect(b.code).toBe(0);
    const viaArtifact = runLenet("wasm", I16, [], art);
    const viaSource = runLenet("interp", I16, ["--batch", "64"]);
    for (const small of [viaArtifact, viaSource]) {
      expect(small.length).toBe(16 * 10);
      expect(firstMismatch(small, expected.subarray(0, 160))).toBe(-1);
    }
  });
});
