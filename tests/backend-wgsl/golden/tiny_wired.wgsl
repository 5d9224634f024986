// ==== k5_concat =============================================================
// k5_concat: concat from examples/tiny_wired.dl:5 (f32[5], f32[4] -> f32[9])
// axis: 0

@group(0) @binding(0) var<storage, read_write> part0: array<f32>;
@group(0) @binding(1) var<storage, read_write> part1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 9u;
const WIDTH: u32 = 9u;
const INNER: u32 = 1u;
const COL_START: u32 = 0u;
const TOTAL: u32 = 9u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // inputs 0..1 fill columns [COL_START, COL_START + WIDTH) of axis 0
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let c = (i / INNER) % WIDTH;
  let o = i / (INNER * WIDTH);
  let dst = (o * TOTAL + COL_START + c) * INNER + j;
  if (c < 5u) { out[dst] = part0[(o * 5u + c - 0u) * INNER + j];
  } else { out[dst] = part1[(o * 4u + c - 5u) * INNER + j];
  }
}

// ==== k6_concat =============================================================
// k6_concat: concat from examples/tiny_wired.dl:5 (f32[3], f32[2] -> f32[5])
// axis: 0

@group(0) @binding(0) var<storage, read_write> part0: array<f32>;
@group(0) @binding(1) var<storage, read_write> part1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 5u;
const WIDTH: u32 = 5u;
const INNER: u32 = 1u;
const COL_START: u32 = 0u;
const TOTAL: u32 = 5u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // inputs 0..1 fill columns [COL_START, COL_START + WIDTH) of axis 0
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let c = (i / INNER) % WIDTH;
  let o = i / (INNER * WIDTH);
  let dst = (o * TOTAL + COL_START + c) * INNER + j;
  if (c < 3u) { out[dst] = part0[(o * 3u + c - 0u) * INNER + j];
  } else { out[dst] = part1[(o * 2u + c - 3u) * INNER + j];
  }
}

// ==== k8_gather =============================================================
// k8_gather: gather from examples/tiny_wired.dl:5 (f32[16, 4], i32[4] -> f32[16, 4])
// axis: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 64u;
const SIZE: u32 = 4u;
const INNER: u32 = 1u;
const COUNT: u32 = 4u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let n = (i / INNER) % COUNT;
  let o = i / (INNER * COUNT);
  // Out-of-range indices are clamped into [0, SIZE).
  let k = u32(clamp(indices[n], 0i, 3i));
  out[i] = src[(o * SIZE + k) * INNER + j];
}

// ==== k10_gather ============================================================
// k10_gather: gather from examples/tiny_wired.dl:5 (f32[9], i32[4] -> f32[4])
// axis: 0

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 4u;
const SIZE: u32 = 9u;
const INNER: u32 = 1u;
const COUNT: u32 = 4u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let n = (i / INNER) % COUNT;
  let o = i / (INNER * COUNT);
  // Out-of-range indices are clamped into [0, SIZE).
  let k = u32(clamp(indices[n], 0i, 8i));
  out[i] = src[(o * SIZE + k) * INNER + j];
}

// ==== k12_mul ===============================================================
// k12_mul: mul from examples/tiny_wired.dl:5 (f32[4], f32[4] -> f32[4])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 4u;

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

// ==== k14_broadcast =========================================================
// k14_broadcast: broadcast from examples/tiny_wired.dl:5 (f32[2, 2] -> f32[16, 2, 2])
// shape: [16,2,2]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 64u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [2, 2] to [16, 2, 2]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 2u) % 2u) * 2u;
  src_at += (i % 2u);
  out[i] = src[src_at];
}

// ==== k15_mul ===============================================================
// k15_mul: mul from examples/tiny_wired.dl:5 (f32[16, 2, 2], f32[16, 2, 2] -> f32[16, 2, 2])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 64u;

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

// ==== k16_reduce_sum ========================================================
// k16_reduce_sum: reduce_sum from examples/tiny_wired.dl:5 (f32[16, 2, 2] -> f32[16, 2])
// axes: [2], keepdims: false

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const COUNT: u32 = 2u; // elements folded into each output
const WG: u32 = 2u;
var<workgroup> partial: array<f32, 2>;

@compute @workgroup_size(2)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2].
  var base: u32 = 0u;
  base += (wg / 2u) * 4u;
  base += (wg % 2u) * 2u;
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

// ==== k18_gather ============================================================
// k18_gather: gather from examples/tiny_wired.dl:5 (f32[5], i32[2] -> f32[2])
// axis: 0

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 2u;
const SIZE: u32 = 5u;
const INNER: u32 = 1u;
const COUNT: u32 = 2u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let n = (i / INNER) % COUNT;
  let o = i / (INNER * COUNT);
  // Out-of-range indices are clamped into [0, SIZE).
  let k = u32(clamp(indices[n], 0i, 4i));
  out[i] = src[(o * SIZE + k) * INNER + j];
}

// ==== k19_broadcast =========================================================
// k19_broadcast: broadcast from examples/tiny_wired.dl:5 (f32[2] -> f32[16, 2])
// shape: [16,2]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 32u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [2] to [16, 2]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 2u);
  out[i] = src[src_at];
}

// ==== k20_add ===============================================================
// k20_add: add from examples/tiny_wired.dl:5 (f32[16, 2], f32[16, 2] -> f32[16, 2])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 32u;

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

// ==== k22_broadcast =========================================================
// k22_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[16, 2])
// shape: [16,2]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 32u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [16, 2]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k23_max ===============================================================
// k23_max: max from std/nn.dl:14 (f32[16, 2], f32[16, 2] -> f32[16, 2])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 32u;

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

// ==== k24_concat ============================================================
// k24_concat: concat from examples/tiny_wired.dl:5 (f32[16, 4], f32[16, 2] -> f32[16, 6])
// axis: 1

@group(0) @binding(0) var<storage, read_write> part0: array<f32>;
@group(0) @binding(1) var<storage, read_write> part1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 96u;
const WIDTH: u32 = 6u;
const INNER: u32 = 1u;
const COL_START: u32 = 0u;
const TOTAL: u32 = 6u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // inputs 0..1 fill columns [COL_START, COL_START + WIDTH) of axis 1
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let c = (i / INNER) % WIDTH;
  let o = i / (INNER * WIDTH);
  let dst = (o * TOTAL + COL_START + c) * INNER + j;
  if (c < 4u) { out[dst] = part0[(o * 4u + c - 0u) * INNER + j];
  } else { out[dst] = part1[(o * 2u + c - 4u) * INNER + j];
  }
}

// ==== k26_gather ============================================================
// k26_gather: gather from examples/tiny_wired.dl:5 (f32[16, 6], i32[2] -> f32[16, 2])
// axis: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 32u;
const SIZE: u32 = 6u;
const INNER: u32 = 1u;
const COUNT: u32 = 2u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let n = (i / INNER) % COUNT;
  let o = i / (INNER * COUNT);
  // Out-of-range indices are clamped into [0, SIZE).
  let k = u32(clamp(indices[n], 0i, 5i));
  out[i] = src[(o * SIZE + k) * INNER + j];
}

// ==== k28_gather ============================================================
// k28_gather: gather from examples/tiny_wired.dl:5 (f32[9], i32[2] -> f32[2])
// axis: 0

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 2u;
const SIZE: u32 = 9u;
const INNER: u32 = 1u;
const COUNT: u32 = 2u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let n = (i / INNER) % COUNT;
  let o = i / (INNER * COUNT);
  // Out-of-range indices are clamped into [0, SIZE).
  let k = u32(clamp(indices[n], 0i, 8i));
  out[i] = src[(o * SIZE + k) * INNER + j];
}

// ==== k30_broadcast =========================================================
// k30_broadcast: broadcast from examples/tiny_wired.dl:5 (f32[1, 2] -> f32[16, 1, 2])
// shape: [16,1,2]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 32u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 2] to [16, 1, 2]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 2u);
  out[i] = src[src_at];
}

// ==== k31_mul ===============================================================
// k31_mul: mul from examples/tiny_wired.dl:5 (f32[16, 1, 2], f32[16, 1, 2] -> f32[16, 1, 2])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 32u;

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

// ==== k32_reduce_sum ========================================================
// k32_reduce_sum: reduce_sum from examples/tiny_wired.dl:5 (f32[16, 1, 2] -> f32[16, 1])
// axes: [2], keepdims: false

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 16u;
const COUNT: u32 = 2u; // elements folded into each output
const WG: u32 = 2u;
var<workgroup> partial: array<f32, 2>;

@compute @workgroup_size(2)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2].
  var base: u32 = 0u;
  base += wg * 2u;
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

// ==== k34_gather ============================================================
// k34_gather: gather from examples/tiny_wired.dl:5 (f32[5], i32[1] -> f32[1])
// axis: 0

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;
const SIZE: u32 = 5u;
const INNER: u32 = 1u;
const COUNT: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let n = (i / INNER) % COUNT;
  let o = i / (INNER * COUNT);
  // Out-of-range indices are clamped into [0, SIZE).
  let k = u32(clamp(indices[n], 0i, 4i));
  out[i] = src[(o * SIZE + k) * INNER + j];
}

// ==== k35_broadcast =========================================================
// k35_broadcast: broadcast from examples/tiny_wired.dl:5 (f32[1] -> f32[16, 1])
// shape: [16,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 16u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1] to [16, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k36_add ===============================================================
// k36_add: add from examples/tiny_wired.dl:5 (f32[16, 1], f32[16, 1] -> f32[16, 1])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 16u;

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

// ==== k37_broadcast =========================================================
// k37_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[16, 1])
// shape: [16,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 16u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [16, 1]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k38_max ===============================================================
// k38_max: max from std/nn.dl:14 (f32[16, 1], f32[16, 1] -> f32[16, 1])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 16u;

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

// ==== k39_concat ============================================================
// k39_concat: concat from examples/tiny_wired.dl:5 (f32[16, 6], f32[16, 1] -> f32[16, 7])
// axis: 1

@group(0) @binding(0) var<storage, read_write> part0: array<f32>;
@group(0) @binding(1) var<storage, read_write> part1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 112u;
const WIDTH: u32 = 7u;
const INNER: u32 = 1u;
const COL_START: u32 = 0u;
const TOTAL: u32 = 7u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // inputs 0..1 fill columns [COL_START, COL_START + WIDTH) of axis 1
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let c = (i / INNER) % WIDTH;
  let o = i / (INNER * WIDTH);
  let dst = (o * TOTAL + COL_START + c) * INNER + j;
  if (c < 6u) { out[dst] = part0[(o * 6u + c - 0u) * INNER + j];
  } else { out[dst] = part1[(o * 1u + c - 6u) * INNER + j];
  }
}

// ==== k41_gather ============================================================
// k41_gather: gather from examples/tiny_wired.dl:5 (f32[16, 7], i32[4] -> f32[16, 4])
// axis: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 64u;
const SIZE: u32 = 7u;
const INNER: u32 = 1u;
const COUNT: u32 = 4u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let n = (i / INNER) % COUNT;
  let o = i / (INNER * COUNT);
  // Out-of-range indices are clamped into [0, SIZE).
  let k = u32(clamp(indices[n], 0i, 6i));
  out[i] = src[(o * SIZE + k) * INNER + j];
}

// ==== k44_gather ============================================================
// k44_gather: gather from examples/tiny_wired.dl:5 (f32[9], i32[4] -> f32[4])
// axis: 0

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 4u;
const SIZE: u32 = 9u;
const INNER: u32 = 1u;
const COUNT: u32 = 4u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let n = (i / INNER) % COUNT;
  let o = i / (INNER * COUNT);
  // Out-of-range indices are clamped into [0, SIZE).
  let k = u32(clamp(indices[n], 0i, 8i));
  out[i] = src[(o * SIZE + k) * INNER + j];
}

// ==== k46_broadcast =========================================================
// k46_broadcast: broadcast from examples/tiny_wired.dl:5 (f32[2, 2] -> f32[16, 2, 2])
// shape: [16,2,2]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 64u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [2, 2] to [16, 2, 2]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 2u) % 2u) * 2u;
  src_at += (i % 2u);
  out[i] = src[src_at];
}

// ==== k47_mul ===============================================================
// k47_mul: mul from examples/tiny_wired.dl:5 (f32[16, 2, 2], f32[16, 2, 2] -> f32[16, 2, 2])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 64u;

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

// ==== k48_reduce_sum ========================================================
// k48_reduce_sum: reduce_sum from examples/tiny_wired.dl:5 (f32[16, 2, 2] -> f32[16, 2])
// axes: [2], keepdims: false

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const COUNT: u32 = 2u; // elements folded into each output
const WG: u32 = 2u;
var<workgroup> partial: array<f32, 2>;

@compute @workgroup_size(2)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2].
  var base: u32 = 0u;
  base += (wg / 2u) * 4u;
  base += (wg % 2u) * 2u;
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

// ==== k49_gather ============================================================
// k49_gather: gather from examples/tiny_wired.dl:5 (f32[5], i32[2] -> f32[2])
// axis: 0

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 2u;
const SIZE: u32 = 5u;
const INNER: u32 = 1u;
const COUNT: u32 = 2u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let n = (i / INNER) % COUNT;
  let o = i / (INNER * COUNT);
  // Out-of-range indices are clamped into [0, SIZE).
  let k = u32(clamp(indices[n], 0i, 4i));
  out[i] = src[(o * SIZE + k) * INNER + j];
}

// ==== k50_broadcast =========================================================
// k50_broadcast: broadcast from examples/tiny_wired.dl:5 (f32[2] -> f32[16, 2])
// shape: [16,2]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 32u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [2] to [16, 2]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 2u);
  out[i] = src[src_at];
}

// ==== k51_add ===============================================================
// k51_add: add from examples/tiny_wired.dl:5 (f32[16, 2], f32[16, 2] -> f32[16, 2])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 32u;

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

// ==== k52_concat ============================================================
// k52_concat: concat from examples/tiny_wired.dl:5 (f32[16, 7], f32[16, 2] -> f32[16, 9])
// axis: 1

@group(0) @binding(0) var<storage, read_write> part0: array<f32>;
@group(0) @binding(1) var<storage, read_write> part1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 144u;
const WIDTH: u32 = 9u;
const INNER: u32 = 1u;
const COL_START: u32 = 0u;
const TOTAL: u32 = 9u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // inputs 0..1 fill columns [COL_START, COL_START + WIDTH) of axis 1
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let j = i % INNER;
  let c = (i / INNER) % WIDTH;
  let o = i / (INNER * WIDTH);
  let dst = (o * TOTAL + COL_START + c) * INNER + j;
  if (c < 7u) { out[dst] = part0[(o * 7u + c - 0u) * INNER + j];
  } else { out[dst] = part1[(o * 2u + c - 7u) * INNER + j];
  }
}

// ==== k53_slice =============================================================
// k53_slice: slice from examples/tiny_wired.dl:5 (f32[16, 9] -> f32[16, 2])
// starts: [0,7], ends: [16,9], steps: [1,1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 32u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0, 7] steps [1, 1]
  var src_at: u32 = 7u;
  src_at += (i / 2u) * 9u;
  src_at += (i % 2u);
  out[i] = src[src_at];
}
