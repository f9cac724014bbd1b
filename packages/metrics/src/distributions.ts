/**
 * Distribution functions, implemented numerically (no dependency):
 *
 * - ln Γ: Lanczos approximation (g = 7, 9 terms; Lanczos 1964, coefficients as tabulated by Godfrey), ~1e-15.
 * - Regularized incomplete gamma P(a, x), Q(a, x): series for x < a + 1, otherwise the continued fraction
 *   evaluated with the modified Lentz method (Press et al., Numerical Recipes, 3rd ed., §6.2).
 * - Regularized incomplete beta I_x(a, b): continued fraction with modified Lentz (Numerical Recipes §6.4).
 * - Normal CDF: Φ(x) = ½·erfc(−x/√2) with erfc(z) = Q(½, z²) (Abramowitz & Stegun 7.1.2 / 6.5.17).
 * - Normal quantile: Acklam's rational approximation (2003, relative error 1.15e-9), refined by one
 *   Halley step against Φ, giving full double precision.
 * - Student t CDF: ½·I_x(ν/2, ½) in the tail with x = ν/(ν+t²) and 1 − x formed without cancellation
 *   (A&S 26.7.1 via 26.5.27); for ν > 10⁷ the Fisher (1926) expansion to ν⁻². Quantile: closed forms for
 *   ν = 1, 2; Cornish–Fisher (A&S 26.7.5) for ν > 10⁷; otherwise safeguarded Newton on the log tail.
 * - Chi-square CDF: P(k/2, x/2) (A&S 26.4.19).
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Natural log of the gamma function, x > 0 (Lanczos approximation, g = 7). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-16;
const FPMIN = 1e-300;
const MAX_ITER = 10_000;
const BETA_MAX_ITER = 100_000;

function gammaSeries(a: number, x: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let n = 0; n < MAX_ITER; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}

function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}

/** Regularized lower incomplete gamma P(a, x) (Numerical Recipes §6.2). */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the upper tail. */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  // Convergence takes O(√max(a, b)) steps: up to ~10⁴ for the t distribution at ν = 10⁷.
  for (let m = 1; m < BETA_MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** Stirling's series remainder ln Γ(x) − [(x − ½)ln x − x + ½ln 2π], x ≥ 10 (A&S 6.1.41). */
function stirlingRemainder(x: number): number {
  const x2 = x * x;
  return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * x2)) / x2) / x2) / x;
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). When one argument is large, ln Γ(big + small) − ln Γ(big) is
 * formed from Stirling's series as (big − ½)·ln(1 + small/big) + small·ln(big + small) − small + remainders,
 * which avoids the cancellation of two huge ln Γ values (t with ν = 10⁶ would otherwise lose 8 digits).
 */
function lnBeta(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (big < 100) return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
  const ratio =
    (big - 0.5) * Math.log1p(small / big) +
    small * Math.log(big + small) -
    small +
    stirlingRemainder(big + small) -
    stirlingRemainder(big);
  return lnGamma(small) - ratio;
}

/**
 * I_x(a, b) given both x and y = 1 − x, so that callers who know 1 − x exactly (the t distribution) do not
 * lose it to cancellation.
 */
function betaRegularized(
  x: number,
  y: number,
  a: number,
  b: number,
  lnX = Math.log(x),
  lnY = Math.log(y),
): number {
  if (!(x >= 0 && y >= 0) || !(a > 0 && b > 0)) return Number.NaN;
  if (lnX === Number.NEGATIVE_INFINITY) return 0;
  if (lnY === Number.NEGATIVE_INFINITY) return 1;
  const lnFront = -lnBeta(a, b) + a * lnX + b * lnY;
  const front = Math.exp(lnFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, y)) / b;
}

/** Regularized incomplete beta I_x(a, b) (Numerical Recipes §6.4, modified Lentz). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return betaRegularized(x, 1 - x, a, b);
}

/** Standard normal CDF Φ(x) via erfc(z) = Q(½, z²). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const q = 0.5 * gammaQ(0.5, (x * x) / 2);
  return x < 0 ? q : 1 - q;
}

/** Two-sided p-value of a standard normal statistic: 2·(1 − Φ(|z|)), computed in the tail. */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return gammaQ(0.5, (z * z) / 2);
}

const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
];
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
];
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** Standard normal quantile Φ⁻¹(p): Acklam (2003) rational approximation plus one Halley refinement. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  // Upper half by symmetry: 1 − p is exact for p ≥ ½, and Φ is accurate in the lower tail.
  if (p > 0.5) return -normalQuantile(1 - p);
  const pLow = 0.02425;
  let x: number;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  } else if (p <= 1 - pLow) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
      (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(
      (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1)
    );
  }
  // One Halley step (Acklam): e = Φ(x) − p, u = e·√(2π)·exp(x²/2).
  // e/φ(x) is formed in logs: φ(x) underflows for subnormal p, where 0·∞ would give NaN.
  const e = normalCdf(x) - p;
  if (e === 0) return x;
  const u = Math.sign(e) * Math.exp(Math.log(Math.abs(e)) + LN_SQRT_2PI + (x * x) / 2);
  const refined = x - u / (1 + (x * u) / 2);
  return Number.isFinite(refined) ? refined : x;
}

/** Above this many degrees of freedom the t tail comes from its expansion in 1/ν (the beta fraction is slow). */
const T_ASYMPTOTIC_DF = 1e7;

/**
 * Upper tail P(T > t) for t ≥ 0: ½·I_x(ν/2, ½) with x = ν/(ν + t²) and 1 − x = t²/(ν + t²), both formed
 * without overflow or cancellation (A&S 26.7.1 via 26.5.27). For ν > 10⁷ the Fisher (1926) expansion
 * P(T ≤ t) = Φ(t) − φ(t)·[(t³ + t)/(4ν) + (3t⁷ − 7t⁵ − 5t³ − 3t)/(96ν²)] + O(ν⁻³).
 */
function studentTUpperTail(t: number, df: number): number {
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (df > T_ASYMPTOTIC_DF) {
    const t2 = t * t;
    const g1 = (t2 * t + t) / (4 * df);
    const g2 = ((((3 * t2 - 7) * t2 - 5) * t2 - 3) * t) / (96 * df * df);
    const phi = Math.exp(-t2 / 2) / Math.sqrt(2 * Math.PI);
    return 0.5 * gammaQ(0.5, t2 / 2) + phi * (g1 + g2);
  }
  const s = t / Math.sqrt(df);
  if (s <= 1) {
    const s2 = s * s;
    const lnX = -Math.log1p(s2);
    return 0.5 * betaRegularized(1 / (1 + s2), s2 / (1 + s2), df / 2, 0.5, lnX, 2 * Math.log(s) + lnX);
  }
  // x = r²/(1 + r²) with r = 1/s; its log is formed from ln s directly because r² underflows for s > 1e154
  // and s itself overflows for tiny ν.
  const lnS = Math.log(t) - 0.5 * Math.log(df);
  const r2 = Math.exp(-2 * lnS);
  const lnX = -2 * lnS - Math.log1p(r2);
  return 0.5 * betaRegularized(r2 / (1 + r2), 1 / (1 + r2), df / 2, 0.5, lnX, -Math.log1p(r2));
}

/** Student t CDF with ν degrees of freedom (A&S 26.7.1 via the incomplete beta); ν may be fractional. */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || !(df > 0)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalCdf(t);
  const tail = studentTUpperTail(Math.abs(t), df);
  return t > 0 ? 1 - tail : tail;
}

/** Two-sided p-value of a t statistic: 2·P(T > |t|) = I_{ν/(ν+t²)}(ν/2, ½). */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || !(df > 0)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalTwoSidedP(t);
  return Math.min(1, 2 * studentTUpperTail(Math.abs(t), df));
}

/** log of the t density, written so that huge t/√ν does not overflow. */
function studentTLogPdf(t: number, df: number): number {
  const s = Math.abs(t) / Math.sqrt(df);
  const log1pS2 = s > 1e150 ? 2 * Math.log(s) : Math.log1p(s * s);
  return lnGamma((df + 1) / 2) - lnGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * log1pS2;
}

/**
 * Student t quantile (NaN for p outside [0, 1], ν ≤ 0 or a subnormal ν; ±∞ when the quantile exceeds the
 * largest double, as for p = 0.999 at ν = 0.001). ν = 1 and ν = 2 in closed form (cot πq; (1 − 2q)/√(2q(1 − q))); ν > 10⁷ by the
 * Cornish–Fisher expansion (A&S 26.7.5, terms to ν⁻⁴); otherwise solves P(T > t) = q = min(p, 1 − p) in
 * log t by Newton steps safeguarded by bisection, starting from Cornish–Fisher. Working in the tail keeps full
 * relative precision for p near 0 or 1; working in log t keeps tiny ν (astronomical quantiles) finite.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || Number.isNaN(df) || !(df > 0)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  if (df === Number.POSITIVE_INFINITY) return normalQuantile(p);
  // Work with the smaller tail probability itself: p for p < ½ (never 1 − (1 − p), which loses digits),
  // 1 − p for p > ½ (exact there).
  return p < 0.5 ? -studentTUpperQuantile(p, df) : studentTUpperQuantile(1 - p, df);
}

/** t > 0 with P(T > t) = q, 0 < q < ½. */
function studentTUpperQuantile(q: number, df: number): number {
  if (df === 1) return 1 / Math.tan(Math.PI * q);
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  const z = -normalQuantile(q);
  const z2 = z * z;
  const g1 = ((z2 + 1) * z) / 4;
  const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
  const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
  const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
  const cornishFisher = z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
  if (df > T_ASYMPTOTIC_DF) return cornishFisher;
  // Solve f(u) = ln P(T > eᵘ) − ln q = 0; f is decreasing in u. Bracket [lo, hi] in u.
  const lnQ = Math.log(q);
  const f = (u: number) => Math.log(studentTUpperTail(Math.exp(u), df)) - lnQ;
  let u = cornishFisher > 0 && Number.isFinite(cornishFisher) ? Math.log(cornishFisher) : Math.log(z);
  let lo = u;
  let hi = u;
  for (let i = 0; i < 2000 && f(lo) < 0; i++) lo -= 1;
  for (let i = 0; i < 2000 && f(hi) > 0; i++) hi += 1;
  if (!(f(lo) >= 0 && f(hi) <= 0)) return Number.NaN;
  // The root lies beyond the largest double (tiny ν): the quantile is +∞ in floating point.
  const uMax = Math.log(Number.MAX_VALUE);
  if (hi > uMax && f(uMax) > 0) return Number.POSITIVE_INFINITY;
  u = Math.min(Math.max(u, lo), hi);
  for (let i = 0; i < 200; i++) {
    const fu = f(u);
    if (fu === 0) return Math.exp(u);
    if (fu > 0) lo = u;
    else hi = u;
    const t = Math.exp(u);
    // d/du ln P(T > eᵘ) = −t·pdf(t)/P(T > t)
    const slope = -Math.exp(Math.log(t) + studentTLogPdf(t, df) - Math.log(studentTUpperTail(t, df)));
    let next = u - fu / slope;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - u) <= 4e-16 * Math.max(1, Math.abs(u))) return Math.exp(next);
    u = next;
    if (hi - lo <= 4e-16 * Math.max(1, Math.abs(u))) break;
  }
  return Math.exp(u);
}

/** Chi-square CDF with k degrees of freedom: P(k/2, x/2). */
export function chiSquareCdf(x: number, k: number): number {
  if (Number.isNaN(x) || !(k > 0)) return Number.NaN;
  return gammaP(k / 2, x / 2);
}

/** Chi-square upper tail 1 − F(x; k), computed directly in the tail (a p-value). */
export function chiSquareSurvival(x: number, k: number): number {
  if (Number.isNaN(x) || !(k > 0)) return Number.NaN;
  return gammaQ(k / 2, x / 2);
}
