// ==== k0_add_rsqrt_mul ======================================================
// k0_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %126 %127 %128

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[4064u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[3968u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27552u + c0] = bitcast<u32>(v5);
}

// ==== k1_sigmoid ============================================================
// k1_sigmoid: sigmoid (f32[1] -> f32[1]) from examples/randwire.dl:9
// nodes: %141

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
  if (i >= 1u) { return; }
  let v0: f32 = bitcast<f32>(a0[5536u]);
  let v1: f32 = sigmoid_f32(v0);
  a0[27584u] = bitcast<u32>(v1);
}

// ==== k2_add_rsqrt_mul ======================================================
// k2_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %150 %151 %152

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[5504u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[5408u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27588u + c0] = bitcast<u32>(v5);
}

// ==== k3_sigmoid ============================================================
// k3_sigmoid: sigmoid (f32[1] -> f32[1]) from examples/randwire.dl:9
// nodes: %162

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
  if (i >= 1u) { return; }
  let v0: f32 = bitcast<f32>(a0[5540u]);
  let v1: f32 = sigmoid_f32(v0);
  a0[27620u] = bitcast<u32>(v1);
}

// ==== k4_add_rsqrt_mul ======================================================
// k4_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %171 %172 %173

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[6952u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[6856u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27624u + c0] = bitcast<u32>(v5);
}

// ==== k5_sigmoid ============================================================
// k5_sigmoid: sigmoid (f32[1] -> f32[1]) from examples/randwire.dl:9
// nodes: %183

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
  if (i >= 1u) { return; }
  let v0: f32 = bitcast<f32>(a0[6984u]);
  let v1: f32 = sigmoid_f32(v0);
  a0[27656u] = bitcast<u32>(v1);
}

// ==== k6_add_rsqrt_mul ======================================================
// k6_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %192 %193 %194

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[8396u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[8300u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27660u + c0] = bitcast<u32>(v5);
}

// ==== k7_sigmoid ============================================================
// k7_sigmoid: sigmoid (f32[2] -> f32[2]) from examples/randwire.dl:9
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
  a0[27692u + c0] = bitcast<u32>(v1);
}

// ==== k8_add_rsqrt_mul ======================================================
// k8_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %218 %219 %220

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[9840u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[9744u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27696u + c0] = bitcast<u32>(v5);
}

// ==== k9_sigmoid ============================================================
// k9_sigmoid: sigmoid (f32[1] -> f32[1]) from examples/randwire.dl:9
// nodes: %230

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
  if (i >= 1u) { return; }
  let v0: f32 = bitcast<f32>(a0[9872u]);
  let v1: f32 = sigmoid_f32(v0);
  a0[27728u] = bitcast<u32>(v1);
}

// ==== k10_add_rsqrt_mul =====================================================
// k10_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %239 %240 %241

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[11284u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[11188u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27732u + c0] = bitcast<u32>(v5);
}

// ==== k11_sigmoid ===========================================================
// k11_sigmoid: sigmoid (f32[2] -> f32[2]) from examples/randwire.dl:9
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
  a0[27764u + c0] = bitcast<u32>(v1);
}

// ==== k12_add_rsqrt_mul =====================================================
// k12_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %265 %266 %267

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[12728u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[12632u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27768u + c0] = bitcast<u32>(v5);
}

// ==== k13_sigmoid ===========================================================
// k13_sigmoid: sigmoid (f32[1] -> f32[1]) from examples/randwire.dl:9
// nodes: %277

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
  if (i >= 1u) { return; }
  let v0: f32 = bitcast<f32>(a0[12760u]);
  let v1: f32 = sigmoid_f32(v0);
  a0[27800u] = bitcast<u32>(v1);
}

// ==== k14_add_rsqrt_mul =====================================================
// k14_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %286 %287 %288

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[14172u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[14076u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27804u + c0] = bitcast<u32>(v5);
}

// ==== k15_sigmoid ===========================================================
// k15_sigmoid: sigmoid (f32[1] -> f32[1]) from examples/randwire.dl:9
// nodes: %298

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
  if (i >= 1u) { return; }
  let v0: f32 = bitcast<f32>(a0[14204u]);
  let v1: f32 = sigmoid_f32(v0);
  a0[27836u] = bitcast<u32>(v1);
}

// ==== k16_add_rsqrt_mul =====================================================
// k16_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %307 %308 %309

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[15616u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[15520u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27840u + c0] = bitcast<u32>(v5);
}

// ==== k17_sigmoid ===========================================================
// k17_sigmoid: sigmoid (f32[2] -> f32[2]) from examples/randwire.dl:9
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
  a0[27872u + c0] = bitcast<u32>(v1);
}

// ==== k18_add_rsqrt_mul =====================================================
// k18_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %333 %334 %335

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[17060u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[16964u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27876u + c0] = bitcast<u32>(v5);
}

// ==== k19_sigmoid ===========================================================
// k19_sigmoid: sigmoid (f32[2] -> f32[2]) from examples/randwire.dl:9
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
  a0[27908u + c0] = bitcast<u32>(v1);
}

// ==== k20_add_rsqrt_mul =====================================================
// k20_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %359 %360 %361

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[18504u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[18408u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27912u + c0] = bitcast<u32>(v5);
}

// ==== k21_sigmoid ===========================================================
// k21_sigmoid: sigmoid (f32[1] -> f32[1]) from examples/randwire.dl:9
// nodes: %371

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
  if (i >= 1u) { return; }
  let v0: f32 = bitcast<f32>(a0[18536u]);
  let v1: f32 = sigmoid_f32(v0);
  a0[27944u] = bitcast<u32>(v1);
}

// ==== k22_add_rsqrt_mul =====================================================
// k22_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %380 %381 %382

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[19948u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[19852u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27948u + c0] = bitcast<u32>(v5);
}

// ==== k23_sigmoid ===========================================================
// k23_sigmoid: sigmoid (f32[1] -> f32[1]) from examples/randwire.dl:9
// nodes: %392

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
  if (i >= 1u) { return; }
  let v0: f32 = bitcast<f32>(a0[19980u]);
  let v1: f32 = sigmoid_f32(v0);
  a0[27980u] = bitcast<u32>(v1);
}

// ==== k24_add_rsqrt_mul =====================================================
// k24_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %401 %402 %403

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[21392u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[21296u + c0]);
  let v5: f32 = (v3 * v4);
  a0[27984u + c0] = bitcast<u32>(v5);
}

// ==== k25_sigmoid ===========================================================
// k25_sigmoid: sigmoid (f32[6] -> f32[6]) from examples/randwire.dl:9
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
  a0[28016u + c0] = bitcast<u32>(v1);
}

// ==== k26_add_rsqrt_mul =====================================================
// k26_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %447 %448 %449

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[22840u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[22744u + c0]);
  let v5: f32 = (v3 * v4);
  a0[28024u + c0] = bitcast<u32>(v5);
}

// ==== k27_sigmoid ===========================================================
// k27_sigmoid: sigmoid (f32[2] -> f32[2]) from examples/randwire.dl:9
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
  a0[28056u + c0] = bitcast<u32>(v1);
}

// ==== k28_add_rsqrt_mul =====================================================
// k28_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %473 %474 %475

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[24284u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[24188u + c0]);
  let v5: f32 = (v3 * v4);
  a0[28060u + c0] = bitcast<u32>(v5);
}

// ==== k29_sigmoid ===========================================================
// k29_sigmoid: sigmoid (f32[3] -> f32[3]) from examples/randwire.dl:9
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
  a0[28092u + c0] = bitcast<u32>(v1);
}

// ==== k30_add_rsqrt_mul =====================================================
// k30_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %504 %505 %506

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[25728u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[25632u + c0]);
  let v5: f32 = (v3 * v4);
  a0[28096u + c0] = bitcast<u32>(v5);
}

// ==== k31_sigmoid ===========================================================
// k31_sigmoid: sigmoid (f32[7] -> f32[7]) from examples/randwire.dl:9
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
  a0[28128u + c0] = bitcast<u32>(v1);
}

// ==== k32_add_rsqrt_mul =====================================================
// k32_add_rsqrt_mul: add, rsqrt, mul (f32[32], f32[32] -> f32[32]) from std/nn.dl:109
// nodes: %555 %556 %557

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
  let c0 = i;
  let v0: f32 = bitcast<f32>(a0[27176u + c0]);
  let v2: f32 = (v0 + 0.00001);
  let v3: f32 = inverseSqrt(v2);
  let v4: f32 = bitcast<f32>(a0[27080u + c0]);
  let v5: f32 = (v3 * v4);
  a0[28136u + c0] = bitcast<u32>(v5);
}

// ==== k33_conv2d_add_sub_mul_etc ============================================
// k33_conv2d_add_sub_mul_etc: conv2d, add, sub, mul, max (f32[1, 3, 32, 32], f32[32, 3, 3, 3], f32[32], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %121 %124 %131 %134 %137 %140

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
  let v3: f32 = bitcast<f32>(a0[4032u + o]);
  let v4: f32 = (v2 - v3);
  let v5: f32 = bitcast<f32>(a0[27552u + o]);
  let v6: f32 = (v4 * v5);
  let v7: f32 = bitcast<f32>(a0[4000u + o]);
  let v8: f32 = (v6 + v7);
  let v10: f32 = max_nan(v8, 0.0);
  a0[28168u + o * 256u + oy * 16u + ox] = bitcast<u32>(v10);
}

// ==== k34_mul_max ===========================================================
// k34_mul_max: mul, max (f32[1, 32, 16, 16], f32[1] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %145 %147

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
  let v0: f32 = bitcast<f32>(a0[28168u + c0]);
  let v1: f32 = bitcast<f32>(a0[27584u]);
  let v2: f32 = (v0 * v1);
  let v4: f32 = max_nan(v2, 0.0);
  a0[36360u + c0] = bitcast<u32>(v4);
}

// ==== k35_conv2d ============================================================
// k35_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 36360u;
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
  a0[44552u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k36_conv2d_sub_mul_add ================================================
// k36_conv2d_sub_mul_add: conv2d, sub, mul, add (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %149 %155 %158 %161

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
const X_BASE: u32 = 44552u;
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
  let v1: f32 = bitcast<f32>(a0[5472u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[27588u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[5440u + o]);
  let v6: f32 = (v4 + v5);
  a0[36360u + o * 256u + oy * 16u + ox] = bitcast<u32>(v6);
}

// ==== k37_mul_max ===========================================================
// k37_mul_max: mul, max (f32[1, 32, 16, 16], f32[1] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %166 %168

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
  let v0: f32 = bitcast<f32>(a0[28168u + c0]);
  let v1: f32 = bitcast<f32>(a0[27620u]);
  let v2: f32 = (v0 * v1);
  let v4: f32 = max_nan(v2, 0.0);
  a0[44552u + c0] = bitcast<u32>(v4);
}

// ==== k38_conv2d ============================================================
// k38_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 44552u;
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
  a0[28168u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k39_conv2d_sub_mul_add ================================================
// k39_conv2d_sub_mul_add: conv2d, sub, mul, add (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %170 %176 %179 %182

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
const X_BASE: u32 = 28168u;
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
  let v1: f32 = bitcast<f32>(a0[6920u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[27624u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[6888u + o]);
  let v6: f32 = (v4 + v5);
  a0[44552u + o * 256u + oy * 16u + ox] = bitcast<u32>(v6);
}

// ==== k40_mul_max ===========================================================
// k40_mul_max: mul, max (f32[1, 32, 16, 16], f32[1] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %187 %189

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
  let v0: f32 = bitcast<f32>(a0[44552u + c0]);
  let v1: f32 = bitcast<f32>(a0[27656u]);
  let v2: f32 = (v0 * v1);
  let v4: f32 = max_nan(v2, 0.0);
  a0[28168u + c0] = bitcast<u32>(v4);
}

// ==== k41_conv2d ============================================================
// k41_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 28168u;
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
  a0[52744u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k42_conv2d_sub_mul_add ================================================
// k42_conv2d_sub_mul_add: conv2d, sub, mul, add (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %191 %197 %200 %203

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
const X_BASE: u32 = 52744u;
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
  let v1: f32 = bitcast<f32>(a0[8364u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[27660u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[8332u + o]);
  let v6: f32 = (v4 + v5);
  a0[28168u + o * 256u + oy * 16u + ox] = bitcast<u32>(v6);
}

// ==== k43_mul_add_max =======================================================
// k43_mul_add_max: mul, add, max (f32[1, 32, 16, 16], f32[2], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
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
  let v0: f32 = bitcast<f32>(a0[44552u + c0]);
  let v1: f32 = bitcast<f32>(a0[27692u]);
  let v2: f32 = (v0 * v1);
  let v3: f32 = bitcast<f32>(a0[28168u + c0]);
  let v4: f32 = bitcast<f32>(a0[27693u]);
  let v5: f32 = (v3 * v4);
  let v6: f32 = (v2 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[52744u + c0] = bitcast<u32>(v8);
}

// ==== k44_conv2d ============================================================
// k44_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 52744u;
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
  a0[60936u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k45_conv2d_sub_mul_add ================================================
// k45_conv2d_sub_mul_add: conv2d, sub, mul, add (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %217 %223 %226 %229

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
const X_BASE: u32 = 60936u;
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
  let v1: f32 = bitcast<f32>(a0[9808u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[27696u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[9776u + o]);
  let v6: f32 = (v4 + v5);
  a0[52744u + o * 256u + oy * 16u + ox] = bitcast<u32>(v6);
}

// ==== k46_mul_max ===========================================================
// k46_mul_max: mul, max (f32[1, 32, 16, 16], f32[1] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %234 %236

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
  let v0: f32 = bitcast<f32>(a0[28168u + c0]);
  let v1: f32 = bitcast<f32>(a0[27728u]);
  let v2: f32 = (v0 * v1);
  let v4: f32 = max_nan(v2, 0.0);
  a0[60936u + c0] = bitcast<u32>(v4);
}

// ==== k47_conv2d ============================================================
// k47_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 60936u;
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
  a0[69128u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k48_conv2d ============================================================
// k48_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 69128u;
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
  a0[60936u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k49_mul_add_max =======================================================
// k49_mul_add_max: mul, add, max (f32[1, 32, 16, 16], f32[2], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
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
  let v0: f32 = bitcast<f32>(a0[36360u + c0]);
  let v1: f32 = bitcast<f32>(a0[27764u]);
  let v2: f32 = (v0 * v1);
  let v3: f32 = bitcast<f32>(a0[28168u + c0]);
  let v4: f32 = bitcast<f32>(a0[27765u]);
  let v5: f32 = (v3 * v4);
  let v6: f32 = (v2 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[69128u + c0] = bitcast<u32>(v8);
}

// ==== k50_conv2d ============================================================
// k50_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 69128u;
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
  a0[77320u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k51_conv2d ============================================================
// k51_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 77320u;
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
  a0[69128u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k52_mul_max ===========================================================
// k52_mul_max: mul, max (f32[1, 32, 16, 16], f32[1] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %281 %283

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
  let v0: f32 = bitcast<f32>(a0[52744u + c0]);
  let v1: f32 = bitcast<f32>(a0[27800u]);
  let v2: f32 = (v0 * v1);
  let v4: f32 = max_nan(v2, 0.0);
  a0[77320u + c0] = bitcast<u32>(v4);
}

// ==== k53_conv2d ============================================================
// k53_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 77320u;
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
  a0[85512u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k54_conv2d_sub_mul_add ================================================
// k54_conv2d_sub_mul_add: conv2d, sub, mul, add (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %285 %291 %294 %297

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
const X_BASE: u32 = 85512u;
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
  let v1: f32 = bitcast<f32>(a0[14140u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[27804u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[14108u + o]);
  let v6: f32 = (v4 + v5);
  a0[77320u + o * 256u + oy * 16u + ox] = bitcast<u32>(v6);
}

// ==== k55_mul_max ===========================================================
// k55_mul_max: mul, max (f32[1, 32, 16, 16], f32[1] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %302 %304

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
  let v0: f32 = bitcast<f32>(a0[44552u + c0]);
  let v1: f32 = bitcast<f32>(a0[27836u]);
  let v2: f32 = (v0 * v1);
  let v4: f32 = max_nan(v2, 0.0);
  a0[85512u + c0] = bitcast<u32>(v4);
}

// ==== k56_conv2d ============================================================
// k56_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 85512u;
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
  a0[44552u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k57_conv2d ============================================================
// k57_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 44552u;
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
  a0[85512u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k58_mul_add_max =======================================================
// k58_mul_add_max: mul, add, max (f32[1, 32, 16, 16], f32[2], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
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
  let v0: f32 = bitcast<f32>(a0[36360u + c0]);
  let v1: f32 = bitcast<f32>(a0[27872u]);
  let v2: f32 = (v0 * v1);
  let v3: f32 = bitcast<f32>(a0[77320u + c0]);
  let v4: f32 = bitcast<f32>(a0[27873u]);
  let v5: f32 = (v3 * v4);
  let v6: f32 = (v2 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[44552u + c0] = bitcast<u32>(v8);
}

// ==== k59_conv2d ============================================================
// k59_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 44552u;
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
  a0[93704u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k60_conv2d_sub_mul_add ================================================
// k60_conv2d_sub_mul_add: conv2d, sub, mul, add (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %332 %338 %341 %344

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
const X_BASE: u32 = 93704u;
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
  let v1: f32 = bitcast<f32>(a0[17028u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[27876u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[16996u + o]);
  let v6: f32 = (v4 + v5);
  a0[44552u + o * 256u + oy * 16u + ox] = bitcast<u32>(v6);
}

// ==== k61_mul_add_max =======================================================
// k61_mul_add_max: mul, add, max (f32[1, 32, 16, 16], f32[2], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
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
  let v0: f32 = bitcast<f32>(a0[36360u + c0]);
  let v1: f32 = bitcast<f32>(a0[27908u]);
  let v2: f32 = (v0 * v1);
  let v3: f32 = bitcast<f32>(a0[52744u + c0]);
  let v4: f32 = bitcast<f32>(a0[27909u]);
  let v5: f32 = (v3 * v4);
  let v6: f32 = (v2 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[93704u + c0] = bitcast<u32>(v8);
}

// ==== k62_conv2d ============================================================
// k62_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 93704u;
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
  a0[101896u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k63_conv2d_sub_mul_add ================================================
// k63_conv2d_sub_mul_add: conv2d, sub, mul, add (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %358 %364 %367 %370

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
const X_BASE: u32 = 101896u;
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
  let v1: f32 = bitcast<f32>(a0[18472u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[27912u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[18440u + o]);
  let v6: f32 = (v4 + v5);
  a0[93704u + o * 256u + oy * 16u + ox] = bitcast<u32>(v6);
}

// ==== k64_mul_max ===========================================================
// k64_mul_max: mul, max (f32[1, 32, 16, 16], f32[1] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %375 %377

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
  let v0: f32 = bitcast<f32>(a0[93704u + c0]);
  let v1: f32 = bitcast<f32>(a0[27944u]);
  let v2: f32 = (v0 * v1);
  let v4: f32 = max_nan(v2, 0.0);
  a0[101896u + c0] = bitcast<u32>(v4);
}

// ==== k65_conv2d ============================================================
// k65_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 101896u;
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
  a0[110088u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k66_mul_max ===========================================================
// k66_mul_max: mul, max (f32[1, 32, 16, 16], f32[1] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %396 %398

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
  let v0: f32 = bitcast<f32>(a0[52744u + c0]);
  let v1: f32 = bitcast<f32>(a0[27980u]);
  let v2: f32 = (v0 * v1);
  let v4: f32 = max_nan(v2, 0.0);
  a0[101896u + c0] = bitcast<u32>(v4);
}

// ==== k67_conv2d ============================================================
// k67_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 101896u;
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
  a0[118280u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k68_conv2d_sub_mul_add ================================================
// k68_conv2d_sub_mul_add: conv2d, sub, mul, add (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %400 %406 %409 %412

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
const X_BASE: u32 = 118280u;
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
  let v1: f32 = bitcast<f32>(a0[21360u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[27984u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[21328u + o]);
  let v6: f32 = (v4 + v5);
  a0[101896u + o * 256u + oy * 16u + ox] = bitcast<u32>(v6);
}

// ==== k69_conv2d_sub_mul_add_etc ============================================
// k69_conv2d_sub_mul_add_etc: conv2d, sub, mul, add, max (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[1, 32, 16, 16], f32[6], f32[1, 32, 16, 16], f32[1, 32, 16, 16], f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %379 %385 %388 %391 %417 %421 %422 %426 %427 %431 %432 %436 %437 %441 %442 %444

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
const X_BASE: u32 = 110088u;
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
  let v1: f32 = bitcast<f32>(a0[19916u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[27948u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[19884u + o]);
  let v6: f32 = (v4 + v5);
  let v7: f32 = bitcast<f32>(a0[36360u + o * 256u + oy * 16u + ox]);
  let v8: f32 = bitcast<f32>(a0[28016u]);
  let v9: f32 = (v7 * v8);
  let v10: f32 = bitcast<f32>(a0[28168u + o * 256u + oy * 16u + ox]);
  let v11: f32 = bitcast<f32>(a0[28017u]);
  let v12: f32 = (v10 * v11);
  let v13: f32 = (v9 + v12);
  let v14: f32 = bitcast<f32>(a0[52744u + o * 256u + oy * 16u + ox]);
  let v15: f32 = bitcast<f32>(a0[28018u]);
  let v16: f32 = (v14 * v15);
  let v17: f32 = (v13 + v16);
  let v18: f32 = bitcast<f32>(a0[44552u + o * 256u + oy * 16u + ox]);
  let v19: f32 = bitcast<f32>(a0[28019u]);
  let v20: f32 = (v18 * v19);
  let v21: f32 = (v17 + v20);
  let v22: f32 = bitcast<f32>(a0[28020u]);
  let v23: f32 = (v6 * v22);
  let v24: f32 = (v21 + v23);
  let v25: f32 = bitcast<f32>(a0[101896u + o * 256u + oy * 16u + ox]);
  let v26: f32 = bitcast<f32>(a0[28021u]);
  let v27: f32 = (v25 * v26);
  let v28: f32 = (v24 + v27);
  let v30: f32 = max_nan(v28, 0.0);
  a0[118280u + o * 256u + oy * 16u + ox] = bitcast<u32>(v30);
}

// ==== k70_conv2d ============================================================
// k70_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 118280u;
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
  a0[52744u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k71_mul_add_max =======================================================
// k71_mul_add_max: mul, add, max (f32[1, 32, 16, 16], f32[2], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
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
  let v0: f32 = bitcast<f32>(a0[77320u + c0]);
  let v1: f32 = bitcast<f32>(a0[28056u]);
  let v2: f32 = (v0 * v1);
  let v3: f32 = bitcast<f32>(a0[44552u + c0]);
  let v4: f32 = bitcast<f32>(a0[28057u]);
  let v5: f32 = (v3 * v4);
  let v6: f32 = (v2 + v5);
  let v8: f32 = max_nan(v6, 0.0);
  a0[28168u + c0] = bitcast<u32>(v8);
}

// ==== k72_conv2d ============================================================
// k72_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 28168u;
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
  a0[36360u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k73_conv2d_sub_mul_add ================================================
// k73_conv2d_sub_mul_add: conv2d, sub, mul, add (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32] -> f32[1, 32, 16, 16]) from std/nn.dl:109
// nodes: %472 %478 %481 %484

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
const X_BASE: u32 = 36360u;
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
  let v1: f32 = bitcast<f32>(a0[24252u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[28060u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[24220u + o]);
  let v6: f32 = (v4 + v5);
  a0[28168u + o * 256u + oy * 16u + ox] = bitcast<u32>(v6);
}

// ==== k74_conv2d_sub_mul_add_etc ============================================
// k74_conv2d_sub_mul_add_etc: conv2d, sub, mul, add, max (f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[1, 32, 16, 16], f32[3], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %446 %452 %455 %458 %489 %493 %494 %498 %499 %501

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
const X_BASE: u32 = 52744u;
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
  let v1: f32 = bitcast<f32>(a0[22808u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[28024u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[22776u + o]);
  let v6: f32 = (v4 + v5);
  let v7: f32 = bitcast<f32>(a0[101896u + o * 256u + oy * 16u + ox]);
  let v8: f32 = bitcast<f32>(a0[28092u]);
  let v9: f32 = (v7 * v8);
  let v10: f32 = bitcast<f32>(a0[28093u]);
  let v11: f32 = (v6 * v10);
  let v12: f32 = (v9 + v11);
  let v13: f32 = bitcast<f32>(a0[28168u + o * 256u + oy * 16u + ox]);
  let v14: f32 = bitcast<f32>(a0[28094u]);
  let v15: f32 = (v13 * v14);
  let v16: f32 = (v12 + v15);
  let v18: f32 = max_nan(v16, 0.0);
  a0[36360u + o * 256u + oy * 16u + ox] = bitcast<u32>(v18);
}

// ==== k75_conv2d ============================================================
// k75_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 36360u;
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
  a0[52744u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k76_sub_mul_add_conv2d_etc ============================================
// k76_sub_mul_add_conv2d_etc: sub, mul, add, conv2d, max (f32[1, 32, 16, 16], f32[32], f32[32], f32[32], f32[1, 32, 16, 16], f32[32], f32[32], f32[32], f32[1, 32, 16, 16], f32[32, 32, 1, 1], f32[32], f32[32], f32[32], f32[7], f32[1, 32, 16, 16], f32[1, 32, 16, 16], f32[1, 32, 16, 16], f32[1, 32, 16, 16] -> f32[1, 32, 16, 16]) from std/nn.dl:14
// nodes: %244 %247 %250 %312 %315 %318 %503 %509 %512 %515 %520 %524 %525 %529 %530 %534 %535 %539 %540 %544 %545 %549 %550 %552

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
const X_BASE: u32 = 52744u;
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
  let v0: f32 = bitcast<f32>(a0[60936u + o * 256u + oy * 16u + ox]);
  let v1: f32 = bitcast<f32>(a0[11252u + o]);
  let v2: f32 = (v0 - v1);
  let v3: f32 = bitcast<f32>(a0[27732u + o]);
  let v4: f32 = (v2 * v3);
  let v5: f32 = bitcast<f32>(a0[11220u + o]);
  let v6: f32 = (v4 + v5);
  let v7: f32 = bitcast<f32>(a0[85512u + o * 256u + oy * 16u + ox]);
  let v8: f32 = bitcast<f32>(a0[15584u + o]);
  let v9: f32 = (v7 - v8);
  let v10: f32 = bitcast<f32>(a0[27840u + o]);
  let v11: f32 = (v9 * v10);
  let v12: f32 = bitcast<f32>(a0[15552u + o]);
  let v13: f32 = (v11 + v12);
  let v14: f32 = acc;
  let v15: f32 = bitcast<f32>(a0[25696u + o]);
  let v16: f32 = (v14 - v15);
  let v17: f32 = bitcast<f32>(a0[28096u + o]);
  let v18: f32 = (v16 * v17);
  let v19: f32 = bitcast<f32>(a0[25664u + o]);
  let v20: f32 = (v18 + v19);
  let v21: f32 = bitcast<f32>(a0[28128u]);
  let v22: f32 = (v6 * v21);
  let v23: f32 = bitcast<f32>(a0[28129u]);
  let v24: f32 = (v13 * v23);
  let v25: f32 = (v22 + v24);
  let v26: f32 = bitcast<f32>(a0[44552u + o * 256u + oy * 16u + ox]);
  let v27: f32 = bitcast<f32>(a0[28130u]);
  let v28: f32 = (v26 * v27);
  let v29: f32 = (v25 + v28);
  let v30: f32 = bitcast<f32>(a0[93704u + o * 256u + oy * 16u + ox]);
  let v31: f32 = bitcast<f32>(a0[28131u]);
  let v32: f32 = (v30 * v31);
  let v33: f32 = (v29 + v32);
  let v34: f32 = bitcast<f32>(a0[101896u + o * 256u + oy * 16u + ox]);
  let v35: f32 = bitcast<f32>(a0[28132u]);
  let v36: f32 = (v34 * v35);
  let v37: f32 = (v33 + v36);
  let v38: f32 = bitcast<f32>(a0[28168u + o * 256u + oy * 16u + ox]);
  let v39: f32 = bitcast<f32>(a0[28133u]);
  let v40: f32 = (v38 * v39);
  let v41: f32 = (v37 + v40);
  let v42: f32 = bitcast<f32>(a0[28134u]);
  let v43: f32 = (v20 * v42);
  let v44: f32 = (v41 + v43);
  let v46: f32 = max_nan(v44, 0.0);
  a0[36360u + o * 256u + oy * 16u + ox] = bitcast<u32>(v46);
}

// ==== k77_conv2d ============================================================
// k77_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 1, 3, 3] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 36360u;
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
  a0[28168u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k78_conv2d ============================================================
// k78_conv2d: conv2d (f32[1, 32, 16, 16], f32[32, 32, 1, 1] -> f32[1, 32, 16, 16]) from std/nn.dl:164
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
const X_BASE: u32 = 28168u;
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
  a0[36360u + o * 256u + oy * 16u + ox] = bitcast<u32>(v0);
}

// ==== k79_sub_mul_add_reduce_sum ============================================
// k79_sub_mul_add_reduce_sum: sub, mul, add, reduce_sum (f32[1, 32, 16, 16], f32[32], f32[32], f32[32], f32[1, 32, 16, 16], f32[32], f32[32], f32[32] -> f32[1, 32]) from std/nn.dl:145
// nodes: %270 %273 %276 %560 %563 %566 %567 %570 %571 %574

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
  let v1: f32 = bitcast<f32>(a0[12696u + co0]);
  let v3: f32 = bitcast<f32>(a0[27768u + co0]);
  let v5: f32 = bitcast<f32>(a0[12664u + co0]);
  let v8: f32 = bitcast<f32>(a0[27144u + co0]);
  let v10: f32 = bitcast<f32>(a0[28136u + co0]);
  let v12: f32 = bitcast<f32>(a0[27112u + co0]);
  var r17: f32 = 0.0;
  for (var j = lidx; j < 256u; j += 256u) {
    let ci0 = j;
    let v0: f32 = bitcast<f32>(a0[69128u + co0 * 256u + ci0]);
    let v2: f32 = (v0 - v1);
    let v4: f32 = (v2 * v3);
    let v6: f32 = (v4 + v5);
    let v7: f32 = bitcast<f32>(a0[36360u + co0 * 256u + ci0]);
    let v9: f32 = (v7 - v8);
    let v11: f32 = (v9 * v10);
    let v13: f32 = (v11 + v12);
    let v14: f32 = (v6 + v13);
    let v16: f32 = (v14 * 0.5);
    r17 = r17 + v16;
  }
  partial_f32[lidx] = r17;
  workgroupBarrier();
  for (var half = 128u; half > 0u; half = half / 2u) {
    if (lidx < half) { partial_f32[lidx] = partial_f32[lidx] + partial_f32[lidx + half]; }
    workgroupBarrier();
  }
  let v17: f32 = partial_f32[0];
  workgroupBarrier();
  let v19: f32 = (v17 * 0.00390625);
  if (lidx == 0u) { a0[28168u + co0] = bitcast<u32>(v19); }
}

// ==== k80_matmul_add ========================================================
// k80_matmul_add: matmul, add (f32[1, 32], f32[32, 10], f32[10] -> f32[1, 10]) from std/nn.dl:66
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
    tile_a[lid.y][lid.x] = select(0.0, bitcast<f32>(a0[28168u + ka]), row < M && k0 + lid.x < K);
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
