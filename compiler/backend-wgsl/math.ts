// WGSL helper functions for the math that WGSL lacks or leaves loosely specified. WGSL has no
// erf; its sin/cos are only accurate to 2^-11 absolute, its pow is undefined for negative
// bases, its float `%` is not exact, and compilers may fold NaN checks like `x != x` away
// (lavapipe does), so NaN tests look at the bits. Polynomials are those of the WASM backend
// (compiler/backend-wasm/math.ts) and Cephes.
import { f32Lit } from "./shader.ts";

/** Cephes tanhf for |x| < 0.625: tanh x ≈ x + x³·P(x²). */
const TANH_P = [-3.33332819422e-1, 1.33314422036e-1, -5.37397155531e-2, 2.06390887954e-2, -5.70498872745e-3];
/** erf x ≈ x·P(x²) on |x| < 1; erf x ≈ 1 − e^{−x²}·Q(1/|x|) on 1 ≤ |x| < 3.92 (fitted against compiler/ir/erf.ts). */
const ERF_P = [1.128379126178737, -0.376123437753277, 0.11280316652504935, -0.026715054232263197, 0.004921762027870503, -0.0005648059865460937];
const ERF_Q = [
  0.0003124932442919331, 0.5583692316349496, 0.04653192869606951, -0.4883497984682146, 0.5341508008704985,
  -0.2932027969019908, 0.06668495273558615, 0.008566438774293224, -0.0054796826566555655,
];
/** Cephes sinf/cosf minimax polynomials on |z| ≤ π/4. */
const SIN_P = [-1.6666654611e-1, 8.3321608736e-3, -1.9515295891e-4];
const COS_P = [4.166664568298827e-2, -1.388731625493765e-3, 2.443315711809948e-5];

/** Horner form of Σ c[k]·v^k, lowest coefficient first. */
function horner(v: string, c: readonly number[]): string {
  let s = f32Lit(c[c.length - 1]);
  for (let k = c.length - 2; k >= 0; k--) s = `(${s} * ${v} + ${f32Lit(c[k])})`;
  return s;
}

interface Helper {
  deps: string[];
  code: string;
}

const HELPERS: Record<string, Helper> = {
  specials: {
    deps: [],
    code: `// A private var, so the compiler cannot fold inf/NaN at creation time (a const would be an error).
var<private> F32_INF_BITS: u32 = 0x7f800000u;
fn f32_inf() -> f32 { return bitcast<f32>(F32_INF_BITS); }
fn f32_nan() -> f32 { return bitcast<f32>(F32_INF_BITS | 0x400000u); }
fn is_nan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn is_inf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }`,
  },
  max_nan: {
    deps: ["specials"],
    code: `// max/min that return NaN when either operand is NaN (WGSL leaves it unspecified).
fn max_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return max(a, b); }
fn min_nan(a: f32, b: f32) -> f32 { if (is_nan(a) || is_nan(b)) { return f32_nan(); } return min(a, b); }`,
  },
  compare: {
    deps: ["specials"],
    code: `// Ordered comparisons: false whenever an operand is NaN (ne is their negation of eq).
fn ordered(a: f32, b: f32) -> bool { return !is_nan(a) && !is_nan(b); }`,
  },
  log: {
    deps: [],
    code: `// Subnormal inputs are scaled by 2^23 first: lavapipe's log treats them as tiny normals.
fn log_f32(x: f32) -> f32 {
  if (x > 0.0 && x < 1.17549435e-38) { return log(x * 8388608.0) - 15.942385152878742; }
  return log(x);
}`,
  },
  tanh: {
    deps: [],
    code: `// tanh without overflow: a polynomial near zero, 1 − 2/(e^{2|x|}+1) elsewhere.
fn tanh_f32(x: f32) -> f32 {
  let ax = abs(x);
  if (ax < 0.625) { let z = x * x; return x + x * z * ${horner("z", TANH_P)}; }
  let r = 1.0 - 2.0 / (exp(2.0 * ax) + 1.0);
  return select(r, -r, x < 0.0);
}`,
  },
  sigmoid: {
    deps: [],
    code: `// Stable logistic: exp of a non-positive number never overflows.
fn sigmoid_f32(x: f32) -> f32 {
  let e = exp(-abs(x));
  return select(e / (1.0 + e), 1.0 / (1.0 + e), x >= 0.0);
}`,
  },
  erf: {
    deps: ["specials"],
    code: `// erf (not a WGSL builtin): odd polynomial below 1, 1 − e^{−x²}·Q(1/|x|) up to 3.92, ±1 beyond.
fn erf_f32(x: f32) -> f32 {
  if (is_nan(x)) { return x; }
  let ax = abs(x);
  let sign = select(1.0, -1.0, x < 0.0);
  if (ax >= 3.92) { return sign; }
  if (ax < 1.0) { let z = x * x; return x * ${horner("z", ERF_P)}; }
  let t = 1.0 / ax;
  return sign * (1.0 - exp(-x * x) * ${horner("t", ERF_Q)});
}`,
  },
  sincos: {
    deps: ["specials"],
    code: `// Cephes sinf/cosf: reduce by π/4 in three parts (exact for |x| < 8192), then a polynomial.
fn sin_cos_f32(x: f32, want_cos: bool) -> f32 {
  if (is_nan(x) || is_inf(x)) { return f32_nan(); }
  let ax = abs(x);
  var j = u32(floor(ax * 1.2732395447351628));
  var y = f32(j);
  if ((j & 1u) == 1u) { j += 1u; y += 1.0; }
  j = j & 7u;
  var sign = select(1.0, -1.0, !want_cos && x < 0.0);
  if (want_cos) { j = (j + 2u) & 7u; }
  if (j > 3u) { sign = -sign; j -= 4u; }
  let z = ((ax - y * 0.78515625) - y * 2.4187564849853515625e-4) - y * 3.77489497744594108e-8;
  let zz = z * z;
  var r: f32;
  if (j == 1u || j == 2u) {
    r = 1.0 - 0.5 * zz + zz * zz * ${horner("zz", COS_P)};
  } else {
    r = z + z * zz * ${horner("zz", SIN_P)};
  }
  return sign * r;
}`,
  },
  pow: {
    deps: ["specials"],
    code: `// C powf semantics (the interpreter's): signs for negative bases with integer exponents,
// NaN for other negative bases, and the IEEE special cases for zeros and infinities.
fn is_odd_integer(b: f32) -> bool {
  return floor(b) == b && abs(b) < 16777216.0 && (i32(b) & 1) == 1;
}
fn pow_f32(a: f32, b: f32) -> f32 {
  if (a == 1.0 || b == 0.0) { return 1.0; }
  if (is_nan(a) || is_nan(b)) { return f32_nan(); }
  let aa = abs(a);
  if (is_inf(b)) {
    if (aa == 1.0) { return 1.0; }
    return select(0.0, f32_inf(), (aa > 1.0) == (b > 0.0));
  }
  let odd = is_odd_integer(b);
  if (a == 0.0 || is_inf(a)) {
    let big = (a == 0.0) == (b < 0.0);
    let mag = select(0.0, f32_inf(), big);
    return select(mag, -mag, odd && (bitcast<u32>(a) >> 31u) == 1u);
  }
  if (a < 0.0 && floor(b) != b) { return f32_nan(); }
  // Subnormal bases are scaled into the normal range first (lavapipe's log2 misreads them).
  let lg = select(log2(aa), log2(aa * 8388608.0) - 23.0, aa < 1.17549435e-38);
  let r = exp2(b * lg);
  return select(r, -r, a < 0.0 && odd);
}`,
  },
  fmod: {
    deps: ["specials"],
    code: `// Exact floor modulo with the divisor's sign: fmod by subtracting the divisor scaled by
// powers of two (each step exact), then the Python-style sign fix.
fn floor_mod_f32(a: f32, b: f32) -> f32 {
  if (is_nan(a) || is_nan(b) || is_inf(a) || b == 0.0) { return f32_nan(); }
  var r = abs(a);
  if (!is_inf(b)) {
    let m = abs(b);
    for (var step = 0; step < 300 && r >= m; step++) {
      var d = ldexp(m, frexp(r).exp - frexp(m).exp);
      if (d > r) { d = d * 0.5; }
      r = r - d;
    }
  }
  r = select(r, -r, a < 0.0);
  if (r != 0.0 && (r < 0.0) != (b < 0.0)) { r = r + b; }
  return r;
}`,
  },
  cast_i32: {
    deps: ["specials"],
    code: `// f32 → i32 truncates toward zero and wraps modulo 2^32 (JavaScript's ToInt32); NaN and ±inf give 0.
fn f32_to_i32(v: f32) -> i32 {
  if (is_nan(v) || is_inf(v)) { return 0i; }
  if (abs(v) < 2147483648.0) { return i32(v); }
  let bits = bitcast<u32>(v);
  let e = i32((bits >> 23u) & 0xffu) - 150;
  if (e >= 32) { return 0i; }
  let m = (bits & 0x7fffffu) | 0x800000u;
  let w = m << u32(e);
  return select(bitcast<i32>(w), -bitcast<i32>(w), (bits >> 31u) == 1u);
}`,
  },
  int_div: {
    deps: [],
    code: `// Floor division and modulo; a zero divisor gives 0 (WGSL's i32 / and % truncate).
fn floor_div_i32(a: i32, b: i32) -> i32 {
  if (b == 0i) { return 0i; }
  let q = a / b;
  if ((a % b) != 0i && ((a < 0i) != (b < 0i))) { return q - 1i; }
  return q;
}
fn floor_mod_i32(a: i32, b: i32) -> i32 {
  if (b == 0i) { return 0i; }
  let r = a % b;
  if (r != 0i && ((r < 0i) != (b < 0i))) { return r + b; }
  return r;
}`,
  },
  int_pow: {
    deps: [],
    code: `// Integer power by squaring, wrapping; a negative exponent gives 1/a^b truncated (0 unless |a| = 1).
fn pow_i32(a: i32, b: i32) -> i32 {
  if (b < 0i) {
    if (a == 1i) { return 1i; }
    if (a == -1i) { return select(-1i, 1i, (b & 1i) == 0i); }
    return 0i;
  }
  var result = 1i;
  var base = a;
  var e = u32(b);
  loop {
    if (e == 0u) { break; }
    if ((e & 1u) == 1u) { result = result * base; }
    base = base * base;
    e = e >> 1u;
  }
  return result;
}`,
  },
};

/** The code of the named helpers and everything they depend on, each once, dependencies first. */
export function helperCode(names: readonly string[]): string {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (n: string): void => {
    if (seen.has(n)) return;
    seen.add(n);
    const h = HELPERS[n];
    if (!h) throw new Error(`internal: no WGSL helper ${n}`);
    for (const d of h.deps) visit(d);
    out.push(h.code);
  };
  for (const n of names) visit(n);
  return out.join("\n\n");
}
