// conv2d and 2-D pooling, direct: one thread per output element, with every shape and
// hyper-parameter baked in as a constant so the compiler can unroll the small window loops.
// Padding reads as zero for conv, is skipped by max pooling and not counted by average pooling.
import { constU32, perElement, type KernelCtx, type KernelParts } from "./shader.ts";

export function emitConv2d(ctx: KernelCtx): KernelParts {
  const { node, graph } = ctx;
  const a = node.attrs as { stride: number; padding: number; dilation: number; groups: number };
  const [x, w] = node.inputs.map((i) => graph.nodes[i]);
  const [, C, H, W] = x.shape;
  const [O, CG, KH, KW] = w.shape;
  const [, , OH, OW] = node.shape;
  const binds = [{ name: "src", node: x.id, access: "read" as const }, { name: "weight", node: w.id, access: "read" as const },
    { name: "out", node: node.id, access: "read_write" as const }];
  return perElement(ctx, binds, [
    constU32("C", C), constU32("H", H), constU32("W", W), constU32("O", O), constU32("C_PER_GROUP", CG),
    constU32("O_PER_GROUP", O / a.groups), constU32("KH", KH), constU32("KW", KW), constU32("OH", OH), constU32("OW", OW),
    `const STRIDE: i32 = ${a.stride}i;`, `const PADDING: i32 = ${a.padding}i;`, `const DILATION: i32 = ${a.dilation}i;`,
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
    "      acc += src[(x_plane + u32(y)) * W + u32(xx)] * weight[(w_plane + u) * KW + v];",
    "    }",
    "  }",
    "}",
    "out[i] = acc;",
  ].join("\n  "));
}

export function emitPool2d(ctx: KernelCtx): KernelParts {
  const { node, graph } = ctx;
  const a = node.attrs as { op: "max_pool2d" | "avg_pool2d"; size: number; stride: number; padding: number };
  const x = graph.nodes[node.inputs[0]];
  const [, , H, W] = x.shape;
  const [, , OH, OW] = node.shape;
  const isMax = a.op === "max_pool2d";
  const binds = [{ name: "src", node: x.id, access: "read" as const }, { name: "out", node: node.id, access: "read_write" as const }];
  return perElement(ctx, binds, [
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
    "    let value = src[(plane * H + u32(y)) * W + u32(xx)];",
    isMax ? "    acc = max_nan(acc, value);" : "    acc += value;",
    ...(isMax ? [] : ["    count++;"]),
    "  }",
    "}",
    isMax ? "out[i] = acc;" : "// Only window positions inside the input are counted; none at all gives NaN.\n  out[i] = select(acc / f32(count), f32_nan(), count == 0u);",
  ].join("\n  "), isMax ? ["max_nan"] : ["specials"]);
}
