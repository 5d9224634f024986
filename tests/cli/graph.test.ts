// `dlc build --print-after PASS` and `dlc graph`: the IR after a pass on stdout, usage errors
// (exit 2) that list the pass names, and the graph as dot and JSON.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { graphToDot, graphToJson } from "../../cli/graph-format.ts";
import { dlc, tempDir } from "./cli-support.ts";

const PASSES = ["lower", "simplify", "fold", "cse", "dce", "batch"];

describe("dlc build --print-after", () => {
  it("prints the IR after one pass and, without -o, builds nothing", () => {
    const r = dlc(["build", "examples/transformer.dl", "--batch", "2", "--print-after", "cse"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("; IR after cse\ninputs: x=%0\n")).toBe(true);
    expect(r.stdout).toContain('%0: f32[2, 128, 256] = input "x"  ; transformer.dl:7:3');
    expect(r.stdout.match(/^; IR after/gm)).toHaveLength(1);
    expect(r.stdout).not.toMatch(/^(built|wrote) /m);
  });

  it("prints after every pass with `all`, in pipeline order, and the artifact's model.ir is the last", () => {
    const dir = tempDir({});
    const out = path.join(dir, "art");
    const r = dlc(["build", "examples/mlp.dl", "-o", out, "--print-after", "all"]);
    expect(r.code).toBe(0);
    expect([...r.stdout.matchAll(/^; IR after (\w+)$/gm)].map((m) => m[1])).toEqual(PASSES);
    expect(r.stdout).toMatch(/^built Mlp for interp, wasm/m);
    const last = r.stdout.split("; IR after batch\n")[1]!.split(/^built /m)[0]!;
    expect(readFileSync(path.join(out, "model.ir"), "utf8")).toBe(last);
  });

  it("an unknown pass is a usage error that lists the pass names", () => {
    const r = dlc(["build", "examples/mlp.dl", "--print-after", "fusion"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'fusion' is invalid");
    expect(r.stderr).toContain(`Allowed choices are ${[...PASSES, "all"].join(", ")}.`);
  });
});

describe("dlc graph", () => {
  it("writes Graphviz dot to stdout: one node per IR node labelled op and type, one edge per operand", () => {
    const r = dlc(["graph", "examples/mlp.dl", "--batch", "4"]);
    expect(r.code).toBe(0);
    const dot = r.stdout;
    expect(dot.startsWith('digraph "Mlp" {\n')).toBe(true);
    expect(dot.trimEnd().endsWith("}")).toBe(true);
    expect(dot).toContain('n0 [label="%0 input \\"x\\"\\nf32[4, 784]", shape=ellipse, tooltip="examples/mlp.dl:7:3"];');
    expect(dot).toMatch(/n\d+ \[label="%\d+ matmul\\nf32\[4, 300\]"/);
    const nodes = dot.match(/^ +n\d+ \[/gm)!.length;
    const edges = dot.match(/^ {2}n\d+ -> n\d+;$/gm)!.length;
    expect(nodes).toBeGreaterThan(10);
    expect(edges).toBeGreaterThanOrEqual(nodes - 8); // all but the 7 sources have operands
    expect(dot).toMatch(/^ {2}n\d+ -> out0;$/m);
    // The schedule's kernels as clusters: matmul + bias + relu twice, matmul + bias once.
    expect([...dot.matchAll(/subgraph cluster_k(\d+) \{\n {4}label="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(["0 k0_matmul_add_max", "1 k1_matmul_add_max", "2 k2_matmul_add"]);
    const plain = dlc(["graph", "examples/mlp.dl", "--batch", "4", "--no-kernels"]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain("subgraph");
    expect(plain.stdout.match(/^ +n\d+ \[/gm)!.length).toBe(nodes);
  });

  it("writes JSON nodes and edges to a file; --after lower shows what the passes removed", () => {
    const dir = tempDir({});
    const final = dlc(["graph", "examples/transformer.dl", "--format", "json", "-o", path.join(dir, "g.json")]);
    expect(final.code).toBe(0);
    expect(final.stdout).toBe("");
    expect(final.stderr).toMatch(/^wrote .*g\.json \(\d+ nodes, after batch\)\n$/);
    const g = JSON.parse(readFileSync(path.join(dir, "g.json"), "utf8"));
    expect([g.model, g.batch, g.after]).toEqual(["Transformer", 1, "batch"]);
    expect(g.nodes[0]).toEqual({ id: 0, op: "input", dtype: "f32", shape: [1, 128, 256], attrs: { name: "x" }, inputs: [], span: { file: "examples/transformer.dl", line: 7, column: 3 } });
    expect(g.kernels.length).toBeGreaterThan(0);
    expect(new Set(g.kernels.flatMap((k: { nodes: number[] }) => k.nodes)).size).toBe(g.kernels.flatMap((k: { nodes: number[] }) => k.nodes).length);
    expect(g.edges.length).toBe(g.nodes.reduce((s: number, n: { inputs: number[] }) => s + n.inputs.length, 0));
    for (const e of g.edges) expect(e.from).toBeLessThan(e.to);
    const lowered = JSON.parse(dlc(["graph", "examples/transformer.dl", "--format", "json", "--after", "lower"]).stdout);
    expect(lowered.after).toBe("lower");
    expect(lowered.nodes.length).toBeGreaterThan(g.nodes.length);
  });

  it("usage errors exit 2: an unknown --after pass (listing the names), an unknown model", () => {
    const bad = dlc(["graph", "examples/mlp.dl", "--after", "all"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`Allowed choices are ${PASSES.join(", ")}.`);
    const model = dlc(["graph", "examples/mlp.dl", "--model", "Nope"]);
    expect(model.code).toBe(2);
    expect(model.stderr).toContain("no model or wired graph named `Nope`");
  });

  it("a program with errors exits 1 with its diagnostics and writes nothing", () => {
    const dir = tempDir({ "bad.dl": "model M {\n  input x: f32[B, 4]\n  output y = x @ x\n}\n" });
    const r = dlc(["graph", "bad.dl", "-o", "g.dot"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error\[E0\d{3}\]/m);
    expect(existsSync(path.join(dir, "g.dot"))).toBe(false);
  });
});

describe("graph formats", () => {
  const b = new GraphBuilder();
  const x = b.input("x", "f32", [2]);
  const y = b.unary("neg", b.unary("exp", x));
  const g = b.finish({ y, "we\"ird": x });

  it("draws kernels as clusters once a schedule gives them", () => {
    const dot = graphToDot(g, { name: "G", clusters: [{ name: "k0_exp_neg", nodes: [1, 2] }] });
    expect(dot).toContain('  subgraph cluster_k0 {\n    label="k0_exp_neg";\n    style=rounded;\n    n1 [label="%1 exp\\nf32[2]"];\n    n2 [label="%2 neg\\nf32[2]"];\n  }\n');
    expect(dot.match(/n1 \[/g)).toHaveLength(1);
    expect(dot).toContain('out1 [label="output we\\"ird", shape=ellipse, style=bold];');
    expect(JSON.parse(graphToJson(g, { clusters: [{ name: "k0_exp_neg", nodes: [1, 2] }] })).kernels).toEqual([{ name: "k0_exp_neg", nodes: [1, 2] }]);
  });

  it("spells non-finite constants as the IR printer does, since JSON cannot", () => {
    const c = new GraphBuilder();
    const h = c.finish({ k: c.const([NaN, Infinity, -Infinity, 1], "f32", [4]) });
    expect(JSON.parse(graphToJson(h)).nodes[0].attrs).toEqual({ value: ["nan", "inf", "-inf", 1] });
  });
});
