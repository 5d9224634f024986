import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { printGraph } from "../../compiler/ir/print.ts";
import { SourceFile } from "../../compiler/source.ts";

const text = "model M {\n  input x: f32[B, 3]\n  h = Linear(3, 2)\n  output y = sum(relu(h(x)), axis: -1, keepdims: true)\n}\n";
const file = "examples/m.dl";
const at = (needle: string) => ({ file, start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

function build() {
  const b = new GraphBuilder();
  const x = b.input("x", "f32", [4, 3], at("x: f32"));
  const w = b.param("h.w", "f32", [3, 2], { kind: "uniform", low: -0.5, high: 0.5 }, {}, at("Linear"));
  const mean = b.param("h.mean", "f32", [2], { kind: "constant", value: 0 }, { trainable: false });
  const h = b.binaryBroadcast("sub", b.matmul(x, w, at("h(x)")), mean);
  const r = b.binaryBroadcast("max", h, b.const(0, "f32"), at("relu"));
  const y = b.reduce("reduce_sum", r, -1, true, at("sum("));
  const t = b.slice(b.transpose(y), [0, 0], [1, 4], [1, 2]);
  return b.finish({ y, t });
}

describe("printGraph", () => {
  it("prints a small graph exactly, spans as file:line:col", () => {
    const sources = new Map([[file, new SourceFile(file, text)]]);
    expect(printGraph(build(), { sources })).toBe(
      [
        "inputs: x=%0",
        '%0: f32[4, 3] = input "x"  ; m.dl:2:9',
        '%1: f32[3, 2] = param "h.w" init=uniform(low=-0.5, high=0.5)  ; m.dl:3:7',
        '%2: f32[2] = param "h.mean" init=constant(0) trainable=false',
        "%3: f32[4, 2] = matmul %0, %1  ; m.dl:4:23",
        "%4: f32[4, 2] = broadcast %2 shape=[4, 2]",
        "%5: f32[4, 2] = sub %3, %4",
        "%6: f32[] = const value=[0]",
        "%7: f32[4, 2] = broadcast %6 shape=[4, 2]  ; m.dl:4:18",
        "%8: f32[4, 2] = max %5, %7  ; m.dl:4:18",
        "%9: f32[4, 1] = reduce_sum %8 axes=[1] keepdims=true  ; m.dl:4:14",
        "%10: f32[1, 4] = transpose %9 perm=[1, 0]",
        "%11: f32[1, 2] = slice %10 starts=[0, 0] ends=[1, 4] steps=[1, 2]",
        "outputs: y=%9, t=%11",
        "",
      ].join("\n"),
    );
  });

  it("without sources prints offsets; the file can be full or omitted", () => {
    const g = build();
    expect(printGraph(g).split("\n")[1]).toBe(`%0: f32[4, 3] = input "x"  ; m.dl@${text.indexOf("x: f32")}`);
    const sources = new Map([[file, new SourceFile(file, text)]]);
    expect(printGraph(g, { sources, file: "none" }).split("\n")[1]).toMatch(/ ; 2:9$/);
    expect(printGraph(g, { sources, file: "full" }).split("\n")[1]).toMatch(/ ; examples\/m\.dl:2:9$/);
  });

  it("prints attrs in a fixed order whatever the object key order, and special numbers by name", () => {
    const g = {
      nodes: [
        { id: 0, dtype: "f32" as const, shape: [1, 1, 4, 4], inputs: [], attrs: { op: "input" as const, name: "x" } },
        { id: 1, dtype: "f32" as const, shape: [1, 1, 2, 2], inputs: [0], attrs: { padding: 0, stride: 2, op: "max_pool2d" as const, size: 2 } },
        { id: 2, dtype: "f32" as const, shape: [3], inputs: [], attrs: { op: "const" as const, value: [NaN, -Infinity, -0] } },
      ],
      spans: [],
      inputs: [{ name: "x", node: 0 }],
      outputs: [],
    };
    const lines = printGraph(g).split("\n");
    expect(lines[2]).toBe("%1: f32[1, 1, 2, 2] = max_pool2d %0 size=2 stride=2 padding=0");
    expect(lines[3]).toBe("%2: f32[3] = const value=[nan, -inf, -0]");
    expect(lines[4]).toBe("outputs: (none)");
  });

  it("truncates long consts deterministically", () => {
    const b = new GraphBuilder();
    const c = b.const(Array.from({ length: 20 }, (_, i) => i), "i32", [20]);
    const line = printGraph(b.finish({ c }), { maxConstValues: 3 }).split("\n")[1];
    expect(line).toBe("%0: i32[20] = const value=[0, 1, 2, … (20 values)]");
  });
});
