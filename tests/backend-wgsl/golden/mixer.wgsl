// ==== k0_reduce_sum_mul_sub_add_etc =========================================
// k0_reduce_sum_mul_sub_add_etc: reduce_sum, mul, sub, add, rsqrt (f32[2, 64, 128], f32[128], f32[128] -> f32[2, 64, 128]) from std/nn.dl:95
// nodes: %13 %16 %18 %19 %20 %22 %25 %26 %28 %30 %32

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;
var<workgroup> partial_f32: array<f32, 128>;

@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let co0 = wg;
  var r1: f32 = 0.0;
  for (var j = lidx; j < 128u; j += 128u) {
    let ci0 = j;
    let v0: f32 = bitcast<f32>(a0[0u + co0 * 128u + ci0]);
    r1 = r1 + v0;
  }
  partial_f32[lidx] = r1;
  workgroupBarrier();
  for (var half = 64u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = partial_f32[lidx] + partial_f32[lidx + half]; }
    workgroupBarrier();
  }
  let v1: f32 = partial_f32[0];
  workgroupBarrier();
  let v3: f32 = (v1 * 0.0078125);
  var r7: f32 = 0.0;
  for (var j = lidx; j < 128u; j += 128u) {
    let ci0 = j;
    let v4: f32 = bitcast<f32>(a0[0u + co0 * 128u + ci0]);
    let v5: f32 = (v4 - v3);
    let v6: f32 = (v5 * v5);
    r7 = r7 + v6;
  }
  partial_f32[lidx] = r7;
  workgroupBarrier();
  for (var half = 64u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = partial_f32[lidx] + partial_f32[lidx + half]; }
    workgroupBarrier();
  }
  let v7: f32 = partial_f32[0];
  workgroupBarrier();
  let v9: f32 = (v7 * 0.0078125);
  let v11: f32 = (v9 + 0.00001);
  let v12: f32 = inverseSqrt(v11);
  for (var j = lidx; j < 128u; j += 128u) {
    let ci0 = j;
    let v4: f32 = bitcast<f32>(a0[0u + co0 * 128u + ci0]);
    let v5: f32 = (v4 - v3);
    let v13: f32 = (v5 * v12);
    let v14: f32 = bitcast<f32>(a0[16384u + ci0]);
    let v15: f32 = (v13 * v14);
    let v16: f32 = bitcast<f32>(a0[16512u + ci0]);
    let v17: f32 = (v15 + v16);
    a0[198080u + co0 * 128u + ci0] = bitcast<u32>(v17);
  }
}

// ==== k1_copy ===============================================================
// k1_copy: copy (f32[2, 64, 128] -> f32[256, 64]) from std/nn.dl:227
// nodes: %33

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 64u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 16384u) { return; }
  let c0 = (i / 8192u);
  let c1 = (i / 64u) % 128u;
  let c2 = i % 64u;
  let v0: f32 = bitcast<f32>(a0[198080u + c0 * 8192u + c1 + c2 * 128u]);
  a0[214464u + c0 * 8192u + c1 * 64u + c2] = bitcast<u32>(v0);
}

// ==== k2_matmul_add_mul_div_etc =============================================
// k2_matmul_add_mul_div_etc: matmul, add, mul, div, erf (f32[256, 64], f32[64, 256], f32[256] -> f32[2, 128, 256]) from std/nn.dl:24
// nodes: %35 %38 %41 %44 %45 %48 %49

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 256u;
const M: u32 = 256u;
const K: u32 = 64u;
const N: u32 = 256u;
const TILE: u32 = 16u;
const TILES_M: u32 = 16u;
const TILES_N: u32 = 16u;
var<workgroup> tile_a: array<array<f32, 16>, 16>;
var<workgroup> tile_b: array<array<f32, 16>, 16>;

// A private var, so the compiler cannot fold inf/NaN at creation time (a const would be an error).
var<private> F32_INF_BITS: u32 = 0x7f800000u;
fn f32_inf() -> f32 { return bitcast<f32>(F32_INF_BITS); }
fn f32_nan() -> f32 { return bitcast<f32>(F32_INF_BITS | 0x400000u); }
fn is_nan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn is_inf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }

// erf (not a WGSL builtin): odd polynomial below 1, 1 − e^{−x²}·Q(1/|x|) up to 3.92, ±1 beyond.
fn erf_f32(x: f32) -> f32 {
  if (is_nan(x)) { return x; }
  let ax = abs(x);
  let sign = select(1.0, -1.0, x < 0.0);
  if (ax >= 3.92) { return sign; }
  if (ax < 1.0) { let z = x * x; return x * (((((-0.0005648059865460937 * z + 0.004921762027870503) * z + -0.026715054232263197) * z + 0.11280316652504935) * z + -0.376123437753277) * z + 1.128379126178737); }
  let t = 1.0 / ax;
  return sign * (1.0 - exp(-x * x) * ((((((((-0.0054796826566555655 * t + 0.008566438774293224) * t + 0.06668495273558615) * t + -0.2932027969019908) * t + 0.5341508008704985) * t + -0.4883497984682146) * t + 0.04653192869606951) * t + 0.5583692316349496) * t + 0.0003124932442919331));
}

@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let batch = wg / (TILES_M * TILES_N);
  let row = ((wg / TILES_N) % TILES_M) * TILE + lid.y;
  let col = (wg % TILES_N) * TILE + lid.x;
  var acc = 0.0;
  for (var k0 = 0u; k0 < K; k0 += TILE) {
    // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.
    let ka = min(k0 + lid.x, K - 1u);
    let kb = min(k0 + lid.y, K - 1u);
    let ra = min(row, M - 1u);
    let cb = min(col, N - 1u);
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[214464u + ra * 64u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[16640u + kb * 256u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[33024u + col]);
    let v2: f32 = (v0 + v1);
    let v4: f32 = (0.5 * v2);
    let v6: f32 = (v2 / 1.4142135623730951);
    let v7: f32 = erf_f32(v6);
    let v9: f32 = (1.0 + v7);
    let v10: f32 = (v4 * v9);
    a0[230848u + row * 256u + col] = bitcast<u32>(v10);
  }
}

// ==== k3_matmul =============================================================
// k3_matmul: matmul (f32[2, 128, 256], f32[256, 64] -> f32[256, 64]) from std/nn.dl:66
// nodes: %51

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 64u;
const M: u32 = 256u;
const K: u32 = 256u;
const N: u32 = 64u;
const TILE: u32 = 16u;
const TILES_M: u32 = 16u;
const TILES_N: u32 = 4u;
var<workgroup> tile_a: array<array<f32, 16>, 16>;
var<workgroup> tile_b: array<array<f32, 16>, 16>;

@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let batch = wg / (TILES_M * TILES_N);
  let row = ((wg / TILES_N) % TILES_M) * TILE + lid.y;
  let col = (wg % TILES_N) * TILE + lid.x;
  var acc = 0.0;
  for (var k0 = 0u; k0 < K; k0 += TILE) {
    // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.
    let ka = min(k0 + lid.x, K - 1u);
    let kb = min(k0 + lid.y, K - 1u);
    let ra = min(row, M - 1u);
    let cb = min(col, N - 1u);
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[230848u + ra * 256u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[33280u + kb * 64u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    a0[198080u + row * 64u + col] = bitcast<u32>(v0);
  }
}

// ==== k4_add ================================================================
// k4_add: add (f32[256, 64], f32[64], f32[2, 64, 128] -> f32[2, 64, 128]) from std/nn.dl:228
// nodes: %54 %56

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 64u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 16384u) { return; }
  let c0 = (i / 8192u);
  let c1 = (i / 128u) % 64u;
  let c2 = i % 128u;
  let v0: f32 = bitcast<f32>(a0[198080u + c0 * 8192u + c1 + c2 * 64u]);
  let v1: f32 = bitcast<f32>(a0[49664u + c1]);
  let v2: f32 = (v0 + v1);
  let v3: f32 = bitcast<f32>(a0[0u + c0 * 8192u + c1 * 128u + c2]);
  let v4: f32 = (v3 + v2);
  a0[214464u + c0 * 8192u + c1 * 128u + c2] = bitcast<u32>(v4);
}

// ==== k5_reduce_sum_mul_sub_add_etc =========================================
// k5_reduce_sum_mul_sub_add_etc: reduce_sum, mul, sub, add, rsqrt (f32[2, 64, 128], f32[128], f32[128] -> f32[2, 64, 128]) from std/nn.dl:95
// nodes: %57 %59 %61 %62 %63 %65 %67 %68 %70 %72 %74

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;
var<workgroup> partial_f32: array<f32, 128>;

@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let co0 = wg;
  var r1: f32 = 0.0;
  for (var j = lidx; j < 128u; j += 128u) {
    let ci0 = j;
    let v0: f32 = bitcast<f32>(a0[214464u + co0 * 128u + ci0]);
    r1 = r1 + v0;
  }
  partial_f32[lidx] = r1;
  workgroupBarrier();
  for (var half = 64u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = partial_f32[lidx] + partial_f32[lidx + half]; }
    workgroupBarrier();
  }
  let v1: f32 = partial_f32[0];
  workgroupBarrier();
  let v3: f32 = (v1 * 0.0078125);
  var r7: f32 = 0.0;
  for (var j = lidx; j < 128u; j += 128u) {
    let ci0 = j;
    let v4: f32 = bitcast<f32>(a0[214464u + co0 * 128u + ci0]);
    let v5: f32 = (v4 - v3);
    let v6: f32 = (v5 * v5);
    r7 = r7 + v6;
  }
  partial_f32[lidx] = r7;
  workgroupBarrier();
  for (var half = 64u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = partial_f32[lidx] + partial_f32[lidx + half]; }
    workgroupBarrier();
  }
  let v7: f32 = partial_f32[0];
  workgroupBarrier();
  let v9: f32 = (v7 * 0.0078125);
  let v11: f32 = (v9 + 0.00001);
  let v12: f32 = inverseSqrt(v11);
  for (var j = lidx; j < 128u; j += 128u) {
    let ci0 = j;
    let v4: f32 = bitcast<f32>(a0[214464u + co0 * 128u + ci0]);
    let v5: f32 = (v4 - v3);
    let v13: f32 = (v5 * v12);
    let v14: f32 = bitcast<f32>(a0[49728u + ci0]);
    let v15: f32 = (v13 * v14);
    let v16: f32 = bitcast<f32>(a0[49856u + ci0]);
    let v17: f32 = (v15 + v16);
    a0[198080u + co0 * 128u + ci0] = bitcast<u32>(v17);
  }
}

// ==== k6_matmul_add_mul_div_etc =============================================
// k6_matmul_add_mul_div_etc: matmul, add, mul, div, erf (f32[2, 64, 128], f32[128, 512], f32[512] -> f32[2, 64, 512]) from std/nn.dl:24
// nodes: %76 %79 %81 %83 %84 %86 %87

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 256u;
const M: u32 = 128u;
const K: u32 = 128u;
const N: u32 = 512u;
const TILE: u32 = 16u;
const TILES_M: u32 = 8u;
const TILES_N: u32 = 32u;
var<workgroup> tile_a: array<array<f32, 16>, 16>;
var<workgroup> tile_b: array<array<f32, 16>, 16>;

// A private var, so the compiler cannot fold inf/NaN at creation time (a const would be an error).
var<private> F32_INF_BITS: u32 = 0x7f800000u;
fn f32_inf() -> f32 { return bitcast<f32>(F32_INF_BITS); }
fn f32_nan() -> f32 { return bitcast<f32>(F32_INF_BITS | 0x400000u); }
fn is_nan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn is_inf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }

// erf (not a WGSL builtin): odd polynomial below 1, 1 − e^{−x²}·Q(1/|x|) up to 3.92, ±1 beyond.
fn erf_f32(x: f32) -> f32 {
  if (is_nan(x)) { return x; }
  let ax = abs(x);
  let sign = select(1.0, -1.0, x < 0.0);
  if (ax >= 3.92) { return sign; }
  if (ax < 1.0) { let z = x * x; return x * (((((-0.0005648059865460937 * z + 0.004921762027870503) * z + -0.026715054232263197) * z + 0.11280316652504935) * z + -0.376123437753277) * z + 1.128379126178737); }
  let t = 1.0 / ax;
  return sign * (1.0 - exp(-x * x) * ((((((((-0.0054796826566555655 * t + 0.008566438774293224) * t + 0.06668495273558615) * t + -0.2932027969019908) * t + 0.5341508008704985) * t + -0.4883497984682146) * t + 0.04653192869606951) * t + 0.5583692316349496) * t + 0.0003124932442919331));
}

@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let batch = wg / (TILES_M * TILES_N);
  let row = ((wg / TILES_N) % TILES_M) * TILE + lid.y;
  let col = (wg % TILES_N) * TILE + lid.x;
  var acc = 0.0;
  for (var k0 = 0u; k0 < K; k0 += TILE) {
    // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.
    let ka = min(k0 + lid.x, K - 1u);
    let kb = min(k0 + lid.y, K - 1u);
    let ra = min(row, M - 1u);
    let cb = min(col, N - 1u);
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[198080u + ra * 128u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[49984u + kb * 512u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[115520u + col]);
    let v2: f32 = (v0 + v1);
    let v4: f32 = (0.5 * v2);
    let v6: f32 = (v2 / 1.4142135623730951);
    let v7: f32 = erf_f32(v6);
    let v9: f32 = (1.0 + v7);
    let v10: f32 = (v4 * v9);
    a0[230848u + row * 512u + col] = bitcast<u32>(v10);
  }
}

// ==== k7_matmul_add =========================================================
// k7_matmul_add: matmul, add (f32[2, 64, 512], f32[512, 128], f32[128], f32[2, 64, 128] -> f32[2, 64, 128]) from std/nn.dl:229
// nodes: %89 %92 %93

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 64u;
const M: u32 = 128u;
const K: u32 = 512u;
const N: u32 = 128u;
const TILE: u32 = 16u;
const TILES_M: u32 = 8u;
const TILES_N: u32 = 8u;
var<workgroup> tile_a: array<array<f32, 16>, 16>;
var<workgroup> tile_b: array<array<f32, 16>, 16>;

@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let batch = wg / (TILES_M * TILES_N);
  let row = ((wg / TILES_N) % TILES_M) * TILE + lid.y;
  let col = (wg % TILES_N) * TILE + lid.x;
  var acc = 0.0;
  for (var k0 = 0u; k0 < K; k0 += TILE) {
    // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.
    let ka = min(k0 + lid.x, K - 1u);
    let kb = min(k0 + lid.y, K - 1u);
    let ra = min(row, M - 1u);
    let cb = min(col, N - 1u);
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[230848u + ra * 512u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[116032u + kb * 128u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[181568u + col]);
    let v2: f32 = (v0 + v1);
    let v3: f32 = bitcast<f32>(a0[214464u + row * 128u + col]);
    let v4: f32 = (v3 + v2);
    a0[181696u + row * 128u + col] = bitcast<u32>(v4);
  }
}
