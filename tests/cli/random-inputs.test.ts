// `dlc run --random-inputs` draws each dtype over the range its help and the README give
// (RANDOM_INPUTS): f32 uniform in [-1, 1), i32 0 or 1, bool false or true; seeded, one stream
// per input name.
import { describe, expect, it } from "vitest";
import { RANDOM_INPUTS, randomInputs } from "../../cli/run-command.ts";
import { runCli } from "../../cli/program.ts";
import { ROOT, tempDir } from "./cli-support.ts";
import { readFileSync } from "node:fs";

const spec = (name: string, dtype: "f32" | "i32" | "bool", shape: number[]) => ({ name, dtype, shape, batchAxis: 0 as const });

describe("--random-inputs", () => {
  const drawn = randomInputs([spec("a", "f32", [1, 4096]), spec("n", "i32", [1, 4096]), spec("m", "bool", [1, 4096])], 3, 7);
  const values = (name: string) => Array.from(drawn[name]!.data as ArrayLike<number>);

  it("draws f32 uniform in [-1, 1)", () => {
    const a = values("a");
    expect(drawn.a!.shape).toEqual([3, 4096]);
    expect(drawn.a!.data).toBeInstanceOf(Float32Array);
    expect(a.every((v) => v >= -1 && v < 1)).toBe(true);
    // Spread over the range, not stuck at one value: a mean near 0, both signs, near both ends.
    expect(Math.abs(a.reduce((s, v) => s + v, 0) / a.length)).toBeLessThan(0.05);
    expect(Math.min(...a)).toBeLessThan(-0.99);
    expect(Math.max(...a)).toBeGreaterThan(0.99);
  });

  it("draws i32 from {0, 1}, both about half the time", () => {
    const n = values("n");
    expect(drawn.n!.data).toBeInstanceOf(Int32Array);
    expect(new Set(n)).toEqual(new Set([0, 1]));
    expect(Math.abs(n.filter((v) => v === 1).length / n.length - 0.5)).toBeLessThan(0.05);
  });

  it("draws bool as 0/1 bytes, both about half the time", () => {
    const m = values("m");
    expect(drawn.m!.data).toBeInstanceOf(Uint8Array);
    expect(new Set(m)).toEqual(new Set([0, 1]));
    expect(Math.abs(m.filter((v) => v === 1).length / m.length - 0.5)).toBeLessThan(0.05);
  });

  it("is the same for the same seed, and each input's draw does not depend on the others", () => {
    const again = randomInputs([spec("n", "i32", [1, 4096])], 3, 7);
    expect(Array.from(again.n!.data as Int32Array)).toEqual(values("n"));
    const other = randomInputs([spec("n", "i32", [1, 4096])], 3, 8);
    expect(Array.from(other.n!.data as Int32Array)).not.toEqual(values("n"));
  });

  it("is documented as drawn, in the help and the README", async () => {
    let help = "";
    await runCli(["run", "--help"], { stdout: (s) => (help += s), stderr: () => {}, cwd: ROOT, env: {}, isTTY: false });
    const flat = help.replace(/\s+/g, " ");
    const readme = readFileSync(`${ROOT}/README.md`, "utf8").replace(/\s+/g, " ");
    for (const range of Object.values(RANDOM_INPUTS)) {
      expect(flat).toContain(range);
      expect(readme).toContain(range);
    }
  });

  it("runs an i32 model end to end with values in range", async () => {
    const dir = tempDir({ "m.dl": "model M {\n  input n: i32[B, 256]\n  output y = n + 0\n}\n" });
    let out = "";
    const code = await runCli(["run", "m.dl", "--random-inputs", "--repeat", "0", "--json"], { stdout: (s) => (out += s), stderr: () => {}, cwd: dir, env: {}, isTTY: false });
    expect(code).toBe(0);
    const [y] = JSON.parse(out).outputs;
    expect(y.dtype).toBe("i32");
    expect(y.first.every((v: number) => v === 0 || v === 1)).toBe(true);
    expect(y.mean).toBeGreaterThan(0.3);
    expect(y.mean).toBeLessThan(0.7);
  });
});
