// ==== k17_reduce_sum ========================================================
// k17_reduce_sum: reduce_sum from std/nn.dl:92 (f32[1, 128, 256] -> f32[1, 128, 1])
// axes: [2], keepdims: true

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const COUNT: u32 = 256u; // elements folded into each output
const WG: u32 = 256u;
var<workgroup> partial: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2].
  var base: u32 = 0u;
  base += (wg % 128u) * 256u;
  var acc: f32 = 0.0;
  for (var r = lidx; r < COUNT; r += WG) {
    var at: u32 = base;
    at += r;
    acc = acc + src[at];
  }
  partial[lidx] = acc;
  workgroupBarrier();
  // Tree: each step folds the upper half of the live partials into the lower half.
  for (var half = WG / 2u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial[lidx] = partial[lidx] + partial[lidx + half]; }
    workgroupBarrier();
  }
  if (lidx == 0u) { out[wg] = partial[0]; }
}

// ==== k19_broadcast =========================================================
// k19_broadcast: broadcast from std/nn.dl:92 (f32[] -> f32[1, 128, 1])
// shape: [1,128,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 128, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k20_mul ===============================================================
// k20_mul: mul from std/nn.dl:92 (f32[1, 128, 1], f32[1, 128, 1] -> f32[1, 128, 1])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

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
  out[i] = a * b;
}

// ==== k21_broadcast =========================================================
// k21_broadcast: broadcast from std/nn.dl:93 (f32[1, 128, 1] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 128, 1] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 128u);
  out[i] = src[src_at];
}

// ==== k22_sub ===============================================================
// k22_sub: sub from std/nn.dl:93 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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
  out[i] = a - b;
}

// ==== k23_mul ===============================================================
// k23_mul: mul from std/nn.dl:94 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let a = lhs[i];
  let b = lhs[i];
  out[i] = a * b;
}

// ==== k24_reduce_sum ========================================================
// k24_reduce_sum: reduce_sum from std/nn.dl:94 (f32[1, 128, 256] -> f32[1, 128, 1])
// axes: [2], keepdims: true

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const COUNT: u32 = 256u; // elements folded into each output
const WG: u32 = 256u;
var<workgroup> partial: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2].
  var base: u32 = 0u;
  base += (wg % 128u) * 256u;
  var acc: f32 = 0.0;
  for (var r = lidx; r < COUNT; r += WG) {
    var at: u32 = base;
    at += r;
    acc = acc + src[at];
  }
  partial[lidx] = acc;
  workgroupBarrier();
  // Tree: each step folds the upper half of the live partials into the lower half.
  for (var half = WG / 2u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial[lidx] = partial[lidx] + partial[lidx + half]; }
    workgroupBarrier();
  }
  if (lidx == 0u) { out[wg] = partial[0]; }
}

// ==== k25_broadcast =========================================================
// k25_broadcast: broadcast from std/nn.dl:94 (f32[] -> f32[1, 128, 1])
// shape: [1,128,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 128, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k26_mul ===============================================================
// k26_mul: mul from std/nn.dl:94 (f32[1, 128, 1], f32[1, 128, 1] -> f32[1, 128, 1])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

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
  out[i] = a * b;
}

// ==== k28_broadcast =========================================================
// k28_broadcast: broadcast from std/nn.dl:95 (f32[] -> f32[1, 128, 1])
// shape: [1,128,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 128, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k29_add ===============================================================
// k29_add: add from std/nn.dl:95 (f32[1, 128, 1], f32[1, 128, 1] -> f32[1, 128, 1])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

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

// ==== k30_rsqrt =============================================================
// k30_rsqrt: rsqrt from std/nn.dl:95 (f32[1, 128, 1] -> f32[1, 128, 1])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k31_broadcast =========================================================
// k31_broadcast: broadcast from std/nn.dl:95 (f32[1, 128, 1] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 128, 1] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 128u);
  out[i] = src[src_at];
}

// ==== k32_mul ===============================================================
// k32_mul: mul from std/nn.dl:95 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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
  out[i] = a * b;
}

// ==== k33_broadcast =========================================================
// k33_broadcast: broadcast from std/nn.dl:95 (f32[256] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [256] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 256u);
  out[i] = src[src_at];
}

// ==== k34_mul ===============================================================
// k34_mul: mul from std/nn.dl:95 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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
  out[i] = a * b;
}

// ==== k35_broadcast =========================================================
// k35_broadcast: broadcast from std/nn.dl:95 (f32[256] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [256] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 256u);
  out[i] = src[src_at];
}

// ==== k36_add ===============================================================
// k36_add: add from std/nn.dl:95 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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

// ==== k38_matmul ============================================================
// k38_matmul: matmul from std/nn.dl:66 (f32[128, 256] @ f32[256, 256] -> f32[128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

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

// ==== k40_broadcast =========================================================
// k40_broadcast: broadcast from std/nn.dl:66 (f32[256] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [256] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 256u);
  out[i] = src[src_at];
}

// ==== k41_add ===============================================================
// k41_add: add from std/nn.dl:66 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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

// ==== k43_transpose =========================================================
// k43_transpose: transpose from std/nn.dl:190 (f32[1, 128, 4, 64] -> f32[1, 4, 128, 64])
// perm: [0,2,1,3]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // transpose by [0, 2, 1, 3]
  var src_at: u32 = 0u;
  src_at += ((i / 8192u) % 4u) * 64u;
  src_at += ((i / 64u) % 128u) * 256u;
  src_at += (i % 64u);
  out[i] = src[src_at];
}

// ==== k45_matmul ============================================================
// k45_matmul: matmul from std/nn.dl:66 (f32[128, 256] @ f32[256, 256] -> f32[128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

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

// ==== k47_broadcast =========================================================
// k47_broadcast: broadcast from std/nn.dl:66 (f32[256] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [256] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 256u);
  out[i] = src[src_at];
}

// ==== k48_add ===============================================================
// k48_add: add from std/nn.dl:66 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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

// ==== k50_transpose =========================================================
// k50_transpose: transpose from std/nn.dl:191 (f32[1, 128, 4, 64] -> f32[1, 4, 64, 128])
// perm: [0,2,3,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // transpose by [0, 2, 3, 1]
  var src_at: u32 = 0u;
  src_at += ((i / 8192u) % 4u) * 64u;
  src_at += ((i / 128u) % 64u);
  src_at += (i % 128u) * 256u;
  out[i] = src[src_at];
}

// ==== k52_matmul ============================================================
// k52_matmul: matmul from std/nn.dl:66 (f32[128, 256] @ f32[256, 256] -> f32[128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

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

// ==== k54_broadcast =========================================================
// k54_broadcast: broadcast from std/nn.dl:66 (f32[256] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [256] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 256u);
  out[i] = src[src_at];
}

// ==== k55_add ===============================================================
// k55_add: add from std/nn.dl:66 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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

// ==== k57_transpose =========================================================
// k57_transpose: transpose from std/nn.dl:192 (f32[1, 128, 4, 64] -> f32[1, 4, 128, 64])
// perm: [0,2,1,3]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // transpose by [0, 2, 1, 3]
  var src_at: u32 = 0u;
  src_at += ((i / 8192u) % 4u) * 64u;
  src_at += ((i / 64u) % 128u) * 256u;
  src_at += (i % 64u);
  out[i] = src[src_at];
}

// ==== k58_matmul ============================================================
// k58_matmul: matmul from std/nn.dl:193 (f32[1, 4, 128, 64] @ f32[1, 4, 64, 128] -> f32[1, 4, 128, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

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

// ==== k60_broadcast =========================================================
// k60_broadcast: broadcast from std/nn.dl:193 (f32[] -> f32[1, 4, 128, 128])
// shape: [1,4,128,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 256u;
const N: u32 = 65536u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 4, 128, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k61_div ===============================================================
// k61_div: div from std/nn.dl:193 (f32[1, 4, 128, 128], f32[1, 4, 128, 128] -> f32[1, 4, 128, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 256u;
const N: u32 = 65536u;

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
  out[i] = a / b;
}

// ==== k62_reduce_max ========================================================
// k62_reduce_max: reduce_max from std/nn.dl:34 (f32[1, 4, 128, 128] -> f32[1, 4, 128, 1])
// axes: [3], keepdims: true

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const COUNT: u32 = 128u; // elements folded into each output
const WG: u32 = 128u;
var<workgroup> partial: array<f32, 128>;

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
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [3].
  var base: u32 = 0u;
  base += ((wg / 128u) % 4u) * 16384u;
  base += (wg % 128u) * 128u;
  var acc: f32 = -f32_inf();
  for (var r = lidx; r < COUNT; r += WG) {
    var at: u32 = base;
    at += r;
    acc = max_nan(acc, src[at]);
  }
  partial[lidx] = acc;
  workgroupBarrier();
  // Tree: each step folds the upper half of the live partials into the lower half.
  for (var half = WG / 2u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial[lidx] = max_nan(partial[lidx], partial[lidx + half]); }
    workgroupBarrier();
  }
  if (lidx == 0u) { out[wg] = partial[0]; }
}

// ==== k63_broadcast =========================================================
// k63_broadcast: broadcast from std/nn.dl:34 (f32[1, 4, 128, 1] -> f32[1, 4, 128, 128])
// shape: [1,4,128,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 256u;
const N: u32 = 65536u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 4, 128, 1] to [1, 4, 128, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 16384u) % 4u) * 128u;
  src_at += ((i / 128u) % 128u);
  out[i] = src[src_at];
}

// ==== k64_sub ===============================================================
// k64_sub: sub from std/nn.dl:34 (f32[1, 4, 128, 128], f32[1, 4, 128, 128] -> f32[1, 4, 128, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 256u;
const N: u32 = 65536u;

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
  out[i] = a - b;
}

// ==== k65_exp ===============================================================
// k65_exp: exp from std/nn.dl:34 (f32[1, 4, 128, 128] -> f32[1, 4, 128, 128])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 256u;
const N: u32 = 65536u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let x = src[i];
  out[i] = exp(x);
}

// ==== k66_reduce_sum ========================================================
// k66_reduce_sum: reduce_sum from std/nn.dl:35 (f32[1, 4, 128, 128] -> f32[1, 4, 128, 1])
// axes: [3], keepdims: true

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const COUNT: u32 = 128u; // elements folded into each output
const WG: u32 = 128u;
var<workgroup> partial: array<f32, 128>;

@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [3].
  var base: u32 = 0u;
  base += ((wg / 128u) % 4u) * 16384u;
  base += (wg % 128u) * 128u;
  var acc: f32 = 0.0;
  for (var r = lidx; r < COUNT; r += WG) {
    var at: u32 = base;
    at += r;
    acc = acc + src[at];
  }
  partial[lidx] = acc;
  workgroupBarrier();
  // Tree: each step folds the upper half of the live partials into the lower half.
  for (var half = WG / 2u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial[lidx] = partial[lidx] + partial[lidx + half]; }
    workgroupBarrier();
  }
  if (lidx == 0u) { out[wg] = partial[0]; }
}

// ==== k67_broadcast =========================================================
// k67_broadcast: broadcast from std/nn.dl:35 (f32[1, 4, 128, 1] -> f32[1, 4, 128, 128])
// shape: [1,4,128,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 256u;
const N: u32 = 65536u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 4, 128, 1] to [1, 4, 128, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 16384u) % 4u) * 128u;
  src_at += ((i / 128u) % 128u);
  out[i] = src[src_at];
}

// ==== k68_div ===============================================================
// k68_div: div from std/nn.dl:35 (f32[1, 4, 128, 128], f32[1, 4, 128, 128] -> f32[1, 4, 128, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 256u;
const N: u32 = 65536u;

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
  out[i] = a / b;
}

// ==== k69_matmul ============================================================
// k69_matmul: matmul from std/nn.dl:194 (f32[1, 4, 128, 128] @ f32[1, 4, 128, 64] -> f32[1, 4, 128, 64])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

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

// ==== k70_transpose =========================================================
// k70_transpose: transpose from std/nn.dl:194 (f32[1, 4, 128, 64] -> f32[1, 128, 4, 64])
// perm: [0,2,1,3]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // transpose by [0, 2, 1, 3]
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 128u) * 64u;
  src_at += ((i / 64u) % 4u) * 8192u;
  src_at += (i % 64u);
  out[i] = src[src_at];
}

// ==== k73_matmul ============================================================
// k73_matmul: matmul from std/nn.dl:66 (f32[128, 256] @ f32[256, 256] -> f32[128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

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

// ==== k75_broadcast =========================================================
// k75_broadcast: broadcast from std/nn.dl:66 (f32[256] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [256] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 256u);
  out[i] = src[src_at];
}

// ==== k76_add ===============================================================
// k76_add: add from std/nn.dl:66 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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

// ==== k77_add ===============================================================
// k77_add: add from std/nn.dl:210 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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

// ==== k78_reduce_sum ========================================================
// k78_reduce_sum: reduce_sum from std/nn.dl:92 (f32[1, 128, 256] -> f32[1, 128, 1])
// axes: [2], keepdims: true

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const COUNT: u32 = 256u; // elements folded into each output
const WG: u32 = 256u;
var<workgroup> partial: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2].
  var base: u32 = 0u;
  base += (wg % 128u) * 256u;
  var acc: f32 = 0.0;
  for (var r = lidx; r < COUNT; r += WG) {
    var at: u32 = base;
    at += r;
    acc = acc + src[at];
  }
  partial[lidx] = acc;
  workgroupBarrier();
  // Tree: each step folds the upper half of the live partials into the lower half.
  for (var half = WG / 2u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial[lidx] = partial[lidx] + partial[lidx + half]; }
    workgroupBarrier();
  }
  if (lidx == 0u) { out[wg] = partial[0]; }
}

// ==== k79_broadcast =========================================================
// k79_broadcast: broadcast from std/nn.dl:92 (f32[] -> f32[1, 128, 1])
// shape: [1,128,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 128, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k80_mul ===============================================================
// k80_mul: mul from std/nn.dl:92 (f32[1, 128, 1], f32[1, 128, 1] -> f32[1, 128, 1])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

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
  out[i] = a * b;
}

// ==== k81_broadcast =========================================================
// k81_broadcast: broadcast from std/nn.dl:93 (f32[1, 128, 1] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 128, 1] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 128u);
  out[i] = src[src_at];
}

// ==== k82_sub ===============================================================
// k82_sub: sub from std/nn.dl:93 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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
  out[i] = a - b;
}

// ==== k83_mul ===============================================================
// k83_mul: mul from std/nn.dl:94 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let a = lhs[i];
  let b = lhs[i];
  out[i] = a * b;
}

// ==== k84_reduce_sum ========================================================
// k84_reduce_sum: reduce_sum from std/nn.dl:94 (f32[1, 128, 256] -> f32[1, 128, 1])
// axes: [2], keepdims: true

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const COUNT: u32 = 256u; // elements folded into each output
const WG: u32 = 256u;
var<workgroup> partial: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2].
  var base: u32 = 0u;
  base += (wg % 128u) * 256u;
  var acc: f32 = 0.0;
  for (var r = lidx; r < COUNT; r += WG) {
    var at: u32 = base;
    at += r;
    acc = acc + src[at];
  }
  partial[lidx] = acc;
  workgroupBarrier();
  // Tree: each step folds the upper half of the live partials into the lower half.
  for (var half = WG / 2u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial[lidx] = partial[lidx] + partial[lidx + half]; }
    workgroupBarrier();
  }
  if (lidx == 0u) { out[wg] = partial[0]; }
}

// ==== k85_broadcast =========================================================
// k85_broadcast: broadcast from std/nn.dl:94 (f32[] -> f32[1, 128, 1])
// shape: [1,128,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 128, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k86_mul ===============================================================
// k86_mul: mul from std/nn.dl:94 (f32[1, 128, 1], f32[1, 128, 1] -> f32[1, 128, 1])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

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
  out[i] = a * b;
}

// ==== k87_broadcast =========================================================
// k87_broadcast: broadcast from std/nn.dl:95 (f32[] -> f32[1, 128, 1])
// shape: [1,128,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 128, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k88_add ===============================================================
// k88_add: add from std/nn.dl:95 (f32[1, 128, 1], f32[1, 128, 1] -> f32[1, 128, 1])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

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

// ==== k89_rsqrt =============================================================
// k89_rsqrt: rsqrt from std/nn.dl:95 (f32[1, 128, 1] -> f32[1, 128, 1])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 128u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k90_broadcast =========================================================
// k90_broadcast: broadcast from std/nn.dl:95 (f32[1, 128, 1] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 128, 1] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 128u);
  out[i] = src[src_at];
}

// ==== k91_mul ===============================================================
// k91_mul: mul from std/nn.dl:95 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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
  out[i] = a * b;
}

// ==== k92_broadcast =========================================================
// k92_broadcast: broadcast from std/nn.dl:95 (f32[256] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [256] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 256u);
  out[i] = src[src_at];
}

// ==== k93_mul ===============================================================
// k93_mul: mul from std/nn.dl:95 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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
  out[i] = a * b;
}

// ==== k94_broadcast =========================================================
// k94_broadcast: broadcast from std/nn.dl:95 (f32[256] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [256] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 256u);
  out[i] = src[src_at];
}

// ==== k95_add ===============================================================
// k95_add: add from std/nn.dl:95 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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

// ==== k97_matmul ============================================================
// k97_matmul: matmul from std/nn.dl:66 (f32[128, 256] @ f32[256, 1024] -> f32[128, 1024])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const M: u32 = 128u;
const K: u32 = 256u;
const N: u32 = 1024u;
const TILE: u32 = 16u;
const TILES_M: u32 = 8u;
const TILES_N: u32 = 64u;
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

// ==== k99_broadcast =========================================================
// k99_broadcast: broadcast from std/nn.dl:66 (f32[1024] -> f32[1, 128, 1024])
// shape: [1,128,1024]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const N: u32 = 131072u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1024] to [1, 128, 1024]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 1024u);
  out[i] = src[src_at];
}

// ==== k100_add ==============================================================
// k100_add: add from std/nn.dl:66 (f32[1, 128, 1024], f32[1, 128, 1024] -> f32[1, 128, 1024])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const N: u32 = 131072u;

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

// ==== k102_broadcast ========================================================
// k102_broadcast: broadcast from std/nn.dl:24 (f32[] -> f32[1, 128, 1024])
// shape: [1,128,1024]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const N: u32 = 131072u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 128, 1024]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k103_mul ==============================================================
// k103_mul: mul from std/nn.dl:24 (f32[1, 128, 1024], f32[1, 128, 1024] -> f32[1, 128, 1024])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const N: u32 = 131072u;

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
  out[i] = a * b;
}

// ==== k105_broadcast ========================================================
// k105_broadcast: broadcast from std/nn.dl:24 (f32[] -> f32[1, 128, 1024])
// shape: [1,128,1024]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const N: u32 = 131072u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 128, 1024]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k106_div ==============================================================
// k106_div: div from std/nn.dl:24 (f32[1, 128, 1024], f32[1, 128, 1024] -> f32[1, 128, 1024])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const N: u32 = 131072u;

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
  out[i] = a / b;
}

// ==== k107_erf ==============================================================
// k107_erf: erf from std/nn.dl:24 (f32[1, 128, 1024] -> f32[1, 128, 1024])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const N: u32 = 131072u;

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

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let x = src[i];
  out[i] = erf_f32(x);
}

// ==== k109_broadcast ========================================================
// k109_broadcast: broadcast from std/nn.dl:24 (f32[] -> f32[1, 128, 1024])
// shape: [1,128,1024]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const N: u32 = 131072u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 128, 1024]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k110_add ==============================================================
// k110_add: add from std/nn.dl:24 (f32[1, 128, 1024], f32[1, 128, 1024] -> f32[1, 128, 1024])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const N: u32 = 131072u;

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

// ==== k111_mul ==============================================================
// k111_mul: mul from std/nn.dl:24 (f32[1, 128, 1024], f32[1, 128, 1024] -> f32[1, 128, 1024])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 512u;
const N: u32 = 131072u;

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
  out[i] = a * b;
}

// ==== k113_matmul ===========================================================
// k113_matmul: matmul from std/nn.dl:66 (f32[128, 1024] @ f32[1024, 256] -> f32[128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

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

// ==== k115_broadcast ========================================================
// k115_broadcast: broadcast from std/nn.dl:66 (f32[256] -> f32[1, 128, 256])
// shape: [1,128,256]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [256] to [1, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 256u);
  out[i] = src[src_at];
}

// ==== k116_add ==============================================================
// k116_add: add from std/nn.dl:66 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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

// ==== k117_add ==============================================================
// k117_add: add from std/nn.dl:211 (f32[1, 128, 256], f32[1, 128, 256] -> f32[1, 128, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const N: u32 = 32768u;

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
