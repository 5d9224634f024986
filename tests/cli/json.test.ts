// `--json` means the same on every command: stdout is one JSON object, {command, ok,
// diagnostics, ...}, `ok` is exit status 0, diagnostics (warnings too) are in it and not on
// stderr, failures that are not diagnostics are `error: {code?, message}`, and stderr stays
// empty. Run in-process (runCli) so that the many cases stay fast.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../cli/program.ts";
import { f32Tensor, writeSt } from "../runtime-session/st-bytes.ts";
import { ROOT, tempDir } from "./cli-support.ts";
import { writeFileSync } from "node:fs";

async function cli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

/** Runs with --json and checks the envelope: one object, ok ⇔ exit 0, nothing on stderr. */
async function json(args: string[], cwd = ROOT): Promise<{ code: number; doc: Record<string, unknown> & { diagnostics: { code: string; severity: string }[] } }> {
  const r = await cli([...args, "--json"], cwd);
  expect(r.stderr, args.join(" ")).toBe("");
  const doc = JSON.parse(r.stdout);
  expect(r.stdout.trimEnd().endsWith("}")).toBe(true);
  expect(doc.command).toBe(args[0]);
  expect(doc.ok).toBe(r.code === 0);
  expect(Array.isArray(doc.diagnostics)).toBe(true);
  return { code: r.code, doc };
}

const MODEL = "model M {\n  input x: f32[B, 4]\n  output y = x * 2.0\n}\n";
const WARNS = "model M {\n  input x: f32[B, 4]\n  unused = x * 3.0\n  output y = x * 2.0\n}\n";
const BROKEN = "model M {\n  input x: f32[B, 4]\n  output y = x @ x\n}\n";

describe("--json on every command", () => {
  it("check: the diagnostics, with the files checked", async () => {
    const dir = tempDir({ "ok.dl": MODEL, "bad.dl": BROKEN, "warn.dl": WARNS });
    expect((await json(["check", "ok.dl"], dir)).doc).toEqual({ command: "check", ok: true, diagnostics: [], files: ["ok.dl"] });
    const bad = await json(["check", "bad.dl"], dir);
    expect(bad.code).toBe(1);
    expect(bad.doc.diagnostics.map((d) => d.code)).toEqual(["E0408"]);
    const warn = await json(["check", "warn.dl"], dir);
    expect([warn.code, warn.doc.diagnostics.map((d) => [d.code, d.severity])]).toEqual([0, [["W0001", "warning"]]]);
    expect((await json(["check", "warn.dl", "--deny-warnings"], dir)).doc.ok).toBe(false);
    // --format json stays the bare array of diagnostics (the golden files' format).
    expect(JSON.parse((await cli(["check", "bad.dl", "--format", "json"], dir)).stdout)[0].code).toBe("E0408");
  });

  it("inspect: the interface; warnings in the JSON, not on stderr", async () => {
    const dir = tempDir({ "warn.dl": WARNS, "bad.dl": BROKEN });
    const { doc } = await json(["inspect", "warn.dl"], dir);
    expect(doc.model).toBe("M");
    expect(doc.inputs).toEqual([{ name: "x", shape: ["B", 4], dtype: "f32" }]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(["W0001"]);
    const bad = await json(["inspect", "bad.dl"], dir);
    expect([bad.code, bad.doc.diagnostics.map((d) => d.code)]).toEqual([1, ["E0408"]]);
    const unknown = await json(["inspect", "warn.dl", "--model", "Nope"], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.doc.error).toEqual({ message: "no model or wired graph named `Nope` in `warn.dl` (it declares: M)" });
  });

  it("build: what it wrote, file by file with sizes; build errors as diagnostics", async () => {
    const dir = tempDir({ "m.dl": MODEL, "bad.dl": BROKEN, "t.dl": "model M {\n  input x: f32[B, T]\n  output y = x * 2.0\n}\n" });
    const { doc } = await json(["build", "m.dl", "-o", "out", "--seed", "1"], dir);
    expect(doc).toMatchObject({ model: "M", backends: ["interp", "wasm"], out: "out", batch: { built: 1 } });
    const files = doc.files as { path: string; bytes: number }[];
    expect(files.map((f) => f.path)).toEqual(readdirSync(path.join(dir, "out")).sort());
    expect(files.every((f) => f.bytes > 0)).toBe(true);
    expect((await json(["build", "bad.dl", "-o", "out2"], dir)).doc.diagnostics.map((d) => d.code)).toEqual(["E0408"]);
    // A build-time diagnostic (E1003: T needs --dim) and an unknown --dim (E1007) are diagnostics too.
    expect((await json(["build", "t.dl", "-o", "out3"], dir)).doc.diagnostics.map((d) => d.code)).toEqual(["E1003"]);
    expect((await json(["build", "t.dl", "-o", "out3", "--dim", "T=3", "--dim", "Q=2"], dir)).doc.diagnostics.map((d) => d.code)).toEqual(["E1007"]);
    // --print-after's IR goes into the JSON instead of stdout.
    const printed = await json(["build", "m.dl", "--print-after", "dce"], dir);
    expect((printed.doc.ir as { after: string; text: string }[]).map((x) => x.after)).toEqual(["dce"]);
  });

  it("run: outputs summarized, timings, and runtime errors with their code", async () => {
    const dir = tempDir({ "m.dl": MODEL });
    const { doc } = await json(["run", "m.dl", "--random-inputs", "--repeat", "2", "--batch", "3"], dir);
    expect(doc).toMatchObject({ model: "M", backend: "wasm", batch: 3, inputs: { from: "random", seed: 0 }, weights: { from: "initializers", seed: 0 } });
    const [y] = doc.outputs as { name: string; dtype: string; shape: number[]; first: number[]; nan: number; mean: number }[];
    expect(y).toMatchObject({ name: "y", dtype: "f32", shape: [3, 4], nan: 0, inf: 0 });
    expect(y!.first).toHaveLength(5);
    expect(Object.keys(doc.timeMs as object)).toEqual(["compile", "load", "firstRun", "median", "runs"]);
    writeFileSync(path.join(dir, "bad.safetensors"), writeSt({ x: f32Tensor([2, 5], new Float32Array(10)) }));
    const bad = await json(["run", "m.dl", "--inputs", "bad.safetensors", "--batch", "2"], dir);
    expect(bad.code).toBe(1);
    expect(bad.doc.error).toEqual({ code: "input/shape", message: 'input "x": expected f32[2, 4], got f32[2, 5]' });
    const usage = await json(["run", "m.dl"], dir);
    expect([usage.code, usage.doc.error]).toEqual([2, { message: "give the inputs: --inputs FILE.safetensors, or --random-inputs" }]);
  });

  it("graph: the graph's fields, or with -o what was written", async () => {
    const dir = tempDir({ "m.dl": MODEL });
    const { doc } = await json(["graph", "m.dl"], dir);
    expect(doc).toMatchObject({ model: "M", batch: 1 });
    expect((doc.nodes as unknown[]).length).toBeGreaterThan(0);
    const file = await json(["graph", "m.dl", "-o", "g.dot"], dir);
    expect(file.doc).toMatchObject({ model: "M", out: "g.dot", format: "dot" });
    const dot = await json(["graph", "m.dl", "--format", "dot"], dir);
    expect(dot.code).toBe(2);
  });

  it("a command line commander refuses still gets its JSON object (and commander's text on stderr)", async () => {
    const r = await cli(["run", "m.dl", "--bogus", "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ command: "run", ok: false, diagnostics: [], error: { message: "unknown option '--bogus'" } });
    expect(r.stderr).toContain("unknown option");
  });
});
