// Tiled matmul with a fused epilogue: each workgroup computes a TILE×TILE block of one batch's
// output, walking K in TILE-wide steps; every step stages a TILE×TILE block of A and of B in
// workgroup memory, so each input element is read from storage once per block instead of once
// per output. A and B are strided views (a transpose costs nothing); edges pad with zeros.
// The epilogue (the kernel's loop body, `acc` standing for the product) runs on each thread's
// result before the one store.
import type { MatmulKernel } from "../schedule/schedule.ts";
import { decompose, indexExpr, loadExpr, storeStmt, WgslValues, type ShaderBody, type WgslCtx } from "./loop.ts";
import { constU32, pow2Floor } from "./shader.ts";

export function matmulTile(limits: WgslCtx["limits"]): number {
  const byInvocations = pow2Floor(Math.floor(Math.sqrt(limits.maxComputeInvocationsPerWorkgroup)));
  return Math.max(1, Math.min(16, byInvocations, pow2Floor(limits.maxComputeWorkgroupSizeX),
    pow2Floor(Math.floor(Math.sqrt(limits.maxComputeWorkgroupStorageSize / 8)))));
}

export function emitMatmul(ctx: WgslCtx, k: MatmulKernel): ShaderBody {
  const a = k.a.view;
  const b = k.b.view;
  const r = a.shape.length;
  const [m, kk, n] = [a.shape[r - 2], a.shape[r - 1], b.shape[r - 1]];
  const batchShape = a.shape.slice(0, r - 2);
  const batch = batchShape.reduce((x, y) => x * y, 1);
  const t = matmulTile(ctx.limits);
  const tilesM = Math.ceil(m / t);
  const tilesN = Math.ceil(n / t);
  const bNames = batchShape.map((_, q) => `b${q}`);
  // A at (batch, row, p) and B at (batch, p, col) with `p` the reduction index.
  const aAt = (row: string, p: string) => indexExpr(ctx.elemOffset(k.a.buf), a, (q) => (q < r - 2 ? bNames[q] : q === r - 2 ? row : p));
  const bAt = (p: string, col: string) => indexExpr(ctx.elemOffset(k.b.buf), b, (q) => (q < r - 2 ? bNames[q] : q === r - 2 ? p : col));
  const values = new WgslValues(ctx, k.body);
  const coord = (q: number) => (q < r - 2 ? bNames[q] : q === r - 2 ? "row" : "col");
  const all = k.body.values.map((_, i) => i);
  const sv = k.body.values[k.body.store.value];
  const out = storeStmt(ctx, k.output, sv.dtype, indexExpr(ctx.elemOffset(k.output), k.body.store.view, coord), values.name(k.body.store.value));
  return {
    decls: [
      constU32("M", m), constU32("K", kk), constU32("N", n), constU32("TILE", t), constU32("TILES_M", tilesM), constU32("TILES_N", tilesN),
      `var<workgroup> tile_a: array<array<f32, ${t}>, ${t}>;`,
      `var<workgroup> tile_b: array<array<f32, ${t}>, ${t}>;`,
    ],
    workgroupSize: [t, t],
    workgroups: batch * tilesM * tilesN,
    body: [
      "let batch = wg / (TILES_M * TILES_N);",
      ...decompose("batch", batchShape, bNames),
      "let row = ((wg / TILES_N) % TILES_M) * TILE + lid.y;",
      "let col = (wg % TILES_N) * TILE + lid.x;",
      "var acc = 0.0;",
      "for (var k0 = 0u; k0 < K; k0 += TILE) {",
      "  // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.",
      "  let ka = min(k0 + lid.x, K - 1u);",
      "  let kb = min(k0 + lid.y, K - 1u);",
      "  let ra = min(row, M - 1u);",
      "  let cb = min(col, N - 1u);",
      `  tile_a[lid.y][lid.x] = select(0.0, ${loadExpr(ctx, k.a.buf, "f32", aAt("ra", "ka"))}, row < M && k0 + lid.x < K);`,
      `  tile_b[lid.y][lid.x] = select(0.0, ${loadExpr(ctx, k.b.buf, "f32", bAt("kb", "cb"))}, k0 + lid.y < K && col < N);`,
      "  workgroupBarrier();",
      "  for (var kk = 0u; kk < TILE; kk++) {",
      "    acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];",
      "  }",
      "  workgroupBarrier();",
      "}",
      "if (row < M && col < N) {",
      ...values.emit(all, coord, "acc").map((l) => `  ${l}`),
      `  ${out}`,
      "}",
    ].join("\n  "),
  };
}
