// The Gauss error function in f64, accurate to a few ulps of f64 — far below f32 resolution —
// so the interpreter's erf (and therefore exact GELU) is a trustworthy reference. Short
// polynomial fits such as Abramowitz–Stegun 7.1.26 (error ~1.5e-7) are not good enough here.

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);

/** Below this |x| the series is used; above it the continued fraction converges fast. */
const SERIES_LIMIT = 2.5;
/** erfc(6) ≈ 2e-17 is below half an ulp of 1.0 in f64, so erf is exactly ±1 from here on. */
const SATURATION = 6;
/** Terms of the continued fraction; 80 reaches f64 precision at |x| = 2.5 (checked in tests). */
const CF_TERMS = 80;

export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === 0) return x; // keeps the sign of -0
  const ax = Math.abs(x);
  let r: number;
  if (ax < SERIES_LIMIT) {
    // erf(x) = 2/√π · e^{−x²} · Σₙ 2ⁿ x^{2n+1} / (1·3·…·(2n+1)). Every term is positive, so
    // unlike the alternating Taylor series there is no cancellation.
    const x2 = ax * ax;
    let term = ax;
    let sum = ax;
    for (let n = 1; n < 500 && term > sum * 1e-17; n++) {
      term *= (2 * x2) / (2 * n + 1);
      sum += term;
    }
    r = TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
  } else if (ax < SATURATION) {
    // erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + (2/2)/(x + (3/2)/(x + …)))), evaluated backward.
    let f = ax;
    for (let k = CF_TERMS; k >= 1; k--) f = ax + k / 2 / f;
    r = 1 - (Math.exp(-ax * ax) * INV_SQRT_PI) / f;
  } else {
    r = 1;
  }
  return x < 0 ? -r : r;
}
