// argmax as a workgroup tree reduction: one workgroup per output element, each thread scanning
// a strided share of the axis, then (value, index) pairs combined in workgroup memory. The first
// index of the maximum wins; a NaN counts as larger than everything (as the interpreter does).
import type { DType, Node } from "../ir/ir.ts";
import type { OpaqueIo } from "./conv.ts";
import { loadExpr, regType, storeStmt, type ShaderBody, type WgslCtx } from "./loop.ts";
import { pow2Floor, u32Lit } from "./shader.ts";

export function emitArgmax(ctx: WgslCtx, node: Node, io: OpaqueIo, dtype: DType): ShaderBody {
  if (node.attrs.op !== "argmax") throw new Error("internal: not argmax");
  const ax = node.attrs.axes[0];
  const shape = io.inShape;
  const R = shape[ax];
  const inner = shape.slice(ax + 1).reduce((a, b) => a * b, 1);
  const outputs = shape.reduce((a, b) => a * b, 1) / Math.max(1, R);
  const ty = regType(dtype);
  const maxWg = pow2Floor(Math.min(256, ctx.limits.maxComputeWorkgroupSizeX, ctx.limits.maxComputeInvocationsPerWorkgroup,
    ctx.limits.maxComputeWorkgroupStorageSize / 8));
  let wg = 1;
  while (wg < R && wg < maxWg) wg *= 2;
  if (ty === "f32") ctx.helpers.add("specials");
  const at = (r: string) => `${u32Lit(ctx.elemOffset(io.input))} + (wg / ${u32Lit(inner)}) * ${u32Lit(R * inner)} + wg % ${u32Lit(inner)} + ${r} * ${u32Lit(inner)}`;
  return {
    decls: [
      `const COUNT: u32 = ${u32Lit(R)};`, `const WG: u32 = ${u32Lit(wg)};`, "const NONE: u32 = 0xffffffffu; // no element seen yet",
      `var<workgroup> best_value: array<${ty}, ${wg}>;`, `var<workgroup> best_index: array<u32, ${wg}>;`,
      "// Does (v, i) beat (w, j)? NaN beats numbers; ties and NaN against NaN go to the smaller index.",
      `fn beats(v: ${ty}, i: u32, w: ${ty}, j: u32) -> bool {`,
      "  if (i == NONE) { return false; }",
      "  if (j == NONE) { return true; }",
      ...(ty === "f32" ? ["  let vn = is_nan(v);", "  let wn = is_nan(w);", "  if (vn || wn) { return vn && (!wn || i < j); }"] : []),
      "  return v > w || (v == w && i < j);",
      "}",
    ],
    workgroupSize: [wg, 1],
    workgroups: outputs,
    body: [
      `var value: ${ty} = ${ty === "f32" ? "0.0" : "0i"};`,
      "var index = NONE;",
      "for (var r = lidx; r < COUNT; r += WG) {",
      `  let v = ${loadExpr(ctx, io.input, dtype, at("r"))};`,
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
      `if (lidx == 0u) { ${storeStmt(ctx, io.output, "i32", `${u32Lit(ctx.elemOffset(io.output))} + wg`, "select(i32(best_index[0]), 0i, best_index[0] == NONE)")} }`,
    ].join("\n  "),
  };
}
