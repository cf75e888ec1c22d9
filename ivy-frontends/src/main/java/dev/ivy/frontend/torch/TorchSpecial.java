package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.ops.Elementwise;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.Operand;

/**
 * {@code torch.special}: special functions, reached as {@code TorchFrontend.special}; those that
 * are also top-level torch functions delegate to {@link TorchFrontend}.
 */
@Namespace(frontend = "torch", prefix = "special", path = "TorchFrontend.special")
public final class TorchSpecial extends TorchSpecialDefaults {
  TorchSpecial() {}

  /** Returns the error function (torch.special.erf). */
  @Fn
  public Array erf(Array input) {
    return TorchFrontend.erf(input);
  }

  /** Returns 1 - erf(input) (torch.special.erfc). */
  @Fn
  public Array erfc(Array input) {
    return TorchFrontend.erfc(input);
  }

  /** Returns the inverse error function (torch.special.erfinv). */
  @Fn
  public Array erfinv(Array input) {
    return TorchFrontend.erfinv(input);
  }

  /** Returns the logistic sigmoid (torch.special.expit). */
  @Fn
  public Array expit(Array input) {
    return TorchFrontend.sigmoid(input);
  }

  /** Returns 2 ** input (torch.special.exp2). */
  @Fn
  public Array exp2(Array input) {
    return TorchFrontend.exp2(input);
  }

  /** Returns e ** input - 1 (torch.special.expm1). */
  @Fn
  public Array expm1(Array input) {
    return TorchFrontend.expm1(input);
  }

  /** Returns log(1 + input) (torch.special.log1p). */
  @Fn
  public Array log1p(Array input) {
    return TorchFrontend.log1p(input);
  }

  /** Returns the modified Bessel function of the first kind of order 0 (torch.special.i0). */
  @Fn
  public Array i0(Array input) {
    return TorchFrontend.i0(input);
  }

  /** Returns sin(pi x) / (pi x) (torch.special.sinc). */
  @Fn
  public Array sinc(Array input) {
    return TorchFrontend.sinc(input);
  }

  /** Returns log|Gamma(input)| (torch.special.gammaln). */
  @Fn
  public Array gammaln(Array input) {
    return TorchFrontend.lgamma(input);
  }

  /** Returns input rounded half to even (torch.special.round). */
  @Fn
  public Array round(Array input) {
    return TorchFrontend.round(input, 0);
  }

  /**
   * Returns log(p / (1 - p)), p clamped to [eps, 1 - eps] when eps is given (torch.special.logit).
   */
  @Fn
  public Array logit(Array input, @Default("None") Number eps) {
    return TorchFrontend.logit(input, eps);
  }

  /** Returns input * log(other), 0 where input is 0 (torch.special.xlogy). */
  @Fn
  public Array xlogy(@Operand Object input, @Operand Object other) {
    return TorchFrontend.xlogy(input, other);
  }

  /** Returns log(sum(exp(input))) over {@code dim} (torch.special.logsumexp). */
  @Fn
  public Array logsumexp(Array input, int[] dim, @Default("False") boolean keepdim) {
    return TorchFrontend.logsumexp(input, dim, keepdim);
  }

  /** Returns the logarithmic derivative of Gamma (torch.special.digamma, torch.special.psi). */
  @Fn({"digamma", "psi"})
  public Array digamma(Array input) {
    return TorchExtras.digamma(input);
  }

  /** Returns the standard normal CDF (torch.special.ndtr). */
  @Fn
  public Array ndtr(Array input) {
    return TorchExtras.ndtr(input);
  }

  /** Returns the inverse of the standard normal CDF (torch.special.ndtri). */
  @Fn
  public Array ndtri(Array input) {
    return TorchExtras.ndtri(input);
  }

  /** Returns the log of the standard normal CDF (torch.special.log_ndtr). */
  @Fn
  public Array logNdtr(Array input) {
    return Elementwise.log(TorchExtras.ndtr(input));
  }

  /** Returns -x log(x), 0 at 0 and -inf below (torch.special.entr). */
  @Fn
  public Array entr(Array input) {
    return TorchExtras.entr(input);
  }

  /** Returns the exponentially scaled i0, exp(-|x|) i0(x) (torch.special.i0e). */
  @Fn
  public Array i0e(Array input) {
    Array x = TorchTypes.floating(input);
    return Elementwise.multiply(
        TorchMath.i0(x), Elementwise.exp(Elementwise.negative(Elementwise.abs(x))));
  }

  /**
   * Returns input * log1p(other), 0 where input is 0 and NaN where other is
   * (torch.special.xlog1py).
   */
  @Fn
  public Array xlog1py(@Operand Object input, @Operand Object other) {
    return TorchMath.binaryFloat(
        input,
        other,
        (x, y) -> {
          Array r = Elementwise.multiply(x, Elementwise.log1p(y));
          r = Elementwise.where(Elementwise.equal(x, 0L), TorchTypes.as(0L, r.dtype()), r);
          return Elementwise.where(Elementwise.isnan(y), y, r);
        });
  }
}
