// ==== k13_reduce_sum ========================================================
// k13_reduce_sum: reduce_sum from std/nn.dl:92 (f32[2, 64, 128] -> f32[2, 64, 1])
// axes: [2], keepdims: true

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const COUNT: u32 = 128u; // elements folded into each output
const WG: u32 = 128u;
var<workgroup> partial: array<f32, 128>;

@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2].
  var base: u32 = 0u;
  base += (wg / 64u) * 8192u;
  base += (wg % 64u) * 128u;
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

// ==== k15_broadcast =========================================================
// k15_broadcast: broadcast from std/nn.dl:92 (f32[] -> f32[2, 64, 1])
// shape: [2,64,1]

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
  // broadcast [] to [2, 64, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k16_mul ===============================================================
// k16_mul: mul from std/nn.dl:92 (f32[2, 64, 1], f32[2, 64, 1] -> f32[2, 64, 1])

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

// ==== k17_broadcast =========================================================
// k17_broadcast: broadcast from std/nn.dl:93 (f32[2, 64, 1] -> f32[2, 64, 128])
// shape: [2,64,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [2, 64, 1] to [2, 64, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i / 8192u) * 64u;
  src_at += ((i / 128u) % 64u);
  out[i] = src[src_at];
}

// ==== k18_sub ===============================================================
// k18_sub: sub from std/nn.dl:93 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k19_mul ===============================================================
// k19_mul: mul from std/nn.dl:94 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k20_reduce_sum ========================================================
// k20_reduce_sum: reduce_sum from std/nn.dl:94 (f32[2, 64, 128] -> f32[2, 64, 1])
// axes: [2], keepdims: true

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const COUNT: u32 = 128u; // elements folded into each output
const WG: u32 = 128u;
var<workgroup> partial: array<f32, 128>;

@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2].
  var base: u32 = 0u;
  base += (wg / 64u) * 8192u;
  base += (wg % 64u) * 128u;
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

// ==== k21_broadcast =========================================================
// k21_broadcast: broadcast from std/nn.dl:94 (f32[] -> f32[2, 64, 1])
// shape: [2,64,1]

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
  // broadcast [] to [2, 64, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k22_mul ===============================================================
// k22_mul: mul from std/nn.dl:94 (f32[2, 64, 1], f32[2, 64, 1] -> f32[2, 64, 1])

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

// ==== k24_broadcast =========================================================
// k24_broadcast: broadcast from std/nn.dl:95 (f32[] -> f32[2, 64, 1])
// shape: [2,64,1]

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
  // broadcast [] to [2, 64, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k25_add ===============================================================
// k25_add: add from std/nn.dl:95 (f32[2, 64, 1], f32[2, 64, 1] -> f32[2, 64, 1])

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

// ==== k26_rsqrt =============================================================
// k26_rsqrt: rsqrt from std/nn.dl:95 (f32[2, 64, 1] -> f32[2, 64, 1])

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

// ==== k27_broadcast =========================================================
// k27_broadcast: broadcast from std/nn.dl:95 (f32[2, 64, 1] -> f32[2, 64, 128])
// shape: [2,64,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [2, 64, 1] to [2, 64, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i / 8192u) * 64u;
  src_at += ((i / 128u) % 64u);
  out[i] = src[src_at];
}

// ==== k28_mul ===============================================================
// k28_mul: mul from std/nn.dl:95 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k29_broadcast =========================================================
// k29_broadcast: broadcast from std/nn.dl:95 (f32[128] -> f32[2, 64, 128])
// shape: [2,64,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [128] to [2, 64, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 128u);
  out[i] = src[src_at];
}

// ==== k30_mul ===============================================================
// k30_mul: mul from std/nn.dl:95 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k31_broadcast =========================================================
// k31_broadcast: broadcast from std/nn.dl:95 (f32[128] -> f32[2, 64, 128])
// shape: [2,64,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [128] to [2, 64, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 128u);
  out[i] = src[src_at];
}

// ==== k32_add ===============================================================
// k32_add: add from std/nn.dl:95 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k33_transpose =========================================================
// k33_transpose: transpose from std/nn.dl:227 (f32[2, 64, 128] -> f32[2, 128, 64])
// perm: [0,2,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // transpose by [0, 2, 1]
  var src_at: u32 = 0u;
  src_at += (i / 8192u) * 8192u;
  src_at += ((i / 64u) % 128u);
  src_at += (i % 64u) * 128u;
  out[i] = src[src_at];
}

// ==== k35_matmul ============================================================
// k35_matmul: matmul from std/nn.dl:66 (f32[256, 64] @ f32[64, 256] -> f32[256, 256])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 256u;
const M: u32 = 256u;
const K: u32 = 64u;
const N: u32 = 256u;
const TILE: u32 = 16u;
const TILES_M: u32 = 16u;
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

// ==== k37_broadcast =========================================================
// k37_broadcast: broadcast from std/nn.dl:66 (f32[256] -> f32[2, 128, 256])
// shape: [2,128,256]

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
  // broadcast [256] to [2, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 256u);
  out[i] = src[src_at];
}

// ==== k38_add ===============================================================
// k38_add: add from std/nn.dl:66 (f32[2, 128, 256], f32[2, 128, 256] -> f32[2, 128, 256])

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
  out[i] = a + b;
}

// ==== k40_broadcast =========================================================
// k40_broadcast: broadcast from std/nn.dl:24 (f32[] -> f32[2, 128, 256])
// shape: [2,128,256]

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
  // broadcast [] to [2, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k41_mul ===============================================================
// k41_mul: mul from std/nn.dl:24 (f32[2, 128, 256], f32[2, 128, 256] -> f32[2, 128, 256])

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
  out[i] = a * b;
}

// ==== k43_broadcast =========================================================
// k43_broadcast: broadcast from std/nn.dl:24 (f32[] -> f32[2, 128, 256])
// shape: [2,128,256]

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
  // broadcast [] to [2, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k44_div ===============================================================
// k44_div: div from std/nn.dl:24 (f32[2, 128, 256], f32[2, 128, 256] -> f32[2, 128, 256])

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

// ==== k45_erf ===============================================================
// k45_erf: erf from std/nn.dl:24 (f32[2, 128, 256] -> f32[2, 128, 256])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 256u;
const N: u32 = 65536u;

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

// ==== k47_broadcast =========================================================
// k47_broadcast: broadcast from std/nn.dl:24 (f32[] -> f32[2, 128, 256])
// shape: [2,128,256]

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
  // broadcast [] to [2, 128, 256]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k48_add ===============================================================
// k48_add: add from std/nn.dl:24 (f32[2, 128, 256], f32[2, 128, 256] -> f32[2, 128, 256])

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
  out[i] = a + b;
}

// ==== k49_mul ===============================================================
// k49_mul: mul from std/nn.dl:24 (f32[2, 128, 256], f32[2, 128, 256] -> f32[2, 128, 256])

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
  out[i] = a * b;
}

// ==== k51_matmul ============================================================
// k51_matmul: matmul from std/nn.dl:66 (f32[256, 256] @ f32[256, 64] -> f32[256, 64])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

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

// ==== k53_broadcast =========================================================
// k53_broadcast: broadcast from std/nn.dl:66 (f32[64] -> f32[2, 128, 64])
// shape: [2,128,64]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [64] to [2, 128, 64]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 64u);
  out[i] = src[src_at];
}

// ==== k54_add ===============================================================
// k54_add: add from std/nn.dl:66 (f32[2, 128, 64], f32[2, 128, 64] -> f32[2, 128, 64])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k55_transpose =========================================================
// k55_transpose: transpose from std/nn.dl:228 (f32[2, 128, 64] -> f32[2, 64, 128])
// perm: [0,2,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // transpose by [0, 2, 1]
  var src_at: u32 = 0u;
  src_at += (i / 8192u) * 8192u;
  src_at += ((i / 128u) % 64u);
  src_at += (i % 128u) * 64u;
  out[i] = src[src_at];
}

// ==== k56_add ===============================================================
// k56_add: add from std/nn.dl:228 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k57_reduce_sum ========================================================
// k57_reduce_sum: reduce_sum from std/nn.dl:92 (f32[2, 64, 128] -> f32[2, 64, 1])
// axes: [2], keepdims: true

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const COUNT: u32 = 128u; // elements folded into each output
const WG: u32 = 128u;
var<workgroup> partial: array<f32, 128>;

@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2].
  var base: u32 = 0u;
  base += (wg / 64u) * 8192u;
  base += (wg % 64u) * 128u;
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

// ==== k58_broadcast =========================================================
// k58_broadcast: broadcast from std/nn.dl:92 (f32[] -> f32[2, 64, 1])
// shape: [2,64,1]

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
  // broadcast [] to [2, 64, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k59_mul ===============================================================
// k59_mul: mul from std/nn.dl:92 (f32[2, 64, 1], f32[2, 64, 1] -> f32[2, 64, 1])

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

// ==== k60_broadcast =========================================================
// k60_broadcast: broadcast from std/nn.dl:93 (f32[2, 64, 1] -> f32[2, 64, 128])
// shape: [2,64,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [2, 64, 1] to [2, 64, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i / 8192u) * 64u;
  src_at += ((i / 128u) % 64u);
  out[i] = src[src_at];
}

// ==== k61_sub ===============================================================
// k61_sub: sub from std/nn.dl:93 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k62_mul ===============================================================
// k62_mul: mul from std/nn.dl:94 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k63_reduce_sum ========================================================
// k63_reduce_sum: reduce_sum from std/nn.dl:94 (f32[2, 64, 128] -> f32[2, 64, 1])
// axes: [2], keepdims: true

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 128u;
const COUNT: u32 = 128u; // elements folded into each output
const WG: u32 = 128u;
var<workgroup> partial: array<f32, 128>;

@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2].
  var base: u32 = 0u;
  base += (wg / 64u) * 8192u;
  base += (wg % 64u) * 128u;
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

// ==== k64_broadcast =========================================================
// k64_broadcast: broadcast from std/nn.dl:94 (f32[] -> f32[2, 64, 1])
// shape: [2,64,1]

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
  // broadcast [] to [2, 64, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k65_mul ===============================================================
// k65_mul: mul from std/nn.dl:94 (f32[2, 64, 1], f32[2, 64, 1] -> f32[2, 64, 1])

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

// ==== k66_broadcast =========================================================
// k66_broadcast: broadcast from std/nn.dl:95 (f32[] -> f32[2, 64, 1])
// shape: [2,64,1]

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
  // broadcast [] to [2, 64, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k67_add ===============================================================
// k67_add: add from std/nn.dl:95 (f32[2, 64, 1], f32[2, 64, 1] -> f32[2, 64, 1])

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

// ==== k68_rsqrt =============================================================
// k68_rsqrt: rsqrt from std/nn.dl:95 (f32[2, 64, 1] -> f32[2, 64, 1])

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

// ==== k69_broadcast =========================================================
// k69_broadcast: broadcast from std/nn.dl:95 (f32[2, 64, 1] -> f32[2, 64, 128])
// shape: [2,64,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [2, 64, 1] to [2, 64, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i / 8192u) * 64u;
  src_at += ((i / 128u) % 64u);
  out[i] = src[src_at];
}

// ==== k70_mul ===============================================================
// k70_mul: mul from std/nn.dl:95 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k71_broadcast =========================================================
// k71_broadcast: broadcast from std/nn.dl:95 (f32[128] -> f32[2, 64, 128])
// shape: [2,64,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [128] to [2, 64, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 128u);
  out[i] = src[src_at];
}

// ==== k72_mul ===============================================================
// k72_mul: mul from std/nn.dl:95 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k73_broadcast =========================================================
// k73_broadcast: broadcast from std/nn.dl:95 (f32[128] -> f32[2, 64, 128])
// shape: [2,64,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [128] to [2, 64, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 128u);
  out[i] = src[src_at];
}

// ==== k74_add ===============================================================
// k74_add: add from std/nn.dl:95 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k76_matmul ============================================================
// k76_matmul: matmul from std/nn.dl:66 (f32[128, 128] @ f32[128, 512] -> f32[128, 512])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 256u;
const M: u32 = 128u;
const K: u32 = 128u;
const N: u32 = 512u;
const TILE: u32 = 16u;
const TILES_M: u32 = 8u;
const TILES_N: u32 = 32u;
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

// ==== k78_broadcast =========================================================
// k78_broadcast: broadcast from std/nn.dl:66 (f32[512] -> f32[2, 64, 512])
// shape: [2,64,512]

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
  // broadcast [512] to [2, 64, 512]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 512u);
  out[i] = src[src_at];
}

// ==== k79_add ===============================================================
// k79_add: add from std/nn.dl:66 (f32[2, 64, 512], f32[2, 64, 512] -> f32[2, 64, 512])

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
  out[i] = a + b;
}

// ==== k80_broadcast =========================================================
// k80_broadcast: broadcast from std/nn.dl:24 (f32[] -> f32[2, 64, 512])
// shape: [2,64,512]

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
  // broadcast [] to [2, 64, 512]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k81_mul ===============================================================
// k81_mul: mul from std/nn.dl:24 (f32[2, 64, 512], f32[2, 64, 512] -> f32[2, 64, 512])

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
  out[i] = a * b;
}

// ==== k82_broadcast =========================================================
// k82_broadcast: broadcast from std/nn.dl:24 (f32[] -> f32[2, 64, 512])
// shape: [2,64,512]

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
  // broadcast [] to [2, 64, 512]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k83_div ===============================================================
// k83_div: div from std/nn.dl:24 (f32[2, 64, 512], f32[2, 64, 512] -> f32[2, 64, 512])

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

// ==== k84_erf ===============================================================
// k84_erf: erf from std/nn.dl:24 (f32[2, 64, 512] -> f32[2, 64, 512])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 256u;
const N: u32 = 65536u;

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

// ==== k85_broadcast =========================================================
// k85_broadcast: broadcast from std/nn.dl:24 (f32[] -> f32[2, 64, 512])
// shape: [2,64,512]

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
  // broadcast [] to [2, 64, 512]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k86_add ===============================================================
// k86_add: add from std/nn.dl:24 (f32[2, 64, 512], f32[2, 64, 512] -> f32[2, 64, 512])

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
  out[i] = a + b;
}

// ==== k87_mul ===============================================================
// k87_mul: mul from std/nn.dl:24 (f32[2, 64, 512], f32[2, 64, 512] -> f32[2, 64, 512])

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
  out[i] = a * b;
}

// ==== k89_matmul ============================================================
// k89_matmul: matmul from std/nn.dl:66 (f32[128, 512] @ f32[512, 128] -> f32[128, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

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

// ==== k91_broadcast =========================================================
// k91_broadcast: broadcast from std/nn.dl:66 (f32[128] -> f32[2, 64, 128])
// shape: [2,64,128]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [128] to [2, 64, 128]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 128u);
  out[i] = src[src_at];
}

// ==== k92_add ===============================================================
// k92_add: add from std/nn.dl:66 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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

// ==== k93_add ===============================================================
// k93_add: add from std/nn.dl:229 (f32[2, 64, 128], f32[2, 64, 128] -> f32[2, 64, 128])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 64u;
const N: u32 = 16384u;

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
