// conv2d and 2-D pooling, direct: one thread per output element, with every shape and
// hyper-parameter baked in as a constant so the compiler can unroll the small window loops.
// Padding reads as zero for conv, is skipped by max pooling and not counted by average pooling.
import type { Node } from "../ir/ir.ts";
import type { ConvKernel } from "../schedule/schedule.ts";
import { indexExpr, loadExpr, storeStmt, WgslValues, type ShaderBody, type WgslCtx } from "./loop.ts";
import { constU32, flatWorkgroupSize, u32Lit } from "./shader.ts";

/** Buffers of an opaque kernel (pooling, argmax): contiguous input and output. */
export interface OpaqueIo {
  input: number;
  output: number;
  inShape: readonly number[];
}

/** One thread per output element: `i` is its linear index in `body`. */
export function perElement(ctx: WgslCtx, n: number, decls: string[], body: string): ShaderBody {
  const wgs = flatWorkgroupSize(ctx.limits);
  return {
    decls: [constU32("N", n), ...decls],
    workgroupSize: [wgs, 1],
    body: `let i = wg * ${u32Lit(wgs)} + lidx;\n  if (i >= N) { return; }\n  ${body}`,
    workgroups: Math.ceil(n / wgs),
  };
}

export function emitConv2d(ctx: WgslCtx, k: ConvKernel, node: Node, xShape: readonly number[], wShape: readonly number[]): ShaderBody {
  const a = node.attrs as { stride: number; padding: number; dilation: number; groups: number };
  const [, C, H, W] = xShape;
  const [O, CG, KH, KW] = wShape;
  const [, , OH, OW] = node.shape;
  const src = (at: string) => loadExpr(ctx, k.x, "f32", `X_BASE + ${at}`);
  const weight = (at: string) => loadExpr(ctx, k.w, "f32", `W_BASE + ${at}`);
  const values = new WgslValues(ctx, k.body);
  const names = ["n", "o", "oy", "ox"];
  const sv = k.body.values[k.body.store.value];
  const out = storeStmt(ctx, k.output, sv.dtype, indexExpr(ctx.elemOffset(k.output), k.body.store.view, (q) => names[q]), values.name(k.body.store.value));
  return perElement(ctx, node.shape.reduce((x, y) => x * y, 1), [
    constU32("C", C), constU32("H", H), constU32("W", W), constU32("O", O), constU32("C_PER_GROUP", CG),
    constU32("O_PER_GROUP", O / a.groups), constU32("KH", KH), constU32("KW", KW), constU32("OH", OH), constU32("OW", OW),
    `const STRIDE: i32 = ${a.stride}i;`, `const PADDING: i32 = ${a.padding}i;`, `const DILATION: i32 = ${a.dilation}i;`,
    constU32("X_BASE", ctx.elemOffset(k.x)), constU32("W_BASE", ctx.elemOffset(k.w)),
  ], [
    "let ox = i % OW;",
    "let oy = (i / OW) % OH;",
    "let o = (i / (OW * OH)) % O;",
    "let n = i / (OW * OH * O);",
    "let c_base = (o / O_PER_GROUP) * C_PER_GROUP;",
    "var acc = 0.0;",
    "for (var c = 0u; c < C_PER_GROUP; c++) {",
    "  let x_plane = (n * C + c_base + c) * H;",
    "  let w_plane = (o * C_PER_GROUP + c) * KH;",
    "  for (var u = 0u; u < KH; u++) {",
    "    let y = i32(oy) * STRIDE + i32(u) * DILATION - PADDING;",
    "    if (y < 0i || y >= i32(H)) { continue; }",
    "    for (var v = 0u; v < KW; v++) {",
    "      let xx = i32(ox) * STRIDE + i32(v) * DILATION - PADDING;",
    "      if (xx < 0i || xx >= i32(W)) { continue; }",
    `      acc += ${src("(x_plane + u32(y)) * W + u32(xx)")} * ${weight("(w_plane + u) * KW + v")};`,
    "    }",
    "  }",
    "}",
    ...values.emit(k.body.values.map((_, i) => i), (q) => names[q], "acc"),
    out,
  ].join("\n  "));
}

export function emitPool2d(ctx: WgslCtx, node: Node, io: OpaqueIo): ShaderBody {
  const a = node.attrs as { op: "max_pool2d" | "avg_pool2d"; size: number; stride: number; padding: number };
  const [, , H, W] = io.inShape;
  const [, , OH, OW] = node.shape;
  const isMax = a.op === "max_pool2d";
  ctx.helpers.add(isMax ? "max_nan" : "specials");
  const src = (at: string) => loadExpr(ctx, io.input, "f32", `${u32Lit(ctx.elemOffset(io.input))} + ${at}`);
  return perElement(ctx, node.shape.reduce((x, y) => x * y, 1), [
    constU32("H", H), constU32("W", W), constU32("OH", OH), constU32("OW", OW), constU32("SIZE", a.size),
    `const STRIDE: i32 = ${a.stride}i;`, `const PADDING: i32 = ${a.padding}i;`,
  ], [
    "let ox = i % OW;",
    "let oy = (i / OW) % OH;",
    "let plane = i / (OW * OH);",
    isMax ? "var acc = -f32_inf(); // padding never wins" : "var acc = 0.0;",
    ...(isMax ? [] : ["var count = 0u;"]),
    "for (var u = 0u; u < SIZE; u++) {",
    "  let y = i32(oy) * STRIDE + i32(u) - PADDING;",
    "  if (y < 0i || y >= i32(H)) { continue; }",
    "  for (var v = 0u; v < SIZE; v++) {",
    "    let xx = i32(ox) * STRIDE + i32(v) - PADDING;",
    "    if (xx < 0i || xx >= i32(W)) { continue; }",
    `    let value = ${src("(plane * H + u32(y)) * W + u32(xx)")};`,
    isMax ? "    acc = max_nan(acc, value);" : "    acc += value;",
    ...(isMax ? [] : ["    count++;"]),
    "  }",
    "}",
    isMax ? storeStmt(ctx, io.output, "f32", `${u32Lit(ctx.elemOffset(io.output))} + i`, "acc")
      : `// Only window positions inside the input are counted; none at all gives NaN.\n  ${storeStmt(ctx, io.output, "f32", `${u32Lit(ctx.elemOffset(io.output))} + i`, "select(acc / f32(count), f32_nan(), count == 0u)")}`,
  ].join("\n  "));
}
