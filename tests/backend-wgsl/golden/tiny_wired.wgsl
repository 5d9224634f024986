// ==== k0_copy ===============================================================
// k0_copy: copy (f32[5] -> f32[9]) from examples/tiny_wired.dl:7
// nodes: %1

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 5u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[64u + c0]);
  a0[144u + c0] = bitcast<u32>(v0);
}

// ==== k1_copy ===============================================================
// k1_copy: copy (f32[4] -> f32[9]) from examples/tiny_wired.dl:11
// nodes: %3

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 4u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[76u + c0]);
  a0[149u + c0] = bitcast<u32>(v0);
}

// ==== k2_copy ===============================================================
// k2_copy: copy (f32[3] -> f32[5]) from examples/tiny_wired.dl:7
// nodes: %2

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 3u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[72u + c0]);
  a0[156u + c0] = bitcast<u32>(v0);
}

// ==== k3_copy ===============================================================
// k3_copy: copy (f32[2] -> f32[5]) from examples/tiny_wired.dl:11
// nodes: %4

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 2u) { return; }
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[80u + c0]);
  a0[159u + c0] = bitcast<u32>(v0);
}

// ==== k4_gather_mul_reduce_sum_add_etc ======================================
// k4_gather_mul_reduce_sum_add_etc: gather, mul, reduce_sum, add, max (f32[16, 4], i32[4], f32[9], f32[4], f32[5], i32[2] -> f32[16, 9]) from std/nn.dl:14
// nodes: %8 %10 %12 %15 %16 %18 %20 %23

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

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
  let o = wg * 256u + lidx;
  if (o >= 32u) { return; }
  let co0 = (o / 2u);
  let co1 = o % 2u;
  var r7: f32 = 0.0;
  for (var j = 0u; j < 2u; j += 1u) {
    let ci0 = j;
    let v0: i32 = bitcast<i32>(a0[84u + co1 * 2u + ci0]);
    let v1: f32 = bitcast<f32>(a0[0u + co0 * 4u + u32(clamp(v0, 0i, 3i)) * 1u]);
    let v2: i32 = bitcast<i32>(a0[84u + co1 * 2u + ci0]);
    let v3: f32 = bitcast<f32>(a0[144u + u32(clamp(v2, 0i, 8i)) * 1u]);
    let v4: f32 = bitcast<f32>(a0[88u + co1 * 2u + ci0]);
    let v5: f32 = (v3 * v4);
    let v6: f32 = (v1 * v5);
    r7 = r7 + v6;
  }
  let v7: f32 = r7;
  let v8: i32 = bitcast<i32>(a0[92u + co1]);
  let v9: f32 = bitcast<f32>(a0[156u + u32(clamp(v8, 0i, 4i)) * 1u]);
  let v10: f32 = (v7 + v9);
  let v12: f32 = max_nan(v10, 0.0);
  a0[168u + co0 * 9u + co1] = bitcast<u32>(v12);
}

// ==== k5_copy ===============================================================
// k5_copy: copy (f32[16, 4] -> f32[16, 9]) from examples/tiny_wired.dl:6
// nodes: %0

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 64u) { return; }
  let c0 = (i / 4u);
  let c1 = i % 4u;
  let v0: f32 = bitcast<f32>(a0[0u + c0 * 4u + c1]);
  a0[164u + c0 * 9u + c1] = bitcast<u32>(v0);
}

// ==== k6_gather_mul_reduce_sum_add_etc ======================================
// k6_gather_mul_reduce_sum_add_etc: gather, mul, reduce_sum, add, max (f32[16, 9], i32[2], f32[9], f32[5], i32[1] -> f32[16, 9]) from std/nn.dl:14
// nodes: %26 %28 %31 %32 %34 %36 %38

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

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
  let o = wg * 256u + lidx;
  if (o >= 16u) { return; }
  let co0 = o;
  var r5: f32 = 0.0;
  for (var j = 0u; j < 2u; j += 1u) {
    let ci0 = j;
    let v0: i32 = bitcast<i32>(a0[96u + ci0]);
    let v1: f32 = bitcast<f32>(a0[164u + co0 * 9u + u32(clamp(v0, 0i, 5i)) * 1u]);
    let v2: i32 = bitcast<i32>(a0[96u + ci0]);
    let v3: f32 = bitcast<f32>(a0[144u + u32(clamp(v2, 0i, 8i)) * 1u]);
    let v4: f32 = (v1 * v3);
    r5 = r5 + v4;
  }
  let v5: f32 = r5;
  let v6: i32 = bitcast<i32>(a0[100u]);
  let v7: f32 = bitcast<f32>(a0[156u + u32(clamp(v6, 0i, 4i)) * 1u]);
  let v8: f32 = (v5 + v7);
  let v10: f32 = max_nan(v8, 0.0);
  a0[170u + co0 * 9u] = bitcast<u32>(v10);
}

// ==== k7_gather_mul_reduce_sum_add ==========================================
// k7_gather_mul_reduce_sum_add: gather, mul, reduce_sum, add (f32[16, 9], i32[4], f32[9], i32[4], f32[5], i32[2] -> f32[16, 9]) from examples/tiny_wired.dl:5
// nodes: %41 %44 %47 %48 %49 %51

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let o = wg * 256u + lidx;
  if (o >= 32u) { return; }
  let co0 = (o / 2u);
  let co1 = o % 2u;
  var r5: f32 = 0.0;
  for (var j = 0u; j < 2u; j += 1u) {
    let ci0 = j;
    let v0: i32 = bitcast<i32>(a0[104u + co1 * 2u + ci0]);
    let v1: f32 = bitcast<f32>(a0[164u + co0 * 9u + u32(clamp(v0, 0i, 6i)) * 1u]);
    let v2: i32 = bitcast<i32>(a0[108u + co1 * 2u + ci0]);
    let v3: f32 = bitcast<f32>(a0[144u + u32(clamp(v2, 0i, 8i)) * 1u]);
    let v4: f32 = (v1 * v3);
    r5 = r5 + v4;
  }
  let v5: f32 = r5;
  let v6: i32 = bitcast<i32>(a0[96u + co1]);
  let v7: f32 = bitcast<f32>(a0[156u + u32(clamp(v6, 0i, 4i)) * 1u]);
  let v8: f32 = (v5 + v7);
  a0[171u + co0 * 9u + co1] = bitcast<u32>(v8);
}

// ==== k8_copy ===============================================================
// k8_copy: copy (f32[16, 9] -> f32[16, 2]) from examples/tiny_wired.dl:5
// nodes: %53

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 32u) { return; }
  let c0 = (i / 2u);
  let c1 = i % 2u;
  let v0: f32 = bitcast<f32>(a0[171u + c0 * 9u + c1]);
  a0[112u + c0 * 2u + c1] = bitcast<u32>(v0);
}
