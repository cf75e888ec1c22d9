package dev.ivy.testkit;

/**
 * The result of running one reference case on one backend.
 *
 * @param caseId the case id
 * @param backend the backend's canonical name
 * @param status passed, failed, missing (function not implemented) or skipped (not run in this
 *     mode)
 * @param reason why it failed or is missing; empty when it passed
 */
public record Outcome(String caseId, String backend, Status status, String reason) {
  /** How a case ended. */
  public enum Status {
    /** Same dtype, shape and values (or an exception where the framework raised). */
    PASSED,
    /** Anything else. */
    FAILED,
    /** The function is not registered. */
    MISSING,
    /** Not run in this mode (a traced run of a case that expects an error, for example). */
    SKIPPED;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
