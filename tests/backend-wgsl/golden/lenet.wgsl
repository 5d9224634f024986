// ==== k11_conv2d ============================================================
// k11_conv2d: conv2d from std/nn.dl:124 (f32[2, 1, 28, 28], f32[6, 1, 5, 5] -> f32[2, 6, 24, 24])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 27u;
const N: u32 = 6912u;
const C: u32 = 1u;
const H: u32 = 28u;
const W: u32 = 28u;
const O: u32 = 6u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 6u;
const KH: u32 = 5u;
const KW: u32 = 5u;
const OH: u32 = 24u;
const OW: u32 = 24u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 0i;
const DILATION: i32 = 1i;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let ox = i % OW;
  let oy = (i / OW) % OH;
  let o = (i / (OW * OH)) % O;
  let n = i / (OW * OH * O);
  let c_base = (o / O_PER_GROUP) * C_PER_GROUP;
  var acc = 0.0;
  for (var c = 0u; c < C_PER_GROUP; c++) {
    let x_plane = (n * C + c_base + c) * H;
    let w_plane = (o * C_PER_GROUP + c) * KH;
    for (var u = 0u; u < KH; u++) {
      let y = i32(oy) * STRIDE + i32(u) * DILATION - PADDING;
      if (y < 0i || y >= i32(H)) { continue; }
      for (var v = 0u; v < KW; v++) {
        let xx = i32(ox) * STRIDE + i32(v) * DILATION - PADDING;
        if (xx < 0i || xx >= i32(W)) { continue; }
        acc += src[(x_plane + u32(y)) * W + u32(xx)] * weight[(w_plane + u) * KW + v];
      }
    }
  }
  out[i] = acc;
}

// ==== k13_broadcast =========================================================
// k13_broadcast: broadcast from std/nn.dl:124 (f32[1, 6, 1, 1] -> f32[2, 6, 24, 24])
// shape: [2,6,24,24]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 27u;
const N: u32 = 6912u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 6, 1, 1] to [2, 6, 24, 24]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 576u) % 6u);
  out[i] = src[src_at];
}

// ==== k14_add ===============================================================
// k14_add: add from std/nn.dl:124 (f32[2, 6, 24, 24], f32[2, 6, 24, 24] -> f32[2, 6, 24, 24])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 27u;
const N: u32 = 6912u;

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
// k16_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[2, 6, 24, 24])
// shape: [2,6,24,24]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 27u;
const N: u32 = 6912u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [2, 6, 24, 24]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k17_max ===============================================================
// k17_max: max from std/nn.dl:14 (f32[2, 6, 24, 24], f32[2, 6, 24, 24] -> f32[2, 6, 24, 24])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 27u;
const N: u32 = 6912u;

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

// ==== k18_max_pool2d ========================================================
// k18_max_pool2d: max_pool2d from std/nn.dl:131 (f32[2, 6, 24, 24] -> f32[2, 6, 12, 12])
// size: 2, stride: 2, padding: 0

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 7u;
const N: u32 = 1728u;
const H: u32 = 24u;
const W: u32 = 24u;
const OH: u32 = 12u;
const OW: u32 = 12u;
const SIZE: u32 = 2u;
const STRIDE: i32 = 2i;
const PADDING: i32 = 0i;

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
  let ox = i % OW;
  let oy = (i / OW) % OH;
  let plane = i / (OW * OH);
  var acc = -f32_inf(); // padding never wins
  for (var u = 0u; u < SIZE; u++) {
    let y = i32(oy) * STRIDE + i32(u) - PADDING;
    if (y < 0i || y >= i32(H)) { continue; }
    for (var v = 0u; v < SIZE; v++) {
      let xx = i32(ox) * STRIDE + i32(v) - PADDING;
      if (xx < 0i || xx >= i32(W)) { continue; }
      let value = src[(plane * H + u32(y)) * W + u32(xx)];
      acc = max_nan(acc, value);
    }
  }
  out[i] = acc;
}

// ==== k19_conv2d ============================================================
// k19_conv2d: conv2d from std/nn.dl:124 (f32[2, 6, 12, 12], f32[16, 6, 5, 5] -> f32[2, 16, 8, 8])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 8u;
const N: u32 = 2048u;
const C: u32 = 6u;
const H: u32 = 12u;
const W: u32 = 12u;
const O: u32 = 16u;
const C_PER_GROUP: u32 = 6u;
const O_PER_GROUP: u32 = 16u;
const KH: u32 = 5u;
const KW: u32 = 5u;
const OH: u32 = 8u;
const OW: u32 = 8u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 0i;
const DILATION: i32 = 1i;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  let ox = i % OW;
  let oy = (i / OW) % OH;
  let o = (i / (OW * OH)) % O;
  let n = i / (OW * OH * O);
  let c_base = (o / O_PER_GROUP) * C_PER_GROUP;
  var acc = 0.0;
  for (var c = 0u; c < C_PER_GROUP; c++) {
    let x_plane = (n * C + c_base + c) * H;
    let w_plane = (o * C_PER_GROUP + c) * KH;
    for (var u = 0u; u < KH; u++) {
      let y = i32(oy) * STRIDE + i32(u) * DILATION - PADDING;
      if (y < 0i || y >= i32(H)) { continue; }
      for (var v = 0u; v < KW; v++) {
        let xx = i32(ox) * STRIDE + i32(v) * DILATION - PADDING;
        if (xx < 0i || xx >= i32(W)) { continue; }
        acc += src[(x_plane + u32(y)) * W + u32(xx)] * weight[(w_plane + u) * KW + v];
      }
    }
  }
  out[i] = acc;
}

// ==== k21_broadcast =========================================================
// k21_broadcast: broadcast from std/nn.dl:124 (f32[1, 16, 1, 1] -> f32[2, 16, 8, 8])
// shape: [2,16,8,8]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 8u;
const N: u32 = 2048u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 16, 1, 1] to [2, 16, 8, 8]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 64u) % 16u);
  out[i] = src[src_at];
}

// ==== k22_add ===============================================================
// k22_add: add from std/nn.dl:124 (f32[2, 16, 8, 8], f32[2, 16, 8, 8] -> f32[2, 16, 8, 8])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 8u;
const N: u32 = 2048u;

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

// ==== k23_broadcast =========================================================
// k23_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[2, 16, 8, 8])
// shape: [2,16,8,8]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 8u;
const N: u32 = 2048u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [2, 16, 8, 8]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k24_max ===============================================================
// k24_max: max from std/nn.dl:14 (f32[2, 16, 8, 8], f32[2, 16, 8, 8] -> f32[2, 16, 8, 8])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 8u;
const N: u32 = 2048u;

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

// ==== k25_max_pool2d ========================================================
// k25_max_pool2d: max_pool2d from std/nn.dl:131 (f32[2, 16, 8, 8] -> f32[2, 16, 4, 4])
// size: 2, stride: 2, padding: 0

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 2u;
const N: u32 = 512u;
const H: u32 = 8u;
const W: u32 = 8u;
const OH: u32 = 4u;
const OW: u32 = 4u;
const SIZE: u32 = 2u;
const STRIDE: i32 = 2i;
const PADDING: i32 = 0i;

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
  let ox = i % OW;
  let oy = (i / OW) % OH;
  let plane = i / (OW * OH);
  var acc = -f32_inf(); // padding never wins
  for (var u = 0u; u < SIZE; u++) {
    let y = i32(oy) * STRIDE + i32(u) - PADDING;
    if (y < 0i || y >= i32(H)) { continue; }
    for (var v = 0u; v < SIZE; v++) {
      let xx = i32(ox) * STRIDE + i32(v) - PADDING;
      if (xx < 0i || xx >= i32(W)) { continue; }
      let value = src[(plane * H + u32(y)) * W + u32(xx)];
      acc = max_nan(acc, value);
    }
  }
  out[i] = acc;
}

// ==== k27_matmul ============================================================
// k27_matmul: matmul from std/nn.dl:66 (f32[2, 256] @ f32[256, 120] -> f32[2, 120])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 8u;
const M: u32 = 2u;
const K: u32 = 256u;
const N: u32 = 120u;
const TILE: u32 = 16u;
const TILES_M: u32 = 1u;
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

// ==== k28_broadcast =========================================================
// k28_broadcast: broadcast from std/nn.dl:66 (f32[120] -> f32[2, 120])
// shape: [2,120]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 240u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [120] to [2, 120]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 120u);
  out[i] = src[src_at];
}

// ==== k29_add ===============================================================
// k29_add: add from std/nn.dl:66 (f32[2, 120], f32[2, 120] -> f32[2, 120])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 240u;

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

// ==== k30_broadcast =========================================================
// k30_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[2, 120])
// shape: [2,120]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 240u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [2, 120]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k31_max ===============================================================
// k31_max: max from std/nn.dl:14 (f32[2, 120], f32[2, 120] -> f32[2, 120])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 240u;

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

// ==== k32_matmul ============================================================
// k32_matmul: matmul from std/nn.dl:66 (f32[2, 120] @ f32[120, 84] -> f32[2, 84])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 6u;
const M: u32 = 2u;
const K: u32 = 120u;
const N: u32 = 84u;
const TILE: u32 = 16u;
const TILES_M: u32 = 1u;
const TILES_N: u32 = 6u;
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

// ==== k33_broadcast =========================================================
// k33_broadcast: broadcast from std/nn.dl:66 (f32[84] -> f32[2, 84])
// shape: [2,84]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 168u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [84] to [2, 84]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 84u);
  out[i] = src[src_at];
}

// ==== k34_add ===============================================================
// k34_add: add from std/nn.dl:66 (f32[2, 84], f32[2, 84] -> f32[2, 84])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 168u;

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

// ==== k35_broadcast =========================================================
// k35_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[2, 84])
// shape: [2,84]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 168u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [2, 84]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k36_max ===============================================================
// k36_max: max from std/nn.dl:14 (f32[2, 84], f32[2, 84] -> f32[2, 84])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 168u;

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

// ==== k37_matmul ============================================================
// k37_matmul: matmul from std/nn.dl:66 (f32[2, 84] @ f32[84, 10] -> f32[2, 10])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const M: u32 = 2u;
const K: u32 = 84u;
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

// ==== k38_broadcast =========================================================
// k38_broadcast: broadcast from std/nn.dl:66 (f32[10] -> f32[2, 10])
// shape: [2,10]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 20u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [10] to [2, 10]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 10u);
  out[i] = src[src_at];
}

// ==== k39_add ===============================================================
// k39_add: add from std/nn.dl:66 (f32[2, 10], f32[2, 10] -> f32[2, 10])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 20u;

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
