package dev.ivy.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ivy.DType;

/**
 * One reference case of {@code conformance/oracle/*.jsonl} (format: {@code oracle/FORMAT.md}): a
 * function called by name with arguments, and what the real framework returned or raised.
 *
 * @param id the case id, such as {@code ivy/abs/0003}
 * @param frontend the namespace ({@code ivy}, {@code torch}, {@code numpy}...)
 * @param fn the function's dotted name inside the namespace
 * @param args the positional arguments, as JSON
 * @param kwargs the keyword arguments, as a JSON object
 * @param expect the expected value or {@code {"error": TYPE}}
 * @param rtol relative tolerance for floating results
 * @param atol absolute tolerance for floating results
 * @param fixedInputs whether property tests must keep the inputs as given rather than draw random
 *     values of the same dtypes and shapes (for functions with a narrow domain, such as a Cholesky
 *     factorisation); a sample line says so with {@code "fixed_inputs": true}
 * @param grad for a gradient case ({@code grad.jsonl}): {@code {"wrt": [i...], "cotangent": ...}},
 *     with {@link #expect} the vector-Jacobian products; a missing node otherwise
 * @param output for a gradient case, the function's forward result; a missing node otherwise
 * @param source the library that made the case ({@code "numpy 2.4.6"}), empty when not recorded
 */
public record OracleCase(
    String id,
    String frontend,
    String fn,
    JsonNode args,
    JsonNode kwargs,
    JsonNode expect,
    double rtol,
    double atol,
    boolean fixedInputs,
    JsonNode grad,
    JsonNode output,
    String source) {

  /** A case without gradient fields. */
  public OracleCase(
      String id,
      String frontend,
      String fn,
      JsonNode args,
      JsonNode kwargs,
      JsonNode expect,
      double rtol,
      double atol,
      boolean fixedInputs) {
    this(
        id,
        frontend,
        fn,
        args,
        kwargs,
        expect,
        rtol,
        atol,
        fixedInputs,
        com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
        com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
        "");
  }

  /**
   * Returns the default float dtype of the library that made the case, which a function called
   * without a dtype follows: float64 for NumPy ({@code source} {@code "numpy ..."}, as the {@code
   * ivy} reference set is), float32 otherwise (Python Ivy, PyTorch, JAX). The runners call the
   * function under it ({@link dev.ivy.Ivy#withDefaultFloatDtype}); frontends do not read it.
   */
  public DType defaultFloatDtype() {
    return source.startsWith("numpy") ? DType.FLOAT64 : DType.FLOAT32;
  }

  /** Returns whether this is a gradient case: {@link #expect} holds vector-Jacobian products. */
  public boolean isGrad() {
    return grad.isObject();
  }

  /** Returns whether the framework raised for this case. */
  public boolean expectsError() {
    return expect.isObject() && expect.has("error");
  }

  /**
   * Returns whether this is a sample call with no recorded result (see {@link
   * OracleFiles#samples}).
   */
  public boolean isSample() {
    return expect.isMissingNode();
  }
}
