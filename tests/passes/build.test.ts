// The pipeline inside buildArtifact: the backends compile the optimized graph, and what the
// passes can leave behind — an output that is an input or a param node, two outputs on one
// node — still runs, on the interpreter and on WASM alike.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArtifact } from "../../compiler/build.ts";
import { createMemoryHost } from "../../compiler/index.ts";
import { PASS_NAMES } from "../../compiler/passes/pipeline.ts";
import { load } from "../../runtime/session.ts";
import { ROOT } from "../cli/cli-support.ts";

const STDLIB = Object.fromEntries(
  readdirSync(path.join(ROOT, "stdlib")).filter((f) => f.endsWith(".dl")).map((f) => [f, readFileSync(path.join(ROOT, "stdlib", f), "utf8")]),
);

const SRC = `use std.nn.{relu}
layer P {
  param w: f32[3] = ones()
  fn (_x: f32[..N, 3]) -> f32[3] { w * 1.0 }
}
model M {
  input x: f32[B, 3]
  p = P()
  output same = x * 1.0
  output weight = p(x)
  output a = relu(x)
  output b = relu(x)
}
`;

async function build(printAfter?: { pass: string; print: (pass: string, ir: string) => void }) {
  const host = createMemoryHost({ files: { "main.dl": SRC }, stdlib: STDLIB });
  const r = await buildArtifact(["main.dl"], host, { batch: 2, targets: ["wasm"], ...(printAfter ? { printAfter } : {}) });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.artifact!;
}

describe("buildArtifact runs the passes", () => {
  it("compiles the optimized graph, and model.ir is the IR after the last pass", async () => {
    const printed: [string, string][] = [];
    const artifact = await build({ pass: "all", print: (pass, ir) => printed.push([pass, ir]) });
    expect(printed.map(([p]) => p)).toEqual(["lower", ...PASS_NAMES]);
    expect(new TextDecoder().decode(artifact.files["model.ir"])).toBe(printed.at(-1)![1]);
    const g = artifact.graph!;
    const out = (name: string) => g.nodes[g.outputs.find((o) => o.name === name)!.node]!;
    expect(out("same").attrs.op).toBe("input");
    expect(out("weight").attrs.op).toBe("param");
    expect(out("a").id).toBe(out("b").id);
    expect(g.nodes.filter((n) => n.attrs.op === "mul")).toEqual([]);
    expect(artifact.manifest.parameters.map((p) => p.name)).toEqual(["p.w"]);
  });

  for (const backend of ["interp", "wasm"] as const) {
    it(`runs what the passes leave on ${backend}`, async () => {
      const s = await load(await build(), { backend });
      s.initWeights(0);
      const x = Float32Array.from([-1, 0.5, 2, NaN, -0, 3]);
      const r = s.run({ x: { data: x, shape: [2, 3] } });
      expect(Array.from(r.same!.data)).toEqual(Array.from(x));
      expect(Array.from(r.weight!.data)).toEqual([1, 1, 1]);
      expect(Array.from(r.a!.data)).toEqual(Array.from(r.b!.data));
      s.dispose();
    });
  }
});
