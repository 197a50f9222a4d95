import Foundation

/// Upper tail of the Poisson distribution, P(X >= x) = 1 - F(x - 1; lambda), for the low-count alert test.
///
/// Computed as the regularised lower incomplete gamma function P(x, lambda) (series when lambda < x + 1,
/// continued fraction otherwise), which stays accurate for tiny tails and costs little for large counts.
public enum PoissonTail {
  public static func probabilityAtLeast(_ x: Int, mean lambda: Double) -> Double {
    if x <= 0 { return 1 }
    guard lambda > 0, lambda.isFinite else { return lambda.isInfinite ? 1 : 0 }
    return regularizedLowerGamma(Double(x), lambda)
  }

  /// P(a, z) = gamma(a, z) / Gamma(a) for a > 0, z > 0.
  static func regularizedLowerGamma(_ a: Double, _ z: Double) -> Double {
    let logPrefix = a * log(z) - z - lgamma(a)
    if z < a + 1 {
      // Series: P = e^-z z^a / Gamma(a+1) * sum_n z^n / ((a+1)...(a+n)).
      var term = 1 / a
      var sum = term
      var n = a
      for _ in 0..<10_000 {
        n += 1
        term *= z / n
        sum += term
        if abs(term) < abs(sum) * 1e-15 { break }
      }
      return min(1, max(0, sum * exp(logPrefix)))
    }
    // Continued fraction for Q = 1 - P (modified Lentz).
    let tiny = 1e-300
    var b = z + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1..<10_000 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-15 { break }
    }
    let q = exp(logPrefix) * h
    return min(1, max(0, 1 - q))
  }
}
