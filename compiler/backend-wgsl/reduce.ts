// Reductions as workgroup tree reductions: one workgroup per output element. Each thread
// folds a strided share of the reduced elements into a register, the partial results meet in
// workgroup memory, and a log₂(WG)-step tree combines them. Max and min propagate NaN; argmax
// carries (value, index) pairs and keeps the first index of the maximum, a NaN counting as
// larger than everything (as the interpreter and NumPy do).
import type { ReduceOp } from "../ir/ir.ts";
import { numElements, strides } from "../ir/infer.ts";
import { f32Lit, i32Lit, pow2Floor, stridedOffset, u32Lit, type KernelCtx, type KernelParts } from "./shader.ts";

interface Fold {
  identity: string;
  combine: (a: string, b: string) => string;
  helpers: string[];
}

function foldOf(op: Exclude<ReduceOp, "argmax">, dtype: "f32" | "i32"): Fold {
  const f = dtype === "f32";
  switch (op) {
    case "reduce_sum": return { identity: f ? f32Lit(0) : i32Lit(0), combine: (a, b) => `${a} + ${b}`, helpers: [] };
    case "reduce_prod": return { identity: f ? f32Lit(1) : i32Lit(1), combine: (a, b) => `${a} * ${b}`, helpers: [] };
    case "reduce_max":
      return f ? { identity: "-f32_inf()", combine: (a, b) => `max_nan(${a}, ${b})`, helpers: ["max_nan"] }
        : { identity: i32Lit(-2147483648), combine: (a, b) => `max(${a}, ${b})`, helpers: [] };
    case "reduce_min":
      return f ? { identity: "f32_inf()", combine: (a, b) => `min_nan(${a}, ${b})`, helpers: ["max_nan"] }
        : { identity: i32Lit(2147483647), combine: (a, b) => `min(${a}, ${b})`, helpers: [] };
  }
}

export function emitReduce(ctx: KernelCtx): KernelParts {
  const { node, graph, limits } = ctx;
  const a = node.attrs as { op: ReduceOp; axes: number[]; keepdims: boolean };
  const x = graph.nodes[node.inputs[0]];
  const st = strides(x.shape);
  const kept = x.shape.map((_, i) => i).filter((i) => !a.axes.includes(i));
  const outputs = numElements(kept.map((k) => x.shape[k]));
  const count = numElements(a.axes.map((k) => x.shape[k]));
  const maxWg = pow2Floor(Math.min(256, limits.maxComputeWorkgroupSizeX, limits.maxComputeInvocationsPerWorkgroup,
    limits.maxComputeWorkgroupStorageSize / 8));
  let wg = 1;
  while (wg < count && wg < maxWg) wg *= 2;
  const base = stridedOffset("wg", kept.map((k) => x.shape[k]), kept.map((k) => st[k]), "base");
  const inner = stridedOffset("r", a.axes.map((k) => x.shape[k]), a.axes.map((k) => st[k]), "at", 0).replace("var at: u32 = 0u;", "var at: u32 = base;");
  const ty = x.dtype === "f32" ? "f32" : "i32";
  const head = [
    `const COUNT: u32 = ${u32Lit(count)}; // elements folded into each output`,
    `const WG: u32 = ${u32Lit(wg)};`,
  ];
  const common = [
    `// Output element wg starts at \`base\`; reduced element r sits at base + its offset over axes [${a.axes.join(", ")}].`,
    base,
  ];
  if (a.op === "argmax") {
    return {
      bindings: [{ name: "src", node: x.id, access: "read" }, { name: "out", node: node.id, access: "read_write" }],
      decls: [...head, "const NONE: u32 = 0xffffffffu; // no element seen yet",
        `var<workgroup> best_value: array<${ty}, ${wg}>;`, `var<workgroup> best_index: array<u32, ${wg}>;`,
        ...(ty === "f32" ? [
          "// Does (v, i) beat (w, j)? NaN beats numbers; ties and NaN against NaN go to the smaller index.",
          "fn beats(v: f32, i: u32, w: f32, j: u32) -> bool {",
          "  if (i == NONE) { return false; }",
          "  if (j == NONE) { return true; }",
          "  let vn = is_nan(v);",
          "  let wn = is_nan(w);",
          "  if (vn || wn) { return vn && (!wn || i < j); }",
          "  return v > w || (v == w && i < j);",
          "}",
        ] : [
          "fn beats(v: i32, i: u32, w: i32, j: u32) -> bool {",
          "  if (i == NONE) { return false; }",
          "  if (j == NONE) { return true; }",
          "  return v > w || (v == w && i < j);",
          "}",
        ])],
      helpers: ty === "f32" ? ["specials"] : [],
      workgroupSize: [wg, 1],
      workgroups: outputs,
      body: [
        ...common,
        `var value: ${ty} = ${ty === "f32" ? f32Lit(0) : i32Lit(0)};`,
        "var index = NONE;",
        "for (var r = lidx; r < COUNT; r += WG) {",
        `  ${inner.replace(/\n {2}/g, "\n    ")}`,
        "  let v = src[at];",
        "  if (beats(v, r, value, index)) { value = v; index = r; }",
        "}",
        "best_value[lidx] = value;",
        "best_index[lidx] = index;",
        "workgroupBarrier();",
        "for (var half = WG / 2u; half > 0u; half = half / 2u) {",
        "  if (lidx < half && beats(best_value[lidx + half], best_index[lidx + half], best_value[lidx], best_index[lidx])) {",
        "    best_value[lidx] = best_value[lidx + half];",
        "    best_index[lidx] = best_index[lidx + half];",
        "  }",
        "  workgroupBarrier();",
        "}",
        "if (lidx == 0u) { out[wg] = select(i32(best_index[0]), 0i, best_index[0] == NONE); }",
      ].join("\n  "),
    };
  }
  const fold = foldOf(a.op, ty);
  return {
    bindings: [{ name: "src", node: x.id, access: "read" }, { name: "out", node: node.id, access: "read_write" }],
    decls: [...head, `var<workgroup> partial: array<${ty}, ${wg}>;`],
    helpers: fold.helpers,
    workgroupSize: [wg, 1],
    workgroups: outputs,
    body: [
      ...common,
      `var acc: ${ty} = ${fold.identity};`,
      "for (var r = lidx; r < COUNT; r += WG) {",
      `  ${inner.replace(/\n {2}/g, "\n    ")}`,
      `  acc = ${fold.combine("acc", "src[at]")};`,
      "}",
      "partial[lidx] = acc;",
      "workgroupBarrier();",
      "// Tree: each step folds the upper half of the live partials into the lower half.",
      "for (var half = WG / 2u; half > 0u; half = half / 2u) {",
      `  if (lidx < half) { partial[lidx] = ${fold.combine("partial[lidx]", "partial[lidx + half]")}; }`,
      "  workgroupBarrier();",
      "}",
      "if (lidx == 0u) { out[wg] = partial[0]; }",
    ].join("\n  "),
  };
}
