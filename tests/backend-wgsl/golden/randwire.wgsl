// ==== k0_conv2d_add_rsqrt_mul_etc ===========================================
// k0_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub, max (f32[1, 3, 32, 32], f32[32, 3, 3, 3], f32[32], f32[32], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %121 %124 %126 %127 %128 %131 %134 %137 %140

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 0u;
const W_BASE: u32 = 3072u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[3936u + o]);
  let v2: f32 = (v0 + v1);
  let v3: f32 = bitcast<f32>(a0[4064u + o]);
  let v5: f32 = (v3 + 0.00001);
  let v6: f32 = inverseSqrt(v5);
  let v7: f32 = bitcast<f32>(a0[3968u + o]);
  let v8: f32 = (v6 * v7);
  let v9: f32 = bitcast<f32>(a0[4032u + o]);
  let v10: f32 = (v2 - v9);
  let v11: f32 = (v10 * v8);
  let v12: f32 = bitcast<f32>(a0[4000u + o]);
  let v13: f32 = (v11 + v12);
  let v15: f32 = max_nan(v13, 0.0);
  a0[27552u + o * 256u + oy * 16u + ox] = bitcast<u32>(v15);
}

// ==== k1_sigmoid_mul_max ====================================================
// k1_sigmoid_mul_max: sigmoid, mul, max (f32[1], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %141 %145 %147

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
}

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[5536u]);
  let v1: f32 = sigmoid_f32(v0);
  let v2: f32 = bitcast<f32>(a0[27552u + c0]);
  let v3: f32 = (v2 * v1);
  let v5: f32 = max_nan(v3, 0.0);
  a0[35744u + c0] = bitcast<u32>(v5);
}

// ==== k2_conv2d =============================================================
// k2_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %148

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 35744u;
const W_BASE: u32 = 4096u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[43936u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k3_conv2d_add_rsqrt_mul_etc ===========================================
// k3_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %149 %150 %151 %152 %155 %158 %161

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 43936u;
const W_BASE: u32 = 4384u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[5504u + o]);
  let v3: f32 = (v1 + 0.00001);
  let v4: f32 = inverseSqrt(v3);
  let v5: f32 = bitcast<f32>(a0[5408u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[5472u + o]);
  let v8: f32 = (v0 - v7);
  let v9: f32 = (v8 * v6);
  let v10: f32 = bitcast<f32>(a0[5440u + o]);
  let v11: f32 = (v9 + v10);
  a0[35744u + o * 256u + oy * 16u + ox] = bitcast<u32>(v11);
}

// ==== k4_sigmoid_mul_max ====================================================
// k4_sigmoid_mul_max: sigmoid, mul, max (f32[1], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %162 %166 %168

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
}

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[5540u]);
  let v1: f32 = sigmoid_f32(v0);
  let v2: f32 = bitcast<f32>(a0[27552u + c0]);
  let v3: f32 = (v2 * v1);
  let v5: f32 = max_nan(v3, 0.0);
  a0[43936u + c0] = bitcast<u32>(v5);
}

// ==== k5_conv2d =============================================================
// k5_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %169

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 43936u;
const W_BASE: u32 = 5544u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[27552u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k6_conv2d_add_rsqrt_mul_etc ===========================================
// k6_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %170 %171 %172 %173 %176 %179 %182

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 27552u;
const W_BASE: u32 = 5832u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[6952u + o]);
  let v3: f32 = (v1 + 0.00001);
  let v4: f32 = inverseSqrt(v3);
  let v5: f32 = bitcast<f32>(a0[6856u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[6920u + o]);
  let v8: f32 = (v0 - v7);
  let v9: f32 = (v8 * v6);
  let v10: f32 = bitcast<f32>(a0[6888u + o]);
  let v11: f32 = (v9 + v10);
  a0[43936u + o * 256u + oy * 16u + ox] = bitcast<u32>(v11);
}

// ==== k7_sigmoid_mul_max ====================================================
// k7_sigmoid_mul_max: sigmoid, mul, max (f32[1], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %183 %187 %189

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
}

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[6984u]);
  let v1: f32 = sigmoid_f32(v0);
  let v2: f32 = bitcast<f32>(a0[43936u + c0]);
  let v3: f32 = (v2 * v1);
  let v5: f32 = max_nan(v3, 0.0);
  a0[27552u + c0] = bitcast<u32>(v5);
}

// ==== k8_conv2d =============================================================
// k8_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %190

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 27552u;
const W_BASE: u32 = 6988u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[52128u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k9_conv2d_add_rsqrt_mul_etc ===========================================
// k9_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %191 %192 %193 %194 %197 %200 %203

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 52128u;
const W_BASE: u32 = 7276u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[8396u + o]);
  let v3: f32 = (v1 + 0.00001);
  let v4: f32 = inverseSqrt(v3);
  let v5: f32 = bitcast<f32>(a0[8300u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[8364u + o]);
  let v8: f32 = (v0 - v7);
  let v9: f32 = (v8 * v6);
  let v10: f32 = bitcast<f32>(a0[8332u + o]);
  let v11: f32 = (v9 + v10);
  a0[27552u + o * 256u + oy * 16u + ox] = bitcast<u32>(v11);
}

// ==== k10_sigmoid ===========================================================
// k10_sigmoid: sigmoid (f32[2] -> f32[2]) from examples/randwire.dl:9
// nodes: %204

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

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
  if (i >= 2u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[8428u + c0]);
  let v1: f32 = sigmoid_f32(v0);
  a0[52128u + c0] = bitcast<u32>(v1);
}

// ==== k11_mul_add_max =======================================================
// k11_mul_add_max: mul, add, max (f32[1, 32, 16, 16], f32[2], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %208 %212 %213 %215

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[43936u + c0]);
  let v1: f32 = bitcast<f32>(a0[52128u]);
  let v2: f32 = (v0 * v1);
  let v3: f32 = bitcast<f32>(a0[27552u + c0]);
  let v4: f32 = bitcast<f32>(a0[52129u]);
  let v5: f32 = (v3 * v4);
  let v6: f32 = (v2 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[52132u + c0] = bitcast<u32>(v8);
}

// ==== k12_conv2d ============================================================
// k12_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %216

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 52132u;
const W_BASE: u32 = 8432u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[60324u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k13_conv2d_add_rsqrt_mul_etc ==========================================
// k13_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %217 %218 %219 %220 %223 %226 %229

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 60324u;
const W_BASE: u32 = 8720u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[9840u + o]);
  let v3: f32 = (v1 + 0.00001);
  let v4: f32 = inverseSqrt(v3);
  let v5: f32 = bitcast<f32>(a0[9744u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[9808u + o]);
  let v8: f32 = (v0 - v7);
  let v9: f32 = (v8 * v6);
  let v10: f32 = bitcast<f32>(a0[9776u + o]);
  let v11: f32 = (v9 + v10);
  a0[52128u + o * 256u + oy * 16u + ox] = bitcast<u32>(v11);
}

// ==== k14_sigmoid_mul_max ===================================================
// k14_sigmoid_mul_max: sigmoid, mul, max (f32[1], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %230 %234 %236

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
}

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[9872u]);
  let v1: f32 = sigmoid_f32(v0);
  let v2: f32 = bitcast<f32>(a0[27552u + c0]);
  let v3: f32 = (v2 * v1);
  let v5: f32 = max_nan(v3, 0.0);
  a0[60320u + c0] = bitcast<u32>(v5);
}

// ==== k15_conv2d ============================================================
// k15_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %237

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 60320u;
const W_BASE: u32 = 9876u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[68512u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k16_conv2d ============================================================
// k16_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %238

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 68512u;
const W_BASE: u32 = 10164u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[60320u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k17_sigmoid ===========================================================
// k17_sigmoid: sigmoid (f32[2] -> f32[2]) from examples/randwire.dl:9
// nodes: %251

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

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
  if (i >= 2u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[11316u + c0]);
  let v1: f32 = sigmoid_f32(v0);
  a0[68512u + c0] = bitcast<u32>(v1);
}

// ==== k18_mul_add_max =======================================================
// k18_mul_add_max: mul, add, max (f32[1, 32, 16, 16], f32[2], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %255 %259 %260 %262

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[35744u + c0]);
  let v1: f32 = bitcast<f32>(a0[68512u]);
  let v2: f32 = (v0 * v1);
  let v3: f32 = bitcast<f32>(a0[27552u + c0]);
  let v4: f32 = bitcast<f32>(a0[68513u]);
  let v5: f32 = (v3 * v4);
  let v6: f32 = (v2 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[68516u + c0] = bitcast<u32>(v8);
}

// ==== k19_conv2d ============================================================
// k19_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %263

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 68516u;
const W_BASE: u32 = 11320u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[76708u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k20_conv2d ============================================================
// k20_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %264

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 76708u;
const W_BASE: u32 = 11608u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[68512u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k21_sigmoid_mul_max ===================================================
// k21_sigmoid_mul_max: sigmoid, mul, max (f32[1], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %277 %281 %283

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
}

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[12760u]);
  let v1: f32 = sigmoid_f32(v0);
  let v2: f32 = bitcast<f32>(a0[52128u + c0]);
  let v3: f32 = (v2 * v1);
  let v5: f32 = max_nan(v3, 0.0);
  a0[76704u + c0] = bitcast<u32>(v5);
}

// ==== k22_conv2d ============================================================
// k22_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %284

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 76704u;
const W_BASE: u32 = 12764u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[84896u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k23_conv2d_add_rsqrt_mul_etc ==========================================
// k23_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %285 %286 %287 %288 %291 %294 %297

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 84896u;
const W_BASE: u32 = 13052u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[14172u + o]);
  let v3: f32 = (v1 + 0.00001);
  let v4: f32 = inverseSqrt(v3);
  let v5: f32 = bitcast<f32>(a0[14076u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[14140u + o]);
  let v8: f32 = (v0 - v7);
  let v9: f32 = (v8 * v6);
  let v10: f32 = bitcast<f32>(a0[14108u + o]);
  let v11: f32 = (v9 + v10);
  a0[76704u + o * 256u + oy * 16u + ox] = bitcast<u32>(v11);
}

// ==== k24_sigmoid_mul_max ===================================================
// k24_sigmoid_mul_max: sigmoid, mul, max (f32[1], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %298 %302 %304

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
}

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[14204u]);
  let v1: f32 = sigmoid_f32(v0);
  let v2: f32 = bitcast<f32>(a0[43936u + c0]);
  let v3: f32 = (v2 * v1);
  let v5: f32 = max_nan(v3, 0.0);
  a0[84896u + c0] = bitcast<u32>(v5);
}

// ==== k25_conv2d ============================================================
// k25_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %305

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 84896u;
const W_BASE: u32 = 14208u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[43936u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k26_conv2d ============================================================
// k26_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %306

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 43936u;
const W_BASE: u32 = 14496u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[84896u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k27_sigmoid ===========================================================
// k27_sigmoid: sigmoid (f32[2] -> f32[2]) from examples/randwire.dl:9
// nodes: %319

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

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
  if (i >= 2u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[15648u + c0]);
  let v1: f32 = sigmoid_f32(v0);
  a0[43936u + c0] = bitcast<u32>(v1);
}

// ==== k28_mul_add_max =======================================================
// k28_mul_add_max: mul, add, max (f32[1, 32, 16, 16], f32[2], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %323 %327 %328 %330

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[35744u + c0]);
  let v1: f32 = bitcast<f32>(a0[43936u]);
  let v2: f32 = (v0 * v1);
  let v3: f32 = bitcast<f32>(a0[76704u + c0]);
  let v4: f32 = bitcast<f32>(a0[43937u]);
  let v5: f32 = (v3 * v4);
  let v6: f32 = (v2 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[93088u + c0] = bitcast<u32>(v8);
}

// ==== k29_conv2d ============================================================
// k29_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %331

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 93088u;
const W_BASE: u32 = 15652u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[43936u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k30_conv2d_add_rsqrt_mul_etc ==========================================
// k30_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %332 %333 %334 %335 %338 %341 %344

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 43936u;
const W_BASE: u32 = 15940u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[17060u + o]);
  let v3: f32 = (v1 + 0.00001);
  let v4: f32 = inverseSqrt(v3);
  let v5: f32 = bitcast<f32>(a0[16964u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[17028u + o]);
  let v8: f32 = (v0 - v7);
  let v9: f32 = (v8 * v6);
  let v10: f32 = bitcast<f32>(a0[16996u + o]);
  let v11: f32 = (v9 + v10);
  a0[93088u + o * 256u + oy * 16u + ox] = bitcast<u32>(v11);
}

// ==== k31_sigmoid ===========================================================
// k31_sigmoid: sigmoid (f32[2] -> f32[2]) from examples/randwire.dl:9
// nodes: %345

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

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
  if (i >= 2u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[17092u + c0]);
  let v1: f32 = sigmoid_f32(v0);
  a0[43936u + c0] = bitcast<u32>(v1);
}

// ==== k32_mul_add_max =======================================================
// k32_mul_add_max: mul, add, max (f32[1, 32, 16, 16], f32[2], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %349 %353 %354 %356

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[35744u + c0]);
  let v1: f32 = bitcast<f32>(a0[43936u]);
  let v2: f32 = (v0 * v1);
  let v3: f32 = bitcast<f32>(a0[52128u + c0]);
  let v4: f32 = bitcast<f32>(a0[43937u]);
  let v5: f32 = (v3 * v4);
  let v6: f32 = (v2 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[101280u + c0] = bitcast<u32>(v8);
}

// ==== k33_conv2d ============================================================
// k33_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %357

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 101280u;
const W_BASE: u32 = 17096u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[43936u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k34_conv2d_add_rsqrt_mul_etc ==========================================
// k34_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %358 %359 %360 %361 %364 %367 %370

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 43936u;
const W_BASE: u32 = 17384u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[18504u + o]);
  let v3: f32 = (v1 + 0.00001);
  let v4: f32 = inverseSqrt(v3);
  let v5: f32 = bitcast<f32>(a0[18408u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[18472u + o]);
  let v8: f32 = (v0 - v7);
  let v9: f32 = (v8 * v6);
  let v10: f32 = bitcast<f32>(a0[18440u + o]);
  let v11: f32 = (v9 + v10);
  a0[101280u + o * 256u + oy * 16u + ox] = bitcast<u32>(v11);
}

// ==== k35_sigmoid_mul_max ===================================================
// k35_sigmoid_mul_max: sigmoid, mul, max (f32[1], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %371 %375 %377

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
}

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[18536u]);
  let v1: f32 = sigmoid_f32(v0);
  let v2: f32 = bitcast<f32>(a0[101280u + c0]);
  let v3: f32 = (v2 * v1);
  let v5: f32 = max_nan(v3, 0.0);
  a0[43936u + c0] = bitcast<u32>(v5);
}

// ==== k36_conv2d ============================================================
// k36_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %378

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 43936u;
const W_BASE: u32 = 18540u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[109472u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k37_sigmoid_mul_max ===================================================
// k37_sigmoid_mul_max: sigmoid, mul, max (f32[1], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %392 %396 %398

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
}

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[19980u]);
  let v1: f32 = sigmoid_f32(v0);
  let v2: f32 = bitcast<f32>(a0[52128u + c0]);
  let v3: f32 = (v2 * v1);
  let v5: f32 = max_nan(v3, 0.0);
  a0[43936u + c0] = bitcast<u32>(v5);
}

// ==== k38_conv2d ============================================================
// k38_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %399

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 43936u;
const W_BASE: u32 = 19984u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[117664u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k39_conv2d_add_rsqrt_mul_etc ==========================================
// k39_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %400 %401 %402 %403 %406 %409 %412

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 117664u;
const W_BASE: u32 = 20272u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[21392u + o]);
  let v3: f32 = (v1 + 0.00001);
  let v4: f32 = inverseSqrt(v3);
  let v5: f32 = bitcast<f32>(a0[21296u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[21360u + o]);
  let v8: f32 = (v0 - v7);
  let v9: f32 = (v8 * v6);
  let v10: f32 = bitcast<f32>(a0[21328u + o]);
  let v11: f32 = (v9 + v10);
  a0[43936u + o * 256u + oy * 16u + ox] = bitcast<u32>(v11);
}

// ==== k40_sigmoid ===========================================================
// k40_sigmoid: sigmoid (f32[6] -> f32[6]) from examples/randwire.dl:9
// nodes: %413

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

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
  if (i >= 6u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[21424u + c0]);
  let v1: f32 = sigmoid_f32(v0);
  a0[117664u + c0] = bitcast<u32>(v1);
}

// ==== k41_conv2d_add_rsqrt_mul_etc ==========================================
// k41_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub, max (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32], f32[1, 32, 16, 16], f32[6], f32[1, 32, 16, 16], f32[1, 32, 16, 16], f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %379 %380 %381 %382 %385 %388 %391 %417 %421 %422 %426 %427 %431 %432 %436 %437 %441 %442 %444

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 109472u;
const W_BASE: u32 = 18828u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[19948u + o]);
  let v3: f32 = (v1 + 0.00001);
  let v4: f32 = inverseSqrt(v3);
  let v5: f32 = bitcast<f32>(a0[19852u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[19916u + o]);
  let v8: f32 = (v0 - v7);
  let v9: f32 = (v8 * v6);
  let v10: f32 = bitcast<f32>(a0[19884u + o]);
  let v11: f32 = (v9 + v10);
  let v12: f32 = bitcast<f32>(a0[35744u + o * 256u + oy * 16u + ox]);
  let v13: f32 = bitcast<f32>(a0[117664u]);
  let v14: f32 = (v12 * v13);
  let v15: f32 = bitcast<f32>(a0[27552u + o * 256u + oy * 16u + ox]);
  let v16: f32 = bitcast<f32>(a0[117665u]);
  let v17: f32 = (v15 * v16);
  let v18: f32 = (v14 + v17);
  let v19: f32 = bitcast<f32>(a0[52128u + o * 256u + oy * 16u + ox]);
  let v20: f32 = bitcast<f32>(a0[117666u]);
  let v21: f32 = (v19 * v20);
  let v22: f32 = (v18 + v21);
  let v23: f32 = bitcast<f32>(a0[93088u + o * 256u + oy * 16u + ox]);
  let v24: f32 = bitcast<f32>(a0[117667u]);
  let v25: f32 = (v23 * v24);
  let v26: f32 = (v22 + v25);
  let v27: f32 = bitcast<f32>(a0[117668u]);
  let v28: f32 = (v11 * v27);
  let v29: f32 = (v26 + v28);
  let v30: f32 = bitcast<f32>(a0[43936u + o * 256u + oy * 16u + ox]);
  let v31: f32 = bitcast<f32>(a0[117669u]);
  let v32: f32 = (v30 * v31);
  let v33: f32 = (v29 + v32);
  let v35: f32 = max_nan(v33, 0.0);
  a0[117672u + o * 256u + oy * 16u + ox] = bitcast<u32>(v35);
}

// ==== k42_conv2d ============================================================
// k42_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %445

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 117672u;
const W_BASE: u32 = 21432u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[52128u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k43_sigmoid ===========================================================
// k43_sigmoid: sigmoid (f32[2] -> f32[2]) from examples/randwire.dl:9
// nodes: %459

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

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
  if (i >= 2u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[22872u + c0]);
  let v1: f32 = sigmoid_f32(v0);
  a0[27552u + c0] = bitcast<u32>(v1);
}

// ==== k44_mul_add_max =======================================================
// k44_mul_add_max: mul, add, max (f32[1, 32, 16, 16], f32[2], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %463 %467 %468 %470

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;

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
  if (i >= 8192u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[76704u + c0]);
  let v1: f32 = bitcast<f32>(a0[27552u]);
  let v2: f32 = (v0 * v1);
  let v3: f32 = bitcast<f32>(a0[93088u + c0]);
  let v4: f32 = bitcast<f32>(a0[27553u]);
  let v5: f32 = (v3 * v4);
  let v6: f32 = (v2 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[27556u + c0] = bitcast<u32>(v8);
}

// ==== k45_conv2d ============================================================
// k45_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %471

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 27556u;
const W_BASE: u32 = 22876u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[76704u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k46_conv2d_add_rsqrt_mul_etc ==========================================
// k46_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %472 %473 %474 %475 %478 %481 %484

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 76704u;
const W_BASE: u32 = 23164u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[24284u + o]);
  let v3: f32 = (v1 + 0.00001);
  let v4: f32 = inverseSqrt(v3);
  let v5: f32 = bitcast<f32>(a0[24188u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[24252u + o]);
  let v8: f32 = (v0 - v7);
  let v9: f32 = (v8 * v6);
  let v10: f32 = bitcast<f32>(a0[24220u + o]);
  let v11: f32 = (v9 + v10);
  a0[27552u + o * 256u + oy * 16u + ox] = bitcast<u32>(v11);
}

// ==== k47_sigmoid ===========================================================
// k47_sigmoid: sigmoid (f32[3] -> f32[3]) from examples/randwire.dl:9
// nodes: %485

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

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
  if (i >= 3u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[24316u + c0]);
  let v1: f32 = sigmoid_f32(v0);
  a0[35744u + c0] = bitcast<u32>(v1);
}

// ==== k48_conv2d_add_rsqrt_mul_etc ==========================================
// k48_conv2d_add_rsqrt_mul_etc: conv2d, add, rsqrt, mul, sub, max (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32], f32[1, 32, 16, 16], f32[3], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %446 %447 %448 %449 %452 %455 %458 %489 %493 %494 %498 %499 %501

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 52128u;
const W_BASE: u32 = 21720u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  let v1: f32 = bitcast<f32>(a0[22840u + o]);
  let v3: f32 = (v1 + 0.00001);
  let v4: f32 = inverseSqrt(v3);
  let v5: f32 = bitcast<f32>(a0[22744u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[22808u + o]);
  let v8: f32 = (v0 - v7);
  let v9: f32 = (v8 * v6);
  let v10: f32 = bitcast<f32>(a0[22776u + o]);
  let v11: f32 = (v9 + v10);
  let v12: f32 = bitcast<f32>(a0[43936u + o * 256u + oy * 16u + ox]);
  let v13: f32 = bitcast<f32>(a0[35744u]);
  let v14: f32 = (v12 * v13);
  let v15: f32 = bitcast<f32>(a0[35745u]);
  let v16: f32 = (v11 * v15);
  let v17: f32 = (v14 + v16);
  let v18: f32 = bitcast<f32>(a0[27552u + o * 256u + oy * 16u + ox]);
  let v19: f32 = bitcast<f32>(a0[35746u]);
  let v20: f32 = (v18 * v19);
  let v21: f32 = (v17 + v20);
  let v23: f32 = max_nan(v21, 0.0);
  a0[76704u + o * 256u + oy * 16u + ox] = bitcast<u32>(v23);
}

// ==== k49_conv2d ============================================================
// k49_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %502

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 76704u;
const W_BASE: u32 = 24320u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[35744u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k50_sigmoid ===========================================================
// k50_sigmoid: sigmoid (f32[7] -> f32[7]) from examples/randwire.dl:9
// nodes: %516

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

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
  if (i >= 7u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[25760u + c0]);
  let v1: f32 = sigmoid_f32(v0);
  a0[52128u + c0] = bitcast<u32>(v1);
}

// ==== k51_add_rsqrt_mul_sub_etc =============================================
// k51_add_rsqrt_mul_sub_etc: add, rsqrt, mul, sub, conv2d, max (f32[32], f32[32], f32[1, 32, 16, 16], f32[32], f32[32], f32[32], f32[32], f32[1, 32, 16, 16], f32[32], f32[32], f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[32], f32[7], f32[1, 32, 16, 16], f32[1, 32, 16, 16], f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %239 %240 %241 %244 %247 %250 %307 %308 %309 %312 %315 %318 %503 %504 %505 %506 %509 %512 %515 %520 %524 %525 %529 %530 %534 %535 %539 %540 %544 %545 %549 %550 %552

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 35744u;
const W_BASE: u32 = 24608u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = bitcast<f32>(a0[11284u + o]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[11188u + o]);
  let v5: f32 = (v3 * v4);
  let v6: f32 = bitcast<f32>(a0[60320u + o * 256u + oy * 16u + ox]);
  let v7: f32 = bitcast<f32>(a0[11252u + o]);
  let v8: f32 = (v6 - v7);
  let v9: f32 = (v8 * v5);
  let v10: f32 = bitcast<f32>(a0[11220u + o]);
  let v11: f32 = (v9 + v10);
  let v12: f32 = bitcast<f32>(a0[15616u + o]);
  let v14: f32 = (v12 + 0.00001);
  let v15: f32 = inverseSqrt(v14);
  let v16: f32 = bitcast<f32>(a0[15520u + o]);
  let v17: f32 = (v15 * v16);
  let v18: f32 = bitcast<f32>(a0[84896u + o * 256u + oy * 16u + ox]);
  let v19: f32 = bitcast<f32>(a0[15584u + o]);
  let v20: f32 = (v18 - v19);
  let v21: f32 = (v20 * v17);
  let v22: f32 = bitcast<f32>(a0[15552u + o]);
  let v23: f32 = (v21 + v22);
  let v24: f32 = acc;
  let v25: f32 = bitcast<f32>(a0[25728u + o]);
  let v27: f32 = (v25 + 0.00001);
  let v28: f32 = inverseSqrt(v27);
  let v29: f32 = bitcast<f32>(a0[25632u + o]);
  let v30: f32 = (v28 * v29);
  let v31: f32 = bitcast<f32>(a0[25696u + o]);
  let v32: f32 = (v24 - v31);
  let v33: f32 = (v32 * v30);
  let v34: f32 = bitcast<f32>(a0[25664u + o]);
  let v35: f32 = (v33 + v34);
  let v36: f32 = bitcast<f32>(a0[52128u]);
  let v37: f32 = (v11 * v36);
  let v38: f32 = bitcast<f32>(a0[52129u]);
  let v39: f32 = (v23 * v38);
  let v40: f32 = (v37 + v39);
  let v41: f32 = bitcast<f32>(a0[93088u + o * 256u + oy * 16u + ox]);
  let v42: f32 = bitcast<f32>(a0[52130u]);
  let v43: f32 = (v41 * v42);
  let v44: f32 = (v40 + v43);
  let v45: f32 = bitcast<f32>(a0[101280u + o * 256u + oy * 16u + ox]);
  let v46: f32 = bitcast<f32>(a0[52131u]);
  let v47: f32 = (v45 * v46);
  let v48: f32 = (v44 + v47);
  let v49: f32 = bitcast<f32>(a0[43936u + o * 256u + oy * 16u + ox]);
  let v50: f32 = bitcast<f32>(a0[52132u]);
  let v51: f32 = (v49 * v50);
  let v52: f32 = (v48 + v51);
  let v53: f32 = bitcast<f32>(a0[27552u + o * 256u + oy * 16u + ox]);
  let v54: f32 = bitcast<f32>(a0[52133u]);
  let v55: f32 = (v53 * v54);
  let v56: f32 = (v52 + v55);
  let v57: f32 = bitcast<f32>(a0[52134u]);
  let v58: f32 = (v35 * v57);
  let v59: f32 = (v56 + v58);
  let v61: f32 = max_nan(v59, 0.0);
  a0[76704u + o * 256u + oy * 16u + ox] = bitcast<u32>(v61);
}

// ==== k52_conv2d ============================================================
// k52_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %553

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 76704u;
const W_BASE: u32 = 25768u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[27552u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k53_conv2d ============================================================
// k53_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16]) from std/nn.dl:164
// nodes: %554

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 27552u;
const W_BASE: u32 = 26056u;

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
        acc += bitcast<f32>(a0[X_BASE + (x_plane + u32(y)) * W + u32(xx)]) * bitcast<f32>(a0[W_BASE + (w_plane + u) * KW + v]);
      }
    }
  }
  let v0: f32 = acc;
  a0[35744u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k54_add_rsqrt_mul_sub_etc =============================================
// k54_add_rsqrt_mul_sub_etc: add, rsqrt, mul, sub, reduce_sum (f32[32], f32[32], f32[1, 32, 16, 16], f32[32], f32[32], f32[32], f32[32], f32[1, 32, 16, 16], f32[32], f32[32] -> f32[1, 32]) from std/nn.dl:145
// nodes: %265 %266 %267 %270 %273 %276 %555 %556 %557 %560 %563 %566 %567 %570 %571 %574

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 32u;
var<workgroup> partial_f32: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let co0 = wg;
  let v0: f32 = bitcast<f32>(a0[12728u + co0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[12632u + co0]);
  let v5: f32 = (v3 * v4);
  let v7: f32 = bitcast<f32>(a0[12696u + co0]);
  let v10: f32 = bitcast<f32>(a0[12664u + co0]);
  let v12: f32 = bitcast<f32>(a0[27176u + co0]);
  let v14: f32 = (v12 + 0.00001);
  let v15: f32 = inverseSqrt(v14);
  let v16: f32 = bitcast<f32>(a0[27080u + co0]);
  let v17: f32 = (v15 * v16);
  let v19: f32 = bitcast<f32>(a0[27144u + co0]);
  let v22: f32 = bitcast<f32>(a0[27112u + co0]);
  var r27: f32 = 0.0;
  for (var j = lidx; j < 256u; j += 256u) {
    let ci0 = j;
    let v6: f32 = bitcast<f32>(a0[68512u + co0 * 256u + ci0]);
    let v8: f32 = (v6 - v7);
    let v9: f32 = (v8 * v5);
    let v11: f32 = (v9 + v10);
    let v18: f32 = bitcast<f32>(a0[35744u + co0 * 256u + ci0]);
    let v20: f32 = (v18 - v19);
    let v21: f32 = (v20 * v17);
    let v23: f32 = (v21 + v22);
    let v24: f32 = (v11 + v23);
    let v26: f32 = (v24 * 0.5);
    r27 = r27 + v26;
  }
  partial_f32[lidx] = r27;
  workgroupBarrier();
  for (var half = 128u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = partial_f32[lidx] + partial_f32[lidx + half]; }
    workgroupBarrier();
  }
  let v27: f32 = partial_f32[0];
  workgroupBarrier();
  let v29: f32 = (v27 * 0.00390625);
  if (lidx == 0u) { a0[27552u + co0] = bitcast<u32>(v29); }
}

// ==== k55_matmul_add ========================================================
// k55_matmul_add: matmul, add (f32[1, 32], f32[32, 10], f32[10] -> f32[1, 10]) from std/nn.dl:66
// nodes: %575 %577

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
  var acc = 0.0;
  for (var k0 = 0u; k0 < K; k0 += TILE) {
    // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.
    let ka = min(k0 + lid.x, K - 1u);
    let kb = min(k0 + lid.y, K - 1u);
    let ra = min(row, M - 1u);
    let cb = min(col, N - 1u);
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[27552u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[27208u + kb * 10u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[27528u + col]);
    let v2: f32 = (v0 + v1);
    a0[27540u + col] = bitcast<u32>(v2);
  }
}
