// ==== k0_conv2d_add_max =====================================================
// k0_conv2d_add_max: conv2d, add, max (f32[2, 1, 28, 28], f32[6, 1, 5, 5], f32[6] -> f32[2, 6, 24, 24]) from std/nn.dl:14
// nodes: %11 %14 %17

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 0u;
const W_BASE: u32 = 1568u;

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
  let v1: f32 = bitcast<f32>(a0[1720u + o]);
  let v2: f32 = (v0 + v1);
  let v4: f32 = max_nan(v2, 0.0);
  a0[46020u + n * 3456u + o * 576u + oy * 24u + ox] = bitcast<u32>(v4);
}

// ==== k1_max_pool2d =========================================================
// k1_max_pool2d: max_pool2d (f32[2, 6, 24, 24] -> f32[2, 6, 12, 12]) from std/nn.dl:131
// nodes: %18

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
      let value = bitcast<f32>(a0[46020u + (plane * H + u32(y)) * W + u32(xx)]);
      acc = max_nan(acc, value);
    }
  }
  a0[52932u + i] = bitcast<u32>(acc);
}

// ==== k2_conv2d_add_max =====================================================
// k2_conv2d_add_max: conv2d, add, max (f32[2, 6, 12, 12], f32[16, 6, 5, 5], f32[16] -> f32[2, 16, 8, 8]) from std/nn.dl:14
// nodes: %19 %22 %24

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
const X_BASE: u32 = 52932u;
const W_BASE: u32 = 1728u;

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
  let v1: f32 = bitcast<f32>(a0[4128u + o]);
  let v2: f32 = (v0 + v1);
  let v4: f32 = max_nan(v2, 0.0);
  a0[46020u + n * 1024u + o * 64u + oy * 8u + ox] = bitcast<u32>(v4);
}

// ==== k3_max_pool2d =========================================================
// k3_max_pool2d: max_pool2d (f32[2, 16, 8, 8] -> f32[2, 16, 4, 4]) from std/nn.dl:131
// nodes: %25

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
      let value = bitcast<f32>(a0[46020u + (plane * H + u32(y)) * W + u32(xx)]);
      acc = max_nan(acc, value);
    }
  }
  a0[48068u + i] = bitcast<u32>(acc);
}

// ==== k4_matmul_add_max =====================================================
// k4_matmul_add_max: matmul, add, max (f32[2, 16, 4, 4], f32[256, 120], f32[120] -> f32[2, 120]) from std/nn.dl:14
// nodes: %27 %29 %31

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 8u;
const M: u32 = 2u;
const K: u32 = 256u;
const N: u32 = 120u;
const TILE: u32 = 16u;
const TILES_M: u32 = 1u;
const TILES_N: u32 = 8u;
var<workgroup> tile_a: array<array<f32, 16>, 16>;
var<workgroup> tile_b: array<array<f32, 16>, 16>;

// A private var, so the compiler cannot fold inf/NaN at creation time (a const would be an error).
var<private> F32_INF_BITS: u32 = 0x7f800000u;
fn f32_inf() -> f32 { return bitcast<f32>(F32_INF_BITS); }
fn f32_nan() -> f32 { return bitcast<f32>(F32_INF_BITS | 0x400000u); }
fn is_nan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn is_inf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }

// max/min that return NaN when either operand is NaN (WGSL leaves it unspecified).
fn max_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return max(a, b); }
fn min_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return min(a, b); }

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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[48068u + ra * 256u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[4144u + kb * 120u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[34864u + col]);
    let v2: f32 = (v0 + v1);
    let v4: f32 = max_nan(v2, 0.0);
    a0[46020u + row * 120u + col] = bitcast<u32>(v4);
  }
}

// ==== k5_matmul_add_max =====================================================
// k5_matmul_add_max: matmul, add, max (f32[2, 120], f32[120, 84], f32[84] -> f32[2, 84]) from std/nn.dl:14
// nodes: %32 %34 %36

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

const WORKGROUPS: u32 = 6u;
const M: u32 = 2u;
const K: u32 = 120u;
const N: u32 = 84u;
const TILE: u32 = 16u;
const TILES_M: u32 = 1u;
const TILES_N: u32 = 6u;
var<workgroup> tile_a: array<array<f32, 16>, 16>;
var<workgroup> tile_b: array<array<f32, 16>, 16>;

// A private var, so the compiler cannot fold inf/NaN at creation time (a const would be an error).
var<private> F32_INF_BITS: u32 = 0x7f800000u;
fn f32_inf() -> f32 { return bitcast<f32>(F32_INF_BITS); }
fn f32_nan() -> f32 { return bitcast<f32>(F32_INF_BITS | 0x400000u); }
fn is_nan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn is_inf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }

// max/min that return NaN when either operand is NaN (WGSL leaves it unspecified).
fn max_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return max(a, b); }
fn min_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return min(a, b); }

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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[46020u + ra * 120u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[34984u + kb * 84u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[45064u + col]);
    let v2: f32 = (v0 + v1);
    let v4: f32 = max_nan(v2, 0.0);
    a0[46260u + row * 84u + col] = bitcast<u32>(v4);
  }
}

// ==== k6_matmul_add =========================================================
// k6_matmul_add: matmul, add (f32[2, 84], f32[84, 10], f32[10] -> f32[2, 10]) from std/nn.dl:66
// nodes: %37 %39

@group(0) @binding(0) var<storage, read_write> a0: array<u32>;

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
  var acc = 0.0;
  for (var k0 = 0u; k0 < K; k0 += TILE) {
    // Thread (x, y) loads A[row, k0 + x] and B[k0 + y, col]; zeros outside the matrices.
    let ka = min(k0 + lid.x, K - 1u);
    let kb = min(k0 + lid.y, K - 1u);
    let ra = min(row, M - 1u);
    let cb = min(col, N - 1u);
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[46260u + ra * 84u + ka]), row < M && k0 + lid.x < K);
    tile_b[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[45148u + kb * 10u + cb]), k0 + lid.y < K && col < N);
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += tile_a[lid.y][kk] * tile_b[kk][lid.x];
    }
    workgroupBarrier();
  }
  if (row < M && col < N) {
    let v0: f32 = acc;
    let v1: f32 = bitcast<f32>(a0[45988u + col]);
    let v2: f32 = (v0 + v1);
    a0[46000u + row * 10u + col] = bitcast<u32>(v2);
  }
}
