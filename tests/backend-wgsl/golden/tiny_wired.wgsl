// ==== k0_eq_cast_gather_where ===============================================
// k0_eq_cast_gather_where: eq, cast, gather, where (i32[27], f32[5], i32[27], f32[3], f32[4], f32[2] -> f32[27]) from examples/tiny_wired.dl:5
// nodes: %9 %10 %13 %14 %15 %18 %19 %20 %23 %24 %25 %28 %29 %30

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 1u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {
  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.
  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);
  if (wg >= WORKGROUPS) { return; }
  let i = wg * 256u + lidx;
  if (i >= 27u) { return; }
  let c0 = i;
  let v0: i32 = bitcast<i32>(a0[84u + c0]);
  let v2: u32 = select(0u, 1u, v0 == -2i);
  let v3: f32 = f32(v2);
  let v4: i32 = bitcast<i32>(a0[84u + c0]);
  let v6: u32 = select(0u, 1u, v4 == 0i);
  let v7: i32 = bitcast<i32>(a0[112u + c0]);
  let v8: f32 = bitcast<f32>(a0[64u + u32(clamp(v7, 0i, 4i)) * 1u]);
  let v9: f32 = select(v3, v8, v6 != 0u);
  let v10: i32 = bitcast<i32>(a0[84u + c0]);
  let v12: u32 = select(0u, 1u, v10 == 1i);
  let v13: i32 = bitcast<i32>(a0[112u + c0]);
  let v14: f32 = bitcast<f32>(a0[72u + u32(clamp(v13, 0i, 2i)) * 1u]);
  let v15: f32 = select(v9, v14, v12 != 0u);
  let v16: i32 = bitcast<i32>(a0[84u + c0]);
  let v18: u32 = select(0u, 1u, v16 == 2i);
  let v19: i32 = bitcast<i32>(a0[112u + c0]);
  let v20: f32 = bitcast<f32>(a0[76u + u32(clamp(v19, 0i, 3i)) * 1u]);
  let v21: f32 = select(v15, v20, v18 != 0u);
  let v22: i32 = bitcast<i32>(a0[84u + c0]);
  let v24: u32 = select(0u, 1u, v22 == 3i);
  let v25: i32 = bitcast<i32>(a0[112u + c0]);
  let v26: f32 = bitcast<f32>(a0[80u + u32(clamp(v25, 0i, 1i)) * 1u]);
  let v27: f32 = select(v21, v26, v24 != 0u);
  a0[200u + c0] = bitcast<u32>(v27);
}

// ==== k1_gather_mul_reduce_sum_add_etc ======================================
// k1_gather_mul_reduce_sum_add_etc: gather, mul, reduce_sum, add, max, where (f32[16, 4], i32[12], f32[27], bool[6] -> f32[16, 7]) from examples/tiny_wired.dl:5
// nodes: %32 %37 %38 %41 %44 %47

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
  if (o >= 96u) { return; }
  let co0 = (o / 6u);
  let co1 = o % 6u;
  var r4: f32 = 0.0;
  for (var j = 0u; j < 2u; j += 1u) {
    let ci0 = j;
    let v0: i32 = bitcast<i32>(a0[140u + co1 * 2u + ci0]);
    let v1: f32 = bitcast<f32>(a0[0u + co0 * 4u + u32(clamp(v0, 0i, 3i)) * 1u]);
    let v2: f32 = bitcast<f32>(a0[200u + co1 * 2u + ci0]);
    let v3: f32 = (v1 * v2);
    r4 = r4 + v3;
  }
  let v4: f32 = r4;
  let v5: f32 = bitcast<f32>(a0[212u + co1]);
  let v6: f32 = (v4 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  let v9: u32 = a0[152u + co1];
  let v10: f32 = select(v8, v6, v9 != 0u);
  a0[228u + co0 * 7u + co1] = bitcast<u32>(v10);
}

// ==== k2_gather_mul_reduce_sum_add_etc ======================================
// k2_gather_mul_reduce_sum_add_etc: gather, mul, reduce_sum, add, max (f32[16, 7], i32[2], f32[27] -> f32[16, 7]) from std/nn.dl:14
// nodes: %49 %54 %55 %58 %60

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
    let v0: i32 = bitcast<i32>(a0[160u + ci0]);
    let v1: f32 = bitcast<f32>(a0[228u + co0 * 7u + u32(clamp(v0, 0i, 5i)) * 1u]);
    let v2: f32 = bitcast<f32>(a0[218u + ci0]);
    let v3: f32 = (v1 * v2);
    r4 = r4 + v3;
  }
  let v4: f32 = r4;
  let v5: f32 = bitcast<f32>(a0[220u]);
  let v6: f32 = (v4 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[234u + co0 * 7u] = bitcast<u32>(v8);
}

// ==== k3_gather_mul_reduce_sum_add ==========================================
// k3_gather_mul_reduce_sum_add: gather, mul, reduce_sum, add (f32[16, 7], i32[4], f32[27] -> f32[16, 2]) from examples/tiny_wired.dl:5
// nodes: %63 %68 %69 %72

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
    let v0: i32 = bitcast<i32>(a0[164u + co1 * 2u + ci0]);
    let v1: f32 = bitcast<f32>(a0[228u + co0 * 7u + u32(clamp(v0, 0i, 6i)) * 1u]);
    let v2: f32 = bitcast<f32>(a0[221u + co1 * 2u + ci0]);
    let v3: f32 = (v1 * v2);
    r4 = r4 + v3;
  }
  let v4: f32 = r4;
  let v5: f32 = bitcast<f32>(a0[225u + co1]);
  let v6: f32 = (v4 + v5);
  a0[168u + co0 * 2u + co1] = bitcast<u32>(v6);
}
