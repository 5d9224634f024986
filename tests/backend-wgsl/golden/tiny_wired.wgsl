// ==== k0_eq_gather_where ====================================================
// k0_eq_gather_where: eq, gather, where (i32[15], f32[5], i32[15], f32[3], f32[4], f32[2] -> f32[15]) from examples/tiny_wired.dl:5
// nodes: %11 %12 %13 %16 %17 %18 %21 %22 %23 %26 %27 %28

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 15u) { return; }
  let c0 = i;
  let v0: i32 = bitcast<i32>(a0[84u + c0]);
  let v2: u32 = select(0u, 1u, v0 == 0i);
  let v3: i32 = bitcast<i32>(a0[100u + c0]);
  let v4: f32 = bitcast<f32>(a0[64u + u32(clamp(v3, 0i, 4i)) * 1u]);
  let v6: f32 = select(0.0, v4, v2 != 0u);
  let v7: i32 = bitcast<i32>(a0[84u + c0]);
  let v9: u32 = select(0u, 1u, v7 == 1i);
  let v10: i32 = bitcast<i32>(a0[100u + c0]);
  let v11: f32 = bitcast<f32>(a0[72u + u32(clamp(v10, 0i, 2i)) * 1u]);
  let v12: f32 = select(v6, v11, v9 != 0u);
  let v13: i32 = bitcast<i32>(a0[84u + c0]);
  let v15: u32 = select(0u, 1u, v13 == 2i);
  let v16: i32 = bitcast<i32>(a0[100u + c0]);
  let v17: f32 = bitcast<f32>(a0[76u + u32(clamp(v16, 0i, 3i)) * 1u]);
  let v18: f32 = select(v12, v17, v15 != 0u);
  let v19: i32 = bitcast<i32>(a0[84u + c0]);
  let v21: u32 = select(0u, 1u, v19 == 3i);
  let v22: i32 = bitcast<i32>(a0[100u + c0]);
  let v23: f32 = bitcast<f32>(a0[80u + u32(clamp(v22, 0i, 1i)) * 1u]);
  let v24: f32 = select(v18, v23, v21 != 0u);
  a0[160u + c0] = bitcast<u32>(v24);
}

// ==== k1_gather_mul_reduce_sum_add_etc ======================================
// k1_gather_mul_reduce_sum_add_etc: gather, mul, reduce_sum, add, max (f32[16, 4], i32[4], f32[15] -> f32[16, 9]) from std/nn.dl:14
// nodes: %30 %35 %36 %39 %41

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
  var r4: f32 = 0.0;
  for (var j = 0u; j < 2u; j += 1u) {
    let ci0 = j;
    let v0: i32 = bitcast<i32>(a0[116u + co1 * 2u + ci0]);
    let v1: f32 = bitcast<f32>(a0[0u + co0 * 4u + u32(clamp(v0, 0i, 3i)) * 1u]);
    let v2: f32 = bitcast<f32>(a0[160u + co1 * 2u + ci0]);
    let v3: f32 = (v1 * v2);
    r4 = r4 + v3;
  }
  let v4: f32 = r4;
  let v5: f32 = bitcast<f32>(a0[164u + co1]);
  let v6: f32 = (v4 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[180u + co0 * 9u + co1] = bitcast<u32>(v8);
}

// ==== k2_copy ===============================================================
// k2_copy: copy (f32[16, 4] -> f32[16, 9]) from examples/tiny_wired.dl:6
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
  a0[176u + c0 * 9u + c1] = bitcast<u32>(v0);
}

// ==== k3_gather_mul_reduce_sum_add_etc ======================================
// k3_gather_mul_reduce_sum_add_etc: gather, mul, reduce_sum, add, max (f32[16, 9], i32[2], f32[15] -> f32[16, 9]) from std/nn.dl:14
// nodes: %44 %49 %50 %53 %55

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
  var r4: f32 = 0.0;
  for (var j = 0u; j < 2u; j += 1u) {
    let ci0 = j;
    let v0: i32 = bitcast<i32>(a0[120u + ci0]);
    let v1: f32 = bitcast<f32>(a0[176u + co0 * 9u + u32(clamp(v0, 0i, 5i)) * 1u]);
    let v2: f32 = bitcast<f32>(a0[166u + ci0]);
    let v3: f32 = (v1 * v2);
    r4 = r4 + v3;
  }
  let v4: f32 = r4;
  let v5: f32 = bitcast<f32>(a0[168u]);
  let v6: f32 = (v4 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[182u + co0 * 9u] = bitcast<u32>(v8);
}

// ==== k4_gather_mul_reduce_sum_add ==========================================
// k4_gather_mul_reduce_sum_add: gather, mul, reduce_sum, add (f32[16, 9], i32[4], f32[15] -> f32[16, 9]) from examples/tiny_wired.dl:5
// nodes: %58 %63 %64 %67

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
  var r4: f32 = 0.0;
  for (var j = 0u; j < 2u; j += 1u) {
    let ci0 = j;
    let v0: i32 = bitcast<i32>(a0[124u + co1 * 2u + ci0]);
    let v1: f32 = bitcast<f32>(a0[176u + co0 * 9u + u32(clamp(v0, 0i, 6i)) * 1u]);
    let v2: f32 = bitcast<f32>(a0[169u + co1 * 2u + ci0]);
    let v3: f32 = (v1 * v2);
    r4 = r4 + v3;
  }
  let v4: f32 = r4;
  let v5: f32 = bitcast<f32>(a0[173u + co1]);
  let v6: f32 = (v4 + v5);
  a0[183u + co0 * 9u + co1] = bitcast<u32>(v6);
}

// ==== k5_copy ===============================================================
// k5_copy: copy (f32[16, 9] -> f32[16, 2]) from examples/tiny_wired.dl:5
// nodes: %69

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
  let v0: f32 = bitcast<f32>(a0[183u + c0 * 9u + c1]);
  a0[128u + c0 * 2u + c1] = bitcast<u32>(v0);
}
