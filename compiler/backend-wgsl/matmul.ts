// Tiled matmul: each workgroup computes a TILE×TILE block of one batch's output, walking K in
// TILE-wide steps; every step stages a TILE×TILE block of A and of B in workgroup memory, so
// each input element is read from storage once per block instead of once per output. Edges
// pad the tiles with zeros. Batches, row tiles and column tiles are one linear workgroup index.
import { numElements } from "../ir/infer.ts";
import { constU32, pow2Floor, type KernelCtx, type KernelParts } from "./shader.ts";

export function matmulTile(limits: KernelCtx["limits"]): number {
  const byInvocations = pow2Floor(Math.floor(Math.sqrt(limits.maxComputeInvocationsPerWorkgroup)));
  return Math.max(1, Math.min(16, byInvocations, pow2Floor(limits.maxComputeWorkgroupSizeX),
    pow2Floor(Math.floor(Math.sqrt(limits.maxComputeWorkgroupStorageSize / 8)))));
}

export function emitMatmul(ctx: KernelCtx): KernelParts {
  const { node, graph } = ctx;
  const [a, b] = node.inputs.map((i) => graph.nodes[i]);
  const r = a.shape.length;
  const [m, k, n] = [a.shape[r - 2], a.shape[r - 1], b.shape[r - 1]];
  const batch = numElements(a.shape.slice(0, r - 2));
  const t = matmulTile(ctx.limits);
  const tilesM = Math.ceil(m / t);
  const tilesN = Math.ceil(n / t);
  return {
    bindings: [{ name: "lhs", node: a.id, access: "read" }, { name: "rhs", node: b.id, access: "read" }, { name: "out", node: node.id, access: "read_write" }],
    decls: [
      constU32("M", m), constU32("K", k), constU32("N", n), constU32("TILE", t),
      constU32("TILES_M", tilesM), constU32("TILES_N", tilesN),
      `var<workgroup> tile_a: array<array<f32, ${t}>, ${t}>;`,
      `var<workgroup> tile_b: array<array<f32, ${t}>, ${t}>;`,
    ],
    workgroupSize: [t, t],
    workgroups: batch * tilesM * tilesN,
    body: [
      "let batch = wg / (TILES_M * TILES_N);",
      "let row = ((wg / TILES_N) % TILES_M) * TILE + lid.y;",
      "let col = (wg % TILES_N) * TILE + lid.x;",
      "let a_base = batch * M * K;",
      "let b_base = batch * K * N;",
      "var acc = 0.0;",
      "for (var k0 = 0u; k0 < K; k0 += TILE) {",
      "  // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.",
      "  let ka = k0 + lid.x;",
      "  let kb = k0 + lid.y;",
      "  tile_a[lid.y][lid.x] = select(0.0, lhs[a_base + min(row, M - 1u) * K + min(ka, K - 1u)], row < M && ka < K);",
      "  tile_b[lid.y][lid.x] = select(0.0, rhs[b_base + min(kb, K - 1u) * N + min(col, N - 1u)], kb < K && col < N);",
      "  workgroupBarrier();",
      "  for (var kk = 0u; kk < TILE; kk++) {",
      "    acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];",
      "  }",
      "  workgroupBarrier();",
      "}",
      "if (row < M && col < N) { out[batch * M * N + row * N + col] = acc; }",
    ].join("\n  "),
  };
}
