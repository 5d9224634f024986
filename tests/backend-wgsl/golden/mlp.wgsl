// ==== k7_matmul =============================================================
// k7_matmul: matmul from std/nn.dl:66 (f32[4, 784] @ f32[784, 300] -> f32[4, 300])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 19u;
const M: u32 = 4u;
const K: u32 = 784u;
const N: u32 = 300u;
const TILE: u32 = 16u;
const TILES_M: u32 = 1u;
const TILES_N: u32 = 19u;
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
  let a_base = batch * M * K;
  let b_base = batch * K * N;
  var acc = 0.0;
  for (var k0 = 0u; k0 < K; k0 += TILE) {
    // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.
    let ka = k0 + lid.x;
    let kb = k0 + lid.y;
    tile_a[lid.y][lid.x] = select(0.0, lhs[a_base + min(row, M - 1u) * K + min(ka, K - 1u)], row < M && ka < K);
    tile_b[lid.y][lid.x] = select(0.0, rhs[b_base + min(kb, K - 1u) * N + min(col, N - 1u)], kb < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) { out[batch * M * N + row * N + col] = acc; }
}

// ==== k8_broadcast ==========================================================
// k8_broadcast: broadcast from std/nn.dl:66 (f32[300] -> f32[4, 300])
// shape: [4,300]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 5u;
const N: u32 = 1200u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [300] to [4, 300]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 300u);
  out[i] = src[src_at];
}

// ==== k9_add ================================================================
// k9_add: add from std/nn.dl:66 (f32[4, 300], f32[4, 300] -> f32[4, 300])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 5u;
const N: u32 = 1200u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let a = lhs[i];
  let b = rhs[i];
  out[i] = a + b;
}

// ==== k11_broadcast =========================================================
// k11_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[4, 300])
// shape: [4,300]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 5u;
const N: u32 = 1200u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [4, 300]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k12_max ===============================================================
// k12_max: max from std/nn.dl:14 (f32[4, 300], f32[4, 300] -> f32[4, 300])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 5u;
const N: u32 = 1200u;

// A private var, so the compiler cannot fold inf/NaN at creation time (a const would be an error).
var<private> F32_INF_BITS: u32 = 0x7f800000u;
fn f32_inf() -> f32 { return bitcast<f32>(F32_INF_BITS); }
fn f32_nan() -> f32 { return bitcast<f32>(F32_INF_BITS | 0x400000u); }
fn is_nan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn is_inf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }

// max/min that return NaN when either operand is NaN (WGSL leaves it unspecified).
fn max_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return max(a, b); }
fn min_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return min(a, b); }

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let a = lhs[i];
  let b = rhs[i];
  out[i] = max_nan(a, b);
}

// ==== k13_matmul ============================================================
// k13_matmul: matmul from std/nn.dl:66 (f32[4, 300] @ f32[300, 100] -> f32[4, 100])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 7u;
const M: u32 = 4u;
const K: u32 = 300u;
const N: u32 = 100u;
const TILE: u32 = 16u;
const TILES_M: u32 = 1u;
const TILES_N: u32 = 7u;
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
  let a_base = batch * M * K;
  let b_base = batch * K * N;
  var acc = 0.0;
  for (var k0 = 0u; k0 < K; k0 += TILE) {
    // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.
    let ka = k0 + lid.x;
    let kb = k0 + lid.y;
    tile_a[lid.y][lid.x] = select(0.0, lhs[a_base + min(row, M - 1u) * K + min(ka, K - 1u)], row < M && ka < K);
    tile_b[lid.y][lid.x] = select(0.0, rhs[b_base + min(kb, K - 1u) * N + min(col, N - 1u)], kb < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) { out[batch * M * N + row * N + col] = acc; }
}

// ==== k14_broadcast =========================================================
// k14_broadcast: broadcast from std/nn.dl:66 (f32[100] -> f32[4, 100])
// shape: [4,100]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 2u;
const N: u32 = 400u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [100] to [4, 100]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 100u);
  out[i] = src[src_at];
}

// ==== k15_add ===============================================================
// k15_add: add from std/nn.dl:66 (f32[4, 100], f32[4, 100] -> f32[4, 100])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 2u;
const N: u32 = 400u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let a = lhs[i];
  let b = rhs[i];
  out[i] = a + b;
}

// ==== k16_broadcast =========================================================
// k16_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[4, 100])
// shape: [4,100]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 2u;
const N: u32 = 400u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [4, 100]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k17_max ===============================================================
// k17_max: max from std/nn.dl:14 (f32[4, 100], f32[4, 100] -> f32[4, 100])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 2u;
const N: u32 = 400u;

// A private var, so the compiler cannot fold inf/NaN at creation time (a const would be an error).
var<private> F32_INF_BITS: u32 = 0x7f800000u;
fn f32_inf() -> f32 { return bitcast<f32>(F32_INF_BITS); }
fn f32_nan() -> f32 { return bitcast<f32>(F32_INF_BITS | 0x400000u); }
fn is_nan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn is_inf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }

// max/min that return NaN when either operand is NaN (WGSL leaves it unspecified).
fn max_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return max(a, b); }
fn min_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return min(a, b); }

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let a = lhs[i];
  let b = rhs[i];
  out[i] = max_nan(a, b);
}

// ==== k18_matmul ============================================================
// k18_matmul: matmul from std/nn.dl:66 (f32[4, 100] @ f32[100, 10] -> f32[4, 10])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

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
  let a_base = batch * M * K;
  let b_base = batch * K * N;
  var acc = 0.0;
  for (var k0 = 0u; k0 < K; k0 += TILE) {
    // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.
    let ka = k0 + lid.x;
    let kb = k0 + lid.y;
    tile_a[lid.y][lid.x] = select(0.0, lhs[a_base + min(row, M - 1u) * K + min(ka, K - 1u)], row < M && ka < K);
    tile_b[lid.y][lid.x] = select(0.0, rhs[b_base + min(kb, K - 1u) * N + min(col, N - 1u)], kb < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) { out[batch * M * N + row * N + col] = acc; }
}

// ==== k19_broadcast =========================================================
// k19_broadcast: broadcast from std/nn.dl:66 (f32[10] -> f32[4, 10])
// shape: [4,10]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 40u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [10] to [4, 10]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 10u);
  out[i] = src[src_at];
}

// ==== k20_add ===============================================================
// k20_add: add from std/nn.dl:66 (f32[4, 10], f32[4, 10] -> f32[4, 10])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 40u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let a = lhs[i];
  let b = rhs[i];
  out[i] = a + b;
}
