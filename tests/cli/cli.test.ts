// The dlc binary end to end: exit codes (0 clean, 1 errors, 2 usage), output formats, and
// running from outside the repository.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, dlc, ROOT, tempDir } from "./cli-support.ts";

const MLP_PARAMS = [
  { name: "h1.w", shape: [784, 300], dtype: "f32" },
  { name: "h1.b", shape: [300], dtype: "f32" },
  { name: "h2.w", shape: [300, 100], dtype: "f32" },
  { name: "h2.b", shape: [100], dtype: "f32" },
  { name: "out.w", shape: [100, 10], dtype: "f32" },
  { name: "out.b", shape: [10], dtype: "f32" },
];

const BROKEN = "use std.nn.{Linear}\n\nmodel M {\n  input x: f32[B, 4]\n  l = Linear(5, 2)\n  output y = l(x)\n}\n";
const SYNTAX = "model M {\n  input x f32[B, 4]\n}\n";

describe("dlc usage errors exit 2", () => {
  it("check with no files", () => {
    const r = dlc(["check"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument");
  });
  it("an unknown option", () => {
    const r = dlc(["check", "--bogus", "examples/mlp.dl"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option");
  });
  it("an unknown command", () => {
    expect(dlc(["chek", "examples/mlp.dl"]).code).toBe(2);
  });
  it("an invalid --format", () => {
    expect(dlc(["check", "--format", "yaml", "examples/mlp.dl"]).code).toBe(2);
  });
  it("no command at all", () => {
    const r = dlc([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage: dlc");
  });
  it("but --help and --version exit 0", () => {
    const help = dlc(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/check[\s\S]*inspect/);
    const version = dlc(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("dlc check", () => {
  it("exits 0 on every example", () => {
    const examples = readdirSync(path.join(ROOT, "examples"))
      .filter((f) => f.endsWith(".dl"))
      .map((f) => `examples/${f}`);
    expect(examples.length).toBeGreaterThan(0);
    const r = dlc(["check", ...examples]);
    expect(r.stdout).toContain("no problems found");
    expect(r.code).toBe(0);
  });

  it("exits 1 and prints rustc-style diagnostics and a summary on a type error", () => {
    const dir = tempDir({ "bad.dl": BROKEN });
    const r = dlc(["check", "bad.dl"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^error\[E0\d{3}\]: /m);
    expect(r.stdout).toContain(" --> bad.dl:");
    expect(r.stdout).toMatch(/error: could not check `bad\.dl` due to \d+ previous errors?/);
    expect(r.stdout).not.toContain("\x1b[");
  });

  it("prints JSON with --format json", () => {
    const dir = tempDir({ "bad.dl": SYNTAX });
    const r = dlc(["check", "--format", "json", "bad.dl"], { cwd: dir });
    expect(r.code).toBe(1);
    const diags: { code: string }[] = JSON.parse(r.stdout);
    // `input x f32[B, 4]` lacks its colon: line 2, column 11 is `f32`.
    expect(diags.find((d) => d.code === "E0004")).toMatchObject({ file: "bad.dl", line: 2, column: 11, severity: "error" });
  });

  it("reports a missing file (E0101) and a directory (E0102) with exit 1", () => {
    const dir = tempDir({ "ok.dl": "fn f(x: f32) -> f32 { x }\n" });
    mkdirSync(path.join(dir, "folder.dl"));
    const missing = dlc(["check", "nope.dl"], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("error[E0101]");
    expect(missing.stdout).toContain("nope.dl");
    const folder = dlc(["check", "folder.dl"], { cwd: dir });
    expect(folder.code).toBe(1);
    expect(folder.stdout).toContain("error[E0102]");
  });

  it("exits 0 on warnings only, 1 with --deny-warnings", () => {
    const file = "tests/golden/diagnostics/W0002-unused-import.dl";
    const r = dlc(["check", file]);
    expect(r.stdout).toContain("warning[W0002]");
    expect(r.stdout).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    expect(dlc(["check", "--deny-warnings", file]).code).toBe(1);
  });

  it("prints exactly what the golden files hold", () => {
    const dir = path.join(ROOT, "tests/golden/diagnostics");
    for (const name of ["E0403-dimension-mismatch", "E0103-import-cycle"]) {
      const entry = existsSync(path.join(dir, `${name}.dl`)) ? `${name}.dl` : `${name}/main.dl`;
      const r = dlc(["check", "--no-color", entry], { cwd: dir });
      expect(r.stdout).toBe(readFileSync(path.join(dir, `${name}.errors.txt`), "utf8"));
      expect(r.code).toBe(1);
      const json = dlc(["check", "--format", "json", entry], { cwd: dir });
      expect(json.stdout).toBe(readFileSync(path.join(dir, `${name}.errors.json`), "utf8"));
    }
  });

  it("colours output with --color, and not with NO_COLOR or when piped", () => {
    const dir = tempDir({ "bad.dl": SYNTAX });
    expect(dlc(["check", "--color", "bad.dl"], { cwd: dir }).stdout).toContain("\x1b[1;31merror[E0004]");
    expect(dlc(["check", "bad.dl"], { cwd: dir, env: { NO_COLOR: "1" } }).stdout).not.toContain("\x1b[");
    expect(dlc(["check", "--no-color", "bad.dl"], { cwd: dir }).stdout).not.toContain("\x1b[");
  });

  it("works from another directory, naming stdlib files std/…", () => {
    const dir = tempDir({
      "net/main.dl": 'use "./blocks.dl".{Wide}\n\nmodel M {\n  input x: f32[B, 4]\n  w = Wide()\n  output y = w(x)\n}\n',
      "net/blocks.dl": "use std.nn.{Linear}\n\nlayer Wide {\n  l = Linear(4, 8)\n  fn (x: f32[B, 4]) -> f32[B, 8] { l(x) }\n}\n",
      "bad.dl": "use std.nn.{Linear}\nx = Linear(1, 2, 3, 4, 5, 6, 7)\n",
    });
    const ok = dlc(["check", "net/main.dl"], { cwd: dir });
    expect(ok.stdout + ok.stderr).toContain("no problems found");
    expect(ok.code).toBe(0);
    const bad = dlc(["check", "./bad.dl"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(" --> bad.dl:2:");
    expect(bad.stdout).not.toContain(ROOT);
  });
});

describe("dlc inspect", () => {
  it("prints the model interface as JSON, exactly", () => {
    const r = dlc(["inspect", "examples/mlp.dl", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      command: "inspect",
      ok: true,
      diagnostics: [],
      model: "Mlp",
      inputs: [{ name: "x", shape: ["B", 784], dtype: "f32" }],
      outputs: [{ name: "logits", shape: ["B", 10], dtype: "f32" }],
      parameters: MLP_PARAMS,
      // 784·300 + 300 + 300·100 + 100 + 100·10 + 10
      parameterCount: 266_610,
    });
  });

  it("prints a table by default", () => {
    const r = dlc(["inspect", "examples/mlp.dl"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("model Mlp");
    expect(r.stdout).toMatch(/h1\.w\s+f32\[784, 300\]\s+235,200/);
    expect(r.stdout).toContain("266,610");
  });

  it("exits 1 with diagnostics on stderr when the file has errors; with --json they are in its JSON", () => {
    const dir = tempDir({ "bad.dl": BROKEN });
    const t = dlc(["inspect", "bad.dl"], { cwd: dir });
    expect(t.code).toBe(1);
    expect(t.stdout).toBe("");
    expect(t.stderr).toMatch(/error\[E0\d{3}\]/);
    const r = dlc(["inspect", "bad.dl", "--json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect([doc.command, doc.ok]).toEqual(["inspect", false]);
    expect(doc.diagnostics[0].code).toMatch(/^E0\d{3}$/);
  });

  it("shows warnings on stderr, and with --json in the JSON only", () => {
    const t = dlc(["inspect", "tests/golden/diagnostics/W0001-unused-value.dl"]);
    expect(t.code).toBe(0);
    expect(t.stderr).toContain("warning[W0001]");
    const r = dlc(["inspect", "tests/golden/diagnostics/W0001-unused-value.dl", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc.outputs.length).toBeGreaterThan(0);
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toEqual(["W0001"]);
  });

  it("exits 2 when given two files", () => {
    expect(dlc(["inspect", "examples/mlp.dl", "examples/lenet.dl"]).code).toBe(2);
  });

  it("exits 2 for an unknown --model, naming the ones there are", () => {
    const r = dlc(["inspect", "examples/mlp.dl", "--model", "Nope"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Mlp");
  });

  it("runs through a path to the binary from another working directory", () => {
    const dir = tempDir({});
    const r = dlc(["inspect", path.join(ROOT, "examples/mlp.dl"), "--json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).parameterCount).toBe(266_610);
    expect(BIN.startsWith(ROOT)).toBe(true);
  });
});
