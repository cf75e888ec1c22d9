package dev.ivy.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One reference case of {@code ../shared/oracle/*.jsonl} (format: {@code oracle/FORMAT.md}): a
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
 */
public record OracleCase(
    String id,
    String frontend,
    String fn,
    JsonNode args,
    JsonNode kwargs,
    JsonNode expect,
    double rtol,
    double atol) {

  /** Returns whether the framework raised for this case. */
  public boolean expectsError() {
    return expect.isObject() && expect.has("error");
  }
}
