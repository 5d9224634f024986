// `dlc build` lists what it wrote readably: one file a line with its size, aligned; a folder of
// many files (wgsl/, one shader per kernel) one line with their count and total size.
import { describe, expect, it } from "vitest";
import { formatBytes, listWritten } from "../../cli/run-command.ts";

describe("the build's list of files written", () => {
  it("is one line per file, sizes aligned, wgsl/ summed", () => {
    const text = listWritten("build/mlp", [
      { path: "graph.json", bytes: 3102 },
      { path: "manifest.json", bytes: 6776 },
      { path: "model.wasm", bytes: 900 },
      { path: "weights.safetensors", bytes: 1_069_000 },
      { path: "wgsl/k0.wgsl", bytes: 2048 },
      { path: "wgsl/k1.wgsl", bytes: 1024 },
    ]);
    expect(text).toBe(
      "wrote build/mlp/\n" +
        "  graph.json           3.03 KiB\n" +
        "  manifest.json        6.62 KiB\n" +
        "  model.wasm           900 B\n" +
        "  weights.safetensors  1.02 MiB\n" +
        "  wgsl/                3.00 KiB in 2 files\n",
    );
  });

  it("formats sizes in B, KiB, MiB, GiB", () => {
    expect([0, 1023, 1024, 1536, 10 * 1024, 5 * 1024 ** 2, 3 * 1024 ** 3].map(formatBytes)).toEqual(["0 B", "1023 B", "1.00 KiB", "1.50 KiB", "10.0 KiB", "5.00 MiB", "3.00 GiB"]);
  });
});
