// Issue 8, CLI side: every file dlc writes is written whole or not at all, a build replaces its
// folder whole, and special targets are refused within a time bound.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSafetensors } from "../../runtime/safetensors.ts";
import { dlc, tempDir } from "../cli/cli-support.ts";

const MODEL = "model M {\n  input x: f32[B, 4]\n  output y = x * 2.0\n}\n";

describe("special targets are refused, not written or waited on", () => {
  it("`build -o /proc/x` and `run --out /proc/self/x` end with a clear error within seconds", () => {
    const dir = tempDir({ "m.dl": MODEL });
    const t0 = performance.now();
    const b = dlc(["build", "m.dl", "-o", "/proc/x"], { cwd: dir });
    expect(b.code).toBe(1);
    expect(b.stderr).toBe("error: cannot write the artifact folder `/proc/x`: `/proc/x` is under /proc, which holds no ordinary files\n");
    const r = dlc(["run", "m.dl", "--random-inputs", "--repeat", "0", "--out", "/proc/self/x"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: cannot write outputs `/proc/self/x`: `/proc/self/x` is under /proc");
    expect(performance.now() - t0).toBeLessThan(30_000);
  }, 60_000);
});

describe("a build replaces its folder whole", () => {
  it("rebuilding without --seed into a folder with weights.safetensors leaves none behind, nor a temporary folder", () => {
    const dir = tempDir({ "m.dl": MODEL });
    expect(dlc(["build", "m.dl", "-o", "out", "--seed", "1"], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, "out", "weights.safetensors"))).toBe(true);
    writeFileSync(path.join(dir, "out", "stray.txt"), "old\n");
    expect(dlc(["build", "m.dl", "-o", "out"], { cwd: dir }).code).toBe(0);
    expect(readdirSync(path.join(dir, "out")).sort()).toEqual(["graph.json", "manifest.json", "model.ir", "model.wasm"]);
    expect(readdirSync(dir).sort()).toEqual(["m.dl", "out"]);
  }, 60_000);

  it("rebuilding for wasm alone into a folder built for all targets leaves no wgsl/ behind", () => {
    const dir = tempDir({ "m.dl": MODEL });
    expect(dlc(["build", "m.dl", "-o", "out", "--target", "all"], { cwd: dir }).code).toBe(0);
    expect(readdirSync(path.join(dir, "out"))).toContain("wgsl");
    const r = dlc(["build", "m.dl", "-o", "out", "--target", "wasm"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, "out")).sort()).toEqual(["graph.json", "manifest.json", "model.ir", "model.wasm"]);
    // What it wrote, one file a line with its size.
    expect(r.stdout).toMatch(/^built M for interp, wasm .*\nwrote out\/\n {2}graph\.json +\d[\d.]* (B|KiB)\n {2}manifest\.json +[\d.]+ (B|KiB)\n {2}model\.ir +[\d.]+ (B|KiB)\n {2}model\.wasm +[\d.]+ (B|KiB)\n$/);
  }, 60_000);
});

describe("names like __proto__", () => {
  it("`output __proto__` is in the --out file", () => {
    const dir = tempDir({ "m.dl": "model M {\n  input x: f32[B, 4]\n  output __proto__ = x * 2.0\n}\n" });
    const r = dlc(["run", "m.dl", "--random-inputs", "--repeat", "0", "--out", "o.safetensors"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const names = [...readSafetensors(new Uint8Array(readFileSync(path.join(dir, "o.safetensors")))).tensors.keys()];
    expect(names).toEqual(["__proto__"]);
  }, 60_000);
});

// A small tmpfs: the writes below cannot fit, and the good files from before must survive.
// CI runs as root and must mount it; elsewhere only root can, so it is skipped with a reason.
describe("a full disk leaves the old file intact", () => {
  const mnt = path.join(os.tmpdir(), `dlc-full-${process.pid}`);
  mkdirSync(mnt, { recursive: true });
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt]).status === 0;
  const isRoot = process.getuid?.() === 0;
  if (!mounted && (process.env.CI === "true" || isRoot)) {
    it("mounts a 64 KiB tmpfs", () => {
      expect.fail(`could not mount a tmpfs at ${mnt} (CI=${process.env.CI}, uid ${process.getuid?.()})`);
    });
    return;
  }
  if (!mounted) {
    console.log(`front-writes: full-disk test not run: mounting a tmpfs needs root (uid ${process.getuid?.()})`);
    return;
  }
  afterAll(() => {
    spawnSync("umount", [mnt]);
  });

  it("a --out that does not fit fails with ENOSPC and the old outputs file is byte for byte the same", () => {
    // 30,000 f32 outputs (120 KB) cannot fit in 64 KiB; the old file is small.
    const dir = tempDir({ "m.dl": "model M {\n  input x: f32[B, 30000]\n  output y = x * 2.0\n}\n" });
    const good = path.join(mnt, "out.safetensors");
    const old = new TextEncoder().encode("previous good contents\n");
    writeFileSync(good, old);
    const r = dlc(["run", "m.dl", "--random-inputs", "--repeat", "0", "--out", good], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no space left on the device (nothing was replaced)");
    expect(new Uint8Array(readFileSync(good))).toEqual(old);
    expect(readdirSync(mnt)).toEqual(["out.safetensors"]);
  }, 60_000);

  it("a build whose weights do not fit leaves the old artifact folder as it was", () => {
    const dir = tempDir({ "m.dl": "layer Big {\n  param w: f32[30000] = ones()\n  fn (x: f32[B, 30000]) -> f32[B, 30000] { x * w }\n}\nmodel M {\n  input x: f32[B, 30000]\n  b = Big()\n  output y = b(x)\n}\n" });
    const target = path.join(mnt, "art");
    mkdirSync(target);
    writeFileSync(path.join(target, "manifest.json"), "{\"old\": true}\n");
    const r = dlc(["build", "m.dl", "-o", target, "--seed", "1"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no space left on the device");
    expect(readdirSync(target)).toEqual(["manifest.json"]);
    expect(readFileSync(path.join(target, "manifest.json"), "utf8")).toBe("{\"old\": true}\n");
    expect(readdirSync(mnt).filter((n) => n.includes("dlc-tmp"))).toEqual([]); // no temporary folder left
  }, 60_000);
});
