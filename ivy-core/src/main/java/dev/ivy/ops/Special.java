package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import java.util.function.UnaryOperator;

/**
 * Special functions composed of core operations, computed in float64 and cast back to the input's
 * floating dtype: erfc, the inverse error function, log|Gamma| and the modified Bessel function I0.
 * The frontends apply their own dtype rules before calling them.
 */
public final class Special {
  private Special() {}

  /** Returns 1 - erf(x). */
  public static Array erfc(Array x) {
    return compute64(x, v -> Elementwise.subtract(1L, Elementwise.erf(v)));
  }

  /** Runs {@code body} in float64 and casts back, for compositions that need the headroom. */
  public static Array compute64(Array f, UnaryOperator<Array> body) {
    Array r = body.apply(Manipulation.astype(f, DType.FLOAT64));
    return Manipulation.astype(r, f.dtype());
  }

  /** Inverse error function: Giles' approximation refined by two Newton steps on core's erf. */
  public static Array erfinv(Array x) {
    Array f = x;
    return compute64(
        f,
        v -> {
          Array w =
              Elementwise.negative(
                  Elementwise.log(
                      Elementwise.multiply(Elementwise.subtract(1L, v), Elementwise.add(1L, v))));
          Array wc = Elementwise.subtract(w, 2.5);
          double[] c1 = {
            2.81022636e-08,
            3.43273939e-07,
            -3.5233877e-06,
            -4.39150654e-06,
            0.00021858087,
            -0.00125372503,
            -0.00417768164,
            0.246640727,
            1.50140941
          };
          Array p1 = horner(wc, c1);
          Array ws = Elementwise.subtract(Elementwise.sqrt(w), 3.0);
          double[] c2 = {
            -0.000200214257,
            0.000100950558,
            0.00134934322,
            -0.00367342844,
            0.00573950773,
            -0.0076224613,
            0.00943887047,
            1.00167406,
            2.83297682
          };
          Array p2 = horner(ws, c2);
          Array y = Elementwise.multiply(Elementwise.where(Elementwise.less(w, 5.0), p1, p2), v);
          for (int i = 0; i < 2; i++) {
            Array err = Elementwise.subtract(Elementwise.erf(y), v);
            Array d =
                Elementwise.multiply(
                    2.0 / Math.sqrt(Math.PI),
                    Elementwise.exp(Elementwise.negative(Elementwise.square(y))));
            Array step = Elementwise.divide(err, d);
            y = Elementwise.where(Elementwise.isfinite(step), Elementwise.subtract(y, step), y);
          }
          Array one = Elementwise.equal(Elementwise.abs(v), 1L);
          Array inf = Elementwise.multiply(Elementwise.sign(v), Double.POSITIVE_INFINITY);
          return Elementwise.where(one, inf, y);
        });
  }

  private static Array horner(Array x, double[] c) {
    Array p = Elementwise.add(Elementwise.multiply(x, 0.0), c[0]);
    for (int i = 1; i < c.length; i++) {
      p = Elementwise.add(Elementwise.multiply(p, x), c[i]);
    }
    return p;
  }

  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  /** log|Gamma(x)| by the Lanczos approximation (g = 7), with the reflection formula below 0.5. */
  public static Array lgamma(Array x) {
    Array f = x;
    return compute64(
        f,
        v -> {
          Array small = Elementwise.less(v, 0.5);
          Array z = Elementwise.where(small, Elementwise.subtract(1L, v), v);
          Array zm1 = Elementwise.subtract(z, 1L);
          Array s = Elementwise.add(Elementwise.multiply(zm1, 0.0), LANCZOS[0]);
          for (int i = 1; i < LANCZOS.length; i++) {
            s =
                Elementwise.add(
                    s, Elementwise.divide(LANCZOS[i], Elementwise.add(zm1, (double) i)));
          }
          Array t = Elementwise.add(zm1, 7.5);
          Array lg =
              Elementwise.add(
                  Elementwise.add(
                      0.5 * Math.log(2 * Math.PI),
                      Elementwise.multiply(Elementwise.add(zm1, 0.5), Elementwise.log(t))),
                  Elementwise.subtract(Elementwise.log(s), t));
          Array refl =
              Elementwise.subtract(
                  Elementwise.log(
                      Elementwise.divide(
                          Math.PI,
                          Elementwise.abs(Elementwise.sin(Elementwise.multiply(v, Math.PI))))),
                  lg);
          Array r = Elementwise.where(small, refl, lg);
          // poles at non-positive integers
          Array pole =
              Elementwise.logicalAnd(
                  Elementwise.lessEqual(v, 0L), Elementwise.equal(v, Elementwise.floor(v)));
          return Elementwise.where(pole, Double.POSITIVE_INFINITY, r);
        });
  }

  /** Modified Bessel function of the first kind, order 0, by its power series. */
  public static Array i0(Array x) {
    Array f = x;
    return compute64(
        f,
        v -> {
          Array q = Elementwise.divide(Elementwise.square(v), 4.0);
          Array term = Elementwise.add(Elementwise.multiply(v, 0.0), 1.0);
          Array sum = term;
          for (int k = 1; k < 60; k++) {
            term = Elementwise.divide(Elementwise.multiply(term, q), (double) k * k);
            sum = Elementwise.add(sum, term);
          }
          return sum;
        });
  }

  /**
   * Returns [mantissa, exponent] of a floating x with x = mantissa · 2^exponent, |mantissa| in
   * [0.5, 1), the exponent int32; zero, infinities and NaN keep x with exponent 0.
   */
  public static java.util.List<Array> frexp(Array x) {
    Array f = x;
    Array d = Manipulation.astype(f, DType.FLOAT64);
    Array regular = Elementwise.logicalAnd(Elementwise.isfinite(d), Elementwise.notEqual(d, 0.0));
    Array safe = Elementwise.where(regular, Elementwise.abs(d), 1.0);
    Array e = Elementwise.add(Elementwise.floor(Elementwise.log2(safe)), 1.0);
    Array m = Elementwise.divide(d, Elementwise.pow(2.0, e));
    // log2 can round across a power of two: bring |m| back into [0.5, 1)
    Array high = Elementwise.greaterEqual(Elementwise.abs(m), 1.0);
    m = Elementwise.where(high, Elementwise.divide(m, 2.0), m);
    e = Elementwise.where(high, Elementwise.add(e, 1.0), e);
    Array low = Elementwise.less(Elementwise.abs(m), 0.5);
    m = Elementwise.where(low, Elementwise.multiply(m, 2.0), m);
    e = Elementwise.where(low, Elementwise.subtract(e, 1.0), e);
    return java.util.List.of(
        Manipulation.astype(Elementwise.where(regular, m, d), f.dtype()),
        Manipulation.astype(Elementwise.where(regular, e, 0.0), DType.INT32));
  }

  /**
   * Returns the number of 1 bits of each element of an integer x, counting its two's-complement
   * bits in x's width (x's dtype, int64 arithmetic).
   */
  public static Array popcount(Array x) {
    Array u = unsignedBits(x);
    Array count = Creation.zerosLike(u);
    for (int k = 0; k < x.dtype().byteSize() * 8; k++) {
      count =
          Elementwise.add(count, Elementwise.bitwiseAnd(Elementwise.bitwiseRightShift(u, k), 1L));
    }
    return count;
  }

  /** Returns an integer x's two's-complement bits as a non-negative int64 (x's width). */
  public static Array unsignedBits(Array x) {
    int bits = x.dtype().byteSize() * 8;
    long mask = bits == 64 ? -1L : (1L << bits) - 1;
    return Elementwise.bitwiseAnd(Manipulation.astype(x, DType.INT64), mask);
  }
}
