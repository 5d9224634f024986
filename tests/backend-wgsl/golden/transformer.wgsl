// ==== k0_reduce_sum_mul_sub_add_etc =========================================
// k0_reduce_sum_mul_sub_add_etc: reduce_sum, mul, sub, add, rsqrt (f32[1, 128, 256], f32[256], f32[256] -> f32[1, 128, 256]) from std/nn.dl:95
// nodes: %17 %20 %22 %23 %24 %26 %29 %30 %32 %34 %36

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;
var<workgroup> partial_f32: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let co0 = wg;
  var r1: f32 = 0.0;
  for (var j = lidx; j < 256u; j += 256u) {
    let ci0 = j;
    let v0: f32 = bitcast<f32>(a0[0u + co0 * 256u + ci0]);
    r1 = r1 + v0;
  }
  partial_f32[lidx] = r1;
  workgroupBarrier();
  for (var half = 128u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = partial_f32[lidx] + partial_f32[lidx + half]; }
    workgroupBarrier();
  }
  let v1: f32 = partial_f32[0];
  workgroupBarrier();
  let v3: f32 = (v1 * 0.00390625);
  var r7: f32 = 0.0;
  for (var j = lidx; j < 256u; j += 256u) {
    let ci0 = j;
    let v4: f32 = bitcast<f32>(a0[0u + co0 * 256u + ci0]);
    let v5: f32 = (v4 - v3);
    let v6: f32 = (v5 * v5);
    r7 = r7 + v6;
  }
  partial_f32[lidx] = r7;
  workgroupBarrier();
  for (var half = 128u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = partial_f32[lidx] + partial_f32[lidx + half]; }
    workgroupBarrier();
  }
  let v7: f32 = partial_f32[0];
  workgroupBarrier();
  let v9: f32 = (v7 * 0.00390625);
  let v11: f32 = (v9 + 0.00001);
  let v12: f32 = inverseSqrt(v11);
  for (var j = lidx; j < 256u; j += 256u) {
    let ci0 = j;
    let v4: f32 = bitcast<f32>(a0[0u + co0 * 256u + ci0]);
    let v5: f32 = (v4 - v3);
    let v13: f32 = (v5 * v12);
    let v14: f32 = bitcast<f32>(a0[32768u + ci0]);
    let v15: f32 = (v13 * v14);
    let v16: f32 = bitcast<f32>(a0[33024u + ci0]);
    let v17: f32 = (v15 + v16);
    a0[855296u + co0 * 256u + ci0] = bitcast<u32>(v17);
  }
}

// ==== k1_matmul_add =========================================================
// k1_matmul_add: matmul, add (f32[1, 128, 256], f32[256, 256], f32[256] -> f32[1, 128, 256]) from std/nn.dl:66
// nodes: %38 %41

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;
const M: u32 = 128u;
const K: u32 = 256u;
const N: u32 = 256u;
const TILE: u32 = 16u;
const TILES_M: u32 = 8u;
const TILES_N: u32 = 16u;
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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[855296u + ra * 256u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[33280u + kb * 256u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[98816u + col]);
    let v2: f32 = (v0 + v1);
    a0[888064u + row * 256u + col] = bitcast<u32>(v2);
  }
}

// ==== k2_matmul_add =========================================================
// k2_matmul_add: matmul, add (f32[1, 128, 256], f32[256, 256], f32[256] -> f32[1, 128, 256]) from std/nn.dl:66
// nodes: %45 %48

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;
const M: u32 = 128u;
const K: u32 = 256u;
const N: u32 = 256u;
const TILE: u32 = 16u;
const TILES_M: u32 = 8u;
const TILES_N: u32 = 16u;
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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[855296u + ra * 256u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[99072u + kb * 256u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[164608u + col]);
    let v2: f32 = (v0 + v1);
    a0[920832u + row * 256u + col] = bitcast<u32>(v2);
  }
}

// ==== k3_copy ===============================================================
// k3_copy: copy (f32[1, 128, 256] -> f32[1, 4, 64, 128]) from std/nn.dl:191
// nodes: %50

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 32768u) { return; }
  let c0 = (i / 128u);
  let c1 = i % 128u;
  let v0: f32 = bitcast<f32>(a0[920832u + c0 + c1 * 256u]);
  a0[953600u + c0 * 128u + c1] = bitcast<u32>(v0);
}

// ==== k4_matmul_add =========================================================
// k4_matmul_add: matmul, add (f32[1, 128, 256], f32[256, 256], f32[256] -> f32[1, 128, 256]) from std/nn.dl:66
// nodes: %52 %55

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;
const M: u32 = 128u;
const K: u32 = 256u;
const N: u32 = 256u;
const TILE: u32 = 16u;
const TILES_M: u32 = 8u;
const TILES_N: u32 = 16u;
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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[855296u + ra * 256u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[164864u + kb * 256u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[230400u + col]);
    let v2: f32 = (v0 + v1);
    a0[920832u + row * 256u + col] = bitcast<u32>(v2);
  }
}

// ==== k5_matmul =============================================================
// k5_matmul: matmul (f32[1, 128, 256], f32[1, 4, 64, 128] -> f32[1, 4, 128, 128]) from std/nn.dl:193
// nodes: %58

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 256u;
const M: u32 = 128u;
const K: u32 = 64u;
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
  let b0 = (batch / 4u);
  let b1 = batch % 4u;
  let row = ((wg / TILES_N) % TILES_M) * TILE + lid.y;
  let col = (wg % TILES_N) * TILE + lid.x;
  var acc = 0.0;
  for (var k0 = 0u; k0 < K; k0 += TILE) {
    // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.
    let ka = min(k0 + lid.x, K - 1u);
    let kb = min(k0 + lid.y, K - 1u);
    let ra = min(row, M - 1u);
    let cb = min(col, N - 1u);
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[888064u + b1 * 64u + ra * 256u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[953600u + b1 * 8192u + kb * 128u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    a0[986368u + b1 * 16384u + row * 128u + col] = bitcast<u32>(v0);
  }
}

// ==== k6_div_reduce_max_sub_exp_etc =========================================
// k6_div_reduce_max_sub_exp_etc: div, reduce_max, sub, exp, reduce_sum (f32[1, 4, 128, 128] -> f32[1, 4, 128, 128]) from std/nn.dl:35
// nodes: %61 %62 %64 %65 %66 %68

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 512u;
var<workgroup> partial_f32: array<f32, 128>;

// A private var, so the compiler cannot fold inf/NaN at creation time (a const would be an error).
var<private> F32_INF_BITS: u32 = 0x7f800000u;
fn f32_inf() -> f32 { return bitcast<f32>(F32_INF_BITS); }
fn f32_nan() -> f32 { return bitcast<f32>(F32_INF_BITS | 0x400000u); }
fn is_nan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn is_inf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }

// max/min that return NaN when either operand is NaN (WGSL leaves it unspecified).
fn max_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return max(a, b); }
fn min_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return min(a, b); }

@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let co0 = wg;
  var r3: f32 = -f32_inf();
  for (var j = lidx; j < 128u; j += 128u) {
    let ci0 = j;
    let v0: f32 = bitcast<f32>(a0[986368u + co0 * 128u + ci0]);
    let v2: f32 = (v0 / 8.0);
    r3 = max_nan(r3, v2);
  }
  partial_f32[lidx] = r3;
  workgroupBarrier();
  for (var half = 64u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = max_nan(partial_f32[lidx], partial_f32[lidx + half]); }
    workgroupBarrier();
  }
  let v3: f32 = partial_f32[0];
  workgroupBarrier();
  var r6: f32 = 0.0;
  for (var j = lidx; j < 128u; j += 128u) {
    let ci0 = j;
    let v0: f32 = bitcast<f32>(a0[986368u + co0 * 128u + ci0]);
    let v2: f32 = (v0 / 8.0);
    let v4: f32 = (v2 - v3);
    let v5: f32 = exp(v4);
    r6 = r6 + v5;
  }
  partial_f32[lidx] = r6;
  workgroupBarrier();
  for (var half = 64u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = partial_f32[lidx] + partial_f32[lidx + half]; }
    workgroupBarrier();
  }
  let v6: f32 = partial_f32[0];
  workgroupBarrier();
  for (var j = lidx; j < 128u; j += 128u) {
    let ci0 = j;
    let v0: f32 = bitcast<f32>(a0[986368u + co0 * 128u + ci0]);
    let v2: f32 = (v0 / 8.0);
    let v4: f32 = (v2 - v3);
    let v5: f32 = exp(v4);
    let v7: f32 = (v5 / v6);
    a0[855296u + co0 * 128u + ci0] = bitcast<u32>(v7);
  }
}

// ==== k7_matmul =============================================================
// k7_matmul: matmul (f32[1, 4, 128, 128], f32[1, 128, 256] -> f32[1, 4, 128, 64]) from std/nn.dl:194
// nodes: %69

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;
const M: u32 = 128u;
const K: u32 = 128u;
const N: u32 = 64u;
const TILE: u32 = 16u;
const TILES_M: u32 = 8u;
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
  let b0 = (batch / 4u);
  let b1 = batch % 4u;
  let row = ((wg / TILES_N) % TILES_M) * TILE + lid.y;
  let col = (wg % TILES_N) * TILE + lid.x;
  var acc = 0.0;
  for (var k0 = 0u; k0 < K; k0 += TILE) {
    // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.
    let ka = min(k0 + lid.x, K - 1u);
    let kb = min(k0 + lid.y, K - 1u);
    let ra = min(row, M - 1u);
    let cb = min(col, N - 1u);
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[855296u + b1 * 16384u + ra * 128u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[920832u + b1 * 64u + kb * 256u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    a0[953600u + b1 * 8192u + row * 64u + col] = bitcast<u32>(v0);
  }
}

// ==== k8_copy ===============================================================
// k8_copy: copy (f32[1, 4, 128, 64] -> f32[1, 128, 256]) from std/nn.dl:194
// nodes: %70

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 32768u) { return; }
  let c0 = (i / 256u);
  let c1 = (i / 64u) % 4u;
  let c2 = i % 64u;
  let v0: f32 = bitcast<f32>(a0[953600u + c0 * 64u + c1 * 8192u + c2]);
  a0[986368u + c0 * 256u + c1 * 64u + c2] = bitcast<u32>(v0);
}

// ==== k9_matmul_add =========================================================
// k9_matmul_add: matmul, add (f32[1, 128, 256], f32[256, 256], f32[256], f32[1, 128, 256] -> f32[1, 128, 256]) from std/nn.dl:210
// nodes: %73 %76 %77

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;
const M: u32 = 128u;
const K: u32 = 256u;
const N: u32 = 256u;
const TILE: u32 = 16u;
const TILES_M: u32 = 8u;
const TILES_N: u32 = 16u;
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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[986368u + ra * 256u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[230656u + kb * 256u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[296192u + col]);
    let v2: f32 = (v0 + v1);
    let v3: f32 = bitcast<f32>(a0[0u + row * 256u + col]);
    let v4: f32 = (v3 + v2);
    a0[1019136u + row * 256u + col] = bitcast<u32>(v4);
  }
}

// ==== k10_reduce_sum_mul_sub_add_etc ========================================
// k10_reduce_sum_mul_sub_add_etc: reduce_sum, mul, sub, add, rsqrt (f32[1, 128, 256], f32[256], f32[256] -> f32[1, 128, 256]) from std/nn.dl:95
// nodes: %78 %80 %82 %83 %84 %86 %88 %89 %91 %93 %95

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;
var<workgroup> partial_f32: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let co0 = wg;
  var r1: f32 = 0.0;
  for (var j = lidx; j < 256u; j += 256u) {
    let ci0 = j;
    let v0: f32 = bitcast<f32>(a0[1019136u + co0 * 256u + ci0]);
    r1 = r1 + v0;
  }
  partial_f32[lidx] = r1;
  workgroupBarrier();
  for (var half = 128u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = partial_f32[lidx] + partial_f32[lidx + half]; }
    workgroupBarrier();
  }
  let v1: f32 = partial_f32[0];
  workgroupBarrier();
  let v3: f32 = (v1 * 0.00390625);
  var r7: f32 = 0.0;
  for (var j = lidx; j < 256u; j += 256u) {
    let ci0 = j;
    let v4: f32 = bitcast<f32>(a0[1019136u + co0 * 256u + ci0]);
    let v5: f32 = (v4 - v3);
    let v6: f32 = (v5 * v5);
    r7 = r7 + v6;
  }
  partial_f32[lidx] = r7;
  workgroupBarrier();
  for (var half = 128u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = partial_f32[lidx] + partial_f32[lidx + half]; }
    workgroupBarrier();
  }
  let v7: f32 = partial_f32[0];
  workgroupBarrier();
  let v9: f32 = (v7 * 0.00390625);
  let v11: f32 = (v9 + 0.00001);
  let v12: f32 = inverseSqrt(v11);
  for (var j = lidx; j < 256u; j += 256u) {
    let ci0 = j;
    let v4: f32 = bitcast<f32>(a0[1019136u + co0 * 256u + ci0]);
    let v5: f32 = (v4 - v3);
    let v13: f32 = (v5 * v12);
    let v14: f32 = bitcast<f32>(a0[296448u + ci0]);
    let v15: f32 = (v13 * v14);
    let v16: f32 = bitcast<f32>(a0[296704u + ci0]);
    let v17: f32 = (v15 + v16);
    a0[855296u + co0 * 256u + ci0] = bitcast<u32>(v17);
  }
}

// ==== k11_matmul_add_mul_div_etc ============================================
// k11_matmul_add_mul_div_etc: matmul, add, mul, div, erf (f32[1, 128, 256], f32[256, 1024], f32[1024] -> f32[1, 128, 1024]) from std/nn.dl:24
// nodes: %97 %100 %103 %106 %107 %110 %111

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 512u;
const M: u32 = 128u;
const K: u32 = 256u;
const N: u32 = 1024u;
const TILE: u32 = 16u;
const TILES_M: u32 = 8u;
const TILES_N: u32 = 64u;
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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[855296u + ra * 256u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[296960u + kb * 1024u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[559104u + col]);
    let v2: f32 = (v0 + v1);
    let v4: f32 = (0.5 * v2);
    let v6: f32 = (v2 / 1.4142135623730951);
    let v7: f32 = erf_f32(v6);
    let v9: f32 = (1.0 + v7);
    let v10: f32 = (v4 * v9);
    a0[888064u + row * 1024u + col] = bitcast<u32>(v10);
  }
}

// ==== k12_matmul_add ========================================================
// k12_matmul_add: matmul, add (f32[1, 128, 1024], f32[1024, 256], f32[256], f32[1, 128, 256] -> f32[1, 128, 256]) from std/nn.dl:211
// nodes: %113 %116 %117

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 128u;
const M: u32 = 128u;
const K: u32 = 1024u;
const N: u32 = 256u;
const TILE: u32 = 16u;
const TILES_M: u32 = 8u;
const TILES_N: u32 = 16u;
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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[888064u + ra * 1024u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[560128u + kb * 256u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[822272u + col]);
    let v2: f32 = (v0 + v1);
    let v3: f32 = bitcast<f32>(a0[1019136u + row * 256u + col]);
    let v4: f32 = (v3 + v2);
    a0[822528u + row * 256u + col] = bitcast<u32>(v4);
  }
}
