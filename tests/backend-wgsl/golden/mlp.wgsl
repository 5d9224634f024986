// ==== k0_matmul_add_max =====================================================
// k0_matmul_add_max: matmul, add, max (f32[4, 784], f32[784, 300], f32[300] -> f32[4, 300]) from std/nn.dl:14
// nodes: %7 %9 %12

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 19u;
const M: u32 = 4u;
const K: u32 = 784u;
const N: u32 = 300u;
const TILE: u32 = 16u;
const TILES_M: u32 = 1u;
const TILES_N: u32 = 19u;
var<workgroup> tile_a: array<array<f32, 16>, 16>;
var<workgroup> tile_b: array<array<f32, 16>, 16>;

// A private var, so the compiler cannot fold inf/NaN at creation time (a const would be an error).
var<private> F32_INF_BITS: u32 = 0x7f800000u;
fn f32_inf() -> f32 { return bitcast<f32>(F32_INF_BITS); }
fn f32_nan() -> f32 { return bitcast<f32>(F32_INF_BITS | 0x400000u); }
fn is_nan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn is_inf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }

// max/min that return NaN when either operand is NaN (WGSL leaves it unspecified).
fn max_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return max(a, b); }
fn min_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return min(a, b); }

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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[0u + ra * 784u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[3136u + kb * 300u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[238336u + col]);
    let v2: f32 = (v0 + v1);
    let v4: f32 = max_nan(v2, 0.0);
    a0[269788u + row * 300u + col] = bitcast<u32>(v4);
  }
}

// ==== k1_matmul_add_max =====================================================
// k1_matmul_add_max: matmul, add, max (f32[4, 300], f32[300, 100], f32[100] -> f32[4, 100]) from std/nn.dl:14
// nodes: %13 %15 %17

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 7u;
const M: u32 = 4u;
const K: u32 = 300u;
const N: u32 = 100u;
const TILE: u32 = 16u;
const TILES_M: u32 = 1u;
const TILES_N: u32 = 7u;
var<workgroup> tile_a: array<array<f32, 16>, 16>;
var<workgroup> tile_b: array<array<f32, 16>, 16>;

// A private var, so the compiler cannot fold inf/NaN at creation time (a const would be an error).
var<private> F32_INF_BITS: u32 = 0x7f800000u;
fn f32_inf() -> f32 { return bitcast<f32>(F32_INF_BITS); }
fn f32_nan() -> f32 { return bitcast<f32>(F32_INF_BITS | 0x400000u); }
fn is_nan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn is_inf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }

// max/min that return NaN when either operand is NaN (WGSL leaves it unspecified).
fn max_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return max(a, b); }
fn min_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return min(a, b); }

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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[269788u + ra * 300u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[238636u + kb * 100u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[268636u + col]);
    let v2: f32 = (v0 + v1);
    let v4: f32 = max_nan(v2, 0.0);
    a0[270988u + row * 100u + col] = bitcast<u32>(v4);
  }
}

// ==== k2_matmul_add =========================================================
// k2_matmul_add: matmul, add (f32[4, 100], f32[100, 10], f32[10] -> f32[4, 10]) from std/nn.dl:66
// nodes: %18 %20

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;
const M: u32 = 4u;
const K: u32 = 100u;
const N: u32 = 10u;
const TILE: u32 = 16u;
const TILES_M: u32 = 1u;
const TILES_N: u32 = 1u;
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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[270988u + ra * 100u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[268736u + kb * 10u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[269736u + col]);
    let v2: f32 = (v0 + v1);
    a0[269748u + row * 10u + col] = bitcast<u32>(v2);
  }
}
