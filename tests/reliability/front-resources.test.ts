// Issue 8, front end: each hostile input from the probe ends in a catalogued diagnostic within a
// time bound, in-process through the Node host (cli/node-host.ts) and the build.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArtifact } from "../../compiler/build.ts";
import { checkFiles } from "../../compiler/index.ts";
import { renderReport } from "../../compiler/diagnostics/render-text.ts";
import { createNodeHost } from "../../cli/node-host.ts";

const MODEL = "model M {\n  input x: f32[B, 4]\n  output y = x * 2.0\n}\n";

/** A fresh project folder (it holds a package.json, so it is its own root). */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "dlc-front-"));
  writeFileSync(path.join(dir, "package.json"), "{}\n");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function timed<T>(body: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await body();
  return { value, ms: performance.now() - t0 };
}

const codes = (ds: { code: string }[]) => ds.map((d) => d.code);

describe("only regular files are read, each under the size cap", () => {
  it("`use \"/dev/zero\"` (allowed outside the root) is E0102 at once, not a read that never ends", async () => {
    const dir = project({ "main.dl": `use "/dev/zero"\n${MODEL}` });
    const { value, ms } = await timed(() => checkFiles(["main.dl"], createNodeHost({ cwd: dir, allowOutsideRoot: true })));
    expect(codes(value.diagnostics)).toEqual(["E0102"]);
    expect(value.diagnostics[0]!.message).toContain("not a regular file (a character device)");
    expect(value.diagnostics[0]!.span).toMatchObject({ file: "main.dl", start: 4 });
    expect(ms).toBeLessThan(5_000);
  });

  it("a FIFO is E0102 without blocking", async () => {
    const dir = project({ "main.dl": `use "./pipe.dl"\n${MODEL}` });
    execFileSync("mkfifo", [path.join(dir, "pipe.dl")]);
    const { value, ms } = await timed(() => checkFiles(["main.dl"], createNodeHost({ cwd: dir })));
    expect(codes(value.diagnostics)).toEqual(["E0102"]);
    expect(value.diagnostics[0]!.message).toContain("a FIFO");
    expect(ms).toBeLessThan(5_000);
  });

  it("a file over the size cap is E0102 naming the limit", async () => {
    const dir = project({ "main.dl": `use "./big.dl"\n${MODEL}`, "big.dl": "x = 1\n".repeat(400) });
    const r = await checkFiles(["main.dl"], createNodeHost({ cwd: dir, maxFileBytes: 1024 }));
    expect(codes(r.diagnostics)).toEqual(["E0102"]);
    expect(r.diagnostics[0]!.message).toBe("cannot read `big.dl`: it is 2.3 KiB, larger than the 1 KiB limit for a source file");
  });
});

describe("modules are named by their real path", () => {
  it("two symlinks to the same folder, 40 levels of imports through both, load 41 modules quickly", async () => {
    const files: Record<string, string> = { "m40.dl": "fn f(x: f32[B, 4]) -> f32[B, 4] { x }\n" };
    for (let i = 0; i < 40; i++) files[`m${i}.dl`] = `use "lp/m${i + 1}.dl".*\nuse "lq/m${i + 1}.dl".*\n`;
    const dir = project(files);
    symlinkSync(".", path.join(dir, "lp"));
    symlinkSync(".", path.join(dir, "lq"));
    const { value, ms } = await timed(() => checkFiles(["m0.dl"], createNodeHost({ cwd: dir })));
    expect(value.sources.size).toBe(41);
    expect([...value.sources.keys()].every((p) => /^m\d+\.dl$/.test(p))).toBe(true);
    expect(codes(value.diagnostics).filter((c) => c.startsWith("E"))).toEqual([]);
    expect(ms).toBeLessThan(10_000);
  });
});

describe("imports are confined to the project root", () => {
  it("an absolute path outside the root is E1101 at the `use`, and nothing of it is echoed", async () => {
    const dir = project({ "main.dl": `use "/etc/passwd"\n${MODEL}` });
    const r = await checkFiles(["main.dl"], createNodeHost({ cwd: dir }));
    expect(codes(r.diagnostics)).toEqual(["E1101"]);
    expect(r.diagnostics[0]!.message).toBe("`/etc/passwd` is outside the project root `.`");
    expect(r.sources.has("/etc/passwd")).toBe(false);
  });

  it("a symlink inside the project that points out of it is refused too", async () => {
    const outside = project({ "lib.dl": "fn f(x: f32[B, 4]) -> f32[B, 4] { x }\n" });
    const dir = project({ "main.dl": `use "./link/lib.dl".{f}\n${MODEL}` });
    symlinkSync(outside, path.join(dir, "link"));
    const r = await checkFiles(["main.dl"], createNodeHost({ cwd: dir }));
    expect(codes(r.diagnostics)).toEqual(["E1101"]);
  });

  it("`..` out of the project is refused; --root above it or --allow-outside-root allows it", async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), "dlc-front-parent-"));
    writeFileSync(path.join(parent, "shared.dl"), "fn f(x: f32[B, 4]) -> f32[B, 4] { x }\n");
    mkdirSync(path.join(parent, "app"));
    writeFileSync(path.join(parent, "app", "package.json"), "{}\n");
    writeFileSync(path.join(parent, "app", "main.dl"), `use "../shared.dl".{f}\nmodel M {\n  input x: f32[B, 4]\n  output y = f(x)\n}\n`);
    const cwd = path.join(parent, "app");
    expect(codes((await checkFiles(["main.dl"], createNodeHost({ cwd }))).diagnostics)).toEqual(["E1101"]);
    expect(codes((await checkFiles(["main.dl"], createNodeHost({ cwd, root: ".." }))).diagnostics)).toEqual([]);
    expect(codes((await checkFiles(["main.dl"], createNodeHost({ cwd, allowOutsideRoot: true }))).diagnostics)).toEqual([]);
  });

  it("the standard library stays readable", async () => {
    const dir = project({ "main.dl": `use std.nn.{relu}\nmodel M {\n  input x: f32[B, 4]\n  output y = relu(x)\n}\n` });
    expect((await checkFiles(["main.dl"], createNodeHost({ cwd: dir }))).diagnostics).toEqual([]);
  });
});

describe("limits stop a program before the build runs out of memory or stack", () => {
  it("`repeat 1000000000 { ... }` is E1102 in the checker, with the count and the limit", async () => {
    const dir = project({ "main.dl": "layer S {\n  param w: f32[4] = ones()\n  fn (x: f32[B, 4]) -> f32[B, 4] { x * w }\n}\nmodel M {\n  input x: f32[B, 4]\n  r = repeat 1000000000 { S() }\n  output y = r(x)\n}\n" });
    const { value, ms } = await timed(() => checkFiles(["main.dl"], createNodeHost({ cwd: dir })));
    expect(codes(value.diagnostics)).toEqual(["E1102"]);
    expect(value.diagnostics[0]!.message).toBe("`repeat 1000000000 { … }` makes 1,000,000,000 copies, over the limit of 100,000");
    expect(ms).toBeLessThan(5_000);
  });

  it("a 450-byte program that doubles its layers 40 times is E1102 when built, not an out-of-memory crash", async () => {
    let src = "layer L0 { fn (x: f32[B, 4]) -> f32[B, 4] { x * 2.0 } }\n";
    for (let i = 1; i <= 40; i++) src += `layer L${i} { a = L${i - 1}()\n b = L${i - 1}()\n fn (x: f32[B, 4]) -> f32[B, 4] { b(a(x)) } }\n`;
    src += "model M { input x: f32[B, 4]\n l = L40()\n output y = l(x) }\n";
    const dir = project({ "main.dl": src });
    const { value, ms } = await timed(() => buildArtifact(["main.dl"], createNodeHost({ cwd: dir }), { batch: 1 }));
    expect(value.artifact).toBeUndefined();
    expect(codes(value.diagnostics)).toEqual(["E1102"]);
    expect(value.diagnostics[0]!.message).toBe("the model builds more than 200,000 layer instances");
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it("with parameters in the doubled layer the checker stops it (E1102) before copying 2^40 tensors", async () => {
    let src = "layer L0 { param w: f32[4] = ones()\n fn (x: f32[B, 4]) -> f32[B, 4] { x * w } }\n";
    for (let i = 1; i <= 40; i++) src += `layer L${i} { a = L${i - 1}()\n b = L${i - 1}()\n fn (x: f32[B, 4]) -> f32[B, 4] { b(a(x)) } }\n`;
    src += "model M { input x: f32[B, 4]\n l = L40()\n output y = l(x) }\n";
    const dir = project({ "main.dl": src });
    const { value, ms } = await timed(() => checkFiles(["main.dl"], createNodeHost({ cwd: dir })));
    expect(codes(value.diagnostics)).toEqual(["E1102"]);
    expect(value.diagnostics[0]!.message).toMatch(/parameter and state tensors in one layer, over the limit of 100,000$/);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);

  it("a 1000-deep chain of generic calls is E1105 in the build, not a stack overflow", async () => {
    let src = "fn g0(x: f32[B, D]) -> f32[B, D] { x * 2.0 }\n";
    for (let i = 1; i < 1000; i++) src += `fn g${i}(x: f32[B, D]) -> f32[B, D] { g${i - 1}(x) }\n`;
    src += "model M {\n  input x: f32[B, 4]\n  output y = g999(x)\n}\n";
    const dir = project({ "main.dl": src });
    const r = await buildArtifact(["main.dl"], createNodeHost({ cwd: dir }), { batch: 1 });
    expect(codes(r.diagnostics)).toEqual(["E1105"]);
    expect(r.diagnostics[0]!.message).toBe("calling `g743` nests calls 257 deep, over the limit of 256");
  }, 30_000);

  it("130,000 declarations with 130,000 unknown names report E0201 for each, not one internal error", async () => {
    const n = 130_000;
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(`c${i} = q${i}`);
    const dir = project({ "main.dl": lines.join("\n") + "\n" + MODEL });
    const { value, ms } = await timed(() => checkFiles(["main.dl"], createNodeHost({ cwd: dir })));
    expect(value.diagnostics.length).toBe(n);
    expect(new Set(codes(value.diagnostics))).toEqual(new Set(["E0201"]));
    const text = renderReport(value.diagnostics, value.sources, ["main.dl"], { color: false });
    expect(text.endsWith(`error: could not check \`main.dl\` due to ${n} previous errors\n`)).toBe(true);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});

describe("control characters in echoed names are escaped", () => {
  it("an ESC in a file name and in a string reaches the terminal as \\x1b", async () => {
    const name = "evil\x1b[31m.dl";
    const dir = project({ "main.dl": `use "./${name}"\n${MODEL}` });
    const r = await checkFiles(["main.dl"], createNodeHost({ cwd: dir }));
    expect(codes(r.diagnostics)).toEqual(["E0101"]);
    const text = renderReport(r.diagnostics, r.sources, ["main.dl"], { color: false });
    expect(text).not.toContain("\x1b");
    expect(text).toContain("evil\\x1b[31m.dl");
  });
});
