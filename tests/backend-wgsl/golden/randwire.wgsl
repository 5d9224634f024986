// ==== k121_conv2d ===========================================================
// k121_conv2d: conv2d from std/nn.dl:124 (f32[1, 3, 32, 32], f32[32, 3, 3, 3] -> f32[1, 32, 16, 16])
// stride: 2, padding: 1, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 3u;
const H: u32 = 32u;
const W: u32 = 32u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 3u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 2i;
const PADDING: i32 = 1i;
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

// ==== k123_broadcast ========================================================
// k123_broadcast: broadcast from std/nn.dl:124 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k124_add ==============================================================
// k124_add: add from std/nn.dl:124 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k126_add ==============================================================
// k126_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k127_rsqrt ============================================================
// k127_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k128_mul ==============================================================
// k128_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k130_broadcast ========================================================
// k130_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k131_sub ==============================================================
// k131_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k133_broadcast ========================================================
// k133_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k134_mul ==============================================================
// k134_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k136_broadcast ========================================================
// k136_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k137_add ==============================================================
// k137_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k139_broadcast ========================================================
// k139_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k140_max ==============================================================
// k140_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k141_sigmoid ==========================================================
// k141_sigmoid: sigmoid from examples/randwire.dl:9 (f32[1] -> f32[1])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k142_slice ============================================================
// k142_slice: slice from examples/randwire.dl:9 (f32[1] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k144_broadcast ========================================================
// k144_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k145_mul ==============================================================
// k145_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k146_broadcast ========================================================
// k146_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k147_max ==============================================================
// k147_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k148_conv2d ===========================================================
// k148_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k149_conv2d ===========================================================
// k149_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k150_add ==============================================================
// k150_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k151_rsqrt ============================================================
// k151_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k152_mul ==============================================================
// k152_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k154_broadcast ========================================================
// k154_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k155_sub ==============================================================
// k155_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k157_broadcast ========================================================
// k157_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k158_mul ==============================================================
// k158_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k160_broadcast ========================================================
// k160_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k161_add ==============================================================
// k161_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k162_sigmoid ==========================================================
// k162_sigmoid: sigmoid from examples/randwire.dl:9 (f32[1] -> f32[1])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k163_slice ============================================================
// k163_slice: slice from examples/randwire.dl:9 (f32[1] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k165_broadcast ========================================================
// k165_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k166_mul ==============================================================
// k166_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k167_broadcast ========================================================
// k167_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k168_max ==============================================================
// k168_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k169_conv2d ===========================================================
// k169_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k170_conv2d ===========================================================
// k170_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k171_add ==============================================================
// k171_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k172_rsqrt ============================================================
// k172_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k173_mul ==============================================================
// k173_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k175_broadcast ========================================================
// k175_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k176_sub ==============================================================
// k176_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k178_broadcast ========================================================
// k178_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k179_mul ==============================================================
// k179_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k181_broadcast ========================================================
// k181_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k182_add ==============================================================
// k182_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k183_sigmoid ==========================================================
// k183_sigmoid: sigmoid from examples/randwire.dl:9 (f32[1] -> f32[1])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k184_slice ============================================================
// k184_slice: slice from examples/randwire.dl:9 (f32[1] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k186_broadcast ========================================================
// k186_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k187_mul ==============================================================
// k187_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k188_broadcast ========================================================
// k188_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k189_max ==============================================================
// k189_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k190_conv2d ===========================================================
// k190_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k191_conv2d ===========================================================
// k191_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k192_add ==============================================================
// k192_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k193_rsqrt ============================================================
// k193_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k194_mul ==============================================================
// k194_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k196_broadcast ========================================================
// k196_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k197_sub ==============================================================
// k197_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k199_broadcast ========================================================
// k199_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k200_mul ==============================================================
// k200_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k202_broadcast ========================================================
// k202_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k203_add ==============================================================
// k203_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k204_sigmoid ==========================================================
// k204_sigmoid: sigmoid from examples/randwire.dl:9 (f32[2] -> f32[2])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 2u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k205_slice ============================================================
// k205_slice: slice from examples/randwire.dl:9 (f32[2] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k207_broadcast ========================================================
// k207_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k208_mul ==============================================================
// k208_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k209_slice ============================================================
// k209_slice: slice from examples/randwire.dl:9 (f32[2] -> f32[1])
// starts: [1], ends: [2], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [1] steps [1]
  var src_at: u32 = 1u;
  out[i] = src[src_at];
}

// ==== k211_broadcast ========================================================
// k211_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k212_mul ==============================================================
// k212_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k213_add ==============================================================
// k213_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k214_broadcast ========================================================
// k214_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k215_max ==============================================================
// k215_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k216_conv2d ===========================================================
// k216_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k217_conv2d ===========================================================
// k217_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k218_add ==============================================================
// k218_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k219_rsqrt ============================================================
// k219_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k220_mul ==============================================================
// k220_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k222_broadcast ========================================================
// k222_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k223_sub ==============================================================
// k223_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k225_broadcast ========================================================
// k225_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k226_mul ==============================================================
// k226_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k228_broadcast ========================================================
// k228_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k229_add ==============================================================
// k229_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k230_sigmoid ==========================================================
// k230_sigmoid: sigmoid from examples/randwire.dl:9 (f32[1] -> f32[1])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k231_slice ============================================================
// k231_slice: slice from examples/randwire.dl:9 (f32[1] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k233_broadcast ========================================================
// k233_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k234_mul ==============================================================
// k234_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k235_broadcast ========================================================
// k235_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k236_max ==============================================================
// k236_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k237_conv2d ===========================================================
// k237_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k238_conv2d ===========================================================
// k238_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k239_add ==============================================================
// k239_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k240_rsqrt ============================================================
// k240_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k241_mul ==============================================================
// k241_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k243_broadcast ========================================================
// k243_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k244_sub ==============================================================
// k244_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k246_broadcast ========================================================
// k246_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k247_mul ==============================================================
// k247_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k249_broadcast ========================================================
// k249_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k250_add ==============================================================
// k250_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k251_sigmoid ==========================================================
// k251_sigmoid: sigmoid from examples/randwire.dl:9 (f32[2] -> f32[2])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 2u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k252_slice ============================================================
// k252_slice: slice from examples/randwire.dl:9 (f32[2] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k254_broadcast ========================================================
// k254_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k255_mul ==============================================================
// k255_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k256_slice ============================================================
// k256_slice: slice from examples/randwire.dl:9 (f32[2] -> f32[1])
// starts: [1], ends: [2], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [1] steps [1]
  var src_at: u32 = 1u;
  out[i] = src[src_at];
}

// ==== k258_broadcast ========================================================
// k258_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k259_mul ==============================================================
// k259_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k260_add ==============================================================
// k260_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k261_broadcast ========================================================
// k261_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k262_max ==============================================================
// k262_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k263_conv2d ===========================================================
// k263_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k264_conv2d ===========================================================
// k264_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k265_add ==============================================================
// k265_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k266_rsqrt ============================================================
// k266_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k267_mul ==============================================================
// k267_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k269_broadcast ========================================================
// k269_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k270_sub ==============================================================
// k270_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k272_broadcast ========================================================
// k272_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k273_mul ==============================================================
// k273_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k275_broadcast ========================================================
// k275_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k276_add ==============================================================
// k276_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k277_sigmoid ==========================================================
// k277_sigmoid: sigmoid from examples/randwire.dl:9 (f32[1] -> f32[1])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k278_slice ============================================================
// k278_slice: slice from examples/randwire.dl:9 (f32[1] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k280_broadcast ========================================================
// k280_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k281_mul ==============================================================
// k281_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k282_broadcast ========================================================
// k282_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k283_max ==============================================================
// k283_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k284_conv2d ===========================================================
// k284_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k285_conv2d ===========================================================
// k285_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k286_add ==============================================================
// k286_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k287_rsqrt ============================================================
// k287_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k288_mul ==============================================================
// k288_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k290_broadcast ========================================================
// k290_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k291_sub ==============================================================
// k291_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k293_broadcast ========================================================
// k293_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k294_mul ==============================================================
// k294_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k296_broadcast ========================================================
// k296_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k297_add ==============================================================
// k297_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k298_sigmoid ==========================================================
// k298_sigmoid: sigmoid from examples/randwire.dl:9 (f32[1] -> f32[1])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k299_slice ============================================================
// k299_slice: slice from examples/randwire.dl:9 (f32[1] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k301_broadcast ========================================================
// k301_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k302_mul ==============================================================
// k302_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k303_broadcast ========================================================
// k303_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k304_max ==============================================================
// k304_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k305_conv2d ===========================================================
// k305_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k306_conv2d ===========================================================
// k306_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k307_add ==============================================================
// k307_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k308_rsqrt ============================================================
// k308_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k309_mul ==============================================================
// k309_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k311_broadcast ========================================================
// k311_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k312_sub ==============================================================
// k312_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k314_broadcast ========================================================
// k314_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k315_mul ==============================================================
// k315_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k317_broadcast ========================================================
// k317_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k318_add ==============================================================
// k318_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k319_sigmoid ==========================================================
// k319_sigmoid: sigmoid from examples/randwire.dl:9 (f32[2] -> f32[2])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 2u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k320_slice ============================================================
// k320_slice: slice from examples/randwire.dl:9 (f32[2] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k322_broadcast ========================================================
// k322_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k323_mul ==============================================================
// k323_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k324_slice ============================================================
// k324_slice: slice from examples/randwire.dl:9 (f32[2] -> f32[1])
// starts: [1], ends: [2], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [1] steps [1]
  var src_at: u32 = 1u;
  out[i] = src[src_at];
}

// ==== k326_broadcast ========================================================
// k326_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k327_mul ==============================================================
// k327_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k328_add ==============================================================
// k328_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k329_broadcast ========================================================
// k329_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k330_max ==============================================================
// k330_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k331_conv2d ===========================================================
// k331_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k332_conv2d ===========================================================
// k332_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k333_add ==============================================================
// k333_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k334_rsqrt ============================================================
// k334_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k335_mul ==============================================================
// k335_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k337_broadcast ========================================================
// k337_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k338_sub ==============================================================
// k338_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k340_broadcast ========================================================
// k340_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k341_mul ==============================================================
// k341_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k343_broadcast ========================================================
// k343_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k344_add ==============================================================
// k344_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k345_sigmoid ==========================================================
// k345_sigmoid: sigmoid from examples/randwire.dl:9 (f32[2] -> f32[2])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 2u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k346_slice ============================================================
// k346_slice: slice from examples/randwire.dl:9 (f32[2] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k348_broadcast ========================================================
// k348_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k349_mul ==============================================================
// k349_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k350_slice ============================================================
// k350_slice: slice from examples/randwire.dl:9 (f32[2] -> f32[1])
// starts: [1], ends: [2], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [1] steps [1]
  var src_at: u32 = 1u;
  out[i] = src[src_at];
}

// ==== k352_broadcast ========================================================
// k352_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k353_mul ==============================================================
// k353_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k354_add ==============================================================
// k354_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k355_broadcast ========================================================
// k355_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k356_max ==============================================================
// k356_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k357_conv2d ===========================================================
// k357_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k358_conv2d ===========================================================
// k358_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k359_add ==============================================================
// k359_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k360_rsqrt ============================================================
// k360_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k361_mul ==============================================================
// k361_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k363_broadcast ========================================================
// k363_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k364_sub ==============================================================
// k364_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k366_broadcast ========================================================
// k366_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k367_mul ==============================================================
// k367_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k369_broadcast ========================================================
// k369_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k370_add ==============================================================
// k370_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k371_sigmoid ==========================================================
// k371_sigmoid: sigmoid from examples/randwire.dl:9 (f32[1] -> f32[1])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k372_slice ============================================================
// k372_slice: slice from examples/randwire.dl:9 (f32[1] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k374_broadcast ========================================================
// k374_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k375_mul ==============================================================
// k375_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k376_broadcast ========================================================
// k376_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k377_max ==============================================================
// k377_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k378_conv2d ===========================================================
// k378_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k379_conv2d ===========================================================
// k379_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k380_add ==============================================================
// k380_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k381_rsqrt ============================================================
// k381_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k382_mul ==============================================================
// k382_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k384_broadcast ========================================================
// k384_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k385_sub ==============================================================
// k385_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k387_broadcast ========================================================
// k387_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k388_mul ==============================================================
// k388_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k390_broadcast ========================================================
// k390_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k391_add ==============================================================
// k391_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k392_sigmoid ==========================================================
// k392_sigmoid: sigmoid from examples/randwire.dl:9 (f32[1] -> f32[1])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k393_slice ============================================================
// k393_slice: slice from examples/randwire.dl:9 (f32[1] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k395_broadcast ========================================================
// k395_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k396_mul ==============================================================
// k396_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k397_broadcast ========================================================
// k397_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k398_max ==============================================================
// k398_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k399_conv2d ===========================================================
// k399_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k400_conv2d ===========================================================
// k400_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k401_add ==============================================================
// k401_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k402_rsqrt ============================================================
// k402_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k403_mul ==============================================================
// k403_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k405_broadcast ========================================================
// k405_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k406_sub ==============================================================
// k406_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k408_broadcast ========================================================
// k408_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k409_mul ==============================================================
// k409_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k411_broadcast ========================================================
// k411_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k412_add ==============================================================
// k412_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k413_sigmoid ==========================================================
// k413_sigmoid: sigmoid from examples/randwire.dl:9 (f32[6] -> f32[6])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 6u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k414_slice ============================================================
// k414_slice: slice from examples/randwire.dl:9 (f32[6] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k416_broadcast ========================================================
// k416_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k417_mul ==============================================================
// k417_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k418_slice ============================================================
// k418_slice: slice from examples/randwire.dl:9 (f32[6] -> f32[1])
// starts: [1], ends: [2], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [1] steps [1]
  var src_at: u32 = 1u;
  out[i] = src[src_at];
}

// ==== k420_broadcast ========================================================
// k420_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k421_mul ==============================================================
// k421_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k422_add ==============================================================
// k422_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k423_slice ============================================================
// k423_slice: slice from examples/randwire.dl:9 (f32[6] -> f32[1])
// starts: [2], ends: [3], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [2] steps [1]
  var src_at: u32 = 2u;
  out[i] = src[src_at];
}

// ==== k425_broadcast ========================================================
// k425_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k426_mul ==============================================================
// k426_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k427_add ==============================================================
// k427_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k428_slice ============================================================
// k428_slice: slice from examples/randwire.dl:9 (f32[6] -> f32[1])
// starts: [3], ends: [4], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [3] steps [1]
  var src_at: u32 = 3u;
  out[i] = src[src_at];
}

// ==== k430_broadcast ========================================================
// k430_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k431_mul ==============================================================
// k431_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k432_add ==============================================================
// k432_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k433_slice ============================================================
// k433_slice: slice from examples/randwire.dl:9 (f32[6] -> f32[1])
// starts: [4], ends: [5], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [4] steps [1]
  var src_at: u32 = 4u;
  out[i] = src[src_at];
}

// ==== k435_broadcast ========================================================
// k435_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k436_mul ==============================================================
// k436_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k437_add ==============================================================
// k437_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k438_slice ============================================================
// k438_slice: slice from examples/randwire.dl:9 (f32[6] -> f32[1])
// starts: [5], ends: [6], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [5] steps [1]
  var src_at: u32 = 5u;
  out[i] = src[src_at];
}

// ==== k440_broadcast ========================================================
// k440_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k441_mul ==============================================================
// k441_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k442_add ==============================================================
// k442_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k443_broadcast ========================================================
// k443_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k444_max ==============================================================
// k444_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k445_conv2d ===========================================================
// k445_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k446_conv2d ===========================================================
// k446_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k447_add ==============================================================
// k447_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k448_rsqrt ============================================================
// k448_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k449_mul ==============================================================
// k449_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k451_broadcast ========================================================
// k451_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k452_sub ==============================================================
// k452_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k454_broadcast ========================================================
// k454_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k455_mul ==============================================================
// k455_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k457_broadcast ========================================================
// k457_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k458_add ==============================================================
// k458_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k459_sigmoid ==========================================================
// k459_sigmoid: sigmoid from examples/randwire.dl:9 (f32[2] -> f32[2])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 2u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k460_slice ============================================================
// k460_slice: slice from examples/randwire.dl:9 (f32[2] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k462_broadcast ========================================================
// k462_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k463_mul ==============================================================
// k463_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k464_slice ============================================================
// k464_slice: slice from examples/randwire.dl:9 (f32[2] -> f32[1])
// starts: [1], ends: [2], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [1] steps [1]
  var src_at: u32 = 1u;
  out[i] = src[src_at];
}

// ==== k466_broadcast ========================================================
// k466_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k467_mul ==============================================================
// k467_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k468_add ==============================================================
// k468_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k469_broadcast ========================================================
// k469_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k470_max ==============================================================
// k470_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k471_conv2d ===========================================================
// k471_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k472_conv2d ===========================================================
// k472_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k473_add ==============================================================
// k473_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k474_rsqrt ============================================================
// k474_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k475_mul ==============================================================
// k475_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k477_broadcast ========================================================
// k477_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k478_sub ==============================================================
// k478_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k480_broadcast ========================================================
// k480_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k481_mul ==============================================================
// k481_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k483_broadcast ========================================================
// k483_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k484_add ==============================================================
// k484_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k485_sigmoid ==========================================================
// k485_sigmoid: sigmoid from examples/randwire.dl:9 (f32[3] -> f32[3])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 3u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k486_slice ============================================================
// k486_slice: slice from examples/randwire.dl:9 (f32[3] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k488_broadcast ========================================================
// k488_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k489_mul ==============================================================
// k489_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k490_slice ============================================================
// k490_slice: slice from examples/randwire.dl:9 (f32[3] -> f32[1])
// starts: [1], ends: [2], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [1] steps [1]
  var src_at: u32 = 1u;
  out[i] = src[src_at];
}

// ==== k492_broadcast ========================================================
// k492_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k493_mul ==============================================================
// k493_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k494_add ==============================================================
// k494_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k495_slice ============================================================
// k495_slice: slice from examples/randwire.dl:9 (f32[3] -> f32[1])
// starts: [2], ends: [3], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [2] steps [1]
  var src_at: u32 = 2u;
  out[i] = src[src_at];
}

// ==== k497_broadcast ========================================================
// k497_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k498_mul ==============================================================
// k498_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k499_add ==============================================================
// k499_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k500_broadcast ========================================================
// k500_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k501_max ==============================================================
// k501_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k502_conv2d ===========================================================
// k502_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k503_conv2d ===========================================================
// k503_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k504_add ==============================================================
// k504_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k505_rsqrt ============================================================
// k505_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k506_mul ==============================================================
// k506_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k508_broadcast ========================================================
// k508_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k509_sub ==============================================================
// k509_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k511_broadcast ========================================================
// k511_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k512_mul ==============================================================
// k512_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k514_broadcast ========================================================
// k514_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k515_add ==============================================================
// k515_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k516_sigmoid ==========================================================
// k516_sigmoid: sigmoid from examples/randwire.dl:9 (f32[7] -> f32[7])

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 7u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
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
  out[i] = sigmoid_f32(x);
}

// ==== k517_slice ============================================================
// k517_slice: slice from examples/randwire.dl:9 (f32[7] -> f32[1])
// starts: [0], ends: [1], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [0] steps [1]
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k519_broadcast ========================================================
// k519_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k520_mul ==============================================================
// k520_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k521_slice ============================================================
// k521_slice: slice from examples/randwire.dl:9 (f32[7] -> f32[1])
// starts: [1], ends: [2], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [1] steps [1]
  var src_at: u32 = 1u;
  out[i] = src[src_at];
}

// ==== k523_broadcast ========================================================
// k523_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k524_mul ==============================================================
// k524_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k525_add ==============================================================
// k525_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k526_slice ============================================================
// k526_slice: slice from examples/randwire.dl:9 (f32[7] -> f32[1])
// starts: [2], ends: [3], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [2] steps [1]
  var src_at: u32 = 2u;
  out[i] = src[src_at];
}

// ==== k528_broadcast ========================================================
// k528_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k529_mul ==============================================================
// k529_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k530_add ==============================================================
// k530_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k531_slice ============================================================
// k531_slice: slice from examples/randwire.dl:9 (f32[7] -> f32[1])
// starts: [3], ends: [4], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [3] steps [1]
  var src_at: u32 = 3u;
  out[i] = src[src_at];
}

// ==== k533_broadcast ========================================================
// k533_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k534_mul ==============================================================
// k534_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k535_add ==============================================================
// k535_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k536_slice ============================================================
// k536_slice: slice from examples/randwire.dl:9 (f32[7] -> f32[1])
// starts: [4], ends: [5], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [4] steps [1]
  var src_at: u32 = 4u;
  out[i] = src[src_at];
}

// ==== k538_broadcast ========================================================
// k538_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k539_mul ==============================================================
// k539_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k540_add ==============================================================
// k540_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k541_slice ============================================================
// k541_slice: slice from examples/randwire.dl:9 (f32[7] -> f32[1])
// starts: [5], ends: [6], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [5] steps [1]
  var src_at: u32 = 5u;
  out[i] = src[src_at];
}

// ==== k543_broadcast ========================================================
// k543_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k544_mul ==============================================================
// k544_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k545_add ==============================================================
// k545_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k546_slice ============================================================
// k546_slice: slice from examples/randwire.dl:9 (f32[7] -> f32[1])
// starts: [6], ends: [7], steps: [1]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // slice starts [6] steps [1]
  var src_at: u32 = 6u;
  out[i] = src[src_at];
}

// ==== k548_broadcast ========================================================
// k548_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k549_mul ==============================================================
// k549_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k550_add ==============================================================
// k550_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k551_broadcast ========================================================
// k551_broadcast: broadcast from std/nn.dl:14 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k552_max ==============================================================
// k552_max: max from std/nn.dl:14 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k553_conv2d ===========================================================
// k553_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16])
// stride: 1, padding: 1, dilation: 1, groups: 32

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 1u;
const O_PER_GROUP: u32 = 1u;
const KH: u32 = 3u;
const KW: u32 = 3u;
const OH: u32 = 16u;
const OW: u32 = 16u;
const STRIDE: i32 = 1i;
const PADDING: i32 = 1i;
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

// ==== k554_conv2d ===========================================================
// k554_conv2d: conv2d from std/nn.dl:164 (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16])
// stride: 1, padding: 0, dilation: 1, groups: 1

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;
const C: u32 = 32u;
const H: u32 = 16u;
const W: u32 = 16u;
const O: u32 = 32u;
const C_PER_GROUP: u32 = 32u;
const O_PER_GROUP: u32 = 32u;
const KH: u32 = 1u;
const KW: u32 = 1u;
const OH: u32 = 16u;
const OW: u32 = 16u;
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

// ==== k555_add ==============================================================
// k555_add: add from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k556_rsqrt ============================================================
// k556_rsqrt: rsqrt from std/nn.dl:109 (f32[32] -> f32[32])

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
  let x = src[i];
  out[i] = inverseSqrt(x);
}

// ==== k557_mul ==============================================================
// k557_mul: mul from std/nn.dl:109 (f32[32], f32[32] -> f32[32])

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

// ==== k559_broadcast ========================================================
// k559_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k560_sub ==============================================================
// k560_sub: sub from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k562_broadcast ========================================================
// k562_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k563_mul ==============================================================
// k563_mul: mul from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k565_broadcast ========================================================
// k565_broadcast: broadcast from std/nn.dl:109 (f32[1, 32, 1, 1] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [1, 32, 1, 1] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += ((i / 256u) % 32u);
  out[i] = src[src_at];
}

// ==== k566_add ==============================================================
// k566_add: add from std/nn.dl:109 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k567_add ==============================================================
// k567_add: add from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k569_broadcast ========================================================
// k569_broadcast: broadcast from examples/randwire.dl:9 (f32[] -> f32[1, 32, 16, 16])
// shape: [1,32,16,16]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [] to [1, 32, 16, 16]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k570_mul ==============================================================
// k570_mul: mul from examples/randwire.dl:9 (f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const N: u32 = 8192u;

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

// ==== k571_reduce_sum =======================================================
// k571_reduce_sum: reduce_sum from std/nn.dl:145 (f32[1, 32, 16, 16] -> f32[1, 32])
// axes: [2,3], keepdims: false

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 32u;
const COUNT: u32 = 256u; // elements folded into each output
const WG: u32 = 256u;
var<workgroup> partial: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  // Output element wg starts at `base`; reduced element r sits at base + its offset over axes [2, 3].
  var base: u32 = 0u;
  base += (wg % 32u) * 256u;
  var acc: f32 = 0.0;
  for (var r = lidx; r < COUNT; r += WG) {
    var at: u32 = base;
    at += (r / 16u) * 16u;
    at += (r % 16u);
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

// ==== k573_broadcast ========================================================
// k573_broadcast: broadcast from std/nn.dl:145 (f32[] -> f32[1, 32])
// shape: [1,32]

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
  // broadcast [] to [1, 32]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  out[i] = src[src_at];
}

// ==== k574_mul ==============================================================
// k574_mul: mul from std/nn.dl:145 (f32[1, 32], f32[1, 32] -> f32[1, 32])

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

// ==== k575_matmul ===========================================================
// k575_matmul: matmul from std/nn.dl:66 (f32[1, 32] @ f32[32, 10] -> f32[1, 10])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const M: u32 = 1u;
const K: u32 = 32u;
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

// ==== k576_broadcast ========================================================
// k576_broadcast: broadcast from std/nn.dl:66 (f32[10] -> f32[1, 10])
// shape: [1,10]

@group(0) @binding(0) var<storage, read_write> src: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 10u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= N) { return; }
  // broadcast [10] to [1, 10]: stride 0 along repeated axes
  var src_at: u32 = 0u;
  src_at += (i % 10u);
  out[i] = src[src_at];
}

// ==== k577_add ==============================================================
// k577_add: add from std/nn.dl:66 (f32[1, 10], f32[1, 10] -> f32[1, 10])

@group(0) @binding(0) var<storage, read_write> lhs: array<f32>;
@group(0) @binding(1) var<storage, read_write> rhs: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const WORKGROUPS: u32 = 1u;
const N: u32 = 10u;

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
