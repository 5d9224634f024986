// Transcendental functions in WebAssembly, which has none as instructions. The f32x4 versions
// (exp, log, tanh, sigmoid, erf) use Cephes-style range reduction and polynomials evaluated in
// f32; each scalar f32 version runs the vector one on a splat and takes lane 0, so a kernel's
// SIMD body and scalar tail give bit-identical results. sin, cos and pow are scalar and
// computed in f64 (Taylor/atanh series with exact coefficients), then rounded once to f32,
// which makes them accurate far beyond f32 resolution within the documented ranges.
import { horner, i32x4c, splat4 } from "./wat.ts";

const LOG2E = 1.4426950408889634;
/** ln 2 split for Cody–Waite reduction: C1 has 9 significant bits, so n·C1 is exact in f32. */
const LN2_C1 = 0.693359375;
const LN2_C2 = -2.12194440e-4;
/** Cephes expf: e^r ≈ 1 + r + r²·P(r) on |r| ≤ ln2/2. */
const EXP_P = [5.0000001201e-1, 1.6666665459e-1, 4.1665795894e-2, 8.3334519073e-3, 1.3981999507e-3, 1.98756915e-4];
/** Cephes logf: log(1+f) ≈ f − f²/2 + f³·P(f) on f ∈ [√½−1, √2−1]. */
const LOG_P = [
  3.3333331174e-1, -2.4999993993e-1, 2.0000714765e-1, -1.6668057665e-1, 1.4249322787e-1,
  -1.2420140846e-1, 1.167699874e-1, -1.151461031e-1, 7.0376836292e-2,
];
/** Cephes tanhf for |x| < 0.625: tanh x ≈ x + x³·P(x²). */
const TANH_P = [-3.33332819422e-1, 1.33314422036e-1, -5.37397155531e-2, 2.06390887954e-2, -5.70498872745e-3];
/**
 * erf x ≈ x·P(x²) on |x| < 1, and erf x ≈ 1 − e^{−x²}·Q(1/x) on 1 ≤ |x| < 3.92; both fitted by
 * interpolation at Chebyshev nodes against compiler/ir/erf.ts (max f32 error 1.8e-7 rel).
 * From 3.92 on, erfc x is below half an ulp of 1, so erf is ±1 in f32.
 */
const ERF_P = [1.128379126178737, -0.376123437753277, 0.11280316652504935, -0.026715054232263197, 0.004921762027870503, -0.0005648059865460937];
const ERF_Q = [
  0.0003124932442919331, 0.5583692316349496, 0.04653192869606951, -0.4883497984682146, 0.5341508008704985,
  -0.2932027969019908, 0.06668495273558615, 0.008566438774293224, -0.0054796826566555655,
];
const ERF_SATURATION = 3.92;

const SIGN = i32x4c(-0x80000000);

const EXP_V = `(func $exp_v (param $x v128) (result v128) (local $n v128) (local $r v128) (local $z v128) (local $k v128) (local $k1 v128)
 ;; Clamping keeps 2^n finite in two steps; NaN survives f32x4.min/max.
 (local.set $x (f32x4.min (f32x4.max (local.get $x) ${splat4(-104)}) ${splat4(89)}))
 (local.set $n (f32x4.nearest (f32x4.mul (local.get $x) ${splat4(LOG2E)})))
 (local.set $r (f32x4.sub (f32x4.sub (local.get $x) (f32x4.mul (local.get $n) ${splat4(LN2_C1)})) (f32x4.mul (local.get $n) ${splat4(LN2_C2)})))
 (local.set $z (f32x4.mul (local.get $r) (local.get $r)))
 (local.set $r (f32x4.add (f32x4.add (f32x4.mul ${horner("f32x4", "$r", EXP_P)} (local.get $z)) (local.get $r)) ${splat4(1)}))
 ;; 2^n as two factors 2^(n>>1)·2^(n−n>>1) so results near the f32 limits (and subnormal) scale right.
 (local.set $k (i32x4.trunc_sat_f32x4_s (local.get $n)))
 (local.set $k1 (i32x4.shr_s (local.get $k) (i32.const 1)))
 (f32x4.mul (f32x4.mul (local.get $r)
   (i32x4.shl (i32x4.add (local.get $k1) ${i32x4c(127)}) (i32.const 23)))
   (i32x4.shl (i32x4.add (i32x4.sub (local.get $k) (local.get $k1)) ${i32x4c(127)}) (i32.const 23))))`;

const LOG_V = `(func $log_v (param $x v128) (result v128) (local $m v128) (local $e v128) (local $f v128) (local $z v128) (local $y v128) (local $ef v128) (local $small v128) (local $big v128)
 ;; Subnormals are scaled by 2^23 first so the exponent field reads right.
 (local.set $small (f32x4.lt (local.get $x) ${splat4(1.17549435e-38)}))
 (local.set $m (v128.bitselect (f32x4.mul (local.get $x) ${splat4(8388608)}) (local.get $x) (local.get $small)))
 (local.set $e (i32x4.add
   (i32x4.sub (v128.and (i32x4.shr_u (local.get $m) (i32.const 23)) ${i32x4c(0xff)}) ${i32x4c(127)})
   (v128.and (local.get $small) ${i32x4c(-23)})))
 (local.set $m (v128.or (v128.and (local.get $m) ${i32x4c(0x7fffff)}) ${i32x4c(0x3f800000)}))
 (local.set $big (f32x4.ge (local.get $m) ${splat4(1.41421356)}))
 (local.set $m (v128.bitselect (f32x4.mul (local.get $m) ${splat4(0.5)}) (local.get $m) (local.get $big)))
 (local.set $ef (f32x4.convert_i32x4_s (i32x4.sub (local.get $e) (local.get $big))))
 (local.set $f (f32x4.sub (local.get $m) ${splat4(1)}))
 (local.set $z (f32x4.mul (local.get $f) (local.get $f)))
 (local.set $y (f32x4.mul (f32x4.mul ${horner("f32x4", "$f", LOG_P)} (local.get $f)) (local.get $z)))
 (local.set $y (f32x4.add (local.get $y) (f32x4.mul (local.get $ef) ${splat4(LN2_C2)})))
 (local.set $y (f32x4.add (local.get $y) (f32x4.mul (local.get $z) ${splat4(-0.5)})))
 (local.set $y (f32x4.add (f32x4.add (local.get $f) (local.get $y)) (f32x4.mul (local.get $ef) ${splat4(LN2_C1)})))
 (local.set $y (v128.bitselect ${splat4(NaN)} (local.get $y) (f32x4.lt (local.get $x) ${splat4(0)})))
 (local.set $y (v128.bitselect ${splat4(-Infinity)} (local.get $y) (f32x4.eq (local.get $x) ${splat4(0)})))
 (local.set $y (v128.bitselect ${splat4(Infinity)} (local.get $y) (f32x4.eq (local.get $x) ${splat4(Infinity)})))
 (v128.bitselect (local.get $x) (local.get $y) (f32x4.ne (local.get $x) (local.get $x))))`;

const TANH_V = `(func $tanh_v (param $x v128) (result v128) (local $z v128) (local $small v128) (local $large v128)
 (local.set $z (f32x4.mul (local.get $x) (local.get $x)))
 (local.set $small (f32x4.add (f32x4.mul (f32x4.mul ${horner("f32x4", "$z", TANH_P)} (local.get $z)) (local.get $x)) (local.get $x)))
 ;; 1 − 2/(e^{2|x|}+1) loses nothing for |x| ≥ 0.625, where tanh ≥ 0.55.
 (local.set $large (f32x4.sub ${splat4(1)} (f32x4.div ${splat4(2)}
   (f32x4.add (call $exp_v (f32x4.mul (f32x4.abs (local.get $x)) ${splat4(2)})) ${splat4(1)}))))
 (local.set $large (v128.or (local.get $large) (v128.and (local.get $x) ${SIGN})))
 (v128.bitselect (local.get $small) (local.get $large) (f32x4.lt (f32x4.abs (local.get $x)) ${splat4(0.625)})))`;

const SIGMOID_V = `(func $sigmoid_v (param $x v128) (result v128)
 (f32x4.div ${splat4(1)} (f32x4.add ${splat4(1)} (call $exp_v (f32x4.neg (local.get $x))))))`;

const ERF_V = `(func $erf_v (param $x v128) (result v128) (local $a v128) (local $z v128) (local $t v128) (local $r v128) (local $s v128)
 (local.set $a (f32x4.abs (local.get $x)))
 (local.set $z (f32x4.mul (local.get $x) (local.get $x)))
 (local.set $s (v128.and (local.get $x) ${SIGN}))
 (local.set $t (f32x4.div ${splat4(1)} (local.get $a)))
 (local.set $r (f32x4.sub ${splat4(1)} (f32x4.mul (call $exp_v (f32x4.neg (local.get $z))) ${horner("f32x4", "$t", ERF_Q)})))
 (local.set $r (v128.or (local.get $r) (local.get $s)))
 (local.set $r (v128.bitselect (f32x4.mul (local.get $x) ${horner("f32x4", "$z", ERF_P)}) (local.get $r) (f32x4.lt (local.get $a) ${splat4(1)})))
 (v128.bitselect (v128.or ${splat4(1)} (local.get $s)) (local.get $r) (f32x4.ge (local.get $a) ${splat4(ERF_SATURATION)})))`;

function scalarOf(name: string): string {
  return `(func $${name}_f32 (param $x f32) (result f32) (f32x4.extract_lane 0 (call $${name}_v (f32x4.splat (local.get $x)))))`;
}

/** Taylor coefficients 1/k! (exp) and the alternating odd/even ones (sin, cos). */
const EXP_T = Array.from({ length: 14 }, (_, k) => 1 / factorial(k));
const SIN_T = Array.from({ length: 7 }, (_, k) => (k % 2 ? -1 : 1) / factorial(2 * k + 1));
const COS_T = Array.from({ length: 8 }, (_, k) => (k % 2 ? -1 : 1) / factorial(2 * k));
/** log m = 2·atanh s = 2s·Σ s^{2k}/(2k+1), s = (m−1)/(m+1), |s| ≤ 0.172 on [√½, √2]. */
const ATANH_T = Array.from({ length: 10 }, (_, k) => 1 / (2 * k + 1));
/** π/2 in three parts (fdlibm's pio2_1, pio2_2, pio2_3); k·part is exact for |k| < 2^20. */
const PIO2 = [1.57079632673412561417e0, 6.07710050630396597660e-11, 2.02226624871116645580e-21];
/** Payne–Hanek reduction uses 2/π to 240 bits, as ten 24-bit integer chunks (computed below). */
const TWO_OVER_PI_CHUNKS = twoOverPiChunks(10);
/** Below this |x| the three-part Cody–Waite reduction is exact enough; above it, Payne–Hanek. */
const CODY_WAITE_LIMIT = 65536;
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;

/** atan(1/q)·2^bits in fixed point by its Taylor series (BigInt, exact digits). */
function atanInv(q: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let term = one / q;
  let sum = term;
  const q2 = q * q;
  for (let k = 1n; term !== 0n; k++) {
    term /= q2;
    sum += (k % 2n === 1n ? -term : term) / (2n * k + 1n);
  }
  return sum;
}

function twoOverPiChunks(n: number): number[] {
  const bits = BigInt(24 * n + 64);
  const pi = 16n * atanInv(5n, bits) - 4n * atanInv(239n, bits); // Machin's formula, π·2^bits
  const v = ((2n << bits) << BigInt(24 * n)) / pi; // 2/π · 2^(24n)
  return Array.from({ length: n }, (_, i) => Number((v >> BigInt(24 * (n - 1 - i))) & 0xffffffn));
}

function factorial(k: number): number {
  let r = 1;
  for (let i = 2; i <= k; i++) r *= i;
  return r;
}

const F64_HELPERS = `(func $exp_f64 (param $y f64) (result f64) (local $n f64) (local $r f64)
 ;; Beyond ±200 the f32 result is 0 or inf anyway; the clamp keeps 2^n a normal f64.
 (local.set $y (f64.min (f64.max (local.get $y) (f64.const -200)) (f64.const 200)))
 (local.set $n (f64.nearest (f64.mul (local.get $y) (f64.const ${LOG2E}))))
 (local.set $r (f64.sub (f64.sub (local.get $y) (f64.mul (local.get $n) (f64.const ${LN2_HI}))) (f64.mul (local.get $n) (f64.const ${LN2_LO}))))
 (f64.mul ${horner("f64", "$r", EXP_T)}
   (f64.reinterpret_i64 (i64.shl (i64.add (i64.trunc_sat_f64_s (local.get $n)) (i64.const 1023)) (i64.const 52)))))
(func $log_f64 (param $x f64) (result f64) (local $b i64) (local $e f64) (local $m f64) (local $s f64) (local $z f64)
 (local.set $b (i64.reinterpret_f64 (local.get $x)))
 (local.set $e (f64.convert_i64_s (i64.sub (i64.shr_u (local.get $b) (i64.const 52)) (i64.const 1023))))
 (local.set $m (f64.reinterpret_i64 (i64.or (i64.and (local.get $b) (i64.const 0xfffffffffffff)) (i64.const 0x3ff0000000000000))))
 (if (f64.ge (local.get $m) (f64.const 1.4142135623730951)) (then
   (local.set $m (f64.mul (local.get $m) (f64.const 0.5)))
   (local.set $e (f64.add (local.get $e) (f64.const 1)))))
 (local.set $s (f64.div (f64.sub (local.get $m) (f64.const 1)) (f64.add (local.get $m) (f64.const 1))))
 (local.set $z (f64.mul (local.get $s) (local.get $s)))
 (local.set $m (f64.add (f64.mul (local.get $e) (f64.const ${Math.LN2})) (f64.mul (f64.mul (local.get $s) (f64.const 2)) ${horner("f64", "$z", ATANH_T)})))
 ;; Only called with |a| (≥ 0, f32-normal or subnormal, both normal in f64), so the specials are 0, inf, NaN.
 (select (f64.const -inf) (select (local.get $x) (local.get $m) (f64.ne (f64.sub (local.get $x) (local.get $x)) (f64.sub (local.get $x) (local.get $x)))) (f64.eq (local.get $x) (f64.const 0))))
(func $frac4_f64 (param $x f64) (result f64) (local $b i64) (local $m f64) (local $e i32) (local $t f64) (local $y f64)
 ;; x·(2/π) mod 4 for |x| an f32 value: x = m·2^e (m < 2^24), and each m·chunk is exact in f64,
 ;; so every term is reduced mod 4 exactly before the sum; only the last bits of the fraction round.
 (local.set $b (i64.reinterpret_f64 (f64.abs (local.get $x))))
 (local.set $m (f64.convert_i64_u (i64.shr_u (i64.or (i64.and (local.get $b) (i64.const 0xfffffffffffff)) (i64.const 0x10000000000000)) (i64.const 29))))
 (local.set $e (i32.sub (i32.wrap_i64 (i64.shr_u (local.get $b) (i64.const 52))) (i32.const ${1023 + 23})))
 ${TWO_OVER_PI_CHUNKS.map((c, i) => `(local.set $t (f64.mul (f64.mul (local.get $m) (f64.const ${c}))
   (f64.reinterpret_i64 (i64.shl (i64.extend_i32_s (i32.add (local.get $e) (i32.const ${1023 - 24 * (i + 1)}))) (i64.const 52)))))
 (local.set $y (f64.add (local.get $y) (f64.sub (local.get $t) (f64.mul (f64.floor (f64.mul (local.get $t) (f64.const 0.25))) (f64.const 4)))))`).join("\n ")}
 (local.set $y (f64.sub (local.get $y) (f64.mul (f64.floor (f64.mul (local.get $y) (f64.const 0.25))) (f64.const 4))))
 (f64.copysign (local.get $y) (local.get $x)))
(func $sincos_f64 (param $x f64) (param $q i32) (result f64) (local $k f64) (local $r f64) (local $z f64) (local $s f64) (local $c f64) (local $y f64)
 (if (f64.ne (f64.sub (local.get $x) (local.get $x)) (f64.const 0)) (then (return (f64.const nan))))
 (if (f64.lt (f64.abs (local.get $x)) (f64.const ${CODY_WAITE_LIMIT}))
   (then
     (local.set $k (f64.nearest (f64.mul (local.get $x) (f64.const ${2 / Math.PI}))))
     (local.set $r (f64.sub (f64.sub (f64.sub (local.get $x)
       (f64.mul (local.get $k) (f64.const ${PIO2[0]}))) (f64.mul (local.get $k) (f64.const ${PIO2[1]}))) (f64.mul (local.get $k) (f64.const ${PIO2[2]})))))
   (else
     (local.set $y (call $frac4_f64 (local.get $x)))
     (local.set $k (f64.nearest (local.get $y)))
     (local.set $r (f64.mul (f64.sub (local.get $y) (local.get $k)) (f64.const ${Math.PI / 2})))))
 (local.set $z (f64.mul (local.get $r) (local.get $r)))
 (local.set $s (f64.mul (local.get $r) ${horner("f64", "$z", SIN_T)}))
 (local.set $c ${horner("f64", "$z", COS_T)})
 (local.set $q (i32.and (i32.add (i32.trunc_sat_f64_s (local.get $k)) (local.get $q)) (i32.const 3)))
 (if (result f64) (i32.and (local.get $q) (i32.const 1))
   (then (select (f64.neg (local.get $c)) (local.get $c) (i32.and (local.get $q) (i32.const 2))))
   (else (select (f64.neg (local.get $s)) (local.get $s) (i32.and (local.get $q) (i32.const 2))))))
(func $sin_f32 (param $x f32) (result f32) (f32.demote_f64 (call $sincos_f64 (f64.promote_f32 (local.get $x)) (i32.const 0))))
(func $cos_f32 (param $x f32) (result f32) (f32.demote_f64 (call $sincos_f64 (f64.promote_f32 (local.get $x)) (i32.const 1))))`;

/** powF of compiler/ir/scalar.ts: IEEE pow plus 1^y = 1 and (−1)^±inf = 1. */
const POW_F32 = `(func $pow_f32 (param $a f32) (param $b f32) (result f32) (local $x f64) (local $y f64) (local $r f64) (local $int i32) (local $odd i32)
 (local.set $x (f64.promote_f32 (local.get $a)))
 (local.set $y (f64.promote_f32 (local.get $b)))
 (local.set $r (call $exp_f64 (f64.mul (local.get $y) (call $log_f64 (f64.abs (local.get $x))))))
 (local.set $int (i32.and (f64.eq (f64.floor (local.get $y)) (local.get $y)) (f64.ne (f64.abs (local.get $y)) (f64.const inf))))
 (local.set $odd (i32.and (local.get $int) (f64.ne (f64.mul (f64.trunc (f64.mul (local.get $y) (f64.const 0.5))) (f64.const 2)) (local.get $y))))
 (if (i32.and (local.get $odd) (i64.lt_s (i64.reinterpret_f64 (local.get $x)) (i64.const 0))) (then (local.set $r (f64.neg (local.get $r)))))
 ;; a finite negative base to a finite non-integer power has no real value.
 (if (i32.and (i32.and (f64.lt (local.get $x) (f64.const 0)) (f64.ne (local.get $x) (f64.const -inf)))
       (i32.and (i32.eqz (local.get $int)) (f64.ne (f64.abs (local.get $y)) (f64.const inf))))
   (then (local.set $r (f64.const nan))))
 (if (i32.or (i32.or (f64.eq (local.get $y) (f64.const 0)) (f64.eq (local.get $x) (f64.const 1)))
       (i32.and (f64.eq (f64.abs (local.get $x)) (f64.const 1)) (f64.eq (f64.abs (local.get $y)) (f64.const inf))))
   (then (local.set $r (f64.const 1))))
 (f32.demote_f64 (local.get $r)))`;

/**
 * floorModF: fmod (exact) then shifted into the divisor's sign. fmod is computed in f64:
 * for f32 operands with |a/b| < 2^29 the f64 quotient truncates to the true integer quotient
 * and a − q·b is exact; larger quotients are first reduced modulo b·2^m (also exact).
 */
const MOD_F32 = `(func $mod_f32 (param $a f32) (param $b f32) (result f32) (local $x f64) (local $y f64) (local $bb f64) (local $r f64)
 (local.set $x (f64.promote_f32 (local.get $a)))
 (local.set $y (f64.abs (f64.promote_f32 (local.get $b))))
 (if (i32.or (i32.eqz (f64.gt (local.get $y) (f64.const 0))) (f64.eq (f64.abs (local.get $x)) (f64.const inf)))
   (then (return (f32.const nan))))
 (if (f64.eq (local.get $y) (f64.const inf)) (then (local.set $r (local.get $x))) (else
   (block $done (loop $reduce
     (br_if $done (i32.eqz (f64.ge (f64.abs (local.get $x)) (f64.mul (local.get $y) (f64.const 536870912)))))
     (local.set $bb (f64.mul (local.get $y) (f64.reinterpret_i64 (i64.shl (i64.add (i64.sub (i64.sub
       (i64.shr_u (i64.reinterpret_f64 (f64.abs (local.get $x))) (i64.const 52))
       (i64.shr_u (i64.reinterpret_f64 (local.get $y)) (i64.const 52))) (i64.const 27)) (i64.const 1023)) (i64.const 52)))))
     (local.set $x (f64.sub (local.get $x) (f64.mul (f64.trunc (f64.div (local.get $x) (local.get $bb))) (local.get $bb))))
     (br $reduce)))
   (local.set $r (f64.copysign (f64.sub (local.get $x) (f64.mul (f64.trunc (f64.div (local.get $x) (local.get $y))) (local.get $y))) (f64.promote_f32 (local.get $a))))))
 (local.set $y (f64.promote_f32 (local.get $b)))
 (if (i32.and (f64.ne (local.get $r) (f64.const 0)) (i32.ne (f64.lt (local.get $r) (f64.const 0)) (f64.lt (local.get $y) (f64.const 0))))
   (then (local.set $r (f64.add (local.get $r) (local.get $y)))))
 (f32.demote_f64 (local.get $r)))`;

/** i32 helpers: floor division and modulo (0 for a zero divisor), and pow by squaring (powI). */
const I32_HELPERS = `(func $div_i32 (param $a i32) (param $b i32) (result i32) (local $q i32)
 (if (i32.eqz (local.get $b)) (then (return (i32.const 0))))
 ;; −2^31 / −1 traps in div_s; negation wraps to −2^31 as (x | 0) does.
 (if (i32.eq (local.get $b) (i32.const -1)) (then (return (i32.sub (i32.const 0) (local.get $a)))))
 (local.set $q (i32.div_s (local.get $a) (local.get $b)))
 (i32.sub (local.get $q) (i32.and (i32.ne (i32.rem_s (local.get $a) (local.get $b)) (i32.const 0)) (i32.lt_s (i32.xor (local.get $a) (local.get $b)) (i32.const 0)))))
(func $mod_i32 (param $a i32) (param $b i32) (result i32) (local $r i32)
 (if (i32.eqz (local.get $b)) (then (return (i32.const 0))))
 (local.set $r (i32.rem_s (local.get $a) (local.get $b)))
 (select (i32.add (local.get $r) (local.get $b)) (local.get $r)
   (i32.and (i32.ne (local.get $r) (i32.const 0)) (i32.lt_s (i32.xor (local.get $r) (local.get $b)) (i32.const 0)))))
(func $pow_i32 (param $a i32) (param $b i32) (result i32) (local $r i32)
 (if (i32.lt_s (local.get $b) (i32.const 0)) (then
   (if (i32.eq (local.get $a) (i32.const 1)) (then (return (i32.const 1))))
   (if (i32.eq (local.get $a) (i32.const -1)) (then (return (select (i32.const -1) (i32.const 1) (i32.and (local.get $b) (i32.const 1))))))
   (return (i32.const 0))))
 (local.set $r (i32.const 1))
 (block $done (loop $sq
   (br_if $done (i32.eqz (local.get $b)))
   (if (i32.and (local.get $b) (i32.const 1)) (then (local.set $r (i32.mul (local.get $r) (local.get $a)))))
   (local.set $a (i32.mul (local.get $a) (local.get $a)))
   (local.set $b (i32.shr_u (local.get $b) (i32.const 1)))
   (br $sq)))
 (local.get $r))
(func $cast_f32_i32 (param $x f32) (result i32)
 ;; JS ToInt32: truncate, then wrap modulo 2^32 (NaN and ±inf give 0). f32 values ≥ 2^63 are
 ;; multiples of 2^40, so they wrap to 0 as well.
 (select (i32.wrap_i64 (i64.trunc_sat_f32_s (local.get $x))) (i32.const 0) (f32.lt (f32.abs (local.get $x)) (f32.const 9223372036854775808))))`;

/** Every helper function, as module fields; the optimizer drops the ones no kernel calls. */
export function mathHelpers(): string {
  return [
    EXP_V, LOG_V, TANH_V, SIGMOID_V, ERF_V,
    scalarOf("exp"), scalarOf("log"), scalarOf("tanh"), scalarOf("sigmoid"), scalarOf("erf"),
    F64_HELPERS, POW_F32, MOD_F32, I32_HELPERS,
  ].join("\n");
}
